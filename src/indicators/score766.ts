import type { Locale, Path, Problem } from "../schema/problem.js";
import type { StatedValue } from "../schema/report.js";
import type { ElementId } from "./elements.js";
import type { FigureValues } from "./evaluate.js";
import { score766Message, type Score766Code } from "./messages.js";
import type { ScoreId } from "./scores.js";

/**
 * Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong
 * thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử
 * (Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ), scored out of 100 on the
 * Cổng Dịch vụ công quốc gia (dichvucong.gov.vn, "Bộ chỉ số phục vụ người dân, doanh nghiệp").
 *
 * Sources of the figures below:
 * - Group maxima of the 2022 version (công khai, minh bạch 18; tiến độ, kết quả giải quyết 20;
 *   cung cấp dịch vụ trực tuyến 22; số hóa hồ sơ 22; mức độ hài lòng 18): Quyết định
 *   766/QĐ-TTg, Phụ lục. They add up to 100, and the Nghệ An report of 02/2026 (seed 003) writes
 *   exactly these maxima: 18/18, 18/22, 18/18, 20,02/22, 18,6/20 = 92,62.
 * - The portal's current six groups (dịch vụ công trực tuyến 12 + thanh toán trực tuyến 10 in
 *   place of the 22 points of online services): as published on the Cổng Dịch vụ công quốc gia;
 *   recorded from the project's issue 3, NOT confirmed against a published text (see
 *   docs/indicators.md).
 * - Sub-indicator maxima and thresholds (`SCORE_766_SUB_INDICATORS`): recorded from issue 3;
 *   each entry says whether it was confirmed (`confirmed: false` for all at present).
 */

/**
 * Id of a version of the Bộ chỉ số: the 2022 decision's five groups, or the portal's six.
 *
 * @category Indicators
 * @example
 * ```ts
 * const v: Score766VersionId = "qd766-2022";
 * ```
 */
export type Score766VersionId = "qd766-2022" | "dvcqg";

/**
 * One group (component) of the Bộ chỉ số in a version, with its maximum points.
 *
 * @category Indicators
 * @example
 * ```ts
 * const c: Score766Component = { id: "cs766.tien_do", max: 20 };
 * ```
 */
export interface Score766Component {
  readonly id: ScoreId;
  readonly max: number;
}

/**
 * A version of the Bộ chỉ số: its groups and where the figures come from.
 *
 * @category Indicators
 * @example
 * ```ts
 * SCORE_766_VERSIONS[0].components.reduce((s, c) => s + c.max, 0); // 100
 * ```
 */
export interface Score766Version {
  readonly id: Score766VersionId;
  readonly label: string;
  readonly source: string;
  /** Whether the maxima were checked against a published text. */
  readonly confirmed: boolean;
  readonly total: number;
  readonly components: readonly Score766Component[];
}

/**
 * The versions of the Bộ chỉ số, oldest first.
 *
 * @category Indicators
 * @example
 * ```ts
 * SCORE_766_VERSIONS.map((v) => v.id); // ["qd766-2022", "dvcqg"]
 * ```
 */
export const SCORE_766_VERSIONS = [
  {
    id: "qd766-2022",
    label: "Quyết định 766/QĐ-TTg (năm nhóm chỉ số)",
    source: "Quyết định 766/QĐ-TTg ngày 23/6/2022, Phụ lục; khớp với điểm tối đa ghi trong báo cáo tháng 02/2026 của UBND tỉnh Nghệ An",
    confirmed: true,
    total: 100,
    components: [
      { id: "cs766.cong_khai", max: 18 },
      { id: "cs766.tien_do", max: 20 },
      { id: "cs766.dvc_truc_tuyen", max: 22 },
      { id: "cs766.so_hoa", max: 22 },
      { id: "cs766.hai_long", max: 18 },
    ],
  },
  {
    id: "dvcqg",
    label: "Cổng Dịch vụ công quốc gia (sáu nhóm chỉ số: tách thanh toán trực tuyến)",
    source: "Cổng Dịch vụ công quốc gia, Bộ chỉ số phục vụ người dân, doanh nghiệp (theo issue 3 của dự án; chưa đối chiếu văn bản công bố)",
    confirmed: false,
    total: 100,
    components: [
      { id: "cs766.cong_khai", max: 18 },
      { id: "cs766.tien_do", max: 20 },
      { id: "cs766.dvc_truc_tuyen", max: 12 },
      { id: "cs766.thanh_toan_truc_tuyen", max: 10 },
      { id: "cs766.so_hoa", max: 22 },
      { id: "cs766.hai_long", max: 18 },
    ],
  },
] as const satisfies readonly Score766Version[];

