import { parseIsoDate } from "../format/date.js";
import { BREAKDOWN_DIMENSIONS, type FigureBreakdown } from "../schema/figure-facts.js";
import type { Level } from "../schema/level.js";
import { parsePeriod } from "../schema/period.js";
import type { Locale, Problem } from "../schema/problem.js";
import { FIGURE_FLAGS, QUALIFIERS, type FigureSet, type StatedValue } from "../schema/report.js";
import { exchangeProblem } from "./messages.js";
import { ROW_COLUMNS, type FigureRow } from "./row.js";

/**
 * The figures of one report read back from rows: its unit, agency and period, and the figure set
 * (`values`, `stated`, `flags`, and `facts`, `breakdowns` when any row has them) — the shape of the
 * figures of a `Report`, ready to merge into one.
 *
 * @category Exchange
 * @example
 * ```ts
 * const r: ReportFromRows = { unit: { code: "09487", name: "Xã Đông Cứu", level: "xa" }, period: "202605", values: { "hs.tiep_nhan": 976 }, stated: {}, flags: {} };
 * ```
 */
export interface ReportFromRows extends FigureSet {
  readonly unit: { readonly code: string; readonly name: string; readonly level: Level };
  readonly agency?: string;
  readonly period: string;
}

/**
 * The result of {@link fromRows}: one entry per (unit, agency, period) in order of first
 * appearance, the problems of the bad rows, and those rows themselves with their index (nothing is
 * dropped silently).
 *
 * @category Exchange
 * @example
 * ```ts
 * const { reports, problems, rejected }: FromRowsResult = fromRows(rows);
 * ```
 */
export interface FromRowsResult {
  readonly reports: readonly ReportFromRows[];
  readonly problems: readonly Problem[];
  readonly rejected: readonly { readonly index: number; readonly row: unknown }[];
}

const UNIT = /^(VN|\d{2}|\d{5})$/;
const AGENCY = /^[a-z][a-z0-9_]*$/;
const CATALOG = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
const MEMBER = /^[A-Za-z0-9_.-]+$/;
const LEVELS = ["xa", "tinh", "bo"];
const SNAKE = new Map<string, string>(ROW_COLUMNS);

