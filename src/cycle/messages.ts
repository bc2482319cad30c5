import { formatViNumber } from "../format/number.js";
import type { Locale, Path, Problem, Severity } from "../schema/problem.js";
import type { CycleAction, CycleStatus } from "./types.js";

/**
 * Messages of the reporting cycle, one table per locale; logic builds problems with
 * {@link cycleProblem} and no message text lives elsewhere.
 */

/**
 * The codes of problems the cycle reports.
 *
 * @category Cycle
 * @example
 * ```ts
 * const code: CycleProblemCode = "illegal_transition";
 * ```
 */
export type CycleProblemCode =
  | "event_invalid"
  | "event_out_of_order"
  | "illegal_transition"
  | "note_required"
  | "return_without_reasons"
  | "children_not_accepted"
  | "period_invalid";

/**
 * Vietnamese and English names of the states, as an inbox shows them.
 *
 * @category Cycle
 * @example
 * ```ts
 * CYCLE_STATUS_LABELS.vi.returned; // "bị trả lại"
 * ```
 */
export const CYCLE_STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<CycleStatus, string>>>> = {
  vi: {
    draft: "dự thảo (chưa gửi)",
    submitted: "đã gửi, chờ tiếp nhận",
    returned: "bị trả lại",
    accepted: "đã tiếp nhận",
    consolidated: "đã tổng hợp vào báo cáo cấp trên",
    excused: "được miễn báo cáo",
  },
  en: {
    draft: "draft (not sent)",
    submitted: "submitted, awaiting review",
    returned: "returned",
    accepted: "accepted",
    consolidated: "consolidated into the parent report",
    excused: "excused",
  },
};

const ACTION_VI: Record<CycleAction, string> = {
  submit: "gửi",
  return: "trả lại",
  accept: "tiếp nhận",
  reopen: "mở lại",
  consolidate: "tổng hợp",
  excuse: "miễn báo cáo",
};
const ACTION_EN: Record<CycleAction, string> = {
  submit: "submit",
  return: "return",
  accept: "accept",
  reopen: "reopen",
  consolidate: "consolidate",
  excuse: "excuse",
};

type Params = Readonly<Record<string, unknown>>;
type Table = Readonly<Record<CycleProblemCode, (p: Readonly<Record<string, unknown>>) => string>>;

const s = (v: unknown) => String(v);
const list = (v: unknown, max = 5) => {
  const xs = Array.isArray(v) ? (v as unknown[]).map(String) : [String(v)];
  return xs.length > max ? `${xs.slice(0, max).join(", ")}… (+${xs.length - max})` : xs.join(", ");
};
const stVi = (v: unknown) => CYCLE_STATUS_LABELS.vi[v as CycleStatus] ?? s(v);
const stEn = (v: unknown) => CYCLE_STATUS_LABELS.en[v as CycleStatus] ?? s(v);
const acVi = (v: unknown) => ACTION_VI[v as CycleAction] ?? s(v);
const acEn = (v: unknown) => ACTION_EN[v as CycleAction] ?? s(v);

function illegalVi(p: Params): string {
  const { action, from } = p;
  if (action === "accept" && (from === "draft" || from === "returned" || from === "excused"))
    return `Không thể tiếp nhận báo cáo chưa được gửi (đang ở trạng thái “${stVi(from)}”): đơn vị phải gửi báo cáo trước.`;
  if (action === "submit" && (from === "accepted" || from === "consolidated"))
    return `Không thể gửi lại báo cáo đã được tiếp nhận (trạng thái “${stVi(from)}”): cấp trên phải mở lại báo cáo (kèm ghi chú) trước khi đơn vị gửi bản sửa.`;
  if (action === "submit" && from === "submitted") return "Báo cáo đã được gửi và đang chờ tiếp nhận: không gửi lại lần nữa; muốn sửa, đề nghị cấp trên trả lại.";
  if (action === "consolidate") return `Chỉ tổng hợp được báo cáo đã được tiếp nhận; báo cáo đang ở trạng thái “${stVi(from)}”.`;
  return `Không thể “${acVi(action)}” báo cáo đang ở trạng thái “${stVi(from)}”.`;
}
function illegalEn(p: Params): string {
  const { action, from } = p;
  if (action === "accept" && (from === "draft" || from === "returned" || from === "excused"))
    return `Cannot accept a report that was not submitted (it is ${stEn(from)}): the unit must submit it first.`;
  if (action === "submit" && (from === "accepted" || from === "consolidated"))
    return `Cannot submit a report after acceptance (it is ${stEn(from)}): the reviewer must reopen it (with a note) first.`;
  if (action === "submit" && from === "submitted") return "The report is already submitted and awaiting review: ask the reviewer to return it to send a correction.";
  if (action === "consolidate") return `Only an accepted report can be consolidated; this one is ${stEn(from)}.`;
  return `Cannot ${acEn(action)} a report that is ${stEn(from)}.`;
}

