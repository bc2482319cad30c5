import type { Level } from "../schema/level.js";
import type { Problem } from "../schema/problem.js";
import type { UnitIndex, UnitList } from "../schema/unit.js";
import { cycleState } from "./cycle-state.js";
import { cycleDeadline, submissionTimeliness, type TimelinessOptions } from "./timeliness.js";
import type { CycleEvent, CycleStatus } from "./types.js";

/**
 * Options of {@link inboxSummary}.
 *
 * @category Cycle
 * @example
 * ```ts
 * const o: InboxOptions = { period: "202605", parent: "24", expected: UNITS_2025 };
 * ```
 */
export interface InboxOptions extends Omit<TimelinessOptions, "level"> {
  /**
   * Who must report: unit codes, or a unit list/index in which the children of `parent` are
   * looked up (e.g. `UNITS_2025` from `de-an-06/communes`: a province's communes).
   */
  readonly expected: readonly string[] | UnitList | UnitIndex;
  /** The receiving unit (a province code, or `VN`): needed when `expected` is a unit list. */
  readonly parent?: string;
  /** The level of the reporting units (default `xa`). */
  readonly level?: Level;
}

/**
 * One expected unit in the inbox: its current status, whether and when it first submitted,
 * on time or late (and by how many days), how many times it was returned, and the problems of its
 * event log (refused events).
 *
 * @category Cycle
 * @example
 * ```ts
 * const row: InboxRow = {
 *   unit: "09487", name: "Xã Đông Cứu", status: "accepted", submitted: true, onTime: true, late: false, daysLate: 0,
 *   missing: false, returns: 1, accepted: true, excused: false, firstSubmittedAt: "2026-05-16T09:30:00+07:00", problems: [],
 * };
 * ```
 */
export interface InboxRow {
  readonly unit: string;
  readonly name?: string;
  readonly status: CycleStatus;
  readonly submitted: boolean;
  readonly onTime: boolean;
  readonly late: boolean;
  readonly daysLate: number;
  /** Never submitted and not excused. */
  readonly missing: boolean;
  /** How many times the report was returned (or reopened) to the unit. */
  readonly returns: number;
  /** Accepted or already consolidated. */
  readonly accepted: boolean;
  readonly excused: boolean;
  readonly firstSubmittedAt?: string;
  readonly problems: readonly Problem[];
}

/**
 * The totals of an inbox: `expected` units; how many `submitted` (at least once), `onTime`,
 * `late`, `missing`; how many are currently `returned`, `accepted` (or consolidated), `excused`,
 * and `pending` review (submitted, not yet decided).
 *
 * @category Cycle
 * @example
 * ```ts
 * const t: InboxTotals = { expected: 99, submitted: 97, onTime: 95, late: 2, missing: 2, returned: 1, accepted: 90, excused: 0, pending: 6 };
 * ```
 */
export interface InboxTotals {
  readonly expected: number;
  readonly submitted: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly returned: number;
  readonly accepted: number;
  readonly excused: number;
  readonly pending: number;
}

/**
 * A province's (or the centre's) inbox for one period: one row per expected unit in code order,
 * the totals, the deadline judged against, and the units whose logs were given but that are not
 * expected (listed, not counted).
 *
 * @category Cycle
 * @example
 * ```ts
 * const inbox: InboxSummary = inboxSummary({}, { period: "202605", expected: ["09487"] });
 * inbox.totals.missing; // 1
 * ```
 */
export interface InboxSummary {
  readonly period: string;
  readonly deadline?: string;
  readonly units: readonly InboxRow[];
  readonly totals: InboxTotals;
  readonly unexpected: readonly string[];
  readonly problems: readonly Problem[];
}

