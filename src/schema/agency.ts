import type { Level } from "./level.js";

/**
 * An agency that contributes sections to a report of its level: the departments (sở, ban,
 * ngành) at province level, the ministries at national level, and Công an as standing agency
 * (cơ quan thường trực) of the Đề án 06 working group.
 *
 * @category Schema
 * @example
 * ```ts
 * const a: Agency = { code: "so_y_te", name: "Sở Y tế", level: "tinh" };
 * ```
 */
export interface Agency {
  /** Stable ASCII slug, e.g. `so_y_te`, `bhxh_tinh`, `cong_an_tinh`. */
  readonly code: string;
  /** Vietnamese name as the outline writes it. */
  readonly name: string;
  readonly level: Level;
  /** True for the standing agency (Công an) that consolidates the report of its level. */
  readonly standing?: boolean;
}

/**
 * The agencies named in the outline (`000_…`) as leads of its items, per level.
 *
 * @category Schema
 * @example
 * ```ts
 * AGENCIES.find((a) => a.code === "bhxh_tinh")?.name; // "Bảo hiểm xã hội tỉnh"
 * ```
 */
export const AGENCIES = [
  { code: "ubnd_xa", name: "Ủy ban nhân dân xã", level: "xa" },
  { code: "cong_an_xa", name: "Công an xã", level: "xa", standing: true },
  { code: "ubnd_tinh", name: "Ủy ban nhân dân tỉnh", level: "tinh" },
  { code: "cong_an_tinh", name: "Công an tỉnh", level: "tinh", standing: true },
  { code: "vp_ubnd_tinh", name: "Văn phòng Ủy ban nhân dân tỉnh", level: "tinh" },
  { code: "tt_phvhcc", name: "Trung tâm Phục vụ hành chính công tỉnh", level: "tinh" },
  { code: "so_y_te", name: "Sở Y tế", level: "tinh" },
  { code: "so_gd_dt", name: "Sở Giáo dục và Đào tạo", level: "tinh" },
  { code: "so_kh_cn", name: "Sở Khoa học và Công nghệ", level: "tinh" },
  { code: "so_noi_vu", name: "Sở Nội vụ", level: "tinh" },
  { code: "so_nn_mt", name: "Sở Nông nghiệp và Môi trường", level: "tinh" },
  { code: "so_tu_phap", name: "Sở Tư pháp", level: "tinh" },
  { code: "so_tai_chinh", name: "Sở Tài chính", level: "tinh" },
  { code: "bhxh_tinh", name: "Bảo hiểm xã hội tỉnh", level: "tinh" },
  { code: "bo_cong_an", name: "Bộ Công an (C06)", level: "bo", standing: true },
  { code: "vp_chinh_phu", name: "Văn phòng Chính phủ", level: "bo" },
  { code: "bo_y_te", name: "Bộ Y tế", level: "bo" },
  { code: "bo_gd_dt", name: "Bộ Giáo dục và Đào tạo", level: "bo" },
  { code: "bo_kh_cn", name: "Bộ Khoa học và Công nghệ", level: "bo" },
  { code: "bo_noi_vu", name: "Bộ Nội vụ", level: "bo" },
  { code: "bo_nn_mt", name: "Bộ Nông nghiệp và Môi trường", level: "bo" },
  { code: "bo_tu_phap", name: "Bộ Tư pháp", level: "bo" },
  { code: "bo_tai_chinh", name: "Bộ Tài chính", level: "bo" },
  { code: "bhxh_vn", name: "Bảo hiểm xã hội Việt Nam", level: "bo" },
] as const satisfies readonly Agency[];

/**
 * Code of a built-in agency.
 *
 * @category Schema
 * @example
 * ```ts
 * const c: AgencyCode = "bhxh_vn";
 * findAgency(c)?.name; // "Bảo hiểm xã hội Việt Nam"
 * ```
 */
export type AgencyCode = (typeof AGENCIES)[number]["code"];

/**
 * Looks up an agency by code in a list (the built-in one by default).
 *
 * @category Schema
 * @example
 * ```ts
 * findAgency("so_y_te")?.name; // "Sở Y tế"
 * findAgency("khong_co");      // undefined
 * ```
 */
export function findAgency(code: string, agencies: readonly Agency[] = AGENCIES): Agency | undefined {
  return agencies.find((a) => a.code === code);
}
