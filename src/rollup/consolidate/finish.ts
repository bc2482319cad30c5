import { indicatorCatalog } from "../../indicators/catalog.js";
import type { Level } from "../../schema/level.js";
import { parsePeriod, periodId, previousPeriod, reportDeadline, samePeriodLastYear } from "../../schema/period.js";
import type { Locale } from "../../schema/problem.js";
import { outlineBody } from "../../schema/outline-body.js";
import type { Report } from "../../schema/report.js";
import { REPORT_SCHEMA_VERSION } from "../../schema/version.js";
import type { UnitIndex, UnitList } from "../../schema/unit.js";
import { aggregateChildren, type Aggregated } from "./aggregate.js";
import type { ChildFigures } from "./child-figures.js";
import { compileCatalog, type CompiledCatalog } from "../../indicators/compile.js";
import { rollupComparison, type ComparisonKind, type ComparisonSet } from "./comparison.js";
import { consolidatedDocument } from "../document.js";
import { rollupBreakdowns } from "./figure-breakdowns.js";
import { rollupChildFacts } from "./child-facts.js";
import { rollupProblem, type RollupProblem } from "../messages.js";
import type { RollupOptions } from "../options.js";
import type { RollupPartial } from "./partial.js";
import { pickReport } from "../pick-report.js";
import { gatherProse, proseToReportParts } from "./prose.js";
import type { Coverage, GatheredProse, RollupResult } from "../types.js";

const CHILD_LEVEL: Readonly<Record<Level, Level | undefined>> = { xa: undefined, tinh: "xa", bo: "tinh" };

const byCode = (a: Report, b: Report) =>
  a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0;

function isSorted(xs: readonly Report[]): boolean {
  for (let i = 1; i < xs.length; i++) if (byCode(xs[i - 1]!, xs[i]!) > 0) return false;
  return true;
}

/** The codes of the units expected to report to `parent`, from a list of codes or a unit list/index. */
function expectedCodes(expected: RollupOptions["expected"], parent: string): string[] | undefined {
  if (expected === undefined) return undefined;
  if (Array.isArray(expected)) return [...new Set(expected as readonly string[])].sort();
  if ("byCode" in expected) return ((expected as UnitIndex).childrenOf.get(parent) ?? []).map((u) => u.code).sort();
  return (expected as UnitList).units
    .filter((u) => u.parent === parent)
    .map((u) => u.code)
    .sort();
}

/**
 * Finishes a partial rollup: picks one report per child, checks level, period and membership,
 * aggregates every figure by its declared semantics, and reports coverage, provenance and
 * problems. The result depends only on the set of children, never on their order.
 *
 * @category Rollup
 * @summary Turn a partial rollup into the parent report.
 * @param partial - Children gathered with {@link emptyRollup}, {@link addToRollup}, {@link mergeRollups}.
 * @param options - The parent unit and period, and optionally the catalog, expected children, deadline.
 * @returns The parent report with coverage, provenance, counted facts, gathered prose and issues.
 * @example
 * ```ts
 * const result = finishRollup(addToRollup(emptyRollup(), ...communeReports), {
 *   unit: { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" },
 *   period: "202605",
 *   expected: UNITS_2025,
 * });
 * result.report.values["hs.tiep_nhan"];
 * result.coverage.missing.length;
 * ```
 */
export function finishRollup(partial: RollupPartial, options: RollupOptions): RollupResult {
  return finishWithTables(partial, options, compileCatalog(options.catalog ?? indicatorCatalog));
}

function outsideIn(values: Readonly<Record<string, unknown>>, outside: ReadonlySet<string>): boolean {
  if (outside.size === 0) return false;
  for (const id in values) if (outside.has(id)) return true;
  return false;
}

function dropIds<T>(r: Readonly<Record<string, T>>, outside: ReadonlySet<string>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id in r) if (!outside.has(id)) out[id] = r[id]!;
  return out;
}

/**
 * The aggregated figures without the elements the parent's level does not report (a commune-only
 * figure such as tt.luot_truyen_thanh_xa is not carried into the province's report), named in
 * one `element_outside_level` note. Copies only when there is something to leave out.
 */
