import type { Level } from "../schema/level.js";
import type { ScoreDef } from "./types.js";

/**
 * The scores of the default catalog: the Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực
 * hiện TTHC, cung cấp dịch vụ công (Quyết định 766/QĐ-TTg ngày 23/6/2022), as reports state them
 * ("đạt 92,62 điểm", "DVC trực tuyến đạt 18/22 điểm"). Points are stated, never computed from a
 * report's counts; `score766.ts` holds the versioned maxima, the sub-score rule and the checker.
 * `max` is set where it is the same in every version; the online-services group is 22 in the
 * 2022 decision and 12 on the portal (which moves 10 points to online payment).
 */

const ALL = ["xa", "tinh", "bo"] as const satisfies readonly Level[];
const QD766 = "Quyết định 766/QĐ-TTg ngày 23/6/2022";
const LEAD = ["vp_ubnd_tinh", "tt_phvhcc"] as const;

/**
 * All scores of the default catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * SCORES.find((s) => s.id === "cs766.tong")?.max; // 100
 * ```
 */
export const SCORES = [
  { id: "cs766.tong", label: "Tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", unit: "điểm", max: 100, outlineItem: "3.1", legalBasis: QD766, lead: LEAD, levels: ALL },
  { id: "cs766.cong_khai", label: "Công khai, minh bạch", unit: "điểm", max: 18, outlineItem: "3.1", legalBasis: QD766, lead: LEAD, levels: ALL },
  { id: "cs766.tien_do", label: "Tiến độ, kết quả giải quyết", unit: "điểm", max: 20, outlineItem: "3.1", legalBasis: QD766, lead: LEAD, levels: ALL },
  { id: "cs766.dvc_truc_tuyen", label: "Cung cấp dịch vụ trực tuyến", unit: "điểm", outlineItem: "3.1", legalBasis: QD766, lead: LEAD, levels: ALL, description: "22 điểm theo Quyết định 766/QĐ-TTg (2022); 12 điểm trên Cổng Dịch vụ công quốc gia hiện hành (tách 10 điểm thanh toán trực tuyến)." },
  { id: "cs766.thanh_toan_truc_tuyen", label: "Thanh toán trực tuyến", unit: "điểm", outlineItem: "3.1", legalBasis: QD766, lead: LEAD, levels: ALL, description: "Chỉ có trong phiên bản trên Cổng Dịch vụ công quốc gia (10 điểm)." },
  { id: "cs766.so_hoa", label: "Số hóa hồ sơ", unit: "điểm", max: 22, outlineItem: "3.1", legalBasis: QD766, lead: LEAD, levels: ALL },
  { id: "cs766.hai_long", label: "Mức độ hài lòng", unit: "điểm", max: 18, outlineItem: "3.1", legalBasis: QD766, lead: LEAD, levels: ALL },
] as const satisfies readonly ScoreDef[];

/**
 * Id of a score of the default catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * const id: ScoreId = "cs766.tong";
 * ```
 */
export type ScoreId = (typeof SCORES)[number]["id"];