interface Checked {
  readonly row: FigureRow;
  readonly problems: Problem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads and checks one row; integer cells may arrive as decimal strings or bigints, as database drivers return them. */
function checkRow(raw: unknown, index: number, locale: Locale): Checked | Problem[] {
  const problems: Problem[] = [];
  const bad = (key: string, expected: string, received?: unknown) =>
    problems.push(
      exchangeProblem("row_invalid", "error", ["rows", index, key], { row: index + 1, column: SNAKE.get(key) ?? key, expected, ...(received === undefined ? {} : { received }) }, locale),
    );
  if (!isRecord(raw)) {
    bad("(row)", "object", raw);
    return problems;
  }
  const get = (key: keyof FigureRow): unknown => (Object.hasOwn(raw, key) ? raw[key] : null) ?? null;
  const text = (key: keyof FigureRow, pattern?: RegExp, expected = "text", optional = false): string | null => {
    const v = get(key);
    if (v === null && optional) return null;
    if (typeof v !== "string" || v.trim() === "" || (pattern !== undefined && !pattern.test(v))) {
      bad(key, expected, v);
      return null;
    }
    return v.normalize("NFC");
  };
  const oneOf = <T extends string>(key: keyof FigureRow, allowed: readonly T[], expected: string): T | null => {
    const v = get(key);
    if (v === null) return null;
    if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
      bad(key, expected, v);
      return null;
    }
    return v as T;
  };
  const bool = (key: keyof FigureRow): boolean | null => {
    const v = get(key);
    if (v === null || typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    bad(key, "boolean", v);
    return null;
  };
  const int = (key: keyof FigureRow): number | null => {
    const v = get(key);
    if (v === null) return null;
    const n = typeof v === "bigint" ? (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= 0n ? Number(v) : Number.NaN) : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      bad(key, "safe_int", v);
      return null;
    }
    return n;
  };
  const num = (key: keyof FigureRow, expected = "number"): number | null => {
    const v = get(key);
    if (v === null) return null;
    const n = typeof v === "string" && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v) ? Number(v) : v;
    if (typeof n !== "number" || !Number.isFinite(n) || (expected === "number" && n < 0)) {
      bad(key, expected, v);
      return null;
    }
    return n;
  };
  const unit = text("unit", UNIT, "unit_code");
  const unitName = text("unitName");
  const level = get("level") === null ? (bad("level", "level", null), null) : oneOf("level", LEVELS as Level[], "level");
  const agency = text("agency", AGENCY, "agency_code", true);
  const periodCell = get("period");
  const period = typeof periodCell === "string" && parsePeriod(periodCell) !== undefined ? periodCell : (bad("period", "period", periodCell), null);
  const element = text("element", CATALOG, "catalog_id");
  const dimension = oneOf("dimension", BREAKDOWN_DIMENSIONS, "dimension");
  const member = text("member", MEMBER, "member_key", dimension === null && get("member") === null);
  const memberLabel = text("memberLabel", undefined, "text", dimension === null && get("memberLabel") === null);
  const complete = bool("complete");
  const value = int("value");
  const yesNo = bool("yesNo");
  const statedValue = num("statedValue");
  const decimalsCell = num("statedDecimals", "decimals");
  const statedDecimals =
    decimalsCell === null || (Number.isInteger(decimalsCell) && decimalsCell >= -15 && decimalsCell <= 6) ? decimalsCell : (bad("statedDecimals", "decimals", decimalsCell), null);
  const statedQualifier = oneOf("statedQualifier", QUALIFIERS, "qualifier");
  const statedTolerance = num("statedTolerance");
  const maxCell = num("statedMax");
  const statedMax = maxCell === 0 ? (bad("statedMax", "number", 0), null) : maxCell;
  const statedText = get("statedText") === null ? null : text("statedText");
  const flag = oneOf("flag", FIGURE_FLAGS, "flag");
  const asOfCell = get("asOf");
  const asOf = asOfCell === null ? null : typeof asOfCell === "string" && parseIsoDate(asOfCell) !== undefined ? asOfCell : (bad("asOf", "date", asOfCell), null);
  const scope = get("scope") === null ? null : text("scope");
  if (value !== null && yesNo !== null) bad("yesNo", "one_value", yesNo);
  if (statedValue !== null && get("statedDecimals") === null) bad("statedDecimals", "decimals", null);
  if (statedValue === null)
    for (const key of ["statedDecimals", "statedQualifier", "statedTolerance", "statedMax", "statedText"] as const)
      if (get(key) !== null) bad(key, "empty_here", get(key));
  if (dimension !== null) {
    if (get("value") === null) bad("value", "breakdown_value", null);
    for (const key of ["yesNo", "statedValue", "flag", "asOf", "scope"] as const) if (get(key) !== null) bad(key, "empty_here", get(key));
  } else for (const key of ["member", "memberLabel", "complete"] as const) if (get(key) !== null) bad(key, "empty_here", get(key));
  if (problems.length > 0) return problems;
  const row: FigureRow = {
    unit: unit as string,
    unitName: unitName as string,
    level: level as Level,
    agency,
    period: period as string,
    element: element as string,
    dimension,
    member,
    memberLabel,
    complete,
    value,
    yesNo,
    statedValue,
    statedDecimals,
    statedQualifier,
    statedTolerance,
    statedMax,
    statedText,
    flag,
    asOf,
    scope,
  };
  return { row, problems };
}

interface Group {
  readonly firstRow: number;
  readonly unit: { code: string; name: string; level: Level };
  readonly agency: string | null;
  readonly period: string;
  readonly values: Record<string, number | boolean>;
  readonly stated: Record<string, StatedValue>;
  readonly flags: Record<string, (typeof FIGURE_FLAGS)[number]>;
  readonly facts: Record<string, { asOf?: string; scope?: string }>;
  readonly breakdowns: Map<string, { id: string; dimension: FigureBreakdown["dimension"]; complete: boolean; parts: { key: string; label: string; value: number }[] }>;
}

