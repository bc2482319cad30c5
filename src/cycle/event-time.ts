/**
 * Reading the time of a cycle event. Reports are judged by the calendar day in Vietnam (UTC+7, no
 * daylight saving), whatever offset the sending system wrote.
 */

const VN_OFFSET_MS = 7 * 3_600_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A parsed event time: the instant (ms since the epoch) and the calendar day in Vietnam. */
export interface EventTime {
  readonly ms: number;
  readonly vnDate: string;
}

/**
 * Parses an ISO date-time (`2026-05-16T09:30:00+07:00`, `…Z`, or without offset, read as Vietnam
 * time); `undefined` for anything else or an impossible date or time. Internal.
 */
export function parseEventTime(at: string): EventTime | undefined {
  const m = PATTERN.exec(at);
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return undefined;
  const local = Date.UTC(y, mo - 1, d, h, mi, se, frac);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  const zone = m[8];
  let offset = VN_OFFSET_MS;
  if (zone === "Z") offset = 0;
  else if (zone !== undefined) {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) return undefined;
    offset = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const ms = local - offset;
  return { ms, vnDate: new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10) };
}

/** Whole calendar days from ISO date `a` to ISO date `b` (positive when `b` is later). Internal. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
