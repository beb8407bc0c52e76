// mulberry32: a tiny, good-enough seeded PRNG, so generated feeds are the same on every run. Plain
// JavaScript: the TypeScript tests and benches import it, and so do the benches Node runs as they are.

/** A generator of numbers in [0, 1): the same seed, the same sequence. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
