import { indicatorCatalog } from "../../indicators/catalog.js";
import type { Catalog } from "../../indicators/types.js";
import type { Locale } from "../../schema/problem.js";
import type { Report } from "../../schema/report.js";
import { indexUnits, NATIONAL_CODE, type UnitIndex, type UnitList } from "../../schema/unit.js";
import { compileCatalog } from "../../indicators/compile.js";
import { finishWithTables } from "./finish.js";
import { rollupProblem, type RollupProblem } from "../messages.js";
import type { RollupResult } from "../types.js";

/**
 * Options of {@link rollupHierarchy}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const o: HierarchyOptions = { units: UNITS_2025, period: "202605" };
 * ```
 */
export interface HierarchyOptions {
  /** The units in force for the period (e.g. `UNITS_2025` from `de-an-06/communes`). */
  readonly units: UnitList | UnitIndex;
  readonly period: string;
  readonly catalog?: Catalog;
  /** Deadline of commune reports (default per `reportDeadline(period, "xa")`). */
  readonly communeDeadline?: string;
  /** Deadline of province reports (default per `reportDeadline(period, "tinh")`). */
  readonly provinceDeadline?: string;
  readonly locale?: Locale;
}

/**
 * The result of {@link rollupHierarchy}: every province's rollup and the national one.
 *
 * @category Rollup
 * @example
 * ```ts
 * const { provinces, national }: HierarchyResult = rollupHierarchy(communeReports, { units: UNITS_2025, period: "202605" });
 * provinces["24"]?.coverage.missing.length;
 * ```
 */
export interface HierarchyResult {
  /** Province code → the rollup of its communes. */
  readonly provinces: Readonly<Record<string, RollupResult>>;
  /** The rollup of the province reports into the national one. */
  readonly national: RollupResult;
  /** Reports whose unit is not a commune of the list. */
  readonly issues: readonly RollupProblem[];
}

/**
 * Rolls commune reports all the way up: each province from its communes (with coverage against
 * the unit list), then the country from the 34 province reports. Counted facts keep their
 * denominators across both levels ("2.950/3.321 xã").
 *
 * @category Rollup
 * @summary xã → tỉnh → Bộ in one call.
 * @example
 * ```ts
 * const { national, provinces } = rollupHierarchy(communeReports, { units: UNITS_2025, period: "202605" });
 * national.report.values["hs.tiep_nhan"];
 * provinces["24"]?.coverage.missing;
 * ```
 */
export function rollupHierarchy(communeReports: readonly Report[], options: HierarchyOptions): HierarchyResult {
  const locale = options.locale ?? "vi";
  const catalog: Catalog = options.catalog ?? indicatorCatalog;
  const tables = compileCatalog(catalog);
  const index = "byCode" in options.units ? options.units : indexUnits(options.units);
  const byProvince = new Map<string, Report[]>();
  const issues: RollupProblem[] = [];
  for (const r of communeReports) {
    const parent = index.byCode.get(r.unit.code)?.parent;
    const province = parent === undefined ? undefined : index.byCode.get(parent);
    if (province === undefined || province.level !== "tinh") {
      issues.push(rollupProblem("child_unexpected", "warning", ["reports", r.unit.code], { unit: r.unit.code, unitName: r.unit.name }, locale));
      continue;
    }
    const list = byProvince.get(province.code);
    if (list) list.push(r);
    else byProvince.set(province.code, [r]);
  }
  const provinces: Record<string, RollupResult> = {};
  const provinceReports: Report[] = [];
  for (const p of index.childrenOf.get(NATIONAL_CODE) ?? []) {
    const children = byProvince.get(p.code);
    if (!children) continue;
    const result = finishWithTables(
      { children },
      {
        unit: { code: p.code, name: p.name, level: "tinh" },
        period: options.period,
        catalog,
        expected: index,
        locale,
        ...(options.communeDeadline ? { deadline: options.communeDeadline } : {}),
      },
      tables,
    );
    provinces[p.code] = result;
    provinceReports.push(result.report);
  }
  const nationalUnit = index.byCode.get(NATIONAL_CODE);
  const national = finishWithTables(
    { children: provinceReports },
    {
      unit: { code: NATIONAL_CODE, name: nationalUnit?.name ?? "Toàn quốc", level: "bo" },
      period: options.period,
      catalog,
      expected: index,
      locale,
      ...(options.provinceDeadline ? { deadline: options.provinceDeadline } : {}),
    },
    tables,
  );
  return { provinces, national, issues };
}
