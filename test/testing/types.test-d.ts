import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Report, StatedValue, ValidationIssue } from "../../src/index.js";
import {
  figureSetArb,
  inconsistentFiguresArb,
  reportArb,
  reportFor,
  viNumberArb,
  withStated,
  type Arbitrary,
  type GeneratedFigures,
  type InconsistentFigures,
  type ReportEdit,
  type WrittenNumber,
} from "../../src/testing/index.js";
import "../../src/testing/vitest.js";

describe("types of de-an-06/testing", () => {
  it("builders return parsed reports and edits", () => {
    expectTypeOf(reportFor("40", "202602")).toEqualTypeOf<Report>();
    expectTypeOf(withStated("tl.ho_so_dung_han", "99,7%")).toEqualTypeOf<ReportEdit>();
    expectTypeOf(reportFor("40", "202602").stated["x.y"]).toEqualTypeOf<StatedValue | undefined>();
    // Overrides are checked against the report's shape, at any depth.
    // @ts-expect-error "numbr" is no field of the document
    reportFor("40", "202602", { document: { numbr: 12 } });
    // @ts-expect-error a count is a number, not text
    reportFor("40", "202602", { values: { "hs.tiep_nhan": "976" } });
  });

  it("generators take fast-check's default export and give typed arbitraries", () => {
    expectTypeOf(figureSetArb(fc)).toEqualTypeOf<Arbitrary<GeneratedFigures>>();
    expectTypeOf(inconsistentFiguresArb(fc, { codes: ["breakdown_mismatch"] })).toEqualTypeOf<Arbitrary<InconsistentFigures>>();
    expectTypeOf(reportArb(fc, { level: "xa" })).toEqualTypeOf<Arbitrary<Report>>();
    expectTypeOf(viNumberArb(fc, ["percent"])).toEqualTypeOf<Arbitrary<WrittenNumber>>();
    // @ts-expect-error no such relation to break
    inconsistentFiguresArb(fc, { codes: ["date_missing"] });
  });

  it("the matchers are on vitest's expect once de-an-06/testing/vitest is loaded", () => {
    const issues: ValidationIssue[] = [];
    expectTypeOf(expect(issues).toHaveIssue).parameters.toEqualTypeOf<[code: string, query?: import("../../src/testing/index.js").IssueQuery]>();
    expectTypeOf(expect(issues).toHaveNoErrors).toBeFunction();
    expectTypeOf(expect(issues).not.toHaveIssuesExactly).toBeFunction();
    // @ts-expect-error the code is required
    expect(issues).toHaveIssue();
  });
});
