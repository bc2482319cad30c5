import type { Problem } from "../schema/problem.js";
import { applyAt, initialCycleState, type CycleOptions } from "./apply-event.js";
import type { CycleEvent, CycleState } from "./types.js";

/**
 * The result of {@link cycleState}: the state after every allowed event, the problems of the
 * refused ones (paths `["events", i, …]`) and the refused events themselves with their index.
 *
 * @category Cycle
 * @example
 * ```ts
 * const r: CycleReplay = cycleState([]);
 * r.state.status; // "draft"
 * ```
 */
export interface CycleReplay {
  readonly state: CycleState;
  readonly problems: readonly Problem[];
  readonly rejected: readonly { readonly index: number; readonly event: unknown }[];
}

/**
 * Replays an event log from the start (a draft): each event is applied with
 * `applyCycleEvent`; a refused event is skipped, reported and kept in `rejected`, and the replay
 * goes on from the state before it. Pure; the same log always gives the same state.
 *
 * @category Cycle
 * @summary A report's state from its event log.
 * @example
 * ```ts
 * const { state, problems } = cycleState([
 *   { actor: "xa.09487", at: "2026-05-16T09:30:00+07:00", action: "submit" },
 *   { actor: "tinh.24", at: "2026-05-16T15:00:00+07:00", action: "return", note: "Thiếu số liệu hồ sơ trực tuyến." },
 *   { actor: "xa.09487", at: "2026-05-17T08:00:00+07:00", action: "submit" },
 *   { actor: "tinh.24", at: "2026-05-18T10:00:00+07:00", action: "accept" },
 * ]);
 * state.status;         // "accepted"
 * state.history.length; // 4
 * problems.length;      // 0
 * ```
 */
export function cycleState(events: readonly (CycleEvent | unknown)[], options: CycleOptions = {}): CycleReplay {
  let state = initialCycleState();
  const problems: Problem[] = [];
  const rejected: { index: number; event: unknown }[] = [];
  events.forEach((event, index) => {
    const r = applyAt(state, event, options, ["events", index]);
    if (r.ok) state = r.state;
    else {
      problems.push(...r.problems);
      rejected.push({ index, event });
    }
  });
  return { state, problems, rejected };
}
