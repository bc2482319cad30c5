/**
 * fromRows(toRows(r)) gives back every figure of r that rows carry (values, stated, flags, facts,
 * breakdowns), for random figure sets (fast-check); and toRows never mutates its input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromRows, toRows, type ReportFigures } from "../../src/exchange/index.js";
import { BREAKDOWN_DIMENSIONS } from "../../src/schema/figure-facts.js";
import { FIGURE_FLAGS, QUALIFIERS } from "../../src/schema/report.js";

const id = fc.constantFrom("hs.tiep_nhan", "hs.dung_han", "hs.qua_han", "tl.ho_so_dung_han", "dc.to_cnscd", "dvc.ho_so_truc_tuyen", "x.y_z1");
const text = fc.constantFrom("99,7%", "gần 4.000 hồ sơ", 'Xã "Đông" Cứu, 2026', "=1+2", "dòng\r\nhai", "toàn quốc");
const stated = fc.record(
  {
    value: fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }),
    decimals: fc.integer({ min: -15, max: 6 }),
    qualifier: fc.constantFrom(...QUALIFIERS),
    tolerance: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    max: fc.double({ min: 0.5, max: 1e3, noNaN: true, noDefaultInfinity: true }),
    text,
  },
  { requiredKeys: ["value", "decimals"] },
);
const fact = fc
  .record({ asOf: fc.constantFrom("2025-07-07", "2026-05-14", "2024-02-29"), scope: text }, { requiredKeys: [] })
  .filter((f) => Object.keys(f).length > 0);
const breakdown = fc.record({
  id,
  dimension: fc.constantFrom(...BREAKDOWN_DIMENSIONS),
  complete: fc.boolean(),
  parts: fc.uniqueArray(
    fc.record({ key: fc.constantFrom("01", "24", "bo_cong_an", "a.b-c", "X_1"), label: text, value: fc.nat({ max: Number.MAX_SAFE_INTEGER }) }),
    { minLength: 1, maxLength: 4, selector: (p) => p.key },
  ),
});
const report: fc.Arbitrary<ReportFigures> = fc.record(
  {
    unit: fc.constantFrom(
      { code: "09487", name: "Xã Đông Cứu", level: "xa" as const },
      { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" as const },
      { code: "VN", name: "Toàn quốc", level: "bo" as const },
    ),
    agency: fc.constantFrom({ code: "so_y_te", name: "Sở Y tế" }, { code: "bhxh", name: "BHXH tỉnh" }),
    period: fc.constantFrom("202605", "2026Q2", "2026S1", "2026N9", "2026", "2026-01-01_2026-03-31"),
    values: fc.dictionary(id, fc.oneof(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.boolean())),
    stated: fc.dictionary(id, stated),
    flags: fc.dictionary(id, fc.constantFrom(...FIGURE_FLAGS)),
    facts: fc.dictionary(id, fact),
    breakdowns: fc.uniqueArray(breakdown, { maxLength: 3, selector: (b) => `${b.id}:${b.dimension}` }),
  },
  { requiredKeys: ["unit", "period", "values", "stated", "flags"] },
);

/** The figures rows carry; empty facts/breakdowns are the same as none. */
const figures = (r: Pick<ReportFigures, "values" | "stated" | "flags" | "facts" | "breakdowns">) => ({
  values: r.values,
  stated: r.stated,
  flags: r.flags,
  facts: r.facts !== undefined && Object.keys(r.facts).length > 0 ? r.facts : undefined,
  breakdowns: r.breakdowns !== undefined && r.breakdowns.length > 0 ? r.breakdowns : undefined,
});

describe("toRows → fromRows round trip", () => {
  it("gives back the same figures, unit, agency and period", () => {
    fc.assert(
      fc.property(report, (r) => {
        const rows = toRows(r);
        const back = fromRows(rows);
        expect(back.problems).toEqual([]);
        const ids = new Set([...Object.keys(r.values), ...Object.keys(r.stated), ...Object.keys(r.flags), ...Object.keys(r.facts ?? {})]);
        const parts = (r.breakdowns ?? []).reduce((n, b) => n + b.parts.length, 0);
        expect(rows.length).toBe(ids.size + parts);
        if (rows.length === 0) {
          // No figure, no row: nothing comes back (the property returns nothing, not the
          // assertion's value, which fast-check would read as a failed property).
          expect(back.reports).toEqual([]);
          return;
        }
        expect(back.reports).toHaveLength(1);
        const got = back.reports[0]!;
        expect(got.unit).toEqual(r.unit);
        expect(got.agency).toBe(r.agency?.code);
        expect(got.period).toBe(r.period);
        expect(figures(got)).toEqual(figures(r));
      }),
      // A report without figures (fast-check found it once): always tried.
      { numRuns: 80, examples: [[{ unit: { code: "09487", name: "Xã Đông Cứu", level: "xa" }, period: "202605", values: {}, stated: {}, flags: {} }]] },
    );
  });

  it("does not mutate the report", () => {
    fc.assert(
      fc.property(report, (r) => {
        const before = structuredClone(r);
        toRows(r);
        expect(r).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});
