// One module per date-fns function: the `date-fns` barrel alone loads 300 modules at start-up.
import { addDays } from "date-fns/addDays";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { subDays } from "date-fns/subDays";
import { parseIsoDate, toIsoDate } from "../format/date.js";
import type { Level } from "./level.js";
import type { Locale } from "./problem.js";

/**
 * Reporting periods of Nghị định 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính nhà
 * nước), plus the 9-month report provinces add and ad-hoc ranges.
 *
 * Ids follow DHIS2 where DHIS2 has the kind: `202605` (month), `2026Q2` (quarter),
 * `2026S1`/`2026S2` (six months), `2026` (year). DHIS2 has no 9-month kind: we write `2026N9`
 * ("9 tháng"). An ad-hoc range is written `2026-01-01_2026-03-31`.
 */

/**
 * The kind of a reporting period.
 *
 * @category Schema
 * @example
 * ```ts
 * parsePeriod("2026Q2")?.kind; // "quarter"
 * ```
 */
export type PeriodKind = "month" | "quarter" | "half" | "nine" | "year" | "range";

/**
 * A parsed period.
 *
 * @category Schema
 * @example
 * ```ts
 * const p: Period = { kind: "month", year: 2026, month: 2 };
 * ```
 */
export type Period =
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: "half"; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: "nine"; readonly year: number }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "range"; readonly from: string; readonly to: string };

/**
 * An inclusive range of ISO dates.
 *
 * @category Schema
 * @example
 * ```ts
 * const r: DateRange = cutoffRange(parsePeriod("202605")!); // { from: "2026-04-15", to: "2026-05-14" }
 * ```
 */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/**
 * Parses a period id. Returns `undefined` for anything that is not a valid id
 * (month 13, quarter 5, an impossible date, a range that ends before it starts).
 *
 * @category Schema
 * @example
 * ```ts
 * parsePeriod("202602");  // { kind: "month", year: 2026, month: 2 }
 * parsePeriod("2026Q2");  // { kind: "quarter", year: 2026, quarter: 2 }
 * parsePeriod("2026S1");  // { kind: "half", year: 2026, half: 1 }
 * parsePeriod("2026N9");  // { kind: "nine", year: 2026 }
 * parsePeriod("2026");    // { kind: "year", year: 2026 }
 * parsePeriod("2026-01-01_2026-03-31"); // { kind: "range", from: "2026-01-01", to: "2026-03-31" }
 * parsePeriod("202613");  // undefined
 * ```
 */
export function parsePeriod(id: string): Period | undefined {
  let m: RegExpExecArray | null;
  const okYear = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;
  if ((m = /^(\d{4})(\d{2})$/.exec(id))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return okYear(year) && month >= 1 && month <= 12 ? { kind: "month", year, month } : undefined;
  }
  if ((m = /^(\d{4})Q([1-4])$/.exec(id))) {
    const year = Number(m[1]);
    return okYear(year) ? { kind: "quarter", year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 } : undefined;
  }
  if ((m = /^(\d{4})S([12])$/.exec(id))) {
    const year = Number(m[1]);
    return okYear(year) ? { kind: "half", year, half: Number(m[2]) as 1 | 2 } : undefined;
  }
  if ((m = /^(\d{4})N9$/.exec(id))) {
    const year = Number(m[1]);
    return okYear(year) ? { kind: "nine", year } : undefined;
  }
  if ((m = /^(\d{4})$/.exec(id))) {
    const year = Number(m[1]);
    return okYear(year) ? { kind: "year", year } : undefined;
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(id))) {
    const from = m[1] as string;
    const to = m[2] as string;
    if (!parseIsoDate(from) || !parseIsoDate(to) || from > to) return undefined;
    return { kind: "range", from, to };
  }
  return undefined;
}

/**
 * Writes the id of a period (the inverse of {@link parsePeriod}).
 *
 * @category Schema
 * @example
 * ```ts
 * periodId({ kind: "quarter", year: 2026, quarter: 2 }); // "2026Q2"
 * periodId({ kind: "month", year: 2026, month: 5 });     // "202605"
 * ```
 */
export function periodId(period: Period): string {
  switch (period.kind) {
    case "month":
      return `${period.year}${String(period.month).padStart(2, "0")}`;
    case "quarter":
      return `${period.year}Q${period.quarter}`;
    case "half":
      return `${period.year}S${period.half}`;
    case "nine":
      return `${period.year}N9`;
    case "year":
      return String(period.year);
    case "range":
      return `${period.from}_${period.to}`;
  }
}

const iso = toIsoDate;
const day = (year: number, month: number, d: number) => new Date(year, month - 1, d);

