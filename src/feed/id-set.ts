/**
 * The ids seen in one list of records, for the duplicate check: a `Set<string>` in behaviour, but
 * its table is two typed arrays outside the JavaScript heap (hashes and positions, open
 * addressing) sized from the list's length up front. At 100,000 events a `Set` cost a fifth of
 * `validateFeed` (issue #16, as fast as ajv): its tables grow by copying seventeen times, live on
 * the collected heap full of pointers, and every scavenge walks them.
 *
 * The hash is seeded per set, and a lookup that has to step over more than `MAX_PROBES` slots
 * (a feed built to collide, or plain bad luck) moves every id into a real `Set` for the rest of
 * the list, so no feed can make the check slow.
 */

import type { SeenIds } from './validate.js';

const MAX_PROBES = 64;

/** Slots for `count` ids: a power of two, at most half full. */
const slotsFor = (count: number) => 2 ** Math.max(8, Math.ceil(Math.log2(count * 2 + 1)));

export class IdSet implements SeenIds {
  /** Per slot: the id's hash. */
  private hashes: Int32Array;
  /** Per slot: 0 when empty, -1 when deleted, else 1 + the id's place in `ids`. */
  private places: Int32Array;
  private ids: string[] = [];
  private live = 0;
  private used = 0;
  private readonly seed = (Math.random() * 0x1_0000_0000) | 0;
  /** Where every id went once a lookup took too long. */
  private fallback: Set<string> | undefined;

  /** `maxProbes` is for tests, which need the fallback to happen. */
  constructor(
    expected = 0,
    private readonly maxProbes = MAX_PROBES,
  ) {
    const slots = slotsFor(expected);
    this.hashes = new Int32Array(slots);
    this.places = new Int32Array(slots);
  }

  get size(): number {
    return this.fallback ? this.fallback.size : this.live;
  }

  /** Adds `id` unless it is there (as `Set#add`: `size` tells which happened). */
  add(id: string): this {
    if (this.fallback) {
      this.fallback.add(id);
      return this;
    }
    const hash = this.hash(id);
    const slot = this.find(id, hash);
    if (slot === -2) this.toFallback().add(id);
    else if (slot >= 0) {
      this.hashes[slot] = hash;
      this.places[slot] = this.ids.push(id);
      this.live++;
      if (++this.used * 2 > this.places.length) this.grow();
    }
    return this;
  }

  /** Removes `id`; `true` when it was there. */
  delete(id: string): boolean {
    if (this.fallback) return this.fallback.delete(id);
    const { hashes, places } = this;
    const mask = places.length - 1;
    const hash = this.hash(id);
    for (let slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      const place = places[slot]!;
      if (place === 0) return false;
      if (place > 0 && hashes[slot] === hash && this.ids[place - 1] === id) {
        places[slot] = -1;
        this.live--;
        return true;
      }
    }
    return false;
  }

  /** FNV-1a over the UTF-16 code units, from a per-set seed, with its high bits folded in. */
  private hash(id: string): number {
    let hash = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    return hash ^ (hash >>> 15);
  }

  /** The empty slot for `id`; -1 when it is there; -2 when the lookup took too long. */
  private find(id: string, hash: number): number {
    const { hashes, places } = this;
    const mask = places.length - 1;
    let slot = hash & mask;
    for (let probes = 0; ; probes++) {
      const place = places[slot]!;
      if (place === 0) return slot;
      if (place > 0 && hashes[slot] === hash && this.ids[place - 1] === id) return -1;
      if (probes >= this.maxProbes) return -2;
      slot = (slot + 1) & mask;
    }
  }

  /** Twice the slots, the live ids placed again (deleted ones are left behind). */
  private grow(): void {
    const { hashes, places } = this;
    this.hashes = new Int32Array(places.length * 2);
    this.places = new Int32Array(places.length * 2);
    this.used = 0;
    const mask = this.places.length - 1;
    for (let old = 0; old < places.length; old++) {
      const place = places[old]!;
      if (place <= 0) continue;
      let slot = hashes[old]! & mask;
      while (this.places[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[old]!;
      this.places[slot] = place;
      this.used++;
    }
  }

  private toFallback(): Set<string> {
    const fallback = new Set<string>();
    for (let slot = 0; slot < this.places.length; slot++) {
      const place = this.places[slot]!;
      if (place > 0) fallback.add(this.ids[place - 1]!);
    }
    this.fallback = fallback;
    this.ids = [];
    this.hashes = this.places = new Int32Array(0);
    return fallback;
  }
}
