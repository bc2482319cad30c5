import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INDICATORS, evaluateIndicator, evaluateIndicators, extendCatalog, findIndicator, indicatorCatalog, type Catalog } from "../../src/index.js";
import { loadReport } from "../fixtures/index.js";

const byId = (rs: ReturnType<typeof evaluateIndicators>, id: string) => rs.find((r) => r.id === id);

describe("evaluateIndicators", () => {
  it("computes the commune's on-time rate from its counts (956/959 → 99,7%)", () => {
    const r = byId(evaluateIndicators(loadReport("004-dong-cuu-2026-05").values), "tl.ho_so_dung_han");
    expect(r).toMatchObject({ numerator: 956, denominator: 959, unit: "%", decimals: 1 });
    expect(r?.value).toBeCloseTo(99.687, 3);
    expect(r?.missing).toBeUndefined();
  });

  it("checks the target: 968/1054 procedures fully online meets ≥ 80%", () => {
    const [r] = evaluateIndicators(loadReport("002-son-la-vp-ubnd").values, { ids: ["tl.dvctt_toan_trinh"] });
    expect(r?.value).toBeCloseTo(91.84, 2);
    expect(r?.target).toMatchObject({ op: ">=", value: 80 });
    expect(r?.meetsTarget).toBe(true);
    const [low] = evaluateIndicators({ "tthc.dvctt_toan_trinh": 79, "tthc.tong": 100 }, { ids: ["tl.dvctt_toan_trinh"] });
    expect(low?.meetsTarget).toBe(false);
    const [nothing] = evaluateIndicators({}, { ids: ["tl.dvctt_toan_trinh"] });
    expect(nothing?.meetsTarget).toBeUndefined();
  });

  it("evaluates the seed's land matching and 25/25 essential services", () => {
    const rs = evaluateIndicators({ ...loadReport("003-nghe-an-2026-02").values, ...loadReport("002-son-la-vp-ubnd").values });
    expect(byId(rs, "tl.dat_trung_khop")?.value).toBeCloseTo((1527629 / 2003884) * 100, 10);
    expect(byId(rs, "tl.dvc_thiet_yeu")).toMatchObject({ value: 100, meetsTarget: true });
    expect(byId(rs, "tl.kcb_dung_can_cuoc")?.value).toBe(100);
  });

  it("gives a reason, never NaN or Infinity, when it cannot compute", () => {
    const code = (values: Record<string, number | boolean>) =>
      evaluateIndicators(values, { ids: ["tl.so_hoa"] })[0]?.missing?.code;
    expect(code({ "hs.so_hoa": 0, "hs.tiep_nhan": 0 })).toBe("denominator_zero");
    expect(code({ "hs.tiep_nhan": 10 })).toBe("numerator_missing");
    expect(code({ "hs.so_hoa": 10 })).toBe("denominator_missing");
    expect(code({})).toBe("both_missing");
    expect(code({ "hs.so_hoa": true, "hs.tiep_nhan": 3 })).toBe("invalid_value");
    expect(code({ "hs.so_hoa": Number.NaN, "hs.tiep_nhan": 3 })).toBe("invalid_value");
    expect(code({ "hs.so_hoa": 1, "hs.tiep_nhan": -3 })).toBe("invalid_value");
    const [r] = evaluateIndicators({ "hs.so_hoa": 0, "hs.tiep_nhan": 0 }, { ids: ["tl.so_hoa"] });
    expect(r).toMatchObject({ value: undefined, numerator: 0, denominator: 0 });
    expect(r?.missing?.message).toBe('Mẫu số "hs.tiep_nhan" bằng 0: không tính được tl.so_hoa.');
    const [en] = evaluateIndicators({}, { ids: ["tl.so_hoa"], locale: "en" });
    expect(en?.missing?.message).toMatch(/^No figures for/);
    // An id from run-time data: a literal this misspelt does not compile (define.test-d.ts).
    const [unknown] = evaluateIndicators({}, { catalog: indicatorCatalog as Catalog, ids: ["tl.khong_co"] });
    expect(unknown?.missing?.code).toBe("unknown_indicator");
  });

  it("does not treat inherited properties as figures", () => {
    const values = Object.create({ "hs.tiep_nhan": 5 }) as Record<string, number>;
    values["hs.so_hoa"] = 1;
    expect(evaluateIndicators(values, { ids: ["tl.so_hoa"] })[0]?.missing?.code).toBe("denominator_missing");
  });

  it("guards a custom catalog's factor that would overflow", () => {
    const def = { ...findIndicator("tl.so_hoa")!, factor: Number.MAX_VALUE };
    expect(evaluateIndicator(def, { "hs.so_hoa": 10, "hs.tiep_nhan": 1 }).missing?.code).toBe("non_finite_result");
  });

  it("evaluates every indicator of the catalog in order by default, and a caller's extended catalog", () => {
    expect(evaluateIndicators({}).map((r) => r.id)).toEqual(INDICATORS.map((i) => i.id));
    const catalog = extendCatalog({
      elements: [{ id: "na.x", kind: "count", label: "X", unit: "cái", outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "sum" } }],
      indicators: [{ id: "tl.na_x", label: "Tỷ lệ X", unit: "%", numerator: "na.x", denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "6.1", levels: ["tinh"] }],
    });
    expect(byId(evaluateIndicators({ "na.x": 1, "hs.tiep_nhan": 4 }, { catalog }), "tl.na_x")?.value).toBe(25);
    expect(indicatorCatalog.indicators.some((i) => (i.id as string) === "tl.na_x")).toBe(false);
  });
});

