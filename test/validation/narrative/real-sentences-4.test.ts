import { describe, expect, it } from "vitest";
import { alarms, caught, load, score } from "./real-score.js";
import { addressesIn, expectNoEarlierPage, expectSlipsMarked, expectSplitByPage, expectWellFormedSet, familyOf } from "./real-sets.js";

// Issue 13, measured on a fourth set of REAL sentences (real-sentences-4.json, described in
// real-sentences-4.md): 83 verbatim sentences or short passages from 51 public pages that no earlier
// set used, and 97 one-figure mutations of them. It was collected while the rules were tuned on
// other sets. Since brief n9 it is split by page like set 3: the rules were tuned on the `tune` half
// only, and the `held` half was measured once after that tuning. The whole-set floors are what main
// gave when the set was made (main at d90001c); the per-half and per-family ones are measured.
const all = load("real-sentences-4.json");
const real = all.filter((r) => r.mutatedFrom === undefined);
const mutated = all.filter((r) => r.mutatedFrom !== undefined);

/** Every page address of an earlier set that is in this tree. */
const earlierAddresses = (): Set<string> => addressesIn(["real-sentences.json", "real-sentences-2.json", "real-sentences-3.json", "real-documents.json"]);

describe("narrative checker on a fourth, held-back set of real sentences", () => {
  it("holds at least 80 real sentences from at least 40 pages and 70 one-figure mutations of them", () => {
    expectWellFormedSet(all, { sentences: 80, mutations: 70, pages: 40 });
    for (const m of mutated) expect(familyOf(m)).toBeGreaterThanOrEqual(0);
  });

  it("splits by page as set 3 does: SHA-256 of the address even → tune, odd → held", () => {
    expectSplitByPage(all);
    for (const m of mutated) expect(real.find((r) => r.text === m.mutatedFrom)?.half).toBe(m.half);
  });

  it("shares no page with the earlier sets", () => {
    expectNoEarlierPage(real, earlierAddresses());
  });

  it("marks the sources' own slips, each with the finding it must raise", () => {
    expectSlipsMarked(real, 7);
  });

  it("does no worse than main on the whole set: false errors ≤ 4, no false warning, at least 66 of 97 mutations caught (63 before the readings of briefs r5 and r7), 1 slip found", () => {
    const s = score(all);
    expect(s.mutated).toBe(97);
    expect(s.real).toBe(83);
    expect(s.falseErrors).toBeLessThanOrEqual(4);
    expect(s.falseWarnings).toBe(0);
    expect(s.caught).toBeGreaterThanOrEqual(66);
    expect(s.slipsFound).toBeGreaterThanOrEqual(1);
  });

  // Tuned on the tune half (brief n9): no false alarm there, and what it reached is kept.
  it("keeps what the tune half reached: no false alarm, at least 38 of its 47 mutations caught (37 before brief r7's averages sharing a divisor, 35 before the readings of brief r4, 29 before the share sums and remainders of brief g1–g2)", () => {
    const s = score(all, "tune");
    expect([s.mutated, s.real]).toEqual([47, 40]);
    expect(s.falseErrors).toBe(0);
    expect(s.falseWarnings).toBe(0);
    expect(s.caught).toBeGreaterThanOrEqual(38);
  });

  // The held half, measured once after the tuning (13/50 before it, 2 false errors before and after):
  // its measured figures are the limits. One of the two false errors ("năm 2021 có 95" read as a
  // part above its whole) went with set 7's narrower readings of wholes, which never read this half.
  it("holds on the held-back half as measured: false errors ≤ 1, no false warning, at least 28 of its 50 mutations (21 before the remainder rule, 26 before the classifications and sectors of brief r5) and 2 of its 4 slips caught", () => {
    const s = score(all, "held");
    expect([s.mutated, s.real]).toEqual([50, 43]);
    expect(s.falseErrors).toBeLessThanOrEqual(1);
    expect(s.falseWarnings).toBe(0);
    expect(s.caught).toBeGreaterThanOrEqual(28);
    expect(s.slipsFound).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["shares and ratios", 0, 27, 17],
    ["parts against a total", 1, 42, 27],
    ["changes", 2, 22, 19],
    ["averages", 3, 4, 3],
    ["counts against lists", 4, 2, 0],
  ] as const)("catches at least the measured share of %s", (_name, family, size, floor) => {
    const ms = mutated.filter((m) => familyOf(m) === family);
    expect(ms.length).toBe(size);
    expect(ms.filter((m) => caught(m)).length).toBeGreaterThanOrEqual(floor);
  });

  it.each(mutated.filter((m) => m.missed === undefined).map((m) => [m.changed, m] as const))("catches %s", (_c, m) => {
    expect(caught(m)).toBe(true);
  });

  it("raises the one slip main finds (118 of 173 written 69%)", () => {
    const r = real.find((x) => x.text.includes("đạt tỷ lệ 69%"));
    expect(r?.slip).toBeDefined();
    expect(r === undefined ? [] : alarms(r).map((f) => f.code)).toContain("percent_mismatch");
  });
});
