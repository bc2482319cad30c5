/**
 * Type tests of the public API as a consumer sees it: imports go through the package name, so
 * they check the built declarations (`dist/*.d.ts`) that `npm run build` produces, not the sources.
 */
import {
  formatViDate,
  formatViNumber,
  formatViPercent,
  parseReport,
  reportJsonSchema,
  safeParseReport,
  cutoffRange,
  previousPeriod,
  samePeriodLastYear,
  ReportParseError,
  type Period,
  type Problem,
  type SchemaProblemCode,
  type Report,
  type ReportInput,
  type SafeParseResult,
  type StatedValue,
  checkNarrative,
  compareValues,
  defineIndicator,
  evaluateIndicators,
  indicatorCatalog,
  parseViNumber,
  rollup,
  validateReport,
  type Catalog,
  type IndicatorValue,
  type NarrativeFinding,
  type RollupResult,
  type ValidationIssue,
  type ValidationRule,
} from "de-an-06";
import { UNITS_2025 } from "de-an-06/communes";
import { renderDocx, type RenderOptions } from "de-an-06/render";
import { describe, expectTypeOf, it } from "vitest";

describe("schema types", () => {
  it("parseReport returns a Report, safeParseReport a discriminated result", () => {
    expectTypeOf(parseReport).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseReport).returns.toEqualTypeOf<Report>();
    expectTypeOf(safeParseReport).returns.toEqualTypeOf<SafeParseResult>();
    const r = safeParseReport({});
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<Report>();
    } else {
      expectTypeOf(r.data).toEqualTypeOf<undefined>();
    }
    expectTypeOf(r.problems).toEqualTypeOf<readonly Problem<SchemaProblemCode>[]>();
  });

  it("a Problem is plain data with a severity union", () => {
    expectTypeOf<Problem["severity"]>().toEqualTypeOf<"error" | "warning" | "info">();
    expectTypeOf<Problem["path"]>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<Problem["code"]>().toBeString();
    expectTypeOf<ReportParseError["problems"]>().toEqualTypeOf<readonly Problem<SchemaProblemCode>[]>();
  });

  it("figures are integers or booleans; stated values carry their precision", () => {
    expectTypeOf<Report["values"]>().toEqualTypeOf<Record<string, number | boolean>>();
    expectTypeOf<StatedValue["decimals"]>().toBeNumber();
    expectTypeOf<Report["unit"]["level"]>().toEqualTypeOf<"xa" | "tinh" | "bo">();
    // Input may omit what has defaults; the parsed report never does.
    expectTypeOf<Pick<ReportInput, "body">>().toEqualTypeOf<{ body?: ReportInput["body"] }>();
    expectTypeOf<Report["body"]>().not.toBeUndefined();
    expectTypeOf<Report["schemaVersion"]>().toEqualTypeOf<2>();
  });

  it("reportJsonSchema returns a plain JSON object", () => {
    expectTypeOf(reportJsonSchema).returns.toEqualTypeOf<Record<string, unknown>>();
  });
});

describe("format and period helpers", () => {
  it("format to strings", () => {
    expectTypeOf(formatViNumber).returns.toBeString();
    expectTypeOf(formatViPercent).returns.toBeString();
    expectTypeOf(formatViDate).parameter(0).toBeString();
  });

  it("period helpers map periods to periods and ranges", () => {
    expectTypeOf(previousPeriod).parameter(0).toEqualTypeOf<Period>();
    expectTypeOf(previousPeriod).returns.toEqualTypeOf<Period>();
    expectTypeOf(samePeriodLastYear).returns.toEqualTypeOf<Period>();
    expectTypeOf(cutoffRange).returns.toHaveProperty("from").toBeString();
  });
});

describe("indicators, validation, rollup", () => {
  it("the catalog is a Catalog; evaluation gives values or a reason", () => {
    expectTypeOf(indicatorCatalog).toExtend<Catalog>();
    expectTypeOf(evaluateIndicators).returns.toEqualTypeOf<IndicatorValue[]>();
    expectTypeOf<IndicatorValue["value"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf(compareValues).returns.toExtend<{ phrase: string } | undefined>();
  });

  it("defineIndicator rejects an element id the catalog does not have", () => {
    const ok = defineIndicator({
      id: "tl.x", label: "x", unit: "%", numerator: "hs.dung_han", denominator: "hs.da_giai_quyet",
      factor: 100, decimals: 1, outlineItem: "3.1", levels: ["tinh"],
    });
    expectTypeOf(ok.numerator).toEqualTypeOf<"hs.dung_han">();
    defineIndicator({
      id: "tl.y", label: "y", unit: "%",
      // @ts-expect-error not an element of the catalog
      numerator: "hs.khong_co",
      denominator: "hs.da_giai_quyet", factor: 100, decimals: 1, outlineItem: "3.1", levels: ["tinh"],
    });
  });

  it("validation issues are Problems with the rule that raised them", () => {
    expectTypeOf(validateReport).returns.toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf<ValidationIssue>().toExtend<Problem>();
    expectTypeOf<ValidationIssue["rule"]>().toBeString();
    expectTypeOf<ValidationRule["check"]>().returns.toExtend<readonly { code: string }[]>();
    expectTypeOf(checkNarrative).returns.toEqualTypeOf<NarrativeFinding[]>();
    expectTypeOf<NarrativeFinding["start"]>().toBeNumber();
    expectTypeOf(parseViNumber).returns.toExtend<{ value: number; decimals: number } | undefined>();
  });

  it("rollup takes reports and gives a RollupResult", () => {
    expectTypeOf(rollup).parameter(0).toEqualTypeOf<readonly Report[]>();
    expectTypeOf(rollup).returns.toEqualTypeOf<RollupResult>();
    expectTypeOf<RollupResult["report"]>().toEqualTypeOf<Report>();
  });
});

describe("render entry", () => {
  it("renderDocx(report, options) resolves to bytes; a RollupResult is a valid rollup option", () => {
    expectTypeOf(renderDocx).parameter(0).toEqualTypeOf<Report>();
    expectTypeOf(renderDocx).returns.toEqualTypeOf<Promise<Uint8Array<ArrayBuffer>>>();
    // What TS 5.9 needs for a Blob (BlobPart wants an ArrayBuffer, not a SharedArrayBuffer).
    const blob = async (r: Parameters<typeof renderDocx>[0]) => new Blob([await renderDocx(r)]);
    expectTypeOf(blob).returns.toEqualTypeOf<Promise<Blob>>();
    expectTypeOf<RollupResult>().toExtend<NonNullable<RenderOptions["rollup"]>>();
  });
});

describe("communes entry", () => {
  it("UNITS_2025 is a unit list of the three levels", () => {
    expectTypeOf(UNITS_2025.units[0]!.level).toEqualTypeOf<"bo" | "tinh" | "xa">();
  });
});
