import { indicatorCatalog } from "../../indicators/catalog.js";
import { compileCatalog } from "../../indicators/compile.js";
import { outlineBody } from "../../schema/outline-body.js";
import { parsePeriod, reportDeadline } from "../../schema/period.js";
import type { Level } from "../../schema/level.js";
import type { Problem } from "../../schema/problem.js";
import type { Report } from "../../schema/report.js";
import { REPORT_SCHEMA_VERSION } from "../../schema/version.js";
import { consolidatedDocument } from "../document.js";
import { breakdownsOverTime } from "./breakdowns.js";
import { combineOverTime } from "./combine-time.js";
import { periodsProblem } from "./messages.js";
import { screenReports } from "./screen.js";
import { missingSubPeriods, monthSpan, spanOfId, type MonthSpan } from "./span.js";
import type { PeriodProvenance, PeriodsCoverage, PeriodsRollupResult, RejectedReport, RollupPeriodsOptions } from "./types.js";

const NOT_CARRIED = ["comparisons", "changes", "statements", "facts"] as const;
const hasEntries = (x: object | undefined): boolean => {
  if (x === undefined) return false;
  for (const _ in x) return true;
  return false;
};

/** Deadlines by period, level and kind of reporter: the same few for every unit of a country. */
const deadlines = new Map<string, string>();
function deadlineOf(period: string, level: Level, agency: boolean): string {
  const key = `${period}|${level}|${agency ? 1 : 0}`;
  let d = deadlines.get(key);
  if (d === undefined) {
    const p = parsePeriod(period);
    d = p ? reportDeadline(p, level, { agency }) : "9999-12-31";
    if (deadlines.size > 10_000) deadlines.clear();
    deadlines.set(key, d);
  }
  return d;
}

/**
 * Rolls the reports of ONE unit for the sub-periods of a period up into the report of that
 * period: the months of a quarter, of six months ("6 tháng"), of nine months or of a year; the
 * quarters of a year (or a mix that does not overlap: Q1 and the months of Q2 for a half). Each
 * element is combined by its time aggregation in the catalog: flows (`time: "sum"`) are added
 * exactly; stocks, cumulative "lũy kế" figures and yes/no facts (`time: "last"`) take the value
 * of the latest sub-period that gives it. Rates are never averaged: the period's rates come from
 * its combined counts (`evaluateIndicators(result.report.values)`), and a sub-period that states
 * only a rate is reported. Coverage says which sub-periods are missing; provenance gives, per
 * figure, the sub-periods it came from. A report of another unit, a period outside the target,
 * overlapping or duplicate sub-periods and an empty input are problems (Vietnamese message, path
 * naming the report's index), never exceptions and never guesses; the reports left out are
 * returned in `rejected`. The report is a generated draft (`origin: "generated"`, "DỰ THẢO"),
 * laid out from the outline like the unit rollup's, with a body of its own.
 *
 * Time and unit rollup compose: the communes' months rolled up into the province's months and
 * then into its quarter give the same figures as the communes' quarters rolled up into the
 * province's quarter (when every commune gives each stock in the same months).
 *
 * @category Rollup
 * @summary Consolidate one unit's monthly (or quarterly) reports into a longer period.
 * @param reports - The unit's reports for sub-periods of `options.period`, in any order.
 * @param options - The unit and the target period; optionally catalog, agency, header, locale.
 * @returns `{ report, coverage, provenance, issues, countTrue, rejected }`.
 * @example
 * ```ts
 * const unit = { code: "09487", name: "Xã Đông Cứu", level: "xa" } as const;
 * const result = rollupPeriods([april, may, june], { unit, period: "2026Q2" });
 * result.report.values["hs.tiep_nhan"];  // April + May + June (a flow)
 * result.report.values["cc.the_da_cap"]; // June's figure (cumulative)
 * result.coverage.missing;                // [] (["202605"] if May were not given)
 * result.provenance["hs.tiep_nhan"]?.map((c) => c.period); // ["202604", "202605", "202606"]
 * ```
 */