/**
 * A sub-indicator of a group: a rate of counts a report can carry, its own maximum and the
 * threshold at which it earns the maximum.
 *
 * @category Indicators
 * @example
 * ```ts
 * const s = SCORE_766_SUB_INDICATORS.find((x) => x.id === "cs766.sub.so_hoa_ket_qua")!;
 * s.threshold; // 80
 * ```
 */
export interface Score766SubIndicator {
  readonly id: string;
  readonly label: string;
  readonly versions: readonly Score766VersionId[];
  readonly component: ScoreId;
  readonly max: number;
  /** Rate (percent) at or above which the sub-indicator earns its maximum. */
  readonly threshold: number;
  /** Elements summed for the numerator. */
  readonly numerator: readonly ElementId[];
  readonly denominator: ElementId;
  readonly source: string;
  readonly confirmed: boolean;
}

const ISSUE3 = "Issue 3 của dự án (ví dụ điểm thành phần của Bộ chỉ số); chưa đối chiếu Phụ lục Quyết định 766/QĐ-TTg";

/**
 * The sub-indicators that can be scored from a report's counts. The other points of each group
 * (publication of procedures, status updates, the satisfaction survey…) need data a report does
 * not carry: give the group's score as stated and {@link checkScore766} checks it.
 *
 * @category Indicators
 * @example
 * ```ts
 * SCORE_766_SUB_INDICATORS.map((s) => s.id);
 * ```
 */
export const SCORE_766_SUB_INDICATORS = [
  { id: "cs766.sub.dung_han", label: "Tỷ lệ hồ sơ giải quyết đúng hạn trên hồ sơ đã giải quyết trong kỳ", versions: ["qd766-2022", "dvcqg"], component: "cs766.tien_do", max: 20, threshold: 100, numerator: ["hs.dung_han"], denominator: "hs.da_giai_quyet", source: ISSUE3, confirmed: false },
  { id: "cs766.sub.thanh_toan", label: "Tỷ lệ hồ sơ thanh toán trực tuyến trên hồ sơ có phát sinh phí, lệ phí", versions: ["qd766-2022"], component: "cs766.dvc_truc_tuyen", max: 6, threshold: 100, numerator: ["hs.thanh_toan_truc_tuyen"], denominator: "hs.phat_sinh_thanh_toan", source: ISSUE3, confirmed: false },
  { id: "cs766.sub.ket_qua_dien_tu", label: "Tỷ lệ hồ sơ cấp kết quả điện tử", versions: ["qd766-2022", "dvcqg"], component: "cs766.so_hoa", max: 6, threshold: 100, numerator: ["hs.ket_qua_dien_tu"], denominator: "hs.da_giai_quyet", source: ISSUE3, confirmed: false },
  { id: "cs766.sub.so_hoa_ket_qua", label: "Tỷ lệ hồ sơ số hóa và kết quả điện tử trên tổng số hồ sơ", versions: ["qd766-2022", "dvcqg"], component: "cs766.so_hoa", max: 4, threshold: 80, numerator: ["hs.so_hoa", "hs.ket_qua_dien_tu"], denominator: "hs.tiep_nhan", source: ISSUE3, confirmed: false },
] as const satisfies readonly Score766SubIndicator[];

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * The score of a sub-indicator: its maximum when the rate (rounded to 2 decimals) reaches the
 * threshold, otherwise rate × maximum ÷ threshold; the score is rounded to 2 decimals, as the
 * portal shows it.
 *
 * @category Indicators
 * @summary max if rate ≥ threshold, else rate × max ÷ threshold.
 * @param rate - The rate in percent (e.g. 93).
 * @param max - The sub-indicator's maximum points.
 * @param threshold - The rate at which the maximum is reached (percent, > 0).
 * @example
 * ```ts
 * subScore766(85, 4, 80);   // 4
 * subScore766(40, 4, 80);   // 2
 * subScore766(93, 20, 100); // 18.6
 * ```
 */
export function subScore766(rate: number, max: number, threshold: number): number {
  if (!Number.isFinite(rate) || !Number.isFinite(max) || max <= 0) return 0;
  const r = Math.max(0, round2(rate));
  if (!(threshold > 0) || r >= threshold) return max;
  return round2((r * max) / threshold);
}

/**
 * A scored sub-indicator (or the reason it could not be scored).
 *
 * @category Indicators
 * @example
 * ```ts
 * const s: SubScore766 = { id: "cs766.sub.dung_han", component: "cs766.tien_do", max: 20, threshold: 100, rate: 99.69, score: 19.94 };
 * ```
 */