function withinLevel(agg: Aggregated, outside: ReadonlySet<string>, issues: RollupProblem[], locale: Locale): Aggregated {
  if (!outsideIn(agg.values, outside)) return agg;
  const left: string[] = [];
  for (const id in agg.values) if (outside.has(id)) left.push(id);
  const drop = <T>(r: Readonly<Record<string, T>>) => dropIds(r, outside);
  issues.push(rollupProblem("element_outside_level", "info", ["values"], { ids: left, count: left.length }, locale));
  return { ...agg, values: drop(agg.values), stated: drop(agg.stated), flags: drop(agg.flags), perFigure: drop(agg.perFigure) };
}

/** {@link finishRollup} with the catalog's tables already built (shared across a hierarchy). */
export function finishWithTables(partial: RollupPartial, options: RollupOptions, tables: CompiledCatalog): RollupResult {
  const locale = options.locale ?? "vi";
  const { unit, period } = options;
  const issues: RollupProblem[] = [];
  const childLevel = CHILD_LEVEL[unit.level];
  if (childLevel === undefined) {
    issues.push(rollupProblem("no_child_level", "error", ["unit", "level"], { level: unit.level }, locale));
  }
  const expected = expectedCodes(options.expected, unit.code);
  const expectedSet = expected ? new Set(expected) : undefined;

  // 1. Accept or reject each child. 2. One report per unit: duplicates are an issue, never a
  // double count. Children are sorted by unit code, so a unit's reports are adjacent.
  const sorted = isSorted(partial.children) ? partial.children : [...partial.children].sort(byCode);
  const rejected = new Set<string>();
  const accepted: Report[] = [];
  const duplicates: string[] = [];
  const duplicateIssues: RollupProblem[] = [];
  let run: Report[] | undefined; // the reports of the last accepted unit, when it sent several
  const settleRun = () => {
    if (run === undefined) return;
    const { kept, identical } = pickReport(run);
    const code = kept.unit.code;
    accepted[accepted.length - 1] = kept;
    duplicates.push(code);
    duplicateIssues.push(
      rollupProblem(
        "duplicate_report",
        identical ? "info" : "warning",
        ["children", code],
        { unit: code, unitName: kept.unit.name, count: run.length, keptDate: kept.document.date, identical },
        locale,
      ),
    );
    run = undefined;
  };
  for (const child of sorted) {
    const code = child.unit.code;
    if (child.unit.level !== childLevel) {
      rejected.add(code);
      issues.push(
        rollupProblem(
          "child_wrong_level",
          "error",
          ["children", code, "unit", "level"],
          { unit: code, unitName: child.unit.name, level: child.unit.level, expectedLevel: childLevel ?? "—" },
          locale,
        ),
      );
      continue;
    }
    if (child.period !== period) {
      rejected.add(code);
      issues.push(
        rollupProblem(
          "child_wrong_period",
          "error",
          ["children", code, "period"],
          { unit: code, unitName: child.unit.name, period: child.period, expectedPeriod: period },
          locale,
        ),
      );
      continue;
    }
    if (expectedSet && !expectedSet.has(code)) {
      rejected.add(code);
      issues.push(rollupProblem("child_unexpected", "warning", ["children", code, "unit", "code"], { unit: code, unitName: child.unit.name }, locale));
      continue;
    }
    const last = accepted[accepted.length - 1];
    if (last !== undefined && last.unit.code === code) {
      (run ??= [last]).push(child);
      continue;
    }
    settleRun();
    accepted.push(child);
  }
  settleRun();
  for (const p of duplicateIssues) issues.push(p);

  // 3. Timeliness.
  const parsed = parsePeriod(period);
  const deadline = options.deadline ?? (parsed && childLevel ? reportDeadline(parsed, childLevel) : undefined);
  const late: string[] = [];
  const undated: string[] = [];
  for (const child of accepted) {
    const code = child.unit.code;
    const date = options.received?.[code] ?? child.document.date;
    if (date === null || date === undefined) undated.push(code);
    else if (deadline !== undefined && date > deadline) late.push(code);
  }

  // 4. Figures.
  const figures: ChildFigures[] = accepted.map((c) => ({
    unit: c.unit.code,
    unitName: c.unit.name,
    values: c.values,
    stated: c.stated,
    flags: c.flags,
  }));
  const aggregated = aggregateChildren(figures, tables, locale);
  for (const p of aggregated.issues) issues.push(p);
  const agg = withinLevel(aggregated, tables.outside[unit.level], issues, locale);

  // 5. Comparisons, like with like.
  let comparisons: { previous?: ComparisonSet; samePeriodLastYear?: ComparisonSet } | undefined;
  if (parsed) {
    const kinds: readonly [ComparisonKind, string][] = [
      ["previous", periodId(previousPeriod(parsed))],
      ["samePeriodLastYear", periodId(samePeriodLastYear(parsed))],
    ];
    for (const [which, expectedPeriod] of kinds) {
      const all = rollupComparison(which, expectedPeriod, accepted, figures, agg.contributed, agg.contributes, tables, issues, locale);
      const set = all && outsideIn(all.values, tables.outside[unit.level]) ? { ...all, values: dropIds(all.values, tables.outside[unit.level]), stated: dropIds(all.stated, tables.outside[unit.level]), flags: dropIds(all.flags, tables.outside[unit.level]) } : all;
      if (set) comparisons = { ...comparisons, [which]: set };
    }
  }

  // 6. Coverage.
  const reported = accepted.map((c) => c.unit.code);
  const reportedSet = new Set(reported);
  const expectedOut = expected ?? reported;
  const missing = expected ? expected.filter((c) => !reportedSet.has(c)) : [];
  if (expected === undefined && reportedSet.size === 0) {
    // Nothing reported and no list of who should have: coverage 0/0 would read as complete.
    issues.push(rollupProblem("no_children", "warning", ["children"], { given: partial.children.length }, locale));
  }
  if (missing.length > 0) {
    issues.push(
      rollupProblem("children_missing", "warning", ["children"], { missing: missing.length, expected: expectedOut.length, units: missing }, locale),
    );
  }
  if (late.length > 0) {
    issues.push(rollupProblem("children_late", "warning", ["children"], { late: late.length, deadline, units: late }, locale));
  }
  const coverage: Coverage = {
    expected: expectedOut,
    reported,
    missing,
    late,
    duplicates,
    perFigure: agg.perFigure,
    undated,
    rejected: [...rejected].filter((c) => !reportedSet.has(c)),
    ...(deadline === undefined ? {} : { deadline }),
  };

  // 7. The parent report, with the children's breakdowns by dimension added up and their as-of
  // dates carried when they agree (statements and stated changes stay with the children: see
  // child-facts.ts).
  const counted = (c: number, id: string) => {
    const pos = tables.position[id];
    return pos !== undefined && agg.contributes(c, pos);
  };
  const breakdowns = rollupBreakdowns(accepted, counted, agg.values, tables, tables.outside[unit.level], issues, locale);
  const facts = rollupChildFacts(accepted, counted, agg.values, issues, locale);
  const prose = options.withProse ? gatherProse(accepted) : undefined;
  // A generated draft: no author, so its body is laid out from the outline (every section and
  // part expected at the level, the gathered prose under its heading), and its figures table is on.
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    unit: { code: unit.code, name: unit.name, level: unit.level },
    period,
    document: consolidatedDocument(unit, period, options.document),
    body: prose ? proseToReportParts(prose, { skeleton: unit.level }).body : outlineBody({}, { skeleton: unit.level }),
    footnotes: [],
    origin: "generated",
    presentation: { figuresTable: true },
    at: {},
    values: agg.values,
    stated: agg.stated,
    flags: agg.flags,
    ...(facts ? { facts } : {}),
    ...(breakdowns ? { breakdowns } : {}),
    ...(comparisons ? { comparisons } : {}),
  };
  const result = { report, coverage, provenance: agg.provenance, issues, countTrue: agg.countTrue } as RollupResult;
  if (prose) return { ...result, prose };
  // Gathered when first read, like provenance: a province rolling up figures does not pay for
  // the prose (a few milliseconds for the country); reading, spreading or serialising the result
  // gathers it once and keeps it as a plain data property.
  Object.defineProperty(result, "prose", {
    enumerable: true,
    configurable: true,
    get(): GatheredProse {
      const gathered = gatherProse(accepted);
      Object.defineProperty(result, "prose", { value: gathered, enumerable: true, configurable: false, writable: false });
      return gathered;
    },
  });
  return result;
}