/**
 * The cut-off range of the figures of a period, per Nghị định 09/2019/NĐ-CP, Điều 12:
 * monthly from the 15th of the previous month to the 14th; quarterly from the 15th of the month
 * before the quarter to the 14th of its last month; six-monthly from 15/12 of the previous year to
 * 14/6 (second half 15/6 to 14/12); 9-month from 15/12 to 14/9; annual from 15/12 of the previous
 * year to 14/12. An ad-hoc range is its own cut-off.
 *
 * @category Schema
 * @summary Figures are counted from `from` to `to`, both inclusive.
 * @example
 * ```ts
 * cutoffRange(parsePeriod("202601")!); // { from: "2025-12-15", to: "2026-01-14" }
 * cutoffRange(parsePeriod("2026Q2")!); // { from: "2026-03-15", to: "2026-06-14" }
 * cutoffRange(parsePeriod("2026S1")!); // { from: "2025-12-15", to: "2026-06-14" }
 * cutoffRange(parsePeriod("2026")!);   // { from: "2025-12-15", to: "2026-12-14" }
 * ```
 */
export function cutoffRange(period: Period): DateRange {
  const span = (fromMonthIndex: number, year: number, toMonth: number): DateRange => ({
    // fromMonthIndex may be 0 (December of the previous year): Date handles the roll-over.
    from: iso(day(year, fromMonthIndex, 15)),
    to: iso(day(year, toMonth, 14)),
  });
  switch (period.kind) {
    case "month":
      return span(period.month - 1, period.year, period.month);
    case "quarter":
      return span(period.quarter * 3 - 3, period.year, period.quarter * 3);
    case "half":
      return period.half === 1 ? span(0, period.year, 6) : span(6, period.year, 12);
    case "nine":
      return span(0, period.year, 9);
    case "year":
      return span(0, period.year, 12);
    case "range":
      return { from: period.from, to: period.to };
  }
}

/**
 * The period before: the previous month, quarter or half; for 9-month and annual reports the
 * same period of the year before (there is nothing of the same kind in between); for a range,
 * the range of the same length that ends the day before it starts.
 *
 * @category Schema
 * @example
 * ```ts
 * periodId(previousPeriod(parsePeriod("202601")!)); // "202512"
 * periodId(previousPeriod(parsePeriod("2026Q1")!)); // "2025Q4"
 * periodId(previousPeriod(parsePeriod("2026S1")!)); // "2025S2"
 * ```
 */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case "month":
      return period.month === 1
        ? { kind: "month", year: period.year - 1, month: 12 }
        : { kind: "month", year: period.year, month: period.month - 1 };
    case "quarter":
      return period.quarter === 1
        ? { kind: "quarter", year: period.year - 1, quarter: 4 }
        : { kind: "quarter", year: period.year, quarter: (period.quarter - 1) as 1 | 2 | 3 };
    case "half":
      return period.half === 1
        ? { kind: "half", year: period.year - 1, half: 2 }
        : { kind: "half", year: period.year, half: 1 };
    case "nine":
    case "year":
      return { ...period, year: period.year - 1 };
    case "range": {
      const from = new Date(`${period.from}T00:00:00`);
      const to = new Date(`${period.to}T00:00:00`);
      const length = differenceInCalendarDays(to, from);
      const newTo = subDays(from, 1);
      return { kind: "range", from: iso(subDays(newTo, length)), to: iso(newTo) };
    }
  }
}

/**
 * The same period one year earlier ("cùng kỳ năm trước"). A range shifts by one calendar year;
 * 29 February becomes 28 February.
 *
 * @category Schema
 * @example
 * ```ts
 * periodId(samePeriodLastYear(parsePeriod("202602")!)); // "202502"
 * periodId(samePeriodLastYear(parsePeriod("2024-02-01_2024-02-29")!)); // "2023-02-01_2023-02-28"
 * ```
 */
export function samePeriodLastYear(period: Period): Period {
  if (period.kind === "range") {
    return {
      kind: "range",
      from: iso(addYears(new Date(`${period.from}T00:00:00`), -1)),
      to: iso(addYears(new Date(`${period.to}T00:00:00`), -1)),
    };
  }
  return { ...period, year: period.year - 1 };
}

const ROMAN = ["I", "II", "III", "IV"] as const;

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * The label of a period as reports cite it: Vietnamese by default, English with `"en"`.
 *
 * @category Schema
 * @example
 * ```ts
 * periodLabel(parsePeriod("202602")!); // "tháng 02/2026"
 * periodLabel(parsePeriod("2026Q2")!); // "quý II năm 2026"
 * periodLabel(parsePeriod("2026S1")!); // "6 tháng đầu năm 2026"
 * periodLabel(parsePeriod("2026N9")!); // "9 tháng năm 2026"
 * periodLabel(parsePeriod("2026")!);   // "năm 2026"
 * periodLabel(parsePeriod("2026S1")!, "en"); // "first 6 months of 2026"
 * periodLabel(parsePeriod("202602")!, "en"); // "February 2026"
 * ```
 */