export interface SubScore766 {
  readonly id: string;
  readonly component: ScoreId;
  readonly max: number;
  readonly threshold: number;
  /** The rate in percent, rounded to 2 decimals; `undefined` without counts or with a 0 denominator. */
  readonly rate: number | undefined;
  readonly score: number | undefined;
}

/**
 * Scores the sub-indicators of a version that a report's counts allow.
 *
 * @category Indicators
 * @example
 * ```ts
 * scoreSubIndicators766({ "hs.dung_han": 956, "hs.da_giai_quyet": 959 })
 *   .find((s) => s.id === "cs766.sub.dung_han")?.score; // 19.94
 * ```
 */
export function scoreSubIndicators766(
  values: FigureValues,
  options: { readonly version?: Score766VersionId } = {},
): SubScore766[] {
  const version = options.version ?? "qd766-2022";
  const count = (id: string): number | undefined => {
    if (!Object.prototype.hasOwnProperty.call(values, id)) return undefined;
    const v = values[id];
    return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined;
  };
  return SCORE_766_SUB_INDICATORS.filter((s) => (s.versions as readonly string[]).includes(version)).map((s) => {
    const parts = s.numerator.map(count);
    const den = count(s.denominator);
    const base = { id: s.id, component: s.component, max: s.max, threshold: s.threshold };
    if (den === undefined || den === 0 || parts.some((p) => p === undefined)) return { ...base, rate: undefined, score: undefined };
    const num = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
    const rate = round2((num * 100) / den);
    return { ...base, rate, score: subScore766(rate, s.max, s.threshold) };
  });
}

/**
 * Options of {@link checkScore766}.
 *
 * @category Indicators
 * @example
 * ```ts
 * const o: CheckScore766Options = { version: "qd766-2022", path: ["stated"], locale: "vi" };
 * ```
 */
export interface CheckScore766Options {
  /** The version to check against; by default inferred from the stated maxima and groups. */
  readonly version?: Score766VersionId;
  /** Path prefix of the problems (default `["stated"]`). */
  readonly path?: Path;
  readonly locale?: Locale;
  /**
   * How precisely a written score is read. `portal` (default): the portal publishes scores with
   * 2 decimals and drops trailing zeros, so "18" is 18,00 and "18,6" is 18,60; `stated`: the
   * plain XBRL reading of the written decimals ("18" stands for [17,5; 18,5]).
   */
  readonly precision?: "portal" | "stated";
}

/**
 * A stated score as {@link checkScore766} reads it: a report's stated value with its decimals and
 * the maximum it was written out of ("18/22 điểm").
 *
 * @category Indicators
 * @example
 * ```ts
 * const s: StatedScore = { value: 18.6, decimals: 1, max: 20 };
 * ```
 */
export type StatedScore = Pick<StatedValue, "value" | "decimals"> & { readonly max?: number | undefined };

/** The version whose groups and maxima fit the stated scores best. */
function inferVersion(stated: Readonly<Record<string, StatedScore | undefined>>): Score766VersionId {
  if (stated["cs766.thanh_toan_truc_tuyen"] !== undefined) return "dvcqg";
  if (stated["cs766.dvc_truc_tuyen"]?.max === 12) return "dvcqg";
  return "qd766-2022";
}

const COMPONENT_LABEL: Record<string, string> = {
  "cs766.cong_khai": "Công khai, minh bạch",
  "cs766.tien_do": "Tiến độ, kết quả giải quyết",
  "cs766.dvc_truc_tuyen": "Cung cấp dịch vụ trực tuyến",
  "cs766.thanh_toan_truc_tuyen": "Thanh toán trực tuyến",
  "cs766.so_hoa": "Số hóa hồ sơ",
  "cs766.hai_long": "Mức độ hài lòng",
  "cs766.tong": "Tổng điểm",
};

const SEVERITY: Record<Score766Code, Problem["severity"]> = {
  score_unknown_version: "error",
  score_unknown_component: "warning",
  score_component_missing: "warning",
  score_invalid: "error",
  score_exceeds_max: "error",
  score_max_mismatch: "warning",
  score_total_missing: "warning",
  score_sum_mismatch: "error",
  score_total_exceeds_max: "error",
};

