/**
 * A seeded pseudo-random source (mulberry32): `Math.random` cannot be seeded, and generated data
 * must be the same for the same seed on every machine.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick needs at least one item, but got an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An index drawn with probability proportional to `weights[index]`. */
  weightedIndex(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let at = this.next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      at -= weights[index] as number;
      if (at < 0) return index;
    }
    return weights.length - 1;
  }
}

/** A seed for one item of a seeded run, so item n is the same whatever the number of items. */
export function seedFor(runSeed: number, item: number): number {
  // A multiplicative hash spreads neighbouring items over unrelated states.
  return (Math.imul(runSeed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(item + 1, 0xc2b2ae35)) | 0;
}

/** Zipf-like weights (1, 1/2^s, 1/3^s, ...): the first items are drawn far more often. */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);
}
