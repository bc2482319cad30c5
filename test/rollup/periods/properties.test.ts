/**
 * Invariants of the rollup over time (fast-check): time and unit rollup compose in either order
 * (communes' months → province months → quarter == communes' months → commune quarters → province
 * quarter) for sum, last and countTrue elements; flows are the exact sum of the sub-periods that
 * gave them, stocks the latest one's; provenance adds up; the input order does not matter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Catalog, ElementDef } from "../../../src/indicators/types.js";
import { rollup, rollupPeriods, type PeriodsRollupResult } from "../../../src/rollup/index.js";
import type { Report } from "../../../src/schema/report.js";
import { communeReport, figuresArb, permutationOf, PROVINCE, TEST_CATALOG } from "../helpers.js";

/** A flow that belongs to no relation: it may be missing from any commune's month. */
const LUOT: ElementDef = {
  id: "t.luot", kind: "count", label: "Lượt", unit: "lượt", outlineItem: "5.1", levels: ["xa", "tinh", "bo"], aggregation: { units: "sum", time: "sum" },
};
const CATALOG: Catalog = { ...TEST_CATALOG, elements: [...TEST_CATALOG.elements, LUOT] };
/** Elements combined over time by `last` (stocks, a per-authority count, min/max, a yes/no fact). */
const LAST_IDS = ["t.tien", "t.thu_tuc", "t.nho_nhat", "t.lon_nhat", "t.to"];

const TARGETS = {
  "2026Q2": ["202604", "202605", "202606"],
  "2026S1": ["202601", "202602", "202603", "202604", "202605", "202606"],
} as const;

const at = (report: Report, code: string, period: string, values: Record<string, number | boolean>): Report => ({
  ...report,
  unit: { code, name: `Xã ${code}`, level: "xa" },
  period,
  values,
});

/**
 * A province's communes, each reporting every month that anyone reports (the months given are a
 * random subset of the target's): the flows of each commune-month at random (t.luot sometimes
 * absent); a stock or fact absent in a month is absent for every commune that month.
 */
const countryArb = fc
  .record({
    target: fc.constantFrom("2026Q2" as const, "2026S1" as const),
    codes: fc.uniqueArray(fc.integer({ min: 1, max: 99_999 }), { minLength: 1, maxLength: 6 }),
  })
  .chain(({ target, codes }) =>
    fc.record({
      target: fc.constant(target),
      months: fc.subarray([...TARGETS[target]], { minLength: 1 }),
      codes: fc.constant(codes.map((c) => String(c).padStart(5, "0"))),
      figures: fc.array(fc.array(fc.tuple(figuresArb, fc.boolean()), { minLength: 6, maxLength: 6 }), { minLength: codes.length, maxLength: codes.length }),
      dropped: fc.array(fc.subarray(LAST_IDS), { minLength: 6, maxLength: 6 }),
    }),
  )
  .map(({ target, months, codes, figures, dropped }) => {
    const base = communeReport("09487", {});
    const reports: Report[] = [];
    codes.forEach((code, c) =>
      months.forEach((m, k) => {
        const [v, luot] = figures[c]![k]!;
        const values: Record<string, number | boolean> = { ...v };
        if (luot) values["t.luot"] = (v["t.nhan"] as number) % 977;
        for (const id of dropped[k]!) delete values[id];
        reports.push(at(base, code, m, values));
      }),
    );
    return { target, months, codes, reports };
  });

const figures = (r: PeriodsRollupResult | ReturnType<typeof rollup>) => ({
  values: r.report.values,
  stated: r.report.stated,
  flags: r.report.flags,
  countTrue: r.countTrue ?? {},
});

