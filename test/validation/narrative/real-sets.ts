/**
 * What every set of real sentences must hold (real-sentences-2/3/4.json): page addresses, NFC
 * text, a tune or held half, and mutations that each change one figure of a sentence as published,
 * from the same page and in the same half.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import type { NarrativeFinding } from "../../../src/validation/narrative/index.js";
import { changedFigure, FAMILIES, type RealSentence, score } from "./real-score.js";

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

/**
 * Every page address (a string opening with "http://" or "https://", in any field) of the named
 * files of this folder that are in the tree: what a new set must not share a page with.
 */
export function addressesIn(names: readonly string[]): Set<string> {
  const found = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === "string") {
      if (/^https?:\/\//u.test(x)) found.add(x);
    } else if (Array.isArray(x)) for (const v of x) walk(v);
    else if (typeof x === "object" && x !== null) for (const v of Object.values(x)) walk(v);
  };
  for (const name of names) {
    const url = new URL(`./${name}`, import.meta.url);
    if (existsSync(url)) walk(JSON.parse(readFileSync(url, "utf8")));
  }
  return found;
}

/** A slip of a real document as published: its code, the wrong figure as written, the arithmetic. */
export interface DocumentSlip {
  readonly code: string;
  /** The wrong figure as written: the finding's excerpt holds it. */
  readonly figure: string;
  readonly arithmetic: string;
}

/** A whole real passage (real-documents*.json), with its slips and a note. */
export interface RealDocument {
  readonly address: string;
  /** The half of a set split by page (real-documents-3.json on): tuned on, or held back. */
  readonly half?: "tune" | "held";
  readonly text: string;
  readonly slips: readonly DocumentSlip[];
  readonly note?: string;
}

/** The errors and warnings of a check (its passed checks left out). */
export const alarmsOf = (found: readonly NarrativeFinding[]): NarrativeFinding[] => found.filter((f) => f.severity !== "info");
/** A passage's paragraphs, as checkDocument takes them. */
export const paragraphsOf = (text: string): { text: string; path: string }[] =>
  text.split(/\n+/u).filter((t) => t.trim() !== "").map((t, i) => ({ text: t, path: `đoạn ${i + 1}` }));
/** Whether a finding is one of the document's known slips. */
export const isSlip = (d: RealDocument, f: NarrativeFinding): boolean => d.slips.some((s) => s.code === f.code && f.excerpt.includes(s.figure));

/** The index in FAMILIES of a mutation's expected code (-1 when it is in none). */
export const familyOf = (m: RealSentence): number => FAMILIES.findIndex((f) => f.includes(m.expectCode ?? ""));

/**
 * Asserts a set is split by page as sets 3–5 are: the last hex digit of the SHA-256 of the
 * address even → tune, odd → held (so a page's sentences and their mutations share one half).
 */
export function expectSplitByPage(all: readonly RealSentence[]): void {
  for (const r of all) {
    const last = createHash("sha256").update(r.source).digest("hex").slice(-1);
    expect(r.half).toBe(Number.parseInt(last, 16) % 2 === 0 ? "tune" : "held");
  }
}

/** Asserts that no original of a set comes from a page of `earlier` (the addresses of the earlier sets). */
export function expectNoEarlierPage(real: readonly RealSentence[], earlier: ReadonlySet<string>): void {
  expect(earlier.size).toBeGreaterThan(0);
  for (const r of real) expect(earlier.has(r.source)).toBe(false);
}

/** Asserts that a set marks `count` slips of its sources, each with a code that names a mismatch or an excess. */
export function expectSlipsMarked(real: readonly RealSentence[], count: number): void {
  const slips = real.filter((r) => r.slip !== undefined);
  expect(slips.length).toBe(count);
  for (const r of slips) expect(r.expectCode).toMatch(/_mismatch$|_exceeds?_/u);
}

/**
 * Asserts a half's score against its figures: `size` mutations and `originals` originals, at least
 * `caught` caught and `slips` slips found, at most `errors` false errors and `warnings` false warnings.
 */
export function expectHalfScore(
  all: readonly RealSentence[],
  half: "tune" | "held",
  size: number,
  originals: number,
  caught: number,
  errors: number,
  warnings: number,
  slips: number,
): void {
  const s = score(all, half);
  expect([s.mutated, s.real]).toEqual([size, originals]);
  expect(s.caught).toBeGreaterThanOrEqual(caught);
  expect(s.falseErrors).toBeLessThanOrEqual(errors);
  expect(s.falseWarnings).toBeLessThanOrEqual(warnings);
  expect(s.slipsFound).toBeGreaterThanOrEqual(slips);
}

/**
 * Asserts the shape of a set of whole real documents: at least `least` passages of 1 to 10 kB,
 * 120 kB in all, each from its own page (an http(s) address), NFC, each slip's figure in its text.
 */
export function expectWellFormedDocuments(docs: readonly RealDocument[], least: number): void {
  expect(docs.length).toBeGreaterThanOrEqual(least);
    const sizes = docs.map((d) => Buffer.byteLength(d.text));
    expect(sizes.reduce((n, b) => n + b, 0)).toBeGreaterThanOrEqual(120_000);
    for (const b of sizes) {
      expect(b).toBeGreaterThanOrEqual(1_000);
      expect(b).toBeLessThanOrEqual(10_000);
    }
    expect(new Set(docs.map((d) => d.address)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.address).toMatch(/^https?:\/\//u);
      expect(d.text).toBe(d.text.normalize("NFC"));
      for (const s of d.slips) expect(d.text).toContain(s.figure);
    }
}
