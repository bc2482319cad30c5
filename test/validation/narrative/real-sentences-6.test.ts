import { describe, it } from "vitest";
import { describeBlindSet, expectTuneSlipFound } from "./real-sets.js";

// Issue 13, measured on a sixth set of REAL sentences (real-sentences-6.json, described in
// real-sentences-6.md): 114 verbatim sentences or short passages from 93 public pages that no earlier
// set used, 40 of them ordinary report prose whose figures do not relate (the checker must stay
// quiet), and 83 one-figure mutations of the others, written and committed before the checker was
// run on any of them. Sets 1–5 have been tuned on (set 5's held half is kept blind for the end of
// the round); this one is tuned on by nobody, to measure the tree at the end of this round and the
// next. It is split by page as set 5 is, so that it can be handled the same way later. The figures
// asserted below are main's at ac79ff6: floors for what is caught, ceilings for false alarms, so
// they can only improve; raised after brief p3 fixed the tune half's four false alarms as shapes
// (rules/readings/): tune 19/43 caught, no false alarm. The averages floor falls from 1 to 0: main's
// one catch there (14,1 → 15,1) was its false reading of that average as the total of the next one.
// Brief r6 (a day average over the quarter or months named before it): floors raised to what the tree
// catches, tune 19 → 22, held 21 → 22, whole 40 → 44, averages 0 → 2. Then a plan named again in the
// parenthesis ('vượt … kế hoạch năm (kế hoạch là …)'): tune 22 → 23, whole 44 → 45, changes 8 → 9.
// After brief r5 (parts read on into a sibling sentence, past a dated aside), merged with briefs r4,
// p2 and r6: floors raised to the tree's counts (tune 25, whole 47, parts 26).
// Brief r7 (a target rate in parentheses read as exact): tune 24 → 25, whole 46 → 47, changes 9 → 10.
describeBlindSet("narrative checker on a sixth set of real sentences, tuned on by nobody", {
  file: "real-sentences-6.json",
  least: { sentences: 100, mutations: 80, pages: 60, unrelated: 30 },
  slips: 7,
  whole: { mutated: 83, real: 114, errors: 1, warnings: 1, caught: 48, slips: 4 },
  halves: [
    ["tune", 43, 54, 26, 0, 0, 1],
    ["held", 40, 60, 22, 1, 1, 3],
  ],
  quiet: [
    ["tune", 15, 0, 0],
    ["held", 25, 0, 1],
  ],
  families: [
    ["shares and ratios", 0, 15, 8],
    ["parts against a total", 1, 42, 26],
    ["changes", 2, 13, 10],
    ["averages", 3, 5, 2],
    ["counts against lists", 4, 8, 2],
  ],
  by: "the tree after brief p3",
});

describe("the tune half's slips", () => {
  it("raises the tune half's slip main finds: a share of 16.322 of 32.064 written 51,27% (50,90%)", () => {
    expectTuneSlipFound("real-sentences-6.json", "16.322 người (51,27%)", "percent_mismatch", "51,27%");
  });
});
