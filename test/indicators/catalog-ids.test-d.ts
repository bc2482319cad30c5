import { describe, expectTypeOf, it } from "vitest";
import {
  evaluateIndicators,
  extendCatalog,
  indicatorCatalog,
  parseReport,
  type Catalog,
  type DefaultCatalog,
  type ElementId,
  type ElementIdOf,
  type FigureIdOf,
  type FigureValues,
  type IndicatorId,
  type IndicatorIdOf,
  type ScoreIdOf,
} from "../../src/index.js";
import { reportFor, withStated, withValues } from "../../src/testing/index.js";

// Misspelt catalog ids must not compile wherever an API takes the catalog's ids (issue 17);
// ids read from JSON at run time (a plain `Catalog`, a parsed report's values) stay open.

describe("the default catalog's ids", () => {
  it("are literal unions, not string", () => {
    expectTypeOf<ElementIdOf<DefaultCatalog>>().toEqualTypeOf<ElementId>();
    expectTypeOf<IndicatorIdOf<typeof indicatorCatalog>>().toEqualTypeOf<IndicatorId>();
    expectTypeOf<string>().not.toExtend<ElementId>();
    expectTypeOf<"hs.tiep_nhann">().not.toExtend<FigureIdOf<DefaultCatalog>>();
    expectTypeOf(indicatorCatalog).toExtend<DefaultCatalog>();
  });

  it("make a misspelt key of typed figure values an error, written or read", () => {
    const values: FigureValues<ElementId> = { "hs.tiep_nhan": 976, "hs.da_giai_quyet": 959 };
    expectTypeOf(values["hs.tiep_nhan"]).toEqualTypeOf<number | boolean | undefined>();
    // @ts-expect-error: "hs.tiep_nhann" is not an element of the catalog
    values["hs.tiep_nhann"];
    // @ts-expect-error: nor may it be written
    const wrong: FigureValues<ElementId> = { "hs.tiep_nhann": 976 };
    void wrong;
    // A report parsed at run time has open values, and they are still accepted.
    const parsed: FigureValues<ElementId> = parseReport({}).values;
    void parsed;
  });
});

describe("evaluateIndicators", () => {
  it("takes only indicator ids of its catalog", () => {
    evaluateIndicators({ "hs.dung_han": 956 }, { ids: ["tl.ho_so_dung_han"] });
    // @ts-expect-error: "tl.ho_so_dung_hann" is not an indicator of the catalog
    evaluateIndicators({}, { ids: ["tl.ho_so_dung_hann"] });
    // @ts-expect-error: an element id is not an indicator id
    evaluateIndicators({}, { ids: ["hs.tiep_nhan"] });
    // @ts-expect-error: a misspelt figure in the values
    evaluateIndicators({ "hs.dung_hann": 956 });
    expectTypeOf(evaluateIndicators({})[0]!.id).toEqualTypeOf<IndicatorId>();
  });

  it("takes any string with a catalog read at run time", () => {
    const runtime = JSON.parse("{}") as Catalog;
    const [r] = evaluateIndicators({ "x.y": 1 }, { catalog: runtime, ids: ["tl.anything"] });
    expectTypeOf(r!.id).toEqualTypeOf<string>();
  });
});

describe("extendCatalog", () => {
  const mine = extendCatalog({
    elements: [
      { id: "na.diem_wifi", kind: "count", label: "Số điểm wifi", unit: "điểm", outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "last" } },
    ],
    indicators: [
      { id: "tl.na_wifi", label: "Điểm wifi trên 100 hồ sơ", unit: "điểm", numerator: "na.diem_wifi", denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "6.1", levels: ["tinh"] },
    ],
  });

  it("widens the ids: the union of the base's and the additions'", () => {
    expectTypeOf<ElementIdOf<typeof mine>>().toEqualTypeOf<ElementId | "na.diem_wifi">();
    expectTypeOf<IndicatorIdOf<typeof mine>>().toEqualTypeOf<IndicatorId | "tl.na_wifi">();
    expectTypeOf<ScoreIdOf<typeof mine>>().toEqualTypeOf<ScoreIdOf<DefaultCatalog>>();
    expectTypeOf(mine).toExtend<Catalog>();
  });

  it("lets the extended catalog's APIs take the new ids and still reject misspelt ones", () => {
    evaluateIndicators({ "na.diem_wifi": 12, "hs.tiep_nhan": 100 }, { catalog: mine, ids: ["tl.na_wifi", "tl.ho_so_dung_han"] });
    // @ts-expect-error: misspelt new indicator
    evaluateIndicators({}, { catalog: mine, ids: ["tl.na_wiffi"] });
    // @ts-expect-error: misspelt new element in the values
    evaluateIndicators({ "na.diem_wiffi": 12 }, { catalog: mine });
  });

  it("extends an extended catalog again, widening once more", () => {
    const more = extendCatalog({ indicators: [{ id: "tl.them", label: "Thêm", unit: "%", numerator: "na.diem_wifi", denominator: "hs.tiep_nhan", factor: 100, decimals: 0, outlineItem: "6.1", levels: ["tinh"] }] }, mine);
    expectTypeOf<IndicatorIdOf<typeof more>>().toEqualTypeOf<IndicatorId | "tl.na_wifi" | "tl.them">();
  });
});

describe("the report builders (de-an-06/testing)", () => {
  it("take catalog ids in withValues and withStated", () => {
    reportFor("40", "202602", withValues({ "hs.tiep_nhan": 976 }), withStated("tl.ho_so_dung_han", "99,7%"));
    // @ts-expect-error: misspelt element id
    withValues({ "hs.tiep_nhann": 976 });
    // @ts-expect-error: misspelt indicator id
    withStated("tl.ho_so_dung_hann", "99,7%");
    const mine = extendCatalog({ elements: [{ id: "na.diem_wifi", kind: "count", label: "Số điểm wifi", unit: "điểm", outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "last" } }] });
    withValues<typeof mine>({ "na.diem_wifi": 12 });
    withValues<Catalog>({ "any.id": 1 });
  });
});
