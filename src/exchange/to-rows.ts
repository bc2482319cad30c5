import type { Report } from "../schema/report.js";
import type { FigureRow } from "./row.js";

/**
 * The parts of a report that {@link toRows} reads: who, when, and the figures. A parsed `Report`
 * fits, and so does a rollup's `report`.
 *
 * @category Exchange
 * @example
 * ```ts
 * const r: ReportFigures = { unit: { code: "09487", name: "Xã Đông Cứu", level: "xa" }, period: "202605", values: { "hs.tiep_nhan": 976 }, stated: {}, flags: {} };
 * ```
 */
export type ReportFigures = Pick<Report, "unit" | "period" | "values" | "stated" | "flags"> &
  Partial<Pick<Report, "agency" | "facts" | "breakdowns">>;

/**
 * A report's figures as long "tidy" rows, ready for a table, a CSV file or a data frame: one row
 * per element (its count or yes/no value, stated figure, flag, as-of date and scope together) and
 * one row per breakdown part. Elements come in the order of `values`, then those only stated,
 * flagged or dated. Kept out: the document's text and where figures are written (`at`,
 * `statements`, `changes`), a breakdown's own sentence (`text`), and the comparison figure sets
 * (they are rows of their own period, exported from that period's report). Pure.
 *
 * @category Exchange
 * @summary Report figures → long rows (unit, level, period, element, value, stated, flags, as-of, breakdown).
 * @example
 * ```ts
 * const rows = toRows(report);
 * rows.find((r) => r.element === "hs.tiep_nhan" && r.dimension === null)?.value; // 976
 * ```
 */
export function toRows(report: ReportFigures): FigureRow[] {
  const { unit, period, values, stated, flags } = report;
  const facts = report.facts ?? {};
  const agency = report.agency?.code ?? null;
  const out: FigureRow[] = [];
  const emit = (element: string) => {
    const v = Object.hasOwn(values, element) ? values[element] : undefined;
    const s = Object.hasOwn(stated, element) ? stated[element] : undefined;
    const f = Object.hasOwn(facts, element) ? facts[element] : undefined;
    out.push({
      unit: unit.code,
      unitName: unit.name,
      level: unit.level,
      agency,
      period,
      element,
      dimension: null,
      member: null,
      memberLabel: null,
      complete: null,
      value: typeof v === "number" ? v : null,
      yesNo: typeof v === "boolean" ? v : null,
      statedValue: s?.value ?? null,
      statedDecimals: s?.decimals ?? null,
      statedQualifier: s?.qualifier ?? null,
      statedTolerance: s?.tolerance ?? null,
      statedMax: s?.max ?? null,
      statedText: s?.text ?? null,
      flag: (Object.hasOwn(flags, element) ? flags[element] : undefined) ?? null,
      asOf: f?.asOf ?? null,
      scope: f?.scope ?? null,
    });
  };
  for (const id in values) if (Object.hasOwn(values, id)) emit(id);
  const more = (record: Readonly<Record<string, unknown>>, seen: (id: string) => boolean) => {
    for (const id in record) if (Object.hasOwn(record, id) && !seen(id)) emit(id);
  };
  const inValues = (id: string) => Object.hasOwn(values, id);
  const inStated = (id: string) => inValues(id) || Object.hasOwn(stated, id);
  const inFlags = (id: string) => inStated(id) || Object.hasOwn(flags, id);
  more(stated, inValues);
  more(flags, inStated);
  more(facts, inFlags);
  for (const b of report.breakdowns ?? []) {
    for (const part of b.parts) {
      out.push({
        unit: unit.code,
        unitName: unit.name,
        level: unit.level,
        agency,
        period,
        element: b.id,
        dimension: b.dimension,
        member: part.key,
        memberLabel: part.label,
        complete: b.complete,
        value: part.value,
        yesNo: null,
        statedValue: null,
        statedDecimals: null,
        statedQualifier: null,
        statedTolerance: null,
        statedMax: null,
        statedText: null,
        flag: null,
        asOf: null,
        scope: null,
      });
    }
  }
  return out;
}
