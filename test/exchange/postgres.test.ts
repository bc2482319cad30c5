/**
 * The rows of the synthetic country (3.321 communes) loaded into a real PostgreSQL (PGlite: Postgres
 * compiled to WebAssembly, no server) through `rowsToCsv` and `COPY`: SQL `GROUP BY` sums per
 * province equal `rollup`, yes/no facts counted in SQL equal its `countTrue`, and ratios computed in
 * SQL as sum ÷ sum equal `evaluateIndicators` over the rolled-up counts. The table and queries are
 * those of docs/tich-hop.md.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PGlite } from "@electric-sql/pglite";
import { UNITS_2025 } from "../../src/communes/index.js";
import { rowsToCsv, toRows, type FigureRow } from "../../src/exchange/index.js";
import { evaluateIndicators, indicatorCatalog, type IndicatorId } from "../../src/indicators/index.js";
import { rollupHierarchy, type HierarchyResult } from "../../src/rollup/index.js";
import { generateCountry } from "../../src/sample/index.js";

const PERIOD = "202605";
/** Elements a province report carries that add up over its communes (commune-only details are not rolled up). */
const SUM = new Set<string>(
  indicatorCatalog.elements.filter((e) => e.aggregation.units === "sum" && (e.levels as readonly string[]).includes("tinh")).map((e) => e.id),
);
const COUNT_TRUE: readonly string[] = indicatorCatalog.elements.filter((e) => e.aggregation.units === "countTrue").map((e) => e.id);

const CREATE_TABLES = `
CREATE TABLE don_vi (
  code   text PRIMARY KEY,
  name   text NOT NULL,
  level  text NOT NULL,
  parent text
);
CREATE TABLE so_lieu (
  unit             text    NOT NULL,
  unit_name        text    NOT NULL,
  level            text    NOT NULL CHECK (level IN ('xa', 'tinh', 'bo')),
  agency           text,
  period           text    NOT NULL,
  element          text    NOT NULL,
  dimension        text,
  member           text,
  member_label     text,
  complete         boolean,
  value            bigint  CHECK (value >= 0),
  yes_no           boolean,
  stated_value     double precision,
  stated_decimals  smallint,
  stated_qualifier text,
  stated_tolerance double precision,
  stated_max       double precision,
  stated_text      text,
  flag             text,
  as_of            date,
  scope            text
);
CREATE TABLE chi_tieu (
  id          text PRIMARY KEY,
  numerator   text NOT NULL,
  denominator text NOT NULL,
  factor      double precision NOT NULL
);
-- Σ of each element per province and period (the figure itself, not its breakdown parts),
-- kept as a table: REFRESH MATERIALIZED VIEW tong_tinh after each load.
CREATE MATERIALIZED VIEW tong_tinh AS
  SELECT d.parent AS province, s.period, s.element, sum(s.value) AS total
  FROM so_lieu s JOIN don_vi d ON d.code = s.unit
  WHERE s.level = 'xa' AND s.dimension IS NULL AND s.value IS NOT NULL
  GROUP BY d.parent, s.period, s.element
  WITH NO DATA;
-- Ratios as DHIS2 computes them: Σ numerator × factor ÷ Σ denominator, never an average of rates.
CREATE VIEW ty_le_tinh AS
  SELECT n.province, n.period, c.id, n.total::float8 * c.factor / nullif(m.total, 0)::float8 AS value
  FROM chi_tieu c
  JOIN tong_tinh n ON n.element = c.numerator
  JOIN tong_tinh m ON m.element = c.denominator AND m.province = n.province AND m.period = n.period;`;

let db: PGlite;
let rows: FigureRow[] = [];
let hierarchy: HierarchyResult;

