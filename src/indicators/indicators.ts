import type { Level } from "../schema/level.js";
import type { ElementId } from "./elements.js";
import type { IndicatorDef, Target } from "./types.js";

/**
 * The indicators of the default catalog: ratios `numerator × 100 ÷ denominator` of data
 * elements, evaluated after the elements are aggregated (a province's rate is a ratio of sums).
 * Legal targets cite their source. The five target rates of section 3 of the outline are cited
 * as the outline gives them: "Chương trình năm 2026 của Ban Chỉ đạo Trung ương, Kế hoạch hoạt
 * động của Ban Chỉ đạo Chính phủ năm 2026" (`seeds/000_…`, mục 3.1).
 */

const ALL = ["xa", "tinh", "bo"] as const satisfies readonly Level[];
const UPPER = ["tinh", "bo"] as const satisfies readonly Level[];
const LOCAL = ["xa", "tinh"] as const satisfies readonly Level[];
const BO = ["bo"] as const satisfies readonly Level[];
const ND69 = "Nghị định 69/2024/NĐ-CP ngày 25/6/2024 (định danh và xác thực điện tử)";

const CT2026 =
  "Chương trình năm 2026 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo Chính phủ (đề cương báo cáo, mục 3.1)";
const QD766 = "Quyết định 766/QĐ-TTg ngày 23/6/2022 (Bộ chỉ số phục vụ người dân, doanh nghiệp)";
const QD06 = "Quyết định 06/QĐ-TTg ngày 06/01/2022 (Đề án 06)";

const atLeast = (value: number, source: string): Target => ({ op: ">=", value, source });
/** A target of the 2026 programme: it judges reports of 2026 only (a 2025 report is not held to it). */
const in2026 = (t: Target): Target => ({ ...t, from: "2026-01-01", to: "2026-12-31" });

/**
 * All indicators of the default catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * INDICATORS.find((i) => i.id === "tl.dvctt_toan_trinh")?.target; // { op: ">=", value: 80, source: "…" }
 * ```
 */
