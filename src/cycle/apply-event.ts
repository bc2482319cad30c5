import type { Locale, Path, Problem } from "../schema/problem.js";
import { childrenReady } from "./children.js";
import { parseEventTime } from "./event-time.js";
import { cycleProblem } from "./messages.js";
import { CYCLE_ACTIONS, type CycleAction, type CycleEntry, type CycleEvent, type CycleState, type CycleStatus } from "./types.js";

/**
 * The allowed transitions, as data: for each action, the state it may start from and the state it
 * leads to. Anything not listed is a problem (`illegal_transition`), never a guess.
 *
 * - submit: draft, returned or excused → submitted
 * - return: submitted → returned (reasons required)
 * - accept: submitted → accepted (a parent only when its children are settled, see `childrenReady`)
 * - reopen: accepted or consolidated → returned; excused → draft (note required)
 * - consolidate: accepted → consolidated
 * - excuse: draft or returned → excused (note required)
 *
 * @category Cycle
 * @example
 * ```ts
 * CYCLE_TRANSITIONS.accept.submitted; // "accepted"
 * CYCLE_TRANSITIONS.accept.draft;     // undefined: accepting a report never submitted is refused
 * ```
 */
export const CYCLE_TRANSITIONS: Readonly<Record<CycleAction, Readonly<Partial<Record<CycleStatus, CycleStatus>>>>> = {
  submit: { draft: "submitted", returned: "submitted", excused: "submitted" },
  return: { submitted: "returned" },
  accept: { submitted: "accepted" },
  reopen: { accepted: "returned", consolidated: "returned", excused: "draft" },
  consolidate: { accepted: "consolidated" },
  excuse: { draft: "excused", returned: "excused" },
};

/** Actions that must carry a note. */
const NOTE_REQUIRED: readonly CycleAction[] = ["reopen", "excuse"];

/**
 * The state of a report nobody has acted on yet: a draft with an empty history.
 *
 * @category Cycle
 * @example
 * ```ts
 * initialCycleState(); // { status: "draft", issues: [], history: [] }
 * ```
 */
export function initialCycleState(): CycleState {
  return { status: "draft", issues: [], history: [] };
}

/**
 * Options of {@link applyCycleEvent} and `cycleState`.
 *
 * @category Cycle
 * @example
 * ```ts
 * const o: CycleOptions = { locale: "en", children: { expected: ["09487"], states: { "09487": "accepted" } } };
 * ```
 */
export interface CycleOptions {
  /**
   * For a parent report (a province's, the national one): its expected children and their states.
   * When given, `accept` is refused until every child is accepted, consolidated or excused.
   */
  readonly children?: {
    readonly expected: readonly string[];
    readonly states: Readonly<Record<string, CycleState | CycleStatus>>;
  };
  /** Message language (default `vi`). */
  readonly locale?: Locale;
}

/**
 * The result of {@link applyCycleEvent}: the new state, or the unchanged state with the problems
 * and the rejected event beside them (nothing is lost).
 *
 * @category Cycle
 * @example
 * ```ts
 * const r: CycleResult = applyCycleEvent(initialCycleState(), { actor: "a", at: "2026-05-16T09:00:00+07:00", action: "submit" });
 * if (r.ok) r.state.status; // "submitted"
 * ```
 */