/**
 * Reads long rows (from {@link toRows}, a CSV file, a database query) back into report figures,
 * grouped by unit, agency and period. Every row is checked; a bad row (a missing unit, a count
 * that is not a safe non-negative integer, a stated value without its precision, a breakdown part
 * without a value, a duplicate, a unit named two ways) is a problem with a Vietnamese message and
 * the path `["rows", i, column]`, and is kept in `rejected` — never an exception, never guessed.
 * Integer cells may come as decimal strings or bigints (as PostgreSQL drivers return `bigint`).
 * `fromRows(toRows(report))` gives back the report's `values`, `stated`, `flags`, `facts` and
 * `breakdowns`.
 *
 * @category Exchange
 * @summary Long rows → report figures, with problems for bad rows.
 * @example
 * ```ts
 * const { reports, problems } = fromRows(toRows(report));
 * reports[0]?.values["hs.tiep_nhan"]; // 976
 * problems.length;                    // 0
 * ```
 */
export function fromRows(rows: readonly unknown[], options: { readonly locale?: Locale } = {}): FromRowsResult {
  const locale = options.locale ?? "vi";
  const problems: Problem[] = [];
  const rejected: { index: number; row: unknown }[] = [];
  const groups = new Map<string, Group>();
  const seen = new Map<string, number>();
  const reject = (index: number, raw: unknown, found: readonly Problem[]) => {
    problems.push(...found);
    rejected.push({ index, row: raw });
  };
  rows.forEach((raw, index) => {
    const checked = checkRow(raw, index, locale);
    if (Array.isArray(checked)) return reject(index, raw, checked);
    const { row } = checked as Checked;
    const groupKey = `${row.unit}\u0000${row.agency ?? ""}\u0000${row.period}`;
    const key = `${groupKey}\u0000${row.element}\u0000${row.dimension ?? ""}\u0000${row.member ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      return reject(index, raw, [exchangeProblem("row_duplicate", "error", ["rows", index], { row: index + 1, first: first + 1, member: row.member }, locale)]);
    let group = groups.get(groupKey);
    if (group !== undefined) {
      for (const [column, got, had] of [
        ["unit_name", row.unitName, group.unit.name],
        ["level", row.level, group.unit.level],
      ] as const) {
        if (got !== had)
          return reject(index, raw, [
            exchangeProblem("row_unit_conflict", "error", ["rows", index, column === "level" ? "level" : "unitName"], { row: index + 1, unit: row.unit, column, received: got, first: had, firstRow: group.firstRow + 1 }, locale),
          ]);
      }
    } else {
      group = { firstRow: index, unit: { code: row.unit, name: row.unitName, level: row.level }, agency: row.agency, period: row.period, values: {}, stated: {}, flags: {}, facts: {}, breakdowns: new Map() };
      groups.set(groupKey, group);
    }
    seen.set(key, index);
    if (row.dimension !== null) {
      const bKey = `${row.element}\u0000${row.dimension}`;
      let b = group.breakdowns.get(bKey);
      if (b === undefined) group.breakdowns.set(bKey, (b = { id: row.element, dimension: row.dimension, complete: row.complete ?? true, parts: [] }));
      b.parts.push({ key: row.member as string, label: row.memberLabel as string, value: row.value as number });
      return;
    }
    const id = row.element;
    if (row.value !== null) group.values[id] = row.value;
    else if (row.yesNo !== null) group.values[id] = row.yesNo;
    if (row.statedValue !== null) {
      group.stated[id] = {
        value: row.statedValue,
        decimals: row.statedDecimals as number,
        ...(row.statedQualifier === null ? {} : { qualifier: row.statedQualifier }),
        ...(row.statedTolerance === null ? {} : { tolerance: row.statedTolerance }),
        ...(row.statedMax === null ? {} : { max: row.statedMax }),
        ...(row.statedText === null ? {} : { text: row.statedText }),
      };
    }
    if (row.flag !== null) group.flags[id] = row.flag;
    if (row.asOf !== null || row.scope !== null)
      group.facts[id] = { ...(row.asOf === null ? {} : { asOf: row.asOf }), ...(row.scope === null ? {} : { scope: row.scope }) };
  });
  const reports: ReportFromRows[] = [...groups.values()].map((g) => ({
    unit: g.unit,
    ...(g.agency === null ? {} : { agency: g.agency }),
    period: g.period,
    values: g.values,
    stated: g.stated,
    flags: g.flags,
    ...(Object.keys(g.facts).length === 0 ? {} : { facts: g.facts }),
    ...(g.breakdowns.size === 0 ? {} : { breakdowns: [...g.breakdowns.values()] }),
  }));
  return { reports, problems, rejected };
}

