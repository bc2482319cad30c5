import type { Level } from "../schema/level.js";
import { DEFAULT_DEADLINE_RULE, parsePeriod, reportDeadline, type DeadlineRule } from "../schema/period.js";
import type { Locale, Problem } from "../schema/problem.js";
import { cycleState } from "./cycle-state.js";
import { daysBetween, parseEventTime } from "./event-time.js";
import { cycleProblem } from "./messages.js";
import type { CycleEntry, CycleEvent, CycleState } from "./types.js";

/**
 * Deadlines. Sources:
 * - Nghị định 09/2019/NĐ-CP, Điều 12: figures are cut off from the 15th of the month before the
 *   period to the 14th of its last month (`cutoffRange`).
 * - Nghị định 09/2019/NĐ-CP, Điều 13, khoản 1: ministries and provincial People's Committees send
 *   periodic reports to the Government and the Prime Minister no later than the 25th of the
 *   period's last month; khoản 2: ministries and provinces set the deadlines of the levels below
 *   them, inside that limit, when they issue their reporting regimes (summarised at
 *   thuviennhadat.vn, “Thời hạn gửi báo cáo trong chế độ báo cáo định kỳ…”, 07/10/2024).
 * - Provincial regimes under Nghị định 09 keep the same cut-off and ask their departments and
 *   communes for reports a few days after it (e.g. QĐ 40/2019/QĐ-UBND of Bà Rịa – Vũng Tàu; its
 *   administrative-reform reports were due before the 15th of the month, văn bản 2539/UBND-SNV).
 *
 * Hence the defaults, `DEFAULT_DEADLINE_RULE` (the same ones `rollup` judges lateness by): a
 * commune reports to the province by the 17th (cut-off + 3 days), a province to the Ministry of
 * Public Security (C06, standing agency of the Đề án 06 Working Group) by the 20th (+6), and the
 * national consolidation is due by the 24th (+10), inside the 25th of Điều 13. A province whose
 * regime says otherwise passes its own `deadlines` or a fixed `deadline`.
 */

/**
 * Options of {@link submissionTimeliness} and `inboxSummary`.
 *
 * @category Cycle
 * @example
 * ```ts
 * const o: TimelinessOptions = { period: "202605", level: "xa", deadlines: { ...DEFAULT_DEADLINE_RULE, unit: { xa: 2, tinh: 6, bo: 10 } } };
 * ```
 */
export interface TimelinessOptions {
  /** The period id of the report (`202605`, `2026Q2`…). */
  readonly period: string;
  /** The level of the reporting unit (`xa` reports to the province…). */
  readonly level: Level;
  /** An agency's contribution to its level's report (earlier deadline) rather than a unit report. */
  readonly agency?: boolean;
  /** Days after the cut-off, per level (default `DEFAULT_DEADLINE_RULE`: the 17th, 20th, 24th). */
  readonly deadlines?: DeadlineRule;
  /** A fixed deadline (ISO date), overriding `deadlines`. */
  readonly deadline?: string;
  /** Message language (default `vi`). */
  readonly locale?: Locale;
}

/**
 * One submission judged against the deadline: its time, its calendar day in Vietnam, and how many
 * days late it was (0 when on time).
 *
 * @category Cycle
 * @example
 * ```ts
 * const s: JudgedSubmission = { at: "2026-05-18T08:00:00+07:00", date: "2026-05-18", daysLate: 1 };
 * ```
 */
export interface JudgedSubmission {
  readonly at: string;
  readonly date: string;
  readonly daysLate: number;
}

/**
 * Whether a report came in on time. `status` judges the first submission (the unit met the
 * deadline even if the report was later returned and sent again): `on_time`, `late`,
 * `not_submitted`, or `excused` (never submitted but excused). Every submission is listed.
 *
 * @category Cycle
 * @example
 * ```ts
 * const t: Timeliness = { deadline: "2026-05-17", status: "late", daysLate: 1, submissions: [], problems: [] };
 * ```
 */
export interface Timeliness {
  /** The deadline (ISO date); absent when the period id is invalid. */
  readonly deadline?: string;
  readonly status: "on_time" | "late" | "not_submitted" | "excused";
  /** Days the first submission was late (0 when on time or not submitted). */
  readonly daysLate: number;
  readonly submissions: readonly JudgedSubmission[];
  readonly problems: readonly Problem[];
}

/**
 * The deadline of a report of `period` and `level` (ISO date), or `undefined` for an invalid period.
 *
 * @category Cycle
 * @example
 * ```ts
 * cycleDeadline({ period: "202605", level: "xa" });   // "2026-05-17"
 * cycleDeadline({ period: "2026Q2", level: "tinh" }); // "2026-06-20"
 * cycleDeadline({ period: "202605", level: "bo" });   // "2026-05-24"
 * ```
 */
export function cycleDeadline(options: TimelinessOptions): string | undefined {
  if (options.deadline !== undefined) return options.deadline;
  const p = parsePeriod(options.period);
  if (p === undefined) return undefined;
  return reportDeadline(p, options.level, { agency: options.agency === true, rule: options.deadlines ?? DEFAULT_DEADLINE_RULE });
}

/**
 * Judges the submissions of a report against the deadline of its period and level. A submission is
 * on time when its calendar day in Vietnam (UTC+7) is on or before the deadline, as `rollup` counts
 * `coverage.late`. Takes the cycle state (its history) or the raw event log (only the `submit`
 * events are read; their order does not matter).
 *
 * @category Cycle
 * @summary On time or late, against Nghị định 09/2019's cut-off and the level's deadline.
 * @param log - A `CycleState` or the events of one report.
 * @param options - Period, level, deadlines (default `DEFAULT_DEADLINE_RULE`), or a fixed deadline.
 * @example
 * ```ts
 * const t = submissionTimeliness(
 *   [{ actor: "xa.09487", at: "2026-05-18T07:45:00+07:00", action: "submit" }],
 *   { period: "202605", level: "xa" },
 * );
 * t.deadline; // "2026-05-17"
 * t.status;   // "late"
 * t.daysLate; // 1
 * ```
 */
export function submissionTimeliness(log: CycleState | readonly (CycleEvent | CycleEntry)[], options: TimelinessOptions): Timeliness {
  const events: readonly (CycleEvent | CycleEntry)[] = Array.isArray(log) ? log : (log as CycleState).history;
  const excused = (Array.isArray(log) ? cycleState(events).state : (log as CycleState)).status === "excused";
  const deadline = cycleDeadline(options);
  const problems: Problem[] = [];
  if (deadline === undefined) problems.push(cycleProblem("period_invalid", "error", ["period"], { period: options.period }, options.locale ?? "vi"));
  const submissions: JudgedSubmission[] = [];
  const times: { at: string; ms: number; date: string }[] = [];
  for (const e of events) {
    if (e.action !== "submit") continue;
    const t = parseEventTime(e.at);
    if (t !== undefined) times.push({ at: e.at, ms: t.ms, date: t.vnDate });
  }
  times.sort((a, b) => a.ms - b.ms);
  for (const t of times) {
    const late = deadline === undefined ? 0 : Math.max(0, daysBetween(deadline, t.date));
    submissions.push({ at: t.at, date: t.date, daysLate: late });
  }
  const first = submissions[0];
  const status = first === undefined ? (excused ? "excused" : "not_submitted") : first.daysLate > 0 ? "late" : "on_time";
  return { ...(deadline === undefined ? {} : { deadline }), status, daysLate: first?.daysLate ?? 0, submissions, problems };
}