export type CycleResult =
  | { readonly ok: true; readonly state: CycleState; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly state: CycleState; readonly problems: readonly Problem[]; readonly rejected: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isProblemLike = (v: unknown) => isRecord(v) && typeof v.code === "string" && typeof v.message === "string";

/** Checks an event's shape; problems carry paths under `base`. */
function checkEvent(event: unknown, base: Path, locale: Locale): Problem[] {
  const bad = (field: string, reason: string, extra: Record<string, unknown> = {}) =>
    cycleProblem("event_invalid", "error", [...base, field], { field, reason, ...extra }, locale);
  if (!isRecord(event)) return [bad("(event)", "type")];
  const out: Problem[] = [];
  if (event.actor === undefined) out.push(bad("actor", "missing"));
  else if (typeof event.actor !== "string" || event.actor.trim() === "") out.push(bad("actor", "type"));
  if (event.at === undefined) out.push(bad("at", "missing"));
  else if (typeof event.at !== "string" || parseEventTime(event.at) === undefined) out.push(bad("at", "time"));
  if (event.action === undefined) out.push(bad("action", "missing"));
  else if (typeof event.action !== "string" || !(CYCLE_ACTIONS as readonly string[]).includes(event.action))
    out.push(bad("action", "action", { allowed: CYCLE_ACTIONS }));
  if (event.note !== undefined && typeof event.note !== "string") out.push(bad("note", "type"));
  if (event.issues !== undefined && !(Array.isArray(event.issues) && event.issues.every(isProblemLike))) out.push(bad("issues", "type"));
  return out;
}

/**
 * Applies one event to a report's cycle state. Pure: the input state is not changed; an allowed
 * event gives a new state whose history ends with it (`from`, `to`); anything else gives problems
 * with a Vietnamese message (English on request) and the path of the faulty field, and the event
 * itself beside them — never an exception. Refused: an event that is not one (missing actor, a
 * time that is not an ISO date-time, an unknown action), an event earlier than the last one, an
 * illegal transition (accepting a report never submitted, submitting after acceptance…), a return
 * without reasons, a reopen or excuse without a note, and — when `options.children` is given —
 * accepting a parent whose children are not all accepted or excused. Who may do what (only the
 * province accepts a commune's report) is the caller's to enforce: the actor is recorded, not judged.
 *
 * @category Cycle
 * @summary The submission/approval state machine as a pure function.
 * @param state - The current state (`initialCycleState()` for a new report).
 * @param event - `{ actor, at, action, note?, issues? }`, as received (it is checked).
 * @param options - The children of a parent report; the message language.
 * @returns `{ ok: true, state }` or `{ ok: false, state (unchanged), problems, rejected }`.
 * @example
 * ```ts
 * let s = initialCycleState();
 * const r1 = applyCycleEvent(s, { actor: "xa.09487", at: "2026-05-16T09:30:00+07:00", action: "submit" });
 * if (r1.ok) s = r1.state; // status "submitted"
 * const r2 = applyCycleEvent(s, { actor: "tinh.24", at: "2026-05-17T08:00:00+07:00", action: "accept" });
 * r2.ok && r2.state.status; // "accepted"
 * applyCycleEvent(initialCycleState(), { actor: "tinh.24", at: "2026-05-17T08:00:00+07:00", action: "accept" }).problems[0]?.code;
 * // "illegal_transition"
 * ```
 */
export function applyCycleEvent(state: CycleState, event: CycleEvent | unknown, options: CycleOptions = {}): CycleResult {
  return applyAt(state, event, options, []);
}

/** {@link applyCycleEvent} with problem paths under `base` (used by `cycleState`). Internal. */
export function applyAt(state: CycleState, event: unknown, options: CycleOptions, base: Path): CycleResult {
  const locale = options.locale ?? "vi";
  const refuse = (problems: Problem[]): CycleResult => ({ ok: false, state, problems, rejected: event });
  const shape = checkEvent(event, base, locale);
  if (shape.length > 0) return refuse(shape);
  const e = event as CycleEvent;
  const last = state.history[state.history.length - 1];
  if (last !== undefined) {
    const prev = parseEventTime(last.at);
    const now = parseEventTime(e.at);
    if (prev !== undefined && now !== undefined && now.ms < prev.ms)
      return refuse([cycleProblem("event_out_of_order", "error", [...base, "at"], { at: e.at, previous: last.at }, locale)]);
  }
  const to = CYCLE_TRANSITIONS[e.action][state.status];
  if (to === undefined) return refuse([cycleProblem("illegal_transition", "error", [...base, "action"], { action: e.action, from: state.status }, locale)]);
  const note = e.note?.normalize("NFC").trim();
  if (NOTE_REQUIRED.includes(e.action) && !note) return refuse([cycleProblem("note_required", "error", [...base, "note"], { action: e.action }, locale)]);
  if (e.action === "return" && !note && (e.issues === undefined || e.issues.length === 0))
    return refuse([cycleProblem("return_without_reasons", "error", [...base, "issues"], {}, locale)]);
  if (e.action === "accept" && options.children !== undefined) {
    const { ready, pending } = childrenReady(options.children.expected, options.children.states);
    if (!ready) {
      const params = { pending: pending.length, expected: new Set(options.children.expected).size, units: pending.map((p) => p.unit) };
      return refuse([cycleProblem("children_not_accepted", "error", [...base, "action"], params, locale)]);
    }
  }
  const entry: CycleEntry = {
    actor: e.actor,
    at: e.at,
    action: e.action,
    ...(note ? { note } : {}),
    ...(e.issues !== undefined && e.issues.length > 0 ? { issues: e.issues } : {}),
    from: state.status,
    to,
  };
  // Reasons stay with the report while it is returned; sending it again clears them.
  const reasons = e.action === "return" || e.action === "reopen" || e.action === "excuse";
  const next: CycleState = {
    status: to,
    issues: reasons ? (e.issues ?? []) : to === "submitted" ? [] : state.issues,
    ...(reasons ? (note ? { note } : {}) : to === "submitted" || state.note === undefined ? {} : { note: state.note }),
    history: [...state.history, entry],
  };
  return { ok: true, state: next, problems: [] };
}
