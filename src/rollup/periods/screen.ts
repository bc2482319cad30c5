import type { Locale, Problem } from "../../schema/problem.js";
import type { Report } from "../../schema/report.js";
import { pickReport } from "../pick-report.js";
import { periodsProblem } from "./messages.js";
import { spanOfId, strictlyInside, type MonthSpan } from "./span.js";
import type { RollupPeriodsOptions } from "./types.js";

/**
 * The first step of a rollup over time: which reports count. A report of another unit (or
 * agency), a period that is not strictly inside the target, and every report whose period
 * overlaps another's (a quarter beside one of its months) are left out with an error; of several
 * reports for the same sub-period one counts (the unit rollup's rule: the latest dated), the
 * others are left out with a warning. Nothing is guessed: what is left out is returned.
 */

/** A report that counts, with its place in the input and its months. */
export interface Accepted {
  readonly index: number;
  readonly report: Report;
  readonly span: MonthSpan;
}

export interface Screened {
  /** Accepted reports in time order. */
  readonly accepted: readonly Accepted[];
  /** Input index → problem codes, for the reports left out. */
  readonly rejected: ReadonlyMap<number, string[]>;
  readonly duplicates: readonly string[];
}

function reject(rejected: Map<number, string[]>, index: number, code: string): void {
  const codes = rejected.get(index);
  if (codes) codes.push(code);
  else rejected.set(index, [code]);
}

export function screenReports(
  reports: readonly Report[],
  target: MonthSpan,
  options: RollupPeriodsOptions,
  issues: Problem[],
  locale: Locale,
): Screened {
  const { unit, agency } = options;
  const rejected = new Map<number, string[]>();
  const candidates: Accepted[] = [];
  for (let index = 0; index < reports.length; index++) {
    const report = reports[index]!;
    if (report.unit.code !== unit.code || report.unit.level !== unit.level || report.agency?.code !== agency?.code) {
      reject(rejected, index, "period_other_unit");
      issues.push(
        periodsProblem(
          "period_other_unit",
          "error",
          ["reports", index, report.unit.code !== unit.code || report.unit.level !== unit.level ? "unit" : "agency"],
          {
            index,
            period: report.period,
            unit: report.unit.code,
            unitName: report.unit.name,
            agency: report.agency?.name,
            expectedUnit: unit.code,
            expectedName: unit.name,
            expectedAgency: agency?.name,
          },
          locale,
        ),
      );
      continue;
    }
    const span = typeof report.period === "string" ? spanOfId(report.period) : undefined;
    if (span === undefined) {
      reject(rejected, index, "period_invalid");
      issues.push(periodsProblem("period_invalid", "error", ["reports", index, "period"], { index, period: report.period, target: options.period }, locale));
      continue;
    }
    if (span.from === target.from && span.to === target.to) {
      // The target's own report (a commune that sent its quarterly report beside its months).
      reject(rejected, index, "period_is_target");
      issues.push(periodsProblem("period_is_target", "error", ["reports", index, "period"], { index, period: report.period }, locale));
      continue;
    }
    if (!strictlyInside(span, target)) {
      reject(rejected, index, "period_outside_target");
      issues.push(periodsProblem("period_outside_target", "error", ["reports", index, "period"], { index, period: report.period, target: options.period }, locale));
      continue;
    }
    candidates.push({ index, report, span });
  }

  // Same period more than once: one counts (latest dated, then by content, never by order).
  candidates.sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to || a.index - b.index);
  const distinct: Accepted[] = [];
  const duplicates: string[] = [];
  for (let i = 0; i < candidates.length; ) {
    let j = i + 1;
    while (j < candidates.length && candidates[j]!.span.from === candidates[i]!.span.from && candidates[j]!.span.to === candidates[i]!.span.to) j++;
    if (j - i === 1) {
      distinct.push(candidates[i]!);
    } else {
      const group = candidates.slice(i, j);
      const { kept, identical } = pickReport(group.map((g) => g.report));
      const keep = group.find((g) => g.report === kept)!;
      distinct.push(keep);
      duplicates.push(keep.report.period);
      for (const g of group) if (g !== keep) reject(rejected, g.index, "period_duplicate");
      issues.push(
        periodsProblem(
          "period_duplicate",
          identical ? "info" : "warning",
          ["reports", keep.index, "period"],
          { period: keep.report.period, count: group.length, identical, kept: keep.index, keptDate: kept.document.date, indexes: group.map((g) => g.index) },
          locale,
        ),
      );
    }
    i = j;
  }

  // Overlaps (a quarter and one of its months; S1 and Q2): every report in an overlap is left out.
  const overlapping = new Set<number>();
  const groups: Accepted[][] = [];
  let group: Accepted[] = [];
  let reach = -Infinity;
  for (const a of distinct) {
    if (a.span.from > reach) {
      if (group.length > 1) groups.push(group);
      group = [a];
    } else group.push(a);
    reach = Math.max(reach, a.span.to);
  }
  if (group.length > 1) groups.push(group);
  for (const g of groups) {
    for (const a of g) {
      overlapping.add(a.index);
      reject(rejected, a.index, "periods_overlap");
    }
    issues.push(
      periodsProblem(
        "periods_overlap",
        "error",
        ["reports", g[0]!.index, "period"],
        { periods: g.map((a) => a.report.period), indexes: g.map((a) => a.index) },
        locale,
      ),
    );
  }
  const accepted = overlapping.size === 0 ? distinct : distinct.filter((a) => !overlapping.has(a.index));
  return { accepted, rejected, duplicates };
}
