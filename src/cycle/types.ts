import type { Problem } from "../schema/problem.js";

/**
 * The reporting cycle of one report (one unit, one period), as plain data: the states, the actions
 * that move between them, the events that record who did what and when, and the audit history.
 * Authorisation (who may accept) is the caller's: these types record the actor, they do not judge it.
 */

/**
 * The states of a report in the cycle, bottom-up (DHIS2's completeness and approval, Nghị định
 * 09/2019's reporting regime):
 * - `draft` (dự thảo): being written by the reporting unit, not sent;
 * - `submitted` (đã gửi): sent to the level above, waiting for review;
 * - `returned` (trả lại): sent back by the reviewer with reasons (`issues`), or reopened after acceptance;
 * - `accepted` (đã tiếp nhận): accepted by the level above;
 * - `consolidated` (đã tổng hợp): accepted and included in the parent's consolidated report;
 * - `excused` (miễn báo cáo): explicitly excused for this period by the level above, with a note.
 *
 * @category Cycle
 * @example
 * ```ts
 * CYCLE_STATUSES.includes("accepted"); // true
 * ```
 */
export const CYCLE_STATUSES = ["draft", "submitted", "returned", "accepted", "consolidated", "excused"] as const;

/**
 * One state of {@link CYCLE_STATUSES}.
 *
 * @category Cycle
 * @example
 * ```ts
 * const s: CycleStatus = "submitted";
 * ```
 */
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/**
 * What someone does to a report: `submit` (gửi), `return` (trả lại, with reasons), `accept`
 * (tiếp nhận), `reopen` (mở lại an accepted or consolidated report, or lift an excuse; a note is
 * required), `consolidate` (đưa vào báo cáo tổng hợp), `excuse` (miễn báo cáo, a note is required).
 *
 * @category Cycle
 * @example
 * ```ts
 * CYCLE_ACTIONS.includes("reopen"); // true
 * ```
 */
export const CYCLE_ACTIONS = ["submit", "return", "accept", "reopen", "consolidate", "excuse"] as const;

/**
 * One action of {@link CYCLE_ACTIONS}.
 *
 * @category Cycle
 * @example
 * ```ts
 * const a: CycleAction = "accept";
 * ```
 */
export type CycleAction = (typeof CYCLE_ACTIONS)[number];

/**
 * One event of the cycle: who (`actor`, an account or a name), when (`at`, an ISO date-time; without
 * an offset it is read as Vietnam time, UTC+7), what (`action`), and optionally a `note` and the
 * reviewer's reasons (`issues`, e.g. the problems `validateReport` found).
 *
 * @category Cycle
 * @example
 * ```ts
 * const e: CycleEvent = { actor: "canbo.xa@09487", at: "2026-05-16T09:30:00+07:00", action: "submit" };
 * ```
 */
export interface CycleEvent {
  readonly actor: string;
  readonly at: string;
  readonly action: CycleAction;
  readonly note?: string;
  readonly issues?: readonly Problem[];
}

/**
 * One line of the audit history: the event as applied, with the state before and after it.
 *
 * @category Cycle
 * @example
 * ```ts
 * const line: CycleEntry = { actor: "a", at: "2026-05-16T09:30:00+07:00", action: "submit", from: "draft", to: "submitted" };
 * ```
 */
export interface CycleEntry extends CycleEvent {
  readonly from: CycleStatus;
  readonly to: CycleStatus;
}

/**
 * The state of a report in the cycle: its `status`, the reasons it was last returned or reopened
 * for (`issues`, `note`; empty once it is submitted again), and the full audit `history` of the
 * events applied, oldest first. Plain JSON: store it as it is, or rebuild it from the events with
 * `cycleState`.
 *
 * @category Cycle
 * @example
 * ```ts
 * const s: CycleState = { status: "draft", issues: [], history: [] };
 * ```
 */
export interface CycleState {
  readonly status: CycleStatus;
  readonly issues: readonly Problem[];
  readonly note?: string;
  readonly history: readonly CycleEntry[];
}
