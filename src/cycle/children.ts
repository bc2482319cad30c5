import type { CycleState, CycleStatus } from "./types.js";

/**
 * The states in which a child no longer holds its parent back: accepted, consolidated into the
 * parent, or explicitly excused (DHIS2 approves a parent only once every child is approved).
 *
 * @category Cycle
 * @example
 * ```ts
 * SETTLED_STATUSES.includes("excused"); // true
 * ```
 */
export const SETTLED_STATUSES: readonly CycleStatus[] = ["accepted", "consolidated", "excused"];

/**
 * Whether a parent report may be accepted: every expected child is accepted, consolidated or
 * explicitly excused. A child without any state (no event at all) counts as `draft`.
 *
 * @category Cycle
 * @summary DHIS2's rule: a parent is approved only after all its children.
 * @param expected - Codes of the children that must report (e.g. a province's communes).
 * @param states - Each child's cycle state (or just its status), by unit code.
 * @returns `ready`, and the children still pending with their status.
 * @example
 * ```ts
 * const r = childrenReady(["09487", "09490"], { "09487": "accepted", "09490": "submitted" });
 * r.ready;   // false
 * r.pending; // [{ unit: "09490", status: "submitted" }]
 * ```
 */
export function childrenReady(
  expected: readonly string[],
  states: Readonly<Record<string, CycleState | CycleStatus>>,
): { readonly ready: boolean; readonly pending: readonly { readonly unit: string; readonly status: CycleStatus }[] } {
  const pending: { unit: string; status: CycleStatus }[] = [];
  for (const unit of [...new Set(expected)].sort()) {
    const s = Object.hasOwn(states, unit) ? states[unit] : undefined;
    const status: CycleStatus = s === undefined ? "draft" : typeof s === "string" ? s : s.status;
    if (!SETTLED_STATUSES.includes(status)) pending.push({ unit, status });
  }
  return { ready: pending.length === 0, pending };
}
