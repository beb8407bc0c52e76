/** A generator of numbers in [0, 1): the same seed, the same sequence (mulberry32). */
export declare function seededRandom(seed: number): () => number;
