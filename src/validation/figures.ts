import { QUALIFIERS, type StatedValue } from "../schema/report.js";
import { statedInterval, type Interval } from "./interval.js";

/**
 * Reading figures defensively: a parsed report's figures are well-typed, but validation also
 * runs on data that only looks like a report, so every read checks the type it gets.
 */

/** A figure set as rules read it (a report, or one of its comparisons). */
export interface FigureLike {
  readonly values?: Readonly<Record<string, unknown>>;
  readonly stated?: Readonly<Record<string, unknown>>;
}

const own = Object.prototype.hasOwnProperty;

function read(record: Readonly<Record<string, unknown>> | undefined, id: string): unknown {
  return record !== undefined && own.call(record, id) ? record[id] : undefined;
}

/** The count or amount of `id`, when it is a finite number. */
export function numberOf(set: FigureLike | undefined, id: string): number | undefined {
  const v = read(set?.values, id);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** The raw value of `id` (number or boolean), when it has one. */
export function valueOf(set: FigureLike | undefined, id: string): number | boolean | undefined {
  const v = read(set?.values, id);
  return typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? v : undefined;
}

/** The stated figure of `id`, when it is a well-formed one (the report's own object, not a copy). */
export function statedOf(set: FigureLike | undefined, id: string): StatedValue | undefined {
  const s = read(set?.stated, id);
  if (s === null || typeof s !== "object") return undefined;
  const { value, decimals, qualifier, tolerance, max } = s as Record<string, unknown>;
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < -15 || decimals > 15) return undefined;
  if (qualifier !== undefined && !(QUALIFIERS as readonly unknown[]).includes(qualifier)) return undefined;
  if (tolerance !== undefined && (typeof tolerance !== "number" || !Number.isFinite(tolerance))) return undefined;
  if (max !== undefined && (typeof max !== "number" || !Number.isFinite(max))) return undefined;
  return s as StatedValue;
}

/** Every id the set carries a figure for (values or stated). */
export function figureIds(set: FigureLike): Set<string> {
  const ids = new Set<string>();
  const { values, stated } = set;
  if (values !== undefined) for (const id in values) if (values[id] !== undefined) ids.add(id);
  if (stated !== undefined) for (const id in stated) if (stated[id] !== undefined) ids.add(id);
  return ids;
}

/** Where a figure comes from: the exact count, or the interval of what the author wrote. */
export interface FigureReading {
  readonly interval: Interval;
  /** The exact value, when the figure is a count. */
  readonly exact?: number;
  readonly stated?: StatedValue;
  /** `values` or `stated`: where the figure sits in the report. */
  readonly field: "values" | "stated";
}

/** The figure of an element: its count if present, else its stated interval. */
export function readFigure(set: FigureLike | undefined, id: string): FigureReading | undefined {
  const exact = numberOf(set, id);
  if (exact !== undefined) return { interval: { low: exact, high: exact }, exact, field: "values" };
  const stated = statedOf(set, id);
  if (stated === undefined) return undefined;
  return { interval: statedInterval(stated), stated, field: "stated" };
}
