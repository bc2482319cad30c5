/**
 * The reporting cycle: states of a report (draft → submitted → returned/accepted → consolidated,
 * excused), transitions as a pure function over events with an audit trail, timeliness against
 * the deadlines of Nghị định 09/2019, DHIS2's parent-after-children rule, and a province's inbox.
 *
 * @module
 */
export * from "./types.js";
export { CYCLE_MESSAGES, CYCLE_STATUS_LABELS, cycleProblem, type CycleProblemCode } from "./messages.js";
export { CYCLE_TRANSITIONS, applyCycleEvent, initialCycleState, type CycleOptions, type CycleResult } from "./apply-event.js";
export { cycleState, type CycleReplay } from "./cycle-state.js";
export { SETTLED_STATUSES, childrenReady } from "./children.js";
export { cycleDeadline, submissionTimeliness, type JudgedSubmission, type Timeliness, type TimelinessOptions } from "./timeliness.js";
export { inboxSummary, type InboxOptions, type InboxRow, type InboxSummary, type InboxTotals } from "./inbox.js";