const vi: Table = {
  event_invalid: (p) => `Sự kiện không hợp lệ: trường “${s(p.field)}” ${s(p.reason === "missing" ? "bị thiếu" : p.reason === "time" ? "cần ngày giờ ISO, ví dụ 2026-05-16T09:30:00+07:00" : p.reason === "action" ? `phải là một trong: ${list(p.allowed, 10)}` : "không đúng kiểu")}.`,
  event_out_of_order: (p) => `Sự kiện lúc ${s(p.at)} sớm hơn sự kiện trước đó (${s(p.previous)}): nhật ký phải theo thứ tự thời gian.`,
  illegal_transition: illegalVi,
  note_required: (p) => `Thao tác “${acVi(p.action)}” cần ghi chú nêu lý do (để lại dấu vết kiểm tra).`,
  return_without_reasons: () => "Trả lại báo cáo cần nêu lý do: danh sách vấn đề (issues) hoặc ghi chú.",
  children_not_accepted: (p) =>
    `Chưa thể tiếp nhận báo cáo tổng hợp: ${formatViNumber(Number(p.pending))}/${formatViNumber(Number(p.expected))} đơn vị cấp dưới chưa được tiếp nhận hoặc miễn báo cáo: ${list(p.units)}.`,
  period_invalid: (p) => `Mã kỳ báo cáo “${s(p.period)}” không hợp lệ (ví dụ 202605, 2026Q2, 2026S1, 2026N9, 2026).`,
};
const en: Table = {
  event_invalid: (p) => `Invalid event: field “${s(p.field)}” ${s(p.reason === "missing" ? "is missing" : p.reason === "time" ? "needs an ISO date-time, e.g. 2026-05-16T09:30:00+07:00" : p.reason === "action" ? `must be one of: ${list(p.allowed, 10)}` : "has the wrong type")}.`,
  event_out_of_order: (p) => `The event at ${s(p.at)} is earlier than the previous one (${s(p.previous)}): the log must be in time order.`,
  illegal_transition: illegalEn,
  note_required: (p) => `“${acEn(p.action)}” needs a note giving the reason (for the audit trail).`,
  return_without_reasons: () => "Returning a report needs reasons: a list of issues or a note.",
  children_not_accepted: (p) =>
    `The consolidated report cannot be accepted yet: ${s(p.pending)}/${s(p.expected)} units below are neither accepted nor excused: ${list(p.units)}.`,
  period_invalid: (p) => `Invalid period id “${s(p.period)}” (e.g. 202605, 2026Q2, 2026S1, 2026N9, 2026).`,
};

/**
 * The cycle's message tables, by locale.
 *
 * @category Cycle
 * @example
 * ```ts
 * CYCLE_MESSAGES.vi.note_required({ action: "reopen" }); // "Thao tác “mở lại” cần ghi chú nêu lý do (để lại dấu vết kiểm tra)."
 * ```
 */
export const CYCLE_MESSAGES: Readonly<Record<Locale, Readonly<Record<CycleProblemCode, (params: Readonly<Record<string, unknown>>) => string>>>> = { vi, en };

/**
 * Builds one cycle problem with its message in the chosen locale.
 *
 * @category Cycle
 * @example
 * ```ts
 * cycleProblem("illegal_transition", "error", ["action"], { action: "accept", from: "draft" }).message;
 * // "Không thể tiếp nhận báo cáo chưa được gửi (đang ở trạng thái “dự thảo (chưa gửi)”): …"
 * ```
 */
export function cycleProblem(code: CycleProblemCode, severity: Severity, path: Path, params: Readonly<Record<string, unknown>>, locale: Locale = "vi"): Problem {
  return { code, severity, path, message: CYCLE_MESSAGES[locale][code](params), params };
}