beforeAll(async () => {
  const reports = generateCountry({ seed: 6, period: PERIOD });
  rows = reports.flatMap((r) => toRows(r));
  hierarchy = rollupHierarchy(reports, { units: UNITS_2025, period: PERIOD });
  const { PGlite } = await import("@electric-sql/pglite");
  db = new PGlite();
  await db.exec(CREATE_TABLES);
  const units = UNITS_2025.units.map((u) => [u.code, u.name, u.level, u.parent ?? ""].map((c) => (c === "" ? "" : `"${c}"`)).join(",")).join("\n");
  await db.query("COPY don_vi FROM '/dev/blob' WITH (FORMAT csv)", [], { blob: new Blob([units]) });
  await db.query("COPY so_lieu FROM '/dev/blob' WITH (FORMAT csv, HEADER true)", [], { blob: new Blob([rowsToCsv(rows)]) });
  const indicators = indicatorCatalog.indicators.map((d) => [d.id, d.numerator, d.denominator, d.factor].join(",")).join("\n");
  await db.query("COPY chi_tieu FROM '/dev/blob' WITH (FORMAT csv)", [], { blob: new Blob([indicators]) });
  await db.exec("REFRESH MATERIALIZED VIEW tong_tinh; ANALYZE;");
}, 180_000);
afterAll(async () => {
  await db?.close();
});

describe("the synthetic country in PostgreSQL", () => {
  it("every row is loaded, one per unit, period, element and member", async () => {
    const { rows: count } = await db.query<{ n: number; units: number }>("SELECT count(*)::int AS n, count(DISTINCT unit)::int AS units FROM so_lieu");
    expect(count[0]).toEqual({ n: rows.length, units: 3321 });
    expect(rows.length).toBeGreaterThan(3321 * 10);
  });

  it("SQL GROUP BY sums per province equal rollup", async () => {
    const { rows: sums } = await db.query<{ province: string; element: string; total: number }>(
      "SELECT province, element, total::bigint AS total FROM tong_tinh WHERE period = $1 ORDER BY 1, 2",
      [PERIOD],
    );
    const sql: Record<string, Record<string, number>> = {};
    for (const r of sums) if (SUM.has(r.element)) (sql[r.province] ??= {})[r.element] = Number(r.total);
    expect(Object.keys(sql)).toHaveLength(34);
    let compared = 0;
    for (const [province, result] of Object.entries(hierarchy.provinces)) {
      const rolled = Object.fromEntries(Object.entries(result.report.values).filter(([id, v]) => SUM.has(id) && typeof v === "number"));
      expect(sql[province], province).toEqual(rolled);
      compared += Object.keys(rolled).length;
    }
    expect(compared).toBeGreaterThan(34 * 10);
  });

  it("yes/no facts counted in SQL equal rollup's countTrue", async () => {
    const { rows: counts } = await db.query<{ province: string; element: string; yes: number; of: number }>(`
      SELECT d.parent AS province, s.element, count(*) FILTER (WHERE s.yes_no)::int AS yes, count(s.yes_no)::int AS of
      FROM so_lieu s JOIN don_vi d ON d.code = s.unit
      WHERE s.period = $1 AND s.yes_no IS NOT NULL
      GROUP BY 1, 2`, [PERIOD]);
    const facts = counts.filter((c) => COUNT_TRUE.includes(c.element));
    expect(facts.length).toBe(34 * COUNT_TRUE.length);
    for (const c of facts) {
      const ct = hierarchy.provinces[c.province]?.countTrue?.[c.element];
      expect(ct, `${c.province} ${c.element}`).toMatchObject({ count: c.yes, of: c.of });
    }
  });

  it("ratios computed in SQL as sum ÷ sum equal evaluateIndicators over the rolled-up counts", async () => {
    const ratios = new Set<IndicatorId>(indicatorCatalog.indicators.filter((d) => SUM.has(d.numerator) && SUM.has(d.denominator)).map((d) => d.id));
    expect(ratios.size).toBeGreaterThan(5);
    const { rows: out } = await db.query<{ province: string; id: string; value: number | null }>(
      "SELECT province, id, value FROM ty_le_tinh WHERE period = $1",
      [PERIOD],
    );
    const sql = new Map(out.filter((r) => (ratios as Set<string>).has(r.id)).map((r) => [`${r.province} ${r.id}`, r.value]));
    let compared = 0;
    for (const [province, result] of Object.entries(hierarchy.provinces)) {
      for (const v of evaluateIndicators(result.report.values, { ids: [...ratios], period: PERIOD })) {
        const key = `${province} ${v.id}`;
        if (v.value === undefined) {
          expect(sql.get(key) ?? null, key).toBeNull();
          continue;
        }
        expect(sql.get(key), key).toBeCloseTo(v.value, 9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(34 * 5);
  });
});
