/**
 * How the figures of a section are written, the Vietnamese way (`src/format`): "3.454.035",
 * "99,7%", "18/22 điểm", "gần 4.000", "+1,2 điểm %". Shared by the figures table and the prose.
 */
import type { Target } from "../indicators/types.js";
import { formatViNumber, formatViPercent } from "../format/number.js";
import type { StatedValue } from "../schema/report.js";
import type { Fact, Flag } from "./facts.js";
import { VI } from "./strings.js";

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