function expectedUnits(options: InboxOptions): { code: string; name?: string }[] {
  const e = options.expected;
  if (Array.isArray(e)) return [...new Set(e as readonly string[])].sort().map((code) => ({ code }));
  const parent = options.parent;
  if (parent === undefined) return [];
  const units = "byCode" in e ? ((e as UnitIndex).childrenOf.get(parent) ?? []) : (e as UnitList).units.filter((u) => u.parent === parent);
  return units.map((u) => ({ code: u.code, name: u.name })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * The inbox a province builds first: for every expected unit, from its event log, whether it has
 * submitted, on time or late against the deadline of the period and level, whether it is missing,
 * how often it was returned, whether it is accepted or excused — and the totals. Pure: replays each
 * log with `cycleState` (refused events are reported on the unit's row, never thrown).
 *
 * @category Cycle
 * @summary Expected, submitted, on time, late, missing, returned, accepted — per unit and in total.
 * @param logs - Event logs by unit code (units with no log have not acted yet).
 * @param options - Period, expected units (codes or a unit list with `parent`), level, deadlines.
 * @example
 * ```ts
 * const inbox = inboxSummary(
 *   {
 *     "09487": [
 *       { actor: "xa.09487", at: "2026-05-16T09:30:00+07:00", action: "submit" },
 *       { actor: "tinh.24", at: "2026-05-18T10:00:00+07:00", action: "accept" },
 *     ],
 *     "09490": [{ actor: "xa.09490", at: "2026-05-19T16:00:00+07:00", action: "submit" }],
 *   },
 *   { period: "202605", expected: ["09487", "09490", "09493"] },
 * );
 * inbox.deadline; // "2026-05-17"
 * inbox.totals;   // { expected: 3, submitted: 2, onTime: 1, late: 1, missing: 1, returned: 0, accepted: 1, excused: 0, pending: 1 }
 * ```
 */
export function inboxSummary(logs: Readonly<Record<string, readonly (CycleEvent | unknown)[]>>, options: InboxOptions): InboxSummary {
  const level = options.level ?? "xa";
  const judge: TimelinessOptions = { ...options, level };
  const deadline = cycleDeadline(judge);
  const expected = expectedUnits(options);
  const expectedSet = new Set(expected.map((u) => u.code));
  const problems: Problem[] = [];
  const units: InboxRow[] = [];
  const totals = { expected: expected.length, submitted: 0, onTime: 0, late: 0, missing: 0, returned: 0, accepted: 0, excused: 0, pending: 0 };
  for (const { code, name } of expected) {
    const log = Object.hasOwn(logs, code) ? (logs[code] ?? []) : [];
    const replay = cycleState(Array.isArray(log) ? log : [log], options.locale === undefined ? {} : { locale: options.locale });
    const state = replay.state;
    const rowProblems = replay.problems.map((p) => ({ ...p, path: ["logs", code, ...p.path.slice(1)] }));
    const t = submissionTimeliness(state, judge);
    const first = t.submissions[0];
    const status = state.status;
    const row: InboxRow = {
      unit: code,
      ...(name === undefined ? {} : { name }),
      status,
      submitted: first !== undefined,
      onTime: t.status === "on_time",
      late: t.status === "late",
      daysLate: t.daysLate,
      missing: t.status === "not_submitted",
      returns: state.history.filter((e) => e.action === "return" || (e.action === "reopen" && e.to === "returned")).length,
      accepted: status === "accepted" || status === "consolidated",
      excused: status === "excused",
      ...(first === undefined ? {} : { firstSubmittedAt: first.at }),
      problems: rowProblems,
    };
    units.push(row);
    problems.push(...rowProblems);
    if (row.submitted) totals.submitted++;
    if (row.onTime) totals.onTime++;
    if (row.late) totals.late++;
    if (row.missing) totals.missing++;
    if (status === "returned") totals.returned++;
    if (row.accepted) totals.accepted++;
    if (row.excused) totals.excused++;
    if (status === "submitted") totals.pending++;
  }
  if (deadline === undefined) problems.push(...submissionTimeliness([], judge).problems);
  const unexpected = Object.keys(logs).filter((c) => !expectedSet.has(c)).sort();
  return { period: options.period, ...(deadline === undefined ? {} : { deadline }), units, totals, unexpected, problems };
}