/**
 * Checks stated Bộ chỉ số scores (a report's `stated`, keyed `cs766.*`): each group within its
 * maximum and written out of the right maximum, the total within 100, and the total equal to
 * the sum of the groups. The sum is judged with XBRL intervals at the portal's precision of
 * 2 decimals (18,6 stands for [18,595; 18,605]; see `precision`) so that rounding never raises
 * a false alarm. Ids that are not `cs766.*`
 * scores are ignored; with no `cs766.*` score at all there is nothing to check.
 *
 * @category Indicators
 * @summary Problems of stated Bộ chỉ số 766 scores.
 * @example
 * ```ts
 * checkScore766({
 *   "cs766.tong": { value: 92.62, decimals: 2, max: 100 },
 *   "cs766.cong_khai": { value: 18, decimals: 0, max: 18 },
 *   "cs766.dvc_truc_tuyen": { value: 18, decimals: 0, max: 22 },
 *   "cs766.hai_long": { value: 18, decimals: 0, max: 18 },
 *   "cs766.so_hoa": { value: 20.02, decimals: 2, max: 22 },
 *   "cs766.tien_do": { value: 18.6, decimals: 1, max: 20 },
 * }); // [] — 18 + 18 + 18 + 20,02 + 18,6 = 92,62
 * ```
 */
export function checkScore766(
  stated: Readonly<Record<string, StatedScore | undefined>>,
  options: CheckScore766Options = {},
): Problem<Score766Code>[] {
  const locale = options.locale ?? "vi";
  const prefix = options.path ?? ["stated"];
  const out: Problem<Score766Code>[] = [];
  const push = (code: Score766Code, id: string | undefined, params: Record<string, unknown>) =>
    out.push({
      code,
      severity: SEVERITY[code],
      path: id === undefined ? [...prefix] : [...prefix, id],
      message: score766Message(code, params, locale),
      params,
    });

  const scoreIds = Object.keys(stated).filter((id) => id.startsWith("cs766.") && id !== "cs766.xep_hang" && stated[id] !== undefined);
  if (scoreIds.length === 0) return out;

  const versionId = options.version ?? inferVersion(stated);
  const version = (SCORE_766_VERSIONS as readonly Score766Version[]).find((v) => v.id === versionId);
  if (!version) {
    push("score_unknown_version", undefined, { version: versionId });
    return out;
  }
  const maxOf = new Map<string, number>(version.components.map((c) => [c.id, c.max]));
  maxOf.set("cs766.tong", version.total);

  const valid = (id: string): StatedScore | undefined => {
    const s = stated[id];
    if (!s) return undefined;
    if (!Number.isFinite(s.value) || s.value < 0 || !Number.isInteger(s.decimals)) {
      push("score_invalid", id, { id, received: s.value });
      return undefined;
    }
    return s;
  };

  for (const id of scoreIds) {
    const max = maxOf.get(id);
    const label = COMPONENT_LABEL[id] ?? id;
    if (max === undefined) {
      push("score_unknown_component", id, { id, version: version.id });
      continue;
    }
    const s = valid(id);
    if (!s) continue;
    if (s.max !== undefined && s.max !== max) push("score_max_mismatch", id, { id, label, statedMax: s.max, max, version: version.id });
    // The value may be rounded: 22,004 written as 22,00 is within the maximum.
    if (s.value - 0.5 * 10 ** -s.decimals > max) {
      push(id === "cs766.tong" ? "score_total_exceeds_max" : "score_exceeds_max", id, { id, label, value: s.value, total: s.value, max });
    }
  }

  const components = version.components.filter((c) => stated[c.id] !== undefined);
  const total = stated["cs766.tong"];
  if (components.length === 0) return out;
  if (!total) {
    push("score_total_missing", "cs766.tong", {});
    return out;
  }
  const missing = version.components.filter((c) => stated[c.id] === undefined);
  for (const c of missing) push("score_component_missing", c.id, { id: c.id, label: COMPONENT_LABEL[c.id] ?? c.id });
  if (missing.length > 0 || out.some((p) => p.code === "score_invalid")) return out;

  // XBRL Calculations 1.1: the total's interval must meet the interval of the sum.
  const minDecimals = (options.precision ?? "portal") === "portal" ? 2 : -Infinity;
  const half = (s: StatedScore) => 0.5 * 10 ** -Math.max(s.decimals, minDecimals);
  let low = 0;
  let high = 0;
  let sum = 0;
  for (const c of components) {
    const s = stated[c.id] as StatedScore;
    low += s.value - half(s);
    high += s.value + half(s);
    sum += s.value;
  }
  const tLow = total.value - half(total);
  const tHigh = total.value + half(total);
  const eps = 1e-9;
  if (tLow > high + eps || tHigh < low - eps) {
    sum = round2(sum);
    push("score_sum_mismatch", "cs766.tong", { total: total.value, sum, difference: round2(total.value - sum) });
  }
  return out;
}
