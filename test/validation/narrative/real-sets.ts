/**
 * What every set of real sentences must hold (real-sentences-2/3/4.json): page addresses, NFC
 * text, a tune or held half, and mutations that each change one figure of a sentence as published,
 * from the same page and in the same half.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkNarrative, type NarrativeFinding } from "../../../src/validation/narrative/index.js";
import { alarms, caught, changedFigure, FAMILIES, load, type RealSentence, score } from "./real-score.js";

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
/** The codes of the errors and warnings `checkNarrative` raises on a text, in its order. */
export const alarmCodes = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => f.code);
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

/** The number of a set of real sentences ("real-sentences-7.json" → 7, "real-sentences.json" → 1). */
const setNumber = (name: string): number => Number(/^real-sentences(?:-(\d+))?\.json$/u.exec(name)?.[1] ?? 1);

/**
 * The files whose pages a new set of real sentences may not reuse: every set numbered below it and
 * every file of real documents (all were collected before the sets that use this test).
 */
export function earlierSets(file: string): string[] {
  return readdirSync(new URL(".", import.meta.url))
    .filter((n) => (/^real-sentences(?:-\d+)?\.json$/u.test(n) && setNumber(n) < setNumber(file)) || /^real-documents(?:-\d+)?\.json$/u.test(n))
    .sort();
}

/** What a blind set (one nobody tunes on, split by page) must hold, and the figures it is held to. */
export interface BlindSetSpec {
  /** The set's file ("real-sentences-7.json"); the sets before it are {@link earlierSets}. */
  readonly file: string;
  /** At least this many originals, mutations, pages and unrelated sentences; exactly this many slips. */
  readonly least: { readonly sentences: number; readonly mutations: number; readonly pages: number; readonly unrelated: number };
  readonly slips: number;
  /** The figures on the whole set: mutations, originals, at most false errors and warnings, at least caught and slips found. */
  readonly whole: { readonly mutated: number; readonly real: number; readonly errors: number; readonly warnings: number; readonly caught: number; readonly slips: number };
  /** Per half: mutations, originals, at least caught, at most false errors and warnings, at least slips found. */
  readonly halves: readonly (readonly ["tune" | "held", number, number, number, number, number, number])[];
  /** Per half's unrelated prose: how many, at most how many raise an error and a warning. */
  readonly quiet: readonly (readonly ["tune" | "held", number, number, number])[];
  /** Per family (index in FAMILIES): its name, how many mutations, at least how many caught. */
  readonly families: readonly (readonly [string, number, number, number])[];
  /** Who set the figures ("main at 083db3b", "brief p7"), for the tests' names. */
  readonly by: string;
}

/**
 * The tests every blind set of real sentences runs (sets 6 and 7): its shape, its split by page, no
 * page of an earlier set, its slips marked, and its figures as floors for what is caught and
 * ceilings for false alarms, so that they can only improve; the tune half's misses each say why,
 * the held half is measured and never annotated. Call inside a test file; add the set's own tests
 * (its slips) beside it.
 */
export function describeBlindSet(title: string, spec: BlindSetSpec): void {
  type Row = RealSentence & { readonly unrelated?: boolean };
  const all: Row[] = load(spec.file);
  const real = all.filter((r) => r.mutatedFrom === undefined);
  const mutated = all.filter((r) => r.mutatedFrom !== undefined);
  const { least, whole } = spec;
  describe(title, () => {
    it(`holds at least ${least.sentences} real sentences from at least ${least.pages} pages and ${least.mutations} one-figure mutations of them`, () => {
      expectWellFormedSet(all, least);
      for (const m of mutated) expect(familyOf(m)).toBeGreaterThanOrEqual(0);
    });

    it(`holds at least ${least.unrelated} sentences of ordinary prose with several figures that do not relate, none of them mutated`, () => {
      const unrelated = real.filter((r) => r.unrelated === true);
      expect(unrelated.length).toBeGreaterThanOrEqual(least.unrelated);
      for (const r of unrelated) {
        expect(r.text.match(/\d[\d.,]*/gu)?.length ?? 0).toBeGreaterThanOrEqual(2);
        expect(r.slip).toBeUndefined();
        expect(mutated.some((m) => m.mutatedFrom === r.text)).toBe(false);
      }
    });

    it("splits by page: SHA-256 of the address even → tune, odd → held", () => {
      expectSplitByPage(all);
    });

    it("shares no page with the earlier sets", () => {
      expectNoEarlierPage(real, addressesIn(earlierSets(spec.file)));
    });

    it("marks the sources' own slips, each with the finding it must raise", () => {
      expectSlipsMarked(real, spec.slips);
    });

    it(`does no worse than ${spec.by} on the whole set: false errors ≤ ${whole.errors}, false warnings ≤ ${whole.warnings}, at least ${whole.caught} of ${whole.mutated} mutations and ${whole.slips} of ${spec.slips} slips caught`, () => {
      const s = score(all);
      expect([s.mutated, s.real]).toEqual([whole.mutated, whole.real]);
      expect(s.falseErrors).toBeLessThanOrEqual(whole.errors);
      expect(s.falseWarnings).toBeLessThanOrEqual(whole.warnings);
      expect(s.caught).toBeGreaterThanOrEqual(whole.caught);
      expect(s.slipsFound).toBeGreaterThanOrEqual(whole.slips);
    });

    it.each(spec.halves)(`does no worse than ${spec.by} on the %s half`, (half, size, originals, caughtFloor, errors, warnings, slips) =>
      expectHalfScore(all, half, size, originals, caughtFloor, errors, warnings, slips),
    );

    it.each(spec.quiet)(`stays at least as quiet on the %s half's unrelated prose as ${spec.by}`, (half, size, errors, warnings) => {
      const unrelated = real.filter((r) => r.unrelated === true && r.half === half);
      expect(unrelated.length).toBe(size);
      const found = unrelated.map((r) => alarms(r));
      expect(found.filter((fs) => fs.some((f) => f.severity === "error")).length).toBeLessThanOrEqual(errors);
      expect(found.filter((fs) => fs.some((f) => f.severity === "warning")).length).toBeLessThanOrEqual(warnings);
    });

    it.each(spec.families)(`catches at least ${spec.by}'s share of %s`, (_name, family, size, floor) => {
      const ms = mutated.filter((m) => familyOf(m) === family);
      expect(ms.length).toBe(size);
      expect(ms.filter((m) => caught(m)).length).toBeGreaterThanOrEqual(floor);
    });

    // The held half is measured, never read: only the tune half's mutations say whether main missed them.
    it.each(mutated.filter((m) => m.half === "tune" && m.missed === undefined).map((m) => [m.changed, m] as const))("catches %s", (_c, m) => {
      expect(caught(m)).toBe(true);
    });

    it("says why main misses each tune mutation it misses, and no held one is annotated", () => {
      for (const m of mutated.filter((x) => x.half === "tune")) expect(m.missed === undefined).toBe(caught(m));
      expect(mutated.filter((m) => m.half === "held" && m.missed !== undefined)).toEqual([]);
    });
  });
}

/** The tune-half slip of a set whose text holds `marker`: it must raise `code` on `figure`. */
export function expectTuneSlipFound(file: string, marker: string, code: string, figure: string): void {
  const r = load(file).find((x) => x.half === "tune" && x.mutatedFrom === undefined && x.slip !== undefined && x.text.includes(marker));
  expect(r).toBeDefined();
  const found = r === undefined ? [] : alarms(r);
  expect(found.some((f) => f.code === code && f.excerpt.includes(figure))).toBe(true);
}
