/**
 * How the figures of a section are written, the Vietnamese way (`src/format`): "3.454.035",
 * "99,7%", "18/22 điểm", "gần 4.000", "+1,2 điểm %". Shared by the figures table and the prose.
 */
import type { Target } from "../indicators/types.js";
import { formatViShortDate } from "../format/date.js";
import { formatViNumber, formatViPercent } from "../format/number.js";
import type { FigureBreakdown, FigureStatement, StatedChange } from "../schema/figure-facts.js";
import { parsePeriod, periodLabel } from "../schema/period.js";
import type { StatedValue } from "../schema/report.js";
import type { Fact, Flag } from "./facts.js";
import { VI } from "./strings.js";
import { cleanText } from "./text.js";

/** A stated value as the author wrote it: qualifier, number at its precision, "/max". */
export function statedText(stated: StatedValue, unit: string): string {
  const number = formatViNumber(stated.value, Math.max(0, stated.decimals));
  const max = stated.max === undefined ? "" : `/${formatViNumber(stated.max)}`;
  const body = unit === "%" && stated.max === undefined ? `${number}%` : `${number}${max}`;
  return stated.qualifier === undefined ? body : `${stated.qualifier} ${body}`;
}

/** A count, an amount or a yes/no fact. */
export function elementValueText(value: number | boolean): string {
  if (typeof value === "boolean") return value ? VI.yes : VI.no;
  return formatViNumber(value);
}

/**
 * A value in an indicator's unit at the indicator's precision: "99,7%", "12,5 lượt/người".
 * Prose drops a whole value's ",0" as reports do ("đạt tỷ lệ 100%"); tables keep it, so that a
 * column reads evenly.
 */
export function indicatorValueText(value: number, unit: string, decimals: number, prose = false): string {
  const text = unit === "%" ? formatViPercent(value, decimals) : `${formatViNumber(value, decimals)} ${unit}`;
  return prose ? text.replace(/,0+(?=%|\s|$)/u, "") : text;
}

/** The mark of a flagged figure ("*" estimated, "**" provisional, "***" imputed), or "". */
export function flagMark(flag: Flag | undefined): string {
  return flag === undefined ? "" : VI.flagMarks[flag];
}

/** The figure of this period, without its unit for counts (the table's label carries it). */
export function currentText(fact: Fact): string {
  switch (fact.kind) {
    case "element":
      return fact.value !== undefined ? elementValueText(fact.value) : fact.stated ? statedText(fact.stated, fact.def.unit) : VI.noValue;
    case "indicator":
      if (fact.value === undefined) return VI.noValue;
      if (fact.source === "stated" && fact.stated) return statedText(fact.stated, fact.def.unit);
      return indicatorValueText(fact.value, fact.def.unit, fact.def.decimals);
    case "score":
      return statedText(fact.stated, fact.def.unit);
  }
}

/** The earlier figure the report is compared with, or "—". */
export function previousText(fact: Fact): string {
  switch (fact.kind) {
    case "element":
      if (fact.previous !== undefined) return elementValueText(fact.previous);
      return fact.previousStated ? statedText(fact.previousStated, fact.def.unit) : VI.noValue;
    case "indicator":
      return fact.previous === undefined ? VI.noValue : indicatorValueText(fact.previous, fact.def.unit, fact.def.decimals);
    case "score":
      return fact.previous === undefined ? VI.noValue : formatViNumber(fact.previous, Math.max(0, fact.stated.decimals));
  }
}

/**
 * The change in the compact form a table cell takes: "+1.234 (+5,2%)", "-2,1 điểm %", "0".
 * The numbers are those of `compareValues` (its `absolute`, `relative`, `direction`).
 */
export function changeText(fact: Fact): string {
  const c = fact.comparison;
  if (c === undefined) return VI.noValue;
  const ratio = c.percentagePoints !== undefined;
  const decimals = fact.kind === "indicator" ? fact.def.decimals : fact.kind === "score" ? Math.max(0, fact.stated.decimals) : 0;
  if (c.direction === "same") return "0";
  const sign = c.direction === "up" ? "+" : "-";
  const absolute = `${sign}${formatViNumber(Math.abs(c.absolute), ratio ? Math.max(1, decimals) : decimals)}`;
  if (ratio) return `${absolute} ${VI.percentagePoints}`;
  return c.relative === undefined ? absolute : `${absolute} (${sign}${formatViNumber(Math.abs(c.relative), 1)}%)`;
}

/** A target: "≥ 80%", "≤ 5 ngày". */
export function targetText(target: Target | undefined, unit: string): string {
  if (target === undefined) return "";
  const op = target.op === ">=" ? "≥" : "≤";
  return unit === "%" ? `${op} ${formatViNumber(target.value)}%` : `${op} ${formatViNumber(target.value)} ${unit}`;
}

/** When and over what a figure holds, when that is not the report's: "số liệu đến ngày 07/07/2025; phạm vi: toàn quốc", or "". */
export function asOfText(fact: Fact): string {
  const parts: string[] = [];
  if (fact.asOf !== undefined) {
    const date = /^\d{4}-\d{2}-\d{2}$/u.test(fact.asOf) ? formatViShortDate(fact.asOf) : fact.asOf;
    parts.push(`${VI.facts.asOf} ${date}`);
  }
  if (fact.scope !== undefined) parts.push(`${VI.facts.scope}: ${cleanText(fact.scope).trim()}`);
  return parts.join("; ");
}

/**
 * A change the author states: the author's own words when they are kept ("tăng 4,1 triệu tài
 * khoản so với 6 tháng cuối năm 2024"), else written from its fields ("tăng 2,1 điểm phần trăm so
 * với cùng kỳ năm trước"). Never recomputed: it is what the report says.
 */
export function statedChangeText(change: StatedChange, unit: string): string {
  const own = change.text === undefined ? "" : cleanText(change.text).trim();
  if (own !== "") return own;
  const F = VI.facts;
  if (change.direction === "same") return `${F.same} ${againstText(change.against)}`;
  const amount = formatViNumber(change.amount, Math.max(0, change.decimals));
  const measure =
    change.unit === "percent" ? `${amount}%` : change.unit === "percentagePoints" ? `${amount} ${F.percentagePoints}` : unit === "%" ? `${amount} ${F.percentagePoints}` : `${amount} ${unit}`;
  return `${change.direction === "up" ? F.up : F.down} ${measure} ${againstText(change.against)}`;
}

function againstText(against: StatedChange["against"]): string {
  const A = VI.facts.against;
  if (against === "previous" || against === "samePeriodLastYear") return A[against];
  const p = parsePeriod(against.period);
  return `${A.period} ${p === undefined ? against.period : periodLabel(p)}`;
}

/** The places a figure is written with different values: "58.700.000 (mục 1.1); 58.200.000 (mục 5.1)". */
export function statementsText(statements: readonly FigureStatement[]): string {
  return statements
    .map((s) => {
      const where = s.at?.item ?? s.at?.section;
      return `${formatViNumber(s.value, Math.max(0, s.decimals))}${where === undefined ? "" : ` (${VI.facts.section} ${where})`}`;
    })
    .join("; ");
}

/** "theo bộ, ngành", with "(trong đó)" when the parts are only some of the whole. */
export function dimensionText(breakdown: FigureBreakdown): string {
  const B = VI.breakdown;
  return `${B.by} ${B.dimensions[breakdown.dimension]}${breakdown.complete ? "" : ` (${B.partial})`}`;
}