const counts = fc.nat({ max: 2 ** 40 });
/** A (numerator ≤ denominator) pair for every indicator of the catalog. */
const figureSet = fc.record(
  Object.fromEntries(
    INDICATORS.flatMap((i) => [i.numerator, i.denominator]).map((id) => [id, fc.option(counts, { nil: undefined })]),
  ),
  { requiredKeys: [] },
);

describe("evaluateIndicators — properties", () => {
  it("the indicator of summed values equals the ratio of summed counts (ratios of sums, never averages)", () => {
    const ids = [...new Set(INDICATORS.flatMap((i) => [i.numerator, i.denominator]))];
    const unit = fc.record(Object.fromEntries(ids.map((id) => [id, counts])));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), (units) => {
        const summed: Record<string, number> = {};
        for (const u of units) for (const [k, v] of Object.entries(u)) summed[k] = (summed[k] ?? 0) + v;
        const reversed: Record<string, number> = {};
        for (const u of [...units].reverse()) for (const [k, v] of Object.entries(u)) reversed[k] = (reversed[k] ?? 0) + v;
        const a = evaluateIndicators(summed);
        expect(evaluateIndicators(reversed)).toEqual(a);
        for (const r of a) {
          const def = findIndicator(r.id)!;
          const num = units.reduce((s, u) => s + (u[def.numerator] ?? 0), 0);
          const den = units.reduce((s, u) => s + (u[def.denominator] ?? 0), 0);
          expect(r.numerator).toBe(num);
          expect(r.denominator).toBe(den);
          expect(r.value).toBe(den === 0 ? undefined : (num * def.factor) / den);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("never returns a non-finite number, whatever the input", () => {
    const anyValue = fc.oneof(fc.double(), fc.boolean(), counts, fc.constant(undefined));
    const ids = [...new Set(INDICATORS.flatMap((i) => [i.numerator, i.denominator]))];
    fc.assert(
      fc.property(fc.record(Object.fromEntries(ids.map((id) => [id, anyValue])), { requiredKeys: [] }), (values) => {
        for (const r of evaluateIndicators(values as Record<string, number | boolean>)) {
          if (r.value !== undefined && !Number.isFinite(r.value)) return false;
          if ((r.value === undefined) === (r.missing === undefined)) return false;
        }
        return true;
      }),
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(figureSet, (values) => {
        const before = structuredClone(values);
        const frozen = Object.freeze({ ...values });
        evaluateIndicators(frozen as Record<string, number>);
        evaluateIndicators(values as Record<string, number>);
        expect(values).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
