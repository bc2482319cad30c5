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
  type Report,
  type ReportInput,
  type SafeParseResult,
  type StatedValue,
} from "de-an-06";
import { UNITS_2025 } from "de-an-06/communes";
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
    expectTypeOf(r.problems).toEqualTypeOf<readonly Problem[]>();
  });

  it("a Problem is plain data with a severity union", () => {
    expectTypeOf<Problem["severity"]>().toEqualTypeOf<"error" | "warning" | "info">();
    expectTypeOf<Problem["path"]>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<Problem["code"]>().toBeString();
    expectTypeOf<ReportParseError["problems"]>().toEqualTypeOf<readonly Problem[]>();
  });

  it("figures are integers or booleans; stated values carry their precision", () => {
    expectTypeOf<Report["values"]>().toEqualTypeOf<Record<string, number | boolean>>();
    expectTypeOf<StatedValue["decimals"]>().toBeNumber();
    expectTypeOf<Report["unit"]["level"]>().toEqualTypeOf<"xa" | "tinh" | "bo">();
    // Input may omit what has defaults; the parsed report never does.
    expectTypeOf<Pick<ReportInput, "sections">>().toEqualTypeOf<{ sections?: ReportInput["sections"] }>();
    expectTypeOf<Report["sections"]>().not.toBeUndefined();
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

describe("communes entry", () => {
  it("UNITS_2025 is a unit list of the three levels", () => {
    expectTypeOf(UNITS_2025.units[0]!.level).toEqualTypeOf<"bo" | "tinh" | "xa">();
  });
});
