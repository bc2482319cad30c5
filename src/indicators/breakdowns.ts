import type { ElementId } from "./elements.js";
import type { BreakdownDef } from "./types.js";

/**
 * The declared breakdowns of the default catalog: the parts add up to the total. Validation
 * checks them (with XBRL-style rounding tolerance for stated figures); rollup keeps them true.
 * A part that is only `partOf` a whole without a breakdown (online hồ sơ of all hồ sơ) is a
 * bound, not a sum.
 *
 * @category Indicators
 * @example
 * ```ts
 * BREAKDOWNS.find((b) => b.total === "dat.doi_soat")?.parts;
 * // ["dat.trung_khop", "dat.sai_lech", "dat.khong_co_thong_tin"]
 * ```
 */
export const BREAKDOWNS = [
  { id: "bd.ho_so_giai_quyet", label: "Hồ sơ đã giải quyết = đúng hạn + quá hạn", total: "hs.da_giai_quyet", parts: ["hs.dung_han", "hs.qua_han"] },
  { id: "bd.nhiem_vu_loai", label: "Nhiệm vụ được giao = có thời hạn + thường xuyên", total: "nv.duoc_giao", parts: ["nv.co_thoi_han", "nv.thuong_xuyen"] },
  { id: "bd.nhiem_vu_tien_do", label: "Nhiệm vụ được giao = đã hoàn thành + chưa hoàn thành", total: "nv.duoc_giao", parts: ["nv.hoan_thanh", "nv.chua_hoan_thanh"] },
  { id: "bd.dat_doi_soat", label: "Dữ liệu đất đai đối soát = trùng khớp + sai lệch + không có thông tin", total: "dat.doi_soat", parts: ["dat.trung_khop", "dat.sai_lech", "dat.khong_co_thong_tin"] },
  { id: "bd.ho_tich_so_hoa", label: "Dữ liệu hộ tịch đã số hóa = đăng ký mới + cũ", total: "ht.da_so_hoa", parts: ["ht.du_lieu_moi", "ht.du_lieu_cu"] },
  { id: "bd.dd_muc", label: "Tài khoản định danh điện tử = mức độ 1 + mức độ 2", total: "dd.tai_khoan", parts: ["dd.tai_khoan_muc1", "dd.tai_khoan_muc2"] },
  { id: "bd.cks_chu_the", label: "Chứng thư chữ ký số công cộng còn hiệu lực = cá nhân + tổ chức", total: "cks.chung_thu_hieu_luc", parts: ["cks.ca_nhan_hieu_luc", "cks.to_chuc_hieu_luc"] },
  { id: "bd.csdl_nq214_tien_do", label: "CSDL được giao = đã hoàn thành + đang triển khai + chưa triển khai", total: "csdl.nq214_giao", parts: ["csdl.nq214_hoan_thanh", "csdl.nq214_dang_trien_khai", "csdl.nq214_chua_trien_khai"] },
] as const satisfies readonly BreakdownDef<ElementId>[];
