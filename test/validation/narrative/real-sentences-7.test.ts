import { describe, expect, it } from "vitest";
import { alarms, caught, load, score, type RealSentence } from "./real-score.js";
import { addressesIn, expectHalfScore, expectNoEarlierPage, expectSlipsMarked, expectSplitByPage, expectWellFormedSet, familyOf } from "./real-sets.js";

// Issue 13, measured on a seventh set of REAL sentences (real-sentences-7.json, described in
// real-sentences-7.md): 135 verbatim sentences or short passages from 95 public pages that no earlier
// set or document file used, 42 of them ordinary report prose whose figures do not relate (the checker
// must stay quiet), and 98 one-figure mutations of the others, written and committed (ac534f0) before
// the checker was run on any of them. Sets 1–5 and set 6's tune half have been tuned on; this one is
// tuned on by nobody, neither half, to measure the tree at the end of this round and the next. It is
// split by page as set 6 is. The figures asserted below were main's at 083db3b, raised where brief p7
// (rules/guards-7.ts, fixed on the tune half's false alarms only) improved them, the held half as
// measured after that fix: floors for what is caught, ceilings for false alarms, so they can only
// improve.
type Row = RealSentence & { readonly unrelated?: boolean };
const all: Row[] = load("real-sentences-7.json");
const real = all.filter((r) => r.mutatedFrom === undefined);
const mutated = all.filter((r) => r.mutatedFrom !== undefined);

/** Every page address of an earlier set that is in this tree. */
const earlierAddresses = (): Set<string> =>
  addressesIn([
    "real-sentences.json",
    "real-sentences-2.json",
    "real-sentences-3.json",
    "real-sentences-4.json",
    "real-sentences-5.json",
    "real-sentences-6.json",
    "real-documents.json",
    "real-documents-2.json",
    "real-documents-3.json",
  ]);

describe("narrative checker on a seventh set of real sentences, tuned on by nobody", () => {
  it("holds at least 100 real sentences from at least 60 pages and 90 one-figure mutations of them", () => {
    expectWellFormedSet(all, { sentences: 100, mutations: 90, pages: 60 });
    for (const m of mutated) expect(familyOf(m)).toBeGreaterThanOrEqual(0);
  });

  it("holds at least 35 sentences of ordinary prose with several figures that do not relate, none of them mutated", () => {
    const unrelated = real.filter((r) => r.unrelated === true);
    expect(unrelated.length).toBeGreaterThanOrEqual(35);
    for (const r of unrelated) {
      expect(r.text.match(/\d[\d.,]*/gu)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(r.slip).toBeUndefined();
      expect(mutated.some((m) => m.mutatedFrom === r.text)).toBe(false);
    }
  });

  it("splits by page as set 6: SHA-256 of the address even → tune, odd → held", () => {
    expectSplitByPage(all);
  });

  it("shares no page with the earlier sets", () => {
    expectNoEarlierPage(real, earlierAddresses());
  });

  it("marks the sources' own slips, each with the finding it must raise", () => {
    expectSlipsMarked(real, 6);
  });

  it("does no worse than after brief p7 on the whole set: false errors ≤ 10, false warnings ≤ 2, at least 34 of 98 mutations and 2 of 6 slips caught", () => {
    const s = score(all);
    expect([s.mutated, s.real]).toEqual([98, 135]);
    expect(s.falseErrors).toBeLessThanOrEqual(10);
    expect(s.falseWarnings).toBeLessThanOrEqual(2);
    expect(s.caught).toBeGreaterThanOrEqual(34);
    expect(s.slipsFound).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["tune", 46, 63, 20, 1, 0, 1],
    ["held", 52, 72, 14, 9, 2, 1],
  ] as const)("does no worse than after brief p7 on the %s half", (half, size, originals, caught, errors, warnings, slips) => expectHalfScore(all, half, size, originals, caught, errors, warnings, slips));

  it.each([
    ["tune", 19, 0, 0],
    ["held", 23, 0, 1],
  ] as const)("stays at least as quiet on the %s half's unrelated prose as after brief p7", (half, size, errors, warnings) => {
    const unrelated = real.filter((r) => r.unrelated === true && r.half === half);
    expect(unrelated.length).toBe(size);
    const found = unrelated.map((r) => alarms(r));
    expect(found.filter((fs) => fs.some((f) => f.severity === "error")).length).toBeLessThanOrEqual(errors);
    expect(found.filter((fs) => fs.some((f) => f.severity === "warning")).length).toBeLessThanOrEqual(warnings);
  });

  it.each([
    ["shares and ratios", 0, 16, 10],
    ["parts against a total", 1, 52, 16],
    ["changes", 2, 21, 6],
    ["averages", 3, 1, 0],
    ["counts against lists", 4, 8, 2],
  ] as const)("catches at least the share of %s caught after brief p7", (_name, family, size, floor) => {
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

  it("raises the tune half's slip main finds: four kinds of school adding up to 199 against a whole of 190", () => {
    const r = real.find((x) => x.half === "tune" && x.slip !== undefined && x.text.includes("có 190 trường đạt chuẩn quốc gia"));
    expect(r).toBeDefined();
    const found = r === undefined ? [] : alarms(r);
    expect(found.some((f) => f.code === "parts_exceed_total" && f.excerpt.includes("190"))).toBe(true);
  });
});
