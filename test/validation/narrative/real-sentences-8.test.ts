import { describe, it } from "vitest";
import { describeBlindSet, expectTuneSlipFound } from "./real-sets.js";

// Issue 13, measured on an eighth set of REAL sentences (real-sentences-8.json, described in
// real-sentences-8.md): 118 verbatim sentences or short passages from 93 public pages that no earlier
// set or document file used, 38 of them ordinary report prose whose figures do not relate (the checker
// must stay quiet), and 80 one-figure mutations of the others, written and committed (9cf1fe1) before
// the checker was run on any of them. Sets 1–6 (tune halves) and set 7 have been tuned on; this one is
// tuned on by nobody, neither half, to measure the tree at the end of this round. It is split by page
// as set 7 is. The figures asserted below were main's at ddcb794, lowered for false alarms where
// brief p9 (rules/readings/, fixed on the tune half's four false alarms only, as shapes) improved them,
// the held half as measured after that fix (by counts only); then the held half was read and tuned on
// (brief p11: its four false errors fixed as shapes, one of its misses caught with sets 2 and 3's):
// its figures are those after that fix. Floors for what is caught, ceilings for false alarms, so they
// can only improve.
// Brief r6 (an average's approximate operands keep the range of their word): floors raised to what
// the tree catches, tune 15 → 17, whole 28 → 30, averages 5 → 6.
// After brief r5 (parts read on into a sibling sentence), merged with briefs r4, p2 and r6: floors
// raised to the tree's counts (tune 20, whole 34, parts 19).
describeBlindSet("narrative checker on an eighth set of real sentences, tuned on by nobody", {
  file: "real-sentences-8.json",
  least: { sentences: 100, mutations: 80, pages: 60, unrelated: 35 },
  slips: 5,
  whole: { mutated: 80, real: 118, errors: 0, warnings: 0, caught: 34, slips: 4 },
  halves: [
    ["tune", 42, 57, 20, 0, 0, 1],
    ["held", 38, 61, 14, 0, 0, 3],
  ],
  quiet: [
    ["tune", 17, 0, 0],
    ["held", 21, 0, 0],
  ],
  families: [
    ["shares and ratios", 0, 6, 3],
    ["parts against a total", 1, 46, 19],
    ["changes", 2, 10, 3],
    ["averages", 3, 8, 6],
    ["counts against lists", 4, 10, 3],
  ],
  by: "the tree after brief p11",
});

describe("the tune half's slip", () => {
  it("raises the tune half's slip: recovery and remedy adding up to more than the violations they split", () => {
    expectTuneSlipFound("real-sentences-8.json", "hơn 5,5 tỷ đồng vi phạm", "parts_exceed_total", "5,5");
  });
});
