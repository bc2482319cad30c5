import { parsePeriod } from "../schema/period.js";
import type { Locale, Problem } from "../schema/problem.js";
import { exchangeProblem } from "./messages.js";
import type { ReportFigures } from "./to-rows.js";

/**
 * One DHIS2 data value (Web API `dataValueSets` format): element, period, org unit, the category
 * option combo of a breakdown part, the attribute option combo of a reporting agency, the value as
 * text, and a comment (the figure's quality flag).
 *
 * @category Exchange
 * @example
 * ```ts
 * const v: DataValue = { dataElement: "hs.tiep_nhan", period: "202605", orgUnit: "09487", value: "976" };
 * ```
 */
export interface DataValue {
  readonly dataElement: string;
  readonly period: string;
  readonly orgUnit: string;
  readonly categoryOptionCombo?: string;
  readonly attributeOptionCombo?: string;
  readonly value: string;
  readonly comment?: string;
}

/**
 * A DHIS2 data value set: what `POST /api/dataValueSets` accepts.
 *
 * @category Exchange
 * @example
 * ```ts
 * const set: DataValueSet = { period: "202605", orgUnit: "09487", dataValues: [] };
 * ```
 */
export interface DataValueSet {
  readonly dataSet?: string;
  readonly completeDate?: string;
  readonly period: string;
  readonly orgUnit: string;
  readonly attributeOptionCombo?: string;
  readonly dataValues: readonly DataValue[];
}

/**
 * Options of {@link toDataValueSet}: the ids of the target DHIS2 instance (uids) for our catalog
 * ids, unit codes, breakdown members (`"dimension:key"`) and agencies; anything not mapped keeps
 * our own id (DHIS2 accepts codes with `dataElementIdScheme=CODE`, `orgUnitIdScheme=CODE`).
 *
 * @category Exchange
 * @example
 * ```ts
 * const o: DataValueSetOptions = { dataSet: "pBOMPrpg1QX", dataElements: { "hs.tiep_nhan": "fbfJHSPpUQD" }, orgUnits: { "09487": "DiszpKrYNg8" } };
 * ```
 */
export interface DataValueSetOptions {
  readonly dataSet?: string;
  /** The date the data set was completed (ISO date). */
  readonly completeDate?: string;
  readonly dataElements?: Readonly<Record<string, string>>;
  readonly orgUnits?: Readonly<Record<string, string>>;
  /** Breakdown members, keyed `"dimension:key"` (e.g. `"ministry:bo_cong_an"`). */
  readonly categoryOptionCombos?: Readonly<Record<string, string>>;
  /** Reporting agencies (`report.agency.code`), sent as attribute option combos. */
  readonly attributeOptionCombos?: Readonly<Record<string, string>>;
  readonly locale?: Locale;
}

/**
 * The result of {@link toDataValueSet}: the set, or problems when the period has no DHIS2 type.
 *
 * @category Exchange
 * @example
 * ```ts
 * const { dataValueSet, problems }: DataValueSetResult = toDataValueSet(report);
 * ```
 */
export interface DataValueSetResult {
  readonly dataValueSet?: DataValueSet;
  readonly problems: readonly Problem[];
}

const map = (table: Readonly<Record<string, string>> | undefined, key: string) =>
  table !== undefined && Object.hasOwn(table, key) ? (table[key] as string) : key;

/**
 * A report's counts as a DHIS2 data value set: one data value per element value (integers as
 * text, yes/no as `true`/`false`) and per breakdown part (its member as the category option
 * combo), the reporting agency as the attribute option combo, a quality flag as the comment. Our
 * period ids are DHIS2's for months (`202605`), quarters (`2026Q2`), six-months (`2026S1`) and
 * years (`2026`); a 9-month period or a date range has no DHIS2 type and gives a problem instead of
 * a guess. Stated percentages are not data values (DHIS2 computes its indicators): they stay in
 * {@link toRows}.
 *
 * @category Exchange
 * @summary Report → DHIS2 `dataValueSets` payload.
 * @example
 * ```ts
 * const { dataValueSet } = toDataValueSet(report, { dataSet: "DE06MONTHLY" });
 * dataValueSet?.dataValues.find((v) => v.dataElement === "hs.tiep_nhan")?.value; // "976"
 * ```
 */
export function toDataValueSet(report: ReportFigures, options: DataValueSetOptions = {}): DataValueSetResult {
  const p = parsePeriod(report.period);
  if (p === undefined || p.kind === "nine" || p.kind === "range")
    return { problems: [exchangeProblem("period_not_dhis2", "error", ["period"], { period: report.period }, options.locale ?? "vi")] };
  const orgUnit = map(options.orgUnits, report.unit.code);
  const period = report.period;
  const aoc = report.agency === undefined ? undefined : map(options.attributeOptionCombos, report.agency.code);
  const extra = aoc === undefined ? {} : { attributeOptionCombo: aoc };
  const dataValues: DataValue[] = [];
  for (const id in report.values) {
    if (!Object.hasOwn(report.values, id)) continue;
    const v = report.values[id];
    if (v === undefined) continue;
    const flag = Object.hasOwn(report.flags, id) ? report.flags[id] : undefined;
    dataValues.push({ dataElement: map(options.dataElements, id), period, orgUnit, ...extra, value: String(v), ...(flag === undefined ? {} : { comment: flag }) });
  }
  for (const b of report.breakdowns ?? []) {
    for (const part of b.parts) {
      dataValues.push({
        dataElement: map(options.dataElements, b.id),
        period,
        orgUnit,
        categoryOptionCombo: map(options.categoryOptionCombos, `${b.dimension}:${part.key}`),
        ...extra,
        value: String(part.value),
      });
    }
  }
  const dataValueSet: DataValueSet = {
    ...(options.dataSet === undefined ? {} : { dataSet: options.dataSet }),
    ...(options.completeDate === undefined ? {} : { completeDate: options.completeDate }),
    period,
    orgUnit,
    ...extra,
    dataValues,
  };
  return { dataValueSet, problems: [] };
}