export function periodLabel(period: Period, locale: Locale = "vi"): string {
  if (locale === "en") return periodLabelEn(period);
  switch (period.kind) {
    case "month":
      return `tháng ${String(period.month).padStart(2, "0")}/${period.year}`;
    case "quarter":
      return `quý ${ROMAN[period.quarter - 1]} năm ${period.year}`;
    case "half":
      return `6 tháng ${period.half === 1 ? "đầu" : "cuối"} năm ${period.year}`;
    case "nine":
      return `9 tháng năm ${period.year}`;
    case "year":
      return `năm ${period.year}`;
    case "range": {
      const f = period.from.split("-");
      const t = period.to.split("-");
      return `từ ngày ${f[2]}/${f[1]}/${f[0]} đến ngày ${t[2]}/${t[1]}/${t[0]}`;
    }
  }
}

function periodLabelEn(period: Period): string {
  switch (period.kind) {
    case "month":
      return `${MONTHS_EN[period.month - 1]} ${period.year}`;
    case "quarter":
      return `Q${period.quarter} ${period.year}`;
    case "half":
      return `${period.half === 1 ? "first" : "last"} 6 months of ${period.year}`;
    case "nine":
      return `first 9 months of ${period.year}`;
    case "year":
      return `year ${period.year}`;
    case "range": {
      const f = period.from.split("-");
      const t = period.to.split("-");
      return `${f[2]}/${f[1]}/${f[0]} to ${t[2]}/${t[1]}/${t[0]}`;
    }
  }
}

/**
 * When reports are due, in days after the end of the cut-off range: units and agencies report
 * to the level above. Defaults: communes and provincial departments send to the province 3 days
 * after the cut-off (the 17th), the province sends to the centre 6 days after (the 20th), and
 * the national consolidation is due 10 days after (the 24th), so that monthly Đề án 06 reports
 * reach the Working Group before the 25th.
 *
 * @category Schema
 * @example
 * ```ts
 * const rule: DeadlineRule = { ...DEFAULT_DEADLINE_RULE, unit: { xa: 2, tinh: 5, bo: 10 } };
 * ```
 */
export interface DeadlineRule {
  /** Days after the cut-off for a unit report of each level (xã → tỉnh, tỉnh → Bộ, Bộ → Chính phủ). */
  readonly unit: Readonly<Record<Level, number>>;
  /** Days after the cut-off for an agency's contribution to the report of its level. */
  readonly agency: Readonly<Record<Level, number>>;
}

/** The default deadlines (see {@link DeadlineRule}). @category Schema @example `DEFAULT_DEADLINE_RULE.unit.xa === 3` */
export const DEFAULT_DEADLINE_RULE: DeadlineRule = {
  unit: { xa: 3, tinh: 6, bo: 10 },
  agency: { xa: 2, tinh: 3, bo: 6 },
};

/**
 * The date a report of `level` for `period` is due (ISO date).
 *
 * @category Schema
 * @example
 * ```ts
 * reportDeadline(parsePeriod("202605")!, "xa");   // "2026-05-17"
 * reportDeadline(parsePeriod("202605")!, "tinh"); // "2026-05-20"
 * reportDeadline(parsePeriod("202605")!, "tinh", { agency: true }); // "2026-05-17"
 * ```
 */
export function reportDeadline(
  period: Period,
  level: Level,
  options: { agency?: boolean; rule?: DeadlineRule } = {},
): string {
  const rule = options.rule ?? DEFAULT_DEADLINE_RULE;
  const days = options.agency ? rule.agency[level] : rule.unit[level];
  return iso(addDays(new Date(`${cutoffRange(period).to}T00:00:00`), days));
}

/**
 * The period kinds each level reports. Communes and the centre report monthly, quarterly,
 * six-monthly and annually (and ad hoc); provinces add the 9-month report.
 *
 * @category Schema
 * @example
 * ```ts
 * REPORTING_KINDS.xa.includes("nine"); // false
 * ```
 */
export const REPORTING_KINDS = {
  xa: ["month", "quarter", "half", "year", "range"],
  tinh: ["month", "quarter", "half", "nine", "year", "range"],
  bo: ["month", "quarter", "half", "year", "range"],
} as const satisfies Record<Level, readonly PeriodKind[]>;