export const INDICATORS = [
  // ── 1.4 Nhiệm vụ ────────────────────────────────────────────────────────────────────────
  { id: "tl.nhiem_vu_hoan_thanh", label: "Tỷ lệ nhiệm vụ được giao đã hoàn thành", unit: "%", numerator: "nv.hoan_thanh", denominator: "nv.duoc_giao", factor: 100, decimals: 1, outlineItem: "1.4", levels: ALL },
  // ── 3.1 Năm chỉ tiêu cải cách TTHC ──────────────────────────────────────────────────────
  { id: "tl.dvctt_toan_trinh", label: "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC", unit: "%", numerator: "tthc.dvctt_toan_trinh", denominator: "tthc.tong", factor: 100, decimals: 1, target: in2026(atLeast(80, CT2026)), outlineItem: "3.1", legalBasis: CT2026, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.dvctt_toan_trinh_du_dieu_kien", label: "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện", unit: "%", numerator: "tthc.dvctt_toan_trinh", denominator: "tthc.du_dieu_kien_dvctt", factor: 100, decimals: 1, target: in2026(atLeast(80, CT2026)), outlineItem: "3.1", legalBasis: CT2026, lead: ["tt_phvhcc"], levels: UPPER, description: "Đề cương ghi “đạt trên 80%” đối với TTHC đủ điều kiện thuộc phạm vi quản lý của Bộ, cơ quan (gồm TTHC thực hiện tại cấp tỉnh, xã)." },
  { id: "tl.cung_cap_mot_lan", label: "Tỷ lệ TTHC liên quan đến sản xuất, kinh doanh có thông tin, giấy tờ chỉ phải cung cấp một lần", unit: "%", numerator: "tthc.sxkd_mot_lan", denominator: "tthc.sxkd", factor: 100, decimals: 1, target: in2026(atLeast(80, CT2026)), outlineItem: "3.1", legalBasis: CT2026, lead: ["tt_phvhcc"], levels: UPPER },
  { id: "tl.tthc_phi_dia_gioi", label: "Tỷ lệ TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi cấp tỉnh", unit: "%", numerator: "tthc.phi_dia_gioi", denominator: "tthc.tong", factor: 100, decimals: 1, target: in2026(atLeast(100, CT2026)), outlineItem: "3.1", legalBasis: CT2026, lead: ["tt_phvhcc"], levels: UPPER },
  { id: "tl.tthc_doanh_nghiep_truc_tuyen", label: "Tỷ lệ TTHC đủ điều kiện liên quan đến doanh nghiệp được cung cấp dịch vụ công trực tuyến", unit: "%", numerator: "tthc.doanh_nghiep_truc_tuyen", denominator: "tthc.doanh_nghiep", factor: 100, decimals: 1, target: in2026(atLeast(100, CT2026)), outlineItem: "3.1", legalBasis: CT2026, lead: ["tt_phvhcc"], levels: UPPER },
  // ── 3.1 Hồ sơ ───────────────────────────────────────────────────────────────────────────
  { id: "tl.ho_so_dung_han", label: "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", unit: "%", numerator: "hs.dung_han", denominator: "hs.da_giai_quyet", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: QD766, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.ho_so_qua_han", label: "Tỷ lệ hồ sơ giải quyết quá hạn", unit: "%", numerator: "hs.qua_han", denominator: "hs.da_giai_quyet", factor: 100, decimals: 1, outlineItem: "3.1", lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.ho_so_truc_tuyen", label: "Tỷ lệ hồ sơ tiếp nhận trực tuyến", unit: "%", numerator: "hs.tiep_nhan_truc_tuyen", denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: QD766, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.so_hoa", label: "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", unit: "%", numerator: "hs.so_hoa", denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: QD766, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.ket_qua_dien_tu", label: "Tỷ lệ hồ sơ được cấp kết quả điện tử", unit: "%", numerator: "hs.ket_qua_dien_tu", denominator: "hs.da_giai_quyet", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: QD766, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.tai_su_dung_du_lieu", label: "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", unit: "%", numerator: "hs.tai_su_dung_du_lieu", denominator: "hs.tiep_nhan", factor: 100, decimals: 2, outlineItem: "3.1", legalBasis: QD766, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.thanh_toan_truc_tuyen", label: "Tỷ lệ hồ sơ thanh toán trực tuyến trên số hồ sơ có phát sinh phí, lệ phí", unit: "%", numerator: "hs.thanh_toan_truc_tuyen", denominator: "hs.phat_sinh_thanh_toan", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: QD766, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.thong_bao_vneid", label: "Tỷ lệ hồ sơ được thông báo trạng thái xử lý trên VNeID", unit: "%", numerator: "hs.thong_bao_vneid", denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "3.1", lead: ["tt_phvhcc", "cong_an_tinh"], levels: ALL },
  { id: "tl.hai_long", label: "Mức độ hài lòng của người dân, doanh nghiệp", unit: "%", numerator: "hl.hai_long", denominator: "hl.danh_gia", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: QD766, lead: ["tt_phvhcc"], levels: ALL },
  { id: "tl.co_quan_xu_ly_tthc_tren_he_thong", label: "Tỷ lệ cơ quan, đơn vị có TTHC cập nhật xử lý hồ sơ trên Hệ thống thông tin giải quyết TTHC", unit: "%", numerator: "cq.xu_ly_tren_he_thong", denominator: "cq.co_tthc", factor: 100, decimals: 1, outlineItem: "3.1", lead: ["tt_phvhcc"], levels: LOCAL },
  { id: "tl.can_bo_tra_cuu_dan_cu", label: "Tỷ lệ cán bộ giải quyết TTHC thành thạo tra cứu thông tin công dân trên CSDL quốc gia về dân cư", unit: "%", numerator: "nl.can_bo_tra_cuu_dan_cu", denominator: "nl.can_bo_giai_quyet_tthc", factor: 100, decimals: 1, outlineItem: "3.1", lead: ["tt_phvhcc"], levels: LOCAL },
  { id: "tl.tthc_tich_hop_cong_dvcqg", label: "Tỷ lệ TTHC đã tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia", unit: "%", numerator: "tthc.tich_hop_cong_dvcqg", denominator: "tthc.tong", factor: 100, decimals: 1, outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER },
  { id: "tl.dvc_thiet_yeu", label: "Tỷ lệ dịch vụ công thiết yếu theo Đề án 06 đã triển khai", unit: "%", numerator: "dvc.thiet_yeu_trien_khai", denominator: "dvc.thiet_yeu_tong", factor: 100, decimals: 1, target: atLeast(100, QD06), outlineItem: "3.1", legalBasis: QD06, lead: ["tt_phvhcc"], levels: UPPER },
  { id: "tl.dvc_qd422", label: "Tỷ lệ dịch vụ công theo Quyết định 422/QĐ-TTg đã triển khai", unit: "%", numerator: "dvc.qd422_trien_khai", denominator: "dvc.qd422_tong", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: "Quyết định 422/QĐ-TTg ngày 04/4/2022", lead: ["tt_phvhcc"], levels: UPPER },
  { id: "tl.dvc_qd206", label: "Tỷ lệ dịch vụ công theo Quyết định 206/QĐ-TTg đã triển khai", unit: "%", numerator: "dvc.qd206_trien_khai", denominator: "dvc.qd206_tong", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: "Quyết định 206/QĐ-TTg ngày 28/02/2024", lead: ["tt_phvhcc"], levels: UPPER },
  // ── 4.1 Kinh tế - xã hội ────────────────────────────────────────────────────────────────
  { id: "tl.chi_tra_bhxh_khong_tien_mat", label: "Tỷ lệ đối tượng nhận lương hưu, trợ cấp BHXH qua tài khoản cá nhân", unit: "%", numerator: "bhxh.huong_qua_tai_khoan", denominator: "bhxh.doi_tuong_huong", factor: 100, decimals: 1, outlineItem: "4.1", lead: ["bhxh_tinh"], levels: UPPER },
  { id: "tl.co_so_kcb_ttktm", label: "Tỷ lệ cơ sở khám, chữa bệnh thực hiện thanh toán không dùng tiền mặt", unit: "%", numerator: "yte.co_so_kcb_ttktm", denominator: "yte.co_so_kcb", factor: 100, decimals: 1, outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER },
  { id: "tl.giao_dich_kcb_ttktm", label: "Tỷ lệ giao dịch thanh toán chi phí khám, chữa bệnh không dùng tiền mặt", unit: "%", numerator: "yte.giao_dich_kcb_ttktm", denominator: "yte.giao_dich_kcb", factor: 100, decimals: 2, outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER },
  { id: "tl.co_so_giao_duc_ttktm", label: "Tỷ lệ cơ sở giáo dục thu phí không dùng tiền mặt", unit: "%", numerator: "gd.co_so_ttktm", denominator: "gd.co_so_giao_duc", factor: 100, decimals: 1, outlineItem: "4.1", lead: ["so_gd_dt"], levels: ALL },
  { id: "tl.kcb_dung_can_cuoc", label: "Tỷ lệ cơ sở khám, chữa bệnh BHYT sử dụng thẻ căn cước thay thẻ BHYT", unit: "%", numerator: "yte.co_so_kcb_dung_can_cuoc", denominator: "yte.co_so_kcb_bhyt", factor: 100, decimals: 1, outlineItem: "4.1", legalBasis: QD06, lead: ["so_y_te", "bhxh_tinh"], levels: UPPER },
  // ── 5.1 Công dân số ─────────────────────────────────────────────────────────────────────
  { id: "tl.co_so_y_te_so_hoa_tthc", label: "Tỷ lệ cơ sở y tế thực hiện số hóa giấy chuyển tuyến, giấy hẹn khám lại", unit: "%", numerator: "yte.co_so_y_te_so_hoa_tthc", denominator: "yte.co_so_y_te", factor: 100, decimals: 1, outlineItem: "5.1", lead: ["so_y_te"], levels: ALL },
  { id: "tl.tau_dinh_danh", label: "Tỷ lệ tàu cá đã được định danh", unit: "%", numerator: "tau.dinh_danh", denominator: "tau.tong", factor: 100, decimals: 1, outlineItem: "5.1", lead: ["so_nn_mt"], levels: UPPER },
  { id: "tl.lltp_vneid", label: "Tỷ lệ hồ sơ cấp phiếu lý lịch tư pháp tiếp nhận qua VNeID và Cổng DVC quốc gia", unit: "%", numerator: "lltp.ho_so_vneid", denominator: "lltp.ho_so_tiep_nhan", factor: 100, decimals: 1, outlineItem: "5.1", lead: ["cong_an_tinh", "so_tu_phap"], levels: UPPER },
  // ── 6.1 Dữ liệu ─────────────────────────────────────────────────────────────────────────
  { id: "tl.csdl_dua_vao_khai_thac", label: "Tỷ lệ cơ sở dữ liệu được giao đã xây dựng, đưa vào khai thác", unit: "%", numerator: "csdl.dua_vao_khai_thac", denominator: "csdl.duoc_giao", factor: 100, decimals: 1, outlineItem: "6.1", levels: UPPER },
  { id: "tl.dat_trung_khop", label: "Tỷ lệ dữ liệu chủ sử dụng đất trùng khớp với CSDL quốc gia về dân cư", unit: "%", numerator: "dat.trung_khop", denominator: "dat.doi_soat", factor: 100, decimals: 1, outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER },
  { id: "tl.so_hoa_ho_tich", label: "Tỷ lệ dữ liệu hộ tịch đã số hóa", unit: "%", numerator: "ht.da_so_hoa", denominator: "ht.tong", factor: 100, decimals: 1, outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER },
  { id: "tl.lltp_lam_sach", label: "Tỷ lệ dữ liệu lý lịch tư pháp đã rà soát, làm sạch", unit: "%", numerator: "lltp.du_lieu_lam_sach", denominator: "lltp.du_lieu_tong", factor: 100, decimals: 1, outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER },
  { id: "tl.xac_thuc_bhxh", label: "Tỷ lệ người tham gia BHXH, BHYT xác thực khớp đúng với dữ liệu dân cư", unit: "%", numerator: "bhxh.xac_thuc_khop", denominator: "bhxh.doi_tuong_xac_thuc", factor: 100, decimals: 2, outlineItem: "6.1", lead: ["bhxh_tinh"], levels: UPPER },
  { id: "tl.benh_an_dien_tu", label: "Tỷ lệ bệnh viện đã triển khai bệnh án điện tử", unit: "%", numerator: "yte.benh_vien_benh_an_dien_tu", denominator: "yte.benh_vien", factor: 100, decimals: 1, outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER },
  // ── 6.3, 7.2, 8 ─────────────────────────────────────────────────────────────────────────
  { id: "tl.su_co_da_xu_ly", label: "Tỷ lệ sự cố an ninh, an toàn thông tin đã xử lý", unit: "%", numerator: "antt.su_co_da_xu_ly", denominator: "antt.su_co", factor: 100, decimals: 1, outlineItem: "6.3", lead: ["cong_an_tinh"], levels: ALL },
  { id: "tl.kinh_phi_bo_tri", label: "Tỷ lệ kinh phí đã bố trí trên kinh phí đề xuất", unit: "%", numerator: "kp.bo_tri", denominator: "kp.de_xuat", factor: 100, decimals: 1, outlineItem: "7.1", levels: ALL },
  { id: "tl.can_bo_tap_huan", label: "Tỷ lệ cán bộ, công chức, viên chức đã được tập huấn sử dụng hệ thống dùng chung", unit: "%", numerator: "nl.can_bo_da_tap_huan", denominator: "nl.can_bo", factor: 100, decimals: 1, outlineItem: "7.2", levels: LOCAL },
  { id: "tl.mo_hinh_diem_hoan_thanh", label: "Tỷ lệ mô hình điểm của Đề án 06 đã hoàn thành", unit: "%", numerator: "mh.mo_hinh_diem_hoan_thanh", denominator: "mh.mo_hinh_diem", factor: 100, decimals: 1, outlineItem: "8", lead: ["cong_an_tinh"], levels: ALL },
  // ── The national level ──────────────────────────────────────────────────────────────────
  { id: "tl.nhiem_vu_cham_tien_do", label: "Tỷ lệ nhiệm vụ chậm tiến độ", unit: "%", numerator: "nv.cham_tien_do", denominator: "nv.duoc_giao", factor: 100, decimals: 1, outlineItem: "1.4", levels: ALL },
  { id: "tl.dvc_thiet_yeu_vneid", label: "Tỷ lệ dịch vụ công thiết yếu đã tích hợp trên VNeID", unit: "%", numerator: "dvc.thiet_yeu_vneid", denominator: "dvc.thiet_yeu_tong", factor: 100, decimals: 1, outlineItem: "3.1", legalBasis: QD06, levels: BO },
  { id: "tl.asxh_khong_tien_mat", label: "Tỷ lệ đối tượng nhận chi trả an sinh xã hội không dùng tiền mặt", unit: "%", numerator: "asxh.doi_tuong_khong_tien_mat", denominator: "asxh.doi_tuong", factor: 100, decimals: 1, outlineItem: "4.1", lead: ["bhxh_tinh"], levels: UPPER },
  { id: "tl.hoa_don_may_tinh_tien", label: "Tỷ lệ hóa đơn điện tử khởi tạo từ máy tính tiền", unit: "%", numerator: "thue.hoa_don_may_tinh_tien", denominator: "thue.hoa_don_dien_tu", factor: 100, decimals: 1, outlineItem: "4.1", levels: BO },
  { id: "tl.nh_doi_chieu_sinh_trac", label: "Tỷ lệ hồ sơ khách hàng cá nhân đã đối chiếu sinh trắc học", unit: "%", numerator: "nh.ho_so_doi_chieu_sinh_trac", denominator: "nh.ho_so_ca_nhan", factor: 100, decimals: 1, outlineItem: "4.1", legalBasis: "Thông tư 17/2024/TT-NHNN", levels: BO },
  { id: "tl.dd_kich_hoat", label: "Tỷ lệ tài khoản định danh điện tử đã kích hoạt", unit: "%", numerator: "dd.tai_khoan_kich_hoat", denominator: "dd.tai_khoan", factor: 100, decimals: 1, outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: UPPER },
  { id: "tl.dd_muc2", label: "Tỷ lệ tài khoản định danh điện tử mức độ 2", unit: "%", numerator: "dd.tai_khoan_muc2", denominator: "dd.tai_khoan", factor: 100, decimals: 1, outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: UPPER },
  { id: "tl.csdl_trong_yeu_hoan_thanh", label: "Tỷ lệ CSDL quốc gia trọng yếu đã hoàn thành", unit: "%", numerator: "csdl.trong_yeu_hoan_thanh", denominator: "csdl.trong_yeu_tong", factor: 100, decimals: 1, outlineItem: "6.1", levels: BO },
  { id: "tl.csdl_nq214_hoan_thanh", label: "Tỷ lệ CSDL được giao theo Nghị quyết 214/NQ-CP đã hoàn thành", unit: "%", numerator: "csdl.nq214_hoan_thanh", denominator: "csdl.nq214_giao", factor: 100, decimals: 1, outlineItem: "6.1", levels: BO },
  { id: "tl.kinh_phi_giai_ngan", label: "Tỷ lệ kinh phí đã giải ngân trên kinh phí đã bố trí", unit: "%", numerator: "kp.giai_ngan", denominator: "kp.bo_tri", factor: 100, decimals: 1, outlineItem: "7.1", levels: ALL },
] as const satisfies readonly IndicatorDef<ElementId>[];

/**
 * Id of an indicator of the default catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * const id: IndicatorId = "tl.ho_so_dung_han";
 * ```
 */
export type IndicatorId = (typeof INDICATORS)[number]["id"];