export function rollupPeriods(reports: readonly Report[], options: RollupPeriodsOptions): PeriodsRollupResult {
  const locale = options.locale ?? "vi";
  const { unit, period } = options;
  const tables = compileCatalog(options.catalog ?? indicatorCatalog);
  const issues: Problem[] = [];
  const parsed = parsePeriod(period);
  const target: MonthSpan | undefined = parsed && parsed.kind !== "month" ? monthSpan(parsed) : undefined;

  let screened: ReturnType<typeof screenReports>;
  if (target === undefined) {
    issues.push(periodsProblem("periods_target_invalid", "error", ["period"], { period }, locale));
    const rejected = new Map<number, string[]>();
    reports.forEach((_, i) => rejected.set(i, ["periods_target_invalid"]));
    screened = { accepted: [], rejected, duplicates: [] };
  } else {
    if (reports.length === 0) issues.push(periodsProblem("periods_empty", "error", ["reports"], { period }, locale));
    screened = screenReports(reports, target, options, issues, locale);
  }
  const { accepted } = screened;
  if (target !== undefined && reports.length > 0 && accepted.length === 0) {
    issues.push(periodsProblem("periods_empty", "error", ["reports"], { period, given: reports.length }, locale));
  }

  // Coverage of the sub-periods: what is missing, what came late.
  const reported = accepted.map((a) => a.report.period);
  const byQuarter = accepted.length > 0 && accepted.every((a) => a.span.to > a.span.from);
  const missing = target ? missingSubPeriods(target, accepted.map((a) => a.span), byQuarter) : [];
  const startOf = (id: string) => spanOfId(id)?.from ?? 0;
  const expected = missing.length === 0 ? reported : [...reported, ...missing].sort((a, b) => startOf(a) - startOf(b));
  if (missing.length > 0 && accepted.length > 0) {
    issues.push(periodsProblem("periods_missing", "warning", ["reports"], { period, missing: missing.length, expected: expected.length, periods: missing }, locale));
  }
  const late: string[] = [];
  const undated: string[] = [];
  for (const { report } of accepted) {
    const date = report.document.date;
    if (date === null || date === undefined) undated.push(report.period);
    else if (date > deadlineOf(report.period, unit.level, options.agency !== undefined)) late.push(report.period);
  }
  if (late.length > 0) issues.push(periodsProblem("periods_late", "info", ["reports"], { periods: late }, locale));

  const combined = combineOverTime(accepted, tables, issues, locale);
  const breakdowns = breakdownsOverTime(accepted, tables, combined.values, combined.takenFrom);
  // What the sub-periods say as written (comparisons, stated changes, statements, as-of dates)
  // belongs to their own period: not carried into the draft, and said so.
  const notCarried = NOT_CARRIED.filter((field) => accepted.some((a) => hasEntries(a.report[field])));
  if (notCarried.length > 0) issues.push(periodsProblem("period_not_carried", "info", ["reports"], { fields: notCarried }, locale));
  const rejectedIds = new Set<string>();
  const rejected: RejectedReport[] = [];
  for (const [index, codes] of [...screened.rejected].sort((a, b) => a[0] - b[0])) {
    const report = reports[index]!;
    rejected.push({ index, report, codes });
    if (codes.includes("period_duplicate")) continue;
    if (typeof report.period === "string" && !reported.includes(report.period)) rejectedIds.add(report.period);
  }
  const coverage: PeriodsCoverage = {
    period,
    expected,
    reported,
    missing,
    late,
    duplicates: screened.duplicates,
    perFigure: combined.perFigure,
    undated,
    rejected: [...rejectedIds],
  };

  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    unit: { code: unit.code, name: unit.name, level: unit.level },
    ...(options.agency ? { agency: { code: options.agency.code, name: options.agency.name } } : {}),
    period,
    document: consolidatedDocument(unit, period, options.document),
    // Its own body, as the unit rollup's drafts have: plain data the caller may edit.
    body: outlineBody({}, { skeleton: unit.level }),
    footnotes: [],
    origin: "generated",
    presentation: { figuresTable: true },
    values: combined.values,
    stated: combined.stated,
    flags: combined.flags,
    ...(breakdowns ? { breakdowns } : {}),
    at: {},
  };
  const result = { report, coverage, issues, countTrue: combined.countTrue, rejected } as unknown as PeriodsRollupResult;
  // Provenance is built when first read (a country's 12 × 3.321 monthly reports rolled up
  // commune by commune need not pay for lists nobody reads), then kept as a plain data property.
  Object.defineProperty(result, "provenance", {
    enumerable: true,
    configurable: true,
    get(): PeriodProvenance {
      const built = combined.provenance();
      Object.defineProperty(result, "provenance", { value: built, enumerable: true, configurable: false, writable: false });
      return built;
    },
  });
  return result;
}
