/**
 * What every set of real sentences must hold (real-sentences-2/3/4.json): page addresses, NFC
 * text, a tune or held half, and mutations that each change one figure of a sentence as published,
 * from the same page and in the same half.
 */
import { expect } from "vitest";
import { changedFigure, type RealSentence } from "./real-score.js";

/** Asserts the shape of a set: at least `sentences` originals from `pages` pages and `mutations` mutations. */
export function expectWellFormedSet(all: readonly RealSentence[], least: { sentences: number; mutations: number; pages?: number }): void {
  const real = all.filter((r) => r.mutatedFrom === undefined);
  const mutated = all.filter((r) => r.mutatedFrom !== undefined);
  expect(real.length).toBeGreaterThanOrEqual(least.sentences);
  expect(mutated.length).toBeGreaterThanOrEqual(least.mutations);
  if (least.pages !== undefined) expect(new Set(real.map((r) => r.source)).size).toBeGreaterThanOrEqual(least.pages);
  for (const r of all) {
    expect(r.source).toMatch(/^https?:\/\//u);
    expect(r.text).toBe(r.text.normalize("NFC"));
    expect(["tune", "held"]).toContain(r.half);
  }
  const texts = new Map(real.map((r) => [r.text, r]));
  for (const m of mutated) {
    const from = texts.get(m.mutatedFrom ?? "");
    expect(from?.source).toBe(m.source);
    expect(from?.half).toBe(m.half);
    expect(m.text).not.toBe(m.mutatedFrom);
    // One figure changed: the text as published with the figure put back.
    const [was, now] = (m.changed ?? "").split(" → ");
    expect(m.text.replace(now ?? "", was ?? "")).toBe(m.mutatedFrom);
    expect(changedFigure(m)).not.toBe("");
  }
}
