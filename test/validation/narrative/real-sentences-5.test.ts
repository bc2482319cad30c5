import { describe, expect, it } from "vitest";
import { alarms, caught, FAMILIES, load, score } from "./real-score.js";
import { addressesIn, expectHalfScore, expectNoEarlierPage, expectSlipsMarked, expectSplitByPage, expectWellFormedSet, familyOf } from "./real-sets.js";

// Issue 13, measured on a fifth set of REAL sentences (real-sentences-5.json, described in
// real-sentences-5.md): 81 verbatim sentences or short passages from 59 public pages that no earlier
// set used, and 83 one-figure mutations of them, written before the checker was run on any of them.
// Sets 1–4 have all been tuned on; this one is held back from every tuning so that it measures the
// merged tree. It is split by page like sets 3–4 so that it can be handled the same way later, but
// neither half is tuned on. The figures asserted below are main's at 8090d6f: floors for what is
// caught, ceilings for false alarms, so they can only improve. Brief g5 then read the tune half
// only and fixed the false alarms on it as shapes (rules/readings/): the tune half's ceilings
// and the whole set's are g5's (tune 4 → 0 false errors, 2 → 0 false warnings, 15 → 16 caught). The held
// half stayed blind for two rounds as a measure of whether fixes made on tune halves carry over
// (they did not: 6 false errors and 3 false warnings on it throughout); it was spent on 2026-12-01
// (brief p4): its false alarms were read and fixed as shapes (rules/readings/), so its figures
// below are p4's (6 → 1 false errors, 3 → 0 false warnings, 18 caught kept) and it measures
// nothing blind any more.
const all = load("real-sentences-5.json");
const real = all.filter((r) => r.mutatedFrom === undefined);
const mutated = all.filter((r) => r.mutatedFrom !== undefined);

/** Every page address of an earlier set that is in this tree. */
const earlierAddresses = (): Set<string> => addressesIn(["real-sentences.json", "real-sentences-2.json", "real-sentences-3.json", "real-sentences-4.json", "real-documents.json"]);

describe("narrative checker on a fifth set of real sentences, never tuned on", () => {
  it("holds at least 80 real sentences from at least 45 pages and 80 one-figure mutations of them", () => {
    expectWellFormedSet(all, { sentences: 80, mutations: 80, pages: 45 });
    for (const m of mutated) expect(familyOf(m)).toBeGreaterThanOrEqual(0);
  });

  it("splits by page as sets 3 and 4 do: SHA-256 of the address even → tune, odd → held", () => {
    expectSplitByPage(all);
  });

  it("shares no page with the earlier sets", () => {
    expectNoEarlierPage(real, earlierAddresses());
  });

  it("marks the sources' own slips, each with the finding it must raise", () => {
    expectSlipsMarked(real, 7);
  });

  it("does no worse than p4 on the whole set: false errors ≤ 1, false warnings 0, at least 39 of 83 mutations (36 before brief r8) and 3 of 7 slips caught", () => {
    const s = score(all);
    expect([s.mutated, s.real]).toEqual([83, 81]);
    expect(s.falseErrors).toBeLessThanOrEqual(1);
    expect(s.falseWarnings).toBe(0);
    expect(s.caught).toBeGreaterThanOrEqual(39);
    expect(s.slipsFound).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["tune", 34, 37, 21, 0, 0, 1],
    ["held", 49, 44, 18, 1, 0, 2],
  ] as const)("does no worse than p4 on the %s half", (half, size, originals, caught, errors, warnings, slips) => expectHalfScore(all, half, size, originals, caught, errors, warnings, slips));

  it.each([
    ["shares and ratios", 0, 13, 2],
    ["parts against a total", 1, 49, 24],
    ["changes", 2, 8, 5],
    ["averages", 3, 5, 1],
    ["counts against lists", 4, 8, 6],
  ] as const)("catches at least main's share of %s", (_name, family, size, floor) => {
    const ms = mutated.filter((m) => familyOf(m) === family);
    expect(ms.length).toBe(size);
    expect(ms.filter((m) => caught(m)).length).toBeGreaterThanOrEqual(floor);
  });

  it.each(mutated.filter((m) => m.missed === undefined).map((m) => [m.changed, m] as const))("catches %s", (_c, m) => {
    expect(caught(m)).toBe(true);
  });

  // The held half's false alarms p4 fixed, one shape each (rules/readings/): none may come back.
  it.each([
    ["486 ha hoa màu", "area parts rounded where the sentence writes decimals"],
    ["cấp THCS có 4.573 trường", "shares each of its own whole (trong tổng số …)"],
    ["với mức tăng 8,12 triệu", "a change in percent with its amount after 'mức tăng/giảm'"],
    ["7 chỉ số chính", "'và' inside the items of a comma list"],
    ["gồm 8 thành viên", "examples after ', như:'"],
    ["năng suất bình quân 4,8", "an average of a part after 'Trong đó', its total a plan of the whole"],
    ["ban hành mới 303", "one thing acted on in two ways"],
    ["ít nhất là 4 thủ tục", "a whole inside a closed aside"],
  ] as const)("raises no other alarm on the held original with %s (%s)", (words, _shape) => {
    const r = real.find((x) => x.half === "held" && x.text.includes(words));
    expect(r).toBeDefined();
    // The school-shares original is a slip of the source: its own percent_mismatch stays.
    const own = r?.slip === undefined ? [] : (FAMILIES[familyOf(r)] ?? []);
    expect(r === undefined ? ["missing"] : alarms(r).map((f) => f.code).filter((c) => !own.includes(c))).toEqual([]);
  });

  it.each([
    ["15.081 trường (chiếm tỷ lệ 55,1%)", "percent_mismatch"],
    ["597 nhà bị hư hỏng", "split_total_mismatch"],
  ] as const)("raises the slip main finds in %s", (words, code) => {
    const r = real.find((x) => x.slip !== undefined && x.text.includes(words));
    expect(r).toBeDefined();
    expect(r === undefined ? [] : alarms(r).map((f) => f.code)).toContain(code);
  });
});