describe("time and unit rollup compose", () => {
  it("communes' months → province months → quarter == communes' months → commune quarters → province quarter", () => {
    fc.assert(
      fc.property(countryArb, ({ target, months, codes, reports }) => {
        // Units first: the province's month reports, then its quarter (or half).
        const provinceMonths = months.map(
          (m) => rollup(reports.filter((r) => r.period === m), { unit: PROVINCE, period: m, catalog: CATALOG }).report,
        );
        const unitsFirst = rollupPeriods(provinceMonths, { unit: PROVINCE, period: target, catalog: CATALOG });
        // Time first: each commune's quarter, then the province's.
        const communeQuarters = codes.map(
          (code) =>
            rollupPeriods(
              reports.filter((r) => r.unit.code === code),
              { unit: { code, name: `Xã ${code}`, level: "xa" }, period: target, catalog: CATALOG },
            ).report,
        );
        const timeFirst = rollup(communeQuarters, { unit: PROVINCE, period: target, catalog: CATALOG });

        expect(figures(unitsFirst)).toEqual(figures(timeFirst));
        expect(unitsFirst.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(timeFirst.issues.filter((i) => i.severity === "error")).toEqual([]);
        // And both are the plain arithmetic: Σ over communes and months for flows.
        for (const id of ["t.nhan", "t.xong", "t.dung", "t.tre", "t.luot"]) {
          const givers = reports.filter((r) => r.values[id] !== undefined);
          expect(unitsFirst.report.values[id]).toBe(givers.length === 0 ? undefined : givers.reduce((s, r) => s + (r.values[id] as number), 0));
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** One commune's months of 2026 (a random subset), each with a random subset of the figures. */
const monthsArb = fc
  .subarray(Array.from({ length: 12 }, (_, i) => `2026${String(i + 1).padStart(2, "0")}`), { minLength: 1 })
  .chain((months) =>
    fc.tuple(
      fc.constant(months),
      fc.array(fc.tuple(figuresArb, fc.subarray([...LAST_IDS, "t.nhan", "t.xong", "t.dung", "t.tre"])), { minLength: months.length, maxLength: months.length }),
    ),
  )
  .map(([months, figs]) => {
    const base = communeReport("09487", {});
    return months.map((m, k) => {
      const [v, drop] = figs[k]!;
      const values: Record<string, number | boolean> = { ...v };
      for (const id of drop) delete values[id];
      return at(base, "09487", m, values);
    });
  });

const XA = { code: "09487", name: "Xã 09487", level: "xa" } as const;
const YEAR = { unit: XA, period: "2026", catalog: TEST_CATALOG };
const plain = (r: PeriodsRollupResult): unknown => JSON.parse(JSON.stringify(r)) as unknown;

describe("sum invariants over a year of months", () => {
  it("flows = Σ of the months that gave them, stocks = the latest month's, provenance adds up, coverage is exact", () => {
    fc.assert(
      fc.property(monthsArb, (months) => {
        const r = rollupPeriods(months, YEAR);
        for (const e of TEST_CATALOG.elements) {
          const givers = months.filter((m) => m.values[e.id] !== undefined);
          const value = r.report.values[e.id];
          if (givers.length === 0) {
            expect(value).toBeUndefined();
            continue;
          }
          expect(r.coverage.perFigure[e.id]).toEqual({ contributed: givers.length, reported: months.length });
          const prov = r.provenance[e.id] ?? [];
          if (e.aggregation.time === "sum") {
            const sum = givers.reduce((s, m) => s + (m.values[e.id] as number), 0);
            expect(value).toBe(sum);
            expect(prov.reduce((s, c) => s + (c.value as number), 0)).toBe(sum);
            expect(prov.map((c) => c.period)).toEqual(givers.map((m) => m.period));
          } else {
            const latest = givers[givers.length - 1]!;
            expect(value).toBe(latest.values[e.id]);
            expect(prov.map((c) => [c.period, c.value])).toEqual([[latest.period, latest.values[e.id]]]);
          }
        }
        expect(r.coverage.reported).toEqual(months.map((m) => m.period));
        expect([...r.coverage.reported, ...r.coverage.missing].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `2026${String(i + 1).padStart(2, "0")}`));
        expect(r.rejected).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("the result does not depend on the order the months arrive in", () => {
    fc.assert(
      fc.property(
        monthsArb.chain((months) => fc.tuple(fc.constant(months), permutationOf(months))),
        ([months, shuffled]) => {
          expect(plain(rollupPeriods(shuffled, YEAR))).toEqual(plain(rollupPeriods(months, YEAR)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("the year from its months == the year from its quarters (each quarter from its months)", () => {
    fc.assert(
      fc.property(monthsArb, (months) => {
        const quarters = [1, 2, 3, 4]
          .map((q) => {
            const mine = months.filter((m) => Math.ceil(Number(m.period.slice(4)) / 3) === q);
            return mine.length === 0 ? undefined : rollupPeriods(mine, { ...YEAR, period: `2026Q${q}` }).report;
          })
          .filter((r): r is Report => r !== undefined);
        const viaQuarters = rollupPeriods(quarters, YEAR);
        const direct = rollupPeriods(months, YEAR);
        expect(viaQuarters.report.values).toEqual(direct.report.values);
        expect(viaQuarters.report.flags).toEqual(direct.report.flags);
      }),
      { numRuns: 50 },
    );
  });
});
