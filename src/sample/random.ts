/**
 * A small, fast, seedable pseudo-random generator (mulberry32) and helpers. Each unit gets its
 * own stream derived from the seed and its code, so a commune's figures do not depend on which
 * other communes are generated.
 */

/** A stream of numbers in [0, 1). */
export type Random = () => number;

/** 32-bit FNV-1a hash of a string, mixed with a seed. */
export function hashSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed | 0)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a 32-bit generator, good enough for plausible synthetic data. */
export function randomStream(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export const between = (rnd: Random, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

/** A number in [min, max). */
export const uniform = (rnd: Random, min: number, max: number): number => min + rnd() * (max - min);

/** A standard normal deviate (Box–Muller). */
export function gaussian(rnd: Random): number {
  const u = 1 - rnd();
  const v = rnd();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One element of a non-empty list. */
export const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
