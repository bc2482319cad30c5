import { describe, expectTypeOf, it } from "vitest";
import {
  defineIndicator,
  evaluateIndicators,
  compareValues,
  indicatorCatalog,
  type Catalog,
  type Comparison,
  type ElementId,
  type IndicatorId,
  type IndicatorValue,
  type ScoreId,
} from "../../src/index.js";

describe("defineIndicator", () => {
  it("accepts elements of the default catalog and keeps the literal types", () => {
    const d = defineIndicator({
      id: "tl.qua_han_tinh", label: "Tỷ lệ hồ sơ quá hạn", unit: "%", numerator: "hs.qua_han",
      denominator: "hs.da_giai_quyet", factor: 100, decimals: 1, outlineItem: "3.1", levels: ["tinh"],
    });
    expectTypeOf(d.numerator).toEqualTypeOf<"hs.qua_han">();
    expectTypeOf(d.id).toEqualTypeOf<"tl.qua_han_tinh">();
  });

  it("rejects an unknown element id in the formula", () => {
    defineIndicator({
      id: "tl.sai", label: "Sai", unit: "%",
      // @ts-expect-error: "hs.khong_co" is not an element of the catalog
      numerator: "hs.khong_co",
      denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "3.1", levels: ["tinh"],
    });
    defineIndicator({
      id: "tl.sai2", label: "Sai", unit: "%", numerator: "hs.tiep_nhan",
      // @ts-expect-error: a typo in the denominator does not compile either
      denominator: "hs.tiepnhan", factor: 100, decimals: 1, outlineItem: "3.1", levels: ["tinh"],
    });
  });

  it("accepts the caller's own elements when they are passed", () => {
    const mine = [
      { id: "na.diem_wifi", kind: "count", label: "Số điểm wifi", unit: "điểm", outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "last" } },
    ] as const;
    const d = defineIndicator(
      { id: "tl.na", label: "X", unit: "%", numerator: "na.diem_wifi", denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "6.1", levels: ["tinh"] },
      mine,
    );
    expectTypeOf(d.numerator).toEqualTypeOf<"na.diem_wifi">();
    defineIndicator(
      // @ts-expect-error: still not an element of either list
      { id: "tl.na2", label: "X", unit: "%", numerator: "na.khong_co", denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "6.1", levels: ["tinh"] },
      mine,
    );
  });
});

describe("catalog types", () => {
  it("exposes id unions and the result shapes", () => {
    expectTypeOf<"hs.tiep_nhan">().toExtend<ElementId>();
    expectTypeOf<"tl.dvctt_toan_trinh">().toExtend<IndicatorId>();
    expectTypeOf<"cs766.tong">().toExtend<ScoreId>();
    expectTypeOf<"hs.khong_co">().not.toExtend<ElementId>();
    expectTypeOf(indicatorCatalog).toExtend<Catalog>();
    expectTypeOf(evaluateIndicators({})).toEqualTypeOf<IndicatorValue<IndicatorId>[]>();
    expectTypeOf(compareValues(1, 2)).toEqualTypeOf<Comparison | undefined>();
  });
});
