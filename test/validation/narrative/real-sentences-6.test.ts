import { describe, expect, it } from "vitest";
import { alarms, caught, load, score, type RealSentence } from "./real-score.js";
import { addressesIn, expectHalfScore, expectNoEarlierPage, expectSlipsMarked, expectSplitByPage, expectWellFormedSet, familyOf } from "./real-sets.js";

// Issue 13, measured on a sixth set of REAL sentences (real-sentences-6.json, described in
// real-sentences-6.md): 114 verbatim sentences or short passages from 93 public pages that no earlier
// set used, 40 of them ordinary report prose whose figures do not relate (the checker must stay
// quiet), and 83 one-figure mutations of the others, written and committed before the checker was
// run on any of them. Sets 1–5 have been tuned on (set 5's held half is kept blind for the end of
// the round); this one is tuned on by nobody, to measure the tree at the end of this round and the
// next. It is split by page as set 5 is, so that it can be handled the same way later. The figures
// asserted below are main's at ac79ff6: floors for what is caught, ceilings for false alarms, so
// they can only improve; raised after brief p3 fixed the tune half's four false alarms as shapes
// (rules/guards-6.ts): tune 19/43 caught, no false alarm. The averages floor falls from 1 to 0: main's
// one catch there (14,1 → 15,1) was its false reading of that average as the total of the next one.
type Row = RealSentence & { readonly unrelated?: boolean };
const all: Row[] = load("real-sentences-6.json");
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
    "real-documents.json",
    "real-documents-2.json",
    "real-documents-3.json",
  ]);

describe("narrative checker on a sixth set of real sentences, tuned on by nobody", () => {
  it("holds at least 100 real sentences from at least 60 pages and 80 one-figure mutations of them", () => {
    expectWellFormedSet(all, { sentences: 100, mutations: 80, pages: 60 });
    for (const m of mutated) expect(familyOf(m)).toBeGreaterThanOrEqual(0);
  });

  it("holds at least 30 sentences of ordinary prose with several figures that do not relate, none of them mutated", () => {
    const unrelated = real.filter((r) => r.unrelated === true);
    expect(unrelated.length).toBeGreaterThanOrEqual(30);
    for (const r of unrelated) {
      expect(r.text.match(/\d[\d.,]*/gu)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(r.slip).toBeUndefined();
      expect(mutated.some((m) => m.mutatedFrom === r.text)).toBe(false);
    }
  });

  it("splits by page as sets 3–5: SHA-256 of the address even → tune, odd → held", () => {
    expectSplitByPage(all);
  });

  it("shares no page with the earlier sets", () => {
    expectNoEarlierPage(real, earlierAddresses());
  });

  it("marks the sources' own slips, each with the finding it must raise", () => {
    expectSlipsMarked(real, 7);
  });

  it("does no worse than the tree after brief p3 on the whole set: false errors ≤ 1, false warnings ≤ 1, at least 40 of 83 mutations and 4 of 7 slips caught", () => {
    const s = score(all);
    expect([s.mutated, s.real]).toEqual([83, 114]);
    expect(s.falseErrors).toBeLessThanOrEqual(1);
    expect(s.falseWarnings).toBeLessThanOrEqual(1);
    expect(s.caught).toBeGreaterThanOrEqual(40);
    expect(s.slipsFound).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ["tune", 43, 54, 19, 0, 0, 1],
    ["held", 40, 60, 21, 1, 1, 3],
  ] as const)("does no worse than main on the %s half", (half, size, originals, caught, errors, warnings, slips) => expectHalfScore(all, half, size, originals, caught, errors, warnings, slips));

  it.each([
    ["tune", 15, 0, 0],
    ["held", 25, 0, 1],
  ] as const)("stays quiet on the %s half's unrelated prose as main does", (half, size, errors, warnings) => {
    const unrelated = real.filter((r) => r.unrelated === true && r.half === half);
    expect(unrelated.length).toBe(size);
    const found = unrelated.map((r) => alarms(r));
    expect(found.filter((fs) => fs.some((f) => f.severity === "error")).length).toBeLessThanOrEqual(errors);
    expect(found.filter((fs) => fs.some((f) => f.severity === "warning")).length).toBeLessThanOrEqual(warnings);
  });

  it.each([
    ["shares and ratios", 0, 15, 6],
    ["parts against a total", 1, 42, 24],
    ["changes", 2, 13, 8],
    ["averages", 3, 5, 0],
    ["counts against lists", 4, 8, 2],
  ] as const)("catches at least main's share of %s", (_name, family, size, floor) => {
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

  it("raises the tune half's slip main finds: a share of 16.322 of 32.064 written 51,27% (50,90%)", () => {
    const r = real.find((x) => x.half === "tune" && x.slip !== undefined && x.text.includes("16.322 người (51,27%)"));
    expect(r).toBeDefined();
    const found = r === undefined ? [] : alarms(r);
    expect(found.some((f) => f.code === "percent_mismatch" && f.excerpt.includes("51,27%"))).toBe(true);
  });
});
