import type { Level } from "../schema/level.js";
import { NATIONAL_ELEMENTS } from "./national.js";
import type { ElementDef } from "./types.js";

/**
 * The data elements of the default catalog: every count, amount and yes/no fact the outline
 * (`seeds/000_…`, sections 1–8) asks for and every figure the seed reports state. Plain data, in
 * outline order. Ids are ASCII slugs of the Vietnamese terms, grouped by prefix:
 * `vb` văn bản, `tct` Tổ công tác, `tt` tuyên truyền, `nv` nhiệm vụ, `hs` hồ sơ, `tthc` thủ tục,
 * `tphs` thành phần hồ sơ, `hl` hài lòng, `dvc` dịch vụ công, `yte` y tế, `gd` giáo dục, `bhxh`,
 * `asxh` an sinh, `nh` ngân hàng, `thue`, `dd` định danh, `cc` căn cước, `cks` chữ ký số,
 * `dat` đất đai, `ht` hộ tịch, `lltp` lý lịch tư pháp, `csdl`, `ioc`, `antt` an ninh an toàn,
 * `kp` kinh phí, `nl` nhân lực, `cnscd` Tổ công nghệ số cộng đồng, `bdhvs` Bình dân học vụ số,
 * `mh` mô hình điểm, `cs766` Bộ chỉ số 766 (the rank; the points are scores).
 *
 * Aggregation (DESIGN §2): over units `sum` unless the figure belongs to one authority
 * (`none`: procedures in scope, services offered, the rank); over time `sum` for flows ("trong
 * kỳ", "trong tháng") and `last` for stocks and cumulative figures ("lũy kế", "đến nay").
 */

const ALL = ["xa", "tinh", "bo"] as const satisfies readonly Level[];
const UPPER = ["tinh", "bo"] as const satisfies readonly Level[];
/** Local figures: communes and provinces report them, the national report does not. */
const LOCAL = ["xa", "tinh"] as const satisfies readonly Level[];

const FLOW = { units: "sum", time: "sum" } as const;
const STOCK = { units: "sum", time: "last" } as const;
const OWN = { units: "none", time: "last" } as const;

const QD06 = "Quyết định 06/QĐ-TTg ngày 06/01/2022 (Đề án 06)";
const ND61 = "Nghị định 61/2018/NĐ-CP (cơ chế một cửa, một cửa liên thông); Quyết định 766/QĐ-TTg ngày 23/6/2022";
const NQ667 = "Nghị quyết 66.7/2025/NQ-CP ngày 15/11/2025 (cắt giảm, đơn giản hóa TTHC dựa trên dữ liệu)";
const CT24 = "Chỉ thị 24/CT-TTg; Công văn 159/TTg-KSTT của Thủ tướng Chính phủ";
const KH02 = "Kế hoạch 02-KH/BCĐTW ngày 19/6/2025; Nghị quyết 214/NQ-CP ngày 23/7/2025";

/**
 * All data elements of the default catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * ELEMENTS.find((e) => e.id === "hs.dung_han")?.partOf; // "hs.da_giai_quyet"
 * ```
 */
export const ELEMENTS = [
  // ── 1.1 Tham mưu ban hành văn bản chỉ đạo, triển khai ─────────────────────────────────────
  { id: "vb.chi_dao_ban_hanh", kind: "count", label: "Số văn bản chỉ đạo, triển khai đã ban hành", unit: "văn bản", outlineItem: "1.1", lead: ["cong_an_tinh", "ubnd_tinh"], levels: ALL, aggregation: FLOW },
  { id: "vb.nghi_quyet_chi_thi", kind: "count", label: "Số chỉ thị, nghị quyết, kế hoạch của cấp ủy được tham mưu ban hành", unit: "văn bản", outlineItem: "1.1", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW },
  // ── 1.2 Tổ công tác ─────────────────────────────────────────────────────────────────────
  { id: "tct.phien_hop", kind: "count", label: "Số phiên họp, hội nghị của Tổ công tác Đề án 06", unit: "phiên", outlineItem: "1.2", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW },
  { id: "tct.kiem_tra", kind: "count", label: "Số cuộc kiểm tra, giám sát, đôn đốc của Tổ công tác", unit: "cuộc", outlineItem: "1.2", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW },
  // ── 1.3 Tuyên truyền ────────────────────────────────────────────────────────────────────
  { id: "tt.tin_bai", kind: "count", label: "Số tin, bài tuyên truyền về Đề án 06", unit: "tin, bài", outlineItem: "1.3", levels: ALL, aggregation: FLOW },
  { id: "tt.luot_tuong_tac", kind: "count", label: "Số lượt tương tác với tin, bài tuyên truyền", unit: "lượt", outlineItem: "1.3", levels: ALL, aggregation: FLOW },
  { id: "tt.luot_phat_thanh", kind: "count", label: "Số lượt phát thanh, phát loa tuyên truyền", unit: "lượt", outlineItem: "1.3", levels: LOCAL, aggregation: FLOW },
  { id: "tt.luot_truyen_thanh_xa", kind: "count", label: "Số lượt tuyên truyền trên hệ thống truyền thanh xã, thôn", unit: "lượt", outlineItem: "1.3", levels: ["xa"], aggregation: FLOW, partOf: "tt.luot_phat_thanh" },
  { id: "tt.zalo_theo_doi", kind: "count", label: "Số lượt theo dõi trang Zalo OA", unit: "lượt", outlineItem: "1.3", levels: LOCAL, aggregation: STOCK },
  // ── 1.4 Nhiệm vụ được giao ──────────────────────────────────────────────────────────────
  { id: "nv.duoc_giao", kind: "count", label: "Tổng số nhiệm vụ được giao", unit: "nhiệm vụ", outlineItem: "1.4", levels: ALL, aggregation: STOCK },
  { id: "nv.co_thoi_han", kind: "count", label: "Số nhiệm vụ có thời hạn", unit: "nhiệm vụ", outlineItem: "1.4", levels: ALL, aggregation: STOCK, partOf: "nv.duoc_giao" },
  { id: "nv.thuong_xuyen", kind: "count", label: "Số nhiệm vụ thực hiện thường xuyên", unit: "nhiệm vụ", outlineItem: "1.4", levels: ALL, aggregation: STOCK, partOf: "nv.duoc_giao" },
  { id: "nv.hoan_thanh", kind: "count", label: "Số nhiệm vụ đã hoàn thành", unit: "nhiệm vụ", outlineItem: "1.4", levels: ALL, aggregation: STOCK, partOf: "nv.duoc_giao" },
  { id: "nv.chua_hoan_thanh", kind: "count", label: "Số nhiệm vụ chưa hoàn thành", unit: "nhiệm vụ", outlineItem: "1.4", levels: ALL, aggregation: STOCK, partOf: "nv.duoc_giao" },
  { id: "nv.cham_tien_do", kind: "count", label: "Số nhiệm vụ chậm tiến độ", unit: "nhiệm vụ", outlineItem: "1.4", levels: ALL, aggregation: STOCK, partOf: "nv.chua_hoan_thanh" },
  { id: "kh.nhiem_vu_trong_tam", kind: "count", label: "Số nhiệm vụ trọng tâm trong kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số", unit: "nhiệm vụ", outlineItem: "1.1", levels: UPPER, aggregation: OWN },
  { id: "kh.nhiem_vu_dot_pha", kind: "count", label: "Số nhiệm vụ đột phá trong kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số", unit: "nhiệm vụ", outlineItem: "1.1", levels: UPPER, aggregation: OWN },
  // ── 2.1 Hoàn thiện thể chế ──────────────────────────────────────────────────────────────
  { id: "vb.qppl_ban_hanh", kind: "count", label: "Số văn bản quy phạm pháp luật đã trình, ban hành", unit: "văn bản", outlineItem: "2.1", levels: ALL, aggregation: FLOW },
  { id: "vb.qppl_ra_soat", kind: "count", label: "Số văn bản quy phạm pháp luật đã rà soát", unit: "văn bản", outlineItem: "2.1", levels: ALL, aggregation: FLOW },
  { id: "vb.qppl_can_sua_doi", kind: "count", label: "Số văn bản quy phạm pháp luật cần sửa đổi, bổ sung qua rà soát", unit: "văn bản", outlineItem: "2.1", levels: ALL, aggregation: FLOW, partOf: "vb.qppl_ra_soat" },
  { id: "vb.huong_dan_nghiep_vu", kind: "count", label: "Số văn bản hướng dẫn quy trình nghiệp vụ đã ban hành", unit: "văn bản", outlineItem: "2.1", levels: UPPER, aggregation: FLOW },
  // ── 3.1 Cải cách TTHC: hồ sơ ────────────────────────────────────────────────────────────
  { id: "hs.tiep_nhan", kind: "count", label: "Số hồ sơ tiếp nhận trong kỳ", unit: "hồ sơ", outlineItem: "3.1", legalBasis: ND61, lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW },
  { id: "hs.tiep_nhan_truc_tuyen", kind: "count", label: "Số hồ sơ tiếp nhận trực tuyến trong kỳ", unit: "hồ sơ", outlineItem: "3.1", legalBasis: ND61, lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.tiep_nhan" },
  { id: "hs.da_giai_quyet", kind: "count", label: "Số hồ sơ đã giải quyết trong kỳ", unit: "hồ sơ", outlineItem: "3.1", legalBasis: ND61, lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.tiep_nhan" },
  { id: "hs.dung_han", kind: "count", label: "Số hồ sơ giải quyết đúng và trước hạn", unit: "hồ sơ", outlineItem: "3.1", legalBasis: ND61, lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.da_giai_quyet" },
  { id: "hs.qua_han", kind: "count", label: "Số hồ sơ giải quyết quá hạn", unit: "hồ sơ", outlineItem: "3.1", legalBasis: ND61, lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.da_giai_quyet" },
  { id: "hs.dang_giai_quyet", kind: "count", label: "Số hồ sơ đang giải quyết tại thời điểm chốt số liệu", unit: "hồ sơ", outlineItem: "3.1", legalBasis: ND61, lead: ["tt_phvhcc"], levels: ALL, aggregation: STOCK },
  { id: "hs.dang_giai_quyet_qua_han", kind: "count", label: "Số hồ sơ đang giải quyết đã quá hạn", unit: "hồ sơ", outlineItem: "3.1", legalBasis: ND61, lead: ["tt_phvhcc"], levels: ALL, aggregation: STOCK, partOf: "hs.dang_giai_quyet" },
  { id: "hs.so_hoa", kind: "count", label: "Số hồ sơ được số hóa khi tiếp nhận", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Nghị định 45/2020/NĐ-CP; Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.tiep_nhan" },
  { id: "hs.ket_qua_dien_tu", kind: "count", label: "Số hồ sơ được cấp kết quả điện tử", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Nghị định 45/2020/NĐ-CP; Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.da_giai_quyet" },
  { id: "hs.tai_su_dung_du_lieu", kind: "count", label: "Số hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu số hóa", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.tiep_nhan" },
  { id: "hs.phat_sinh_thanh_toan", kind: "count", label: "Số hồ sơ có phát sinh phí, lệ phí", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.tiep_nhan" },
  { id: "hs.thanh_toan_truc_tuyen", kind: "count", label: "Số hồ sơ thanh toán trực tuyến phí, lệ phí", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hs.phat_sinh_thanh_toan" },
  { id: "hs.so_tien_thanh_toan_truc_tuyen", kind: "amount", label: "Số tiền thanh toán trực tuyến trong thực hiện dịch vụ công", unit: "đồng", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW },
  { id: "hs.thong_bao_vneid", kind: "count", label: "Số hồ sơ được thông báo trạng thái xử lý trên VNeID", unit: "hồ sơ", outlineItem: "3.1", lead: ["tt_phvhcc", "cong_an_tinh"], levels: ALL, aggregation: FLOW, partOf: "hs.tiep_nhan" },
  { id: "hs.dong_bo_ket_qua_vneid", kind: "count", label: "Số kết quả giải quyết TTHC được đồng bộ lên VNeID", unit: "hồ sơ", outlineItem: "3.1", lead: ["tt_phvhcc", "cong_an_tinh"], levels: ALL, aggregation: FLOW, partOf: "hs.da_giai_quyet" },
  { id: "hs.thoi_gian_xu_ly", kind: "count", label: "Tổng thời gian xử lý hồ sơ của cán bộ", unit: "giờ", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, description: "So sánh với cùng kỳ để báo cáo thời gian được cắt giảm." },
  // ── 3.1 Cải cách TTHC: thủ tục, dịch vụ ─────────────────────────────────────────────────
  { id: "tthc.tong", kind: "count", label: "Tổng số thủ tục hành chính thuộc phạm vi", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: ALL, aggregation: OWN },
  { id: "tthc.dvctt_toan_trinh", kind: "count", label: "Số TTHC cung cấp dịch vụ công trực tuyến toàn trình", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: ALL, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.du_dieu_kien_dvctt", kind: "count", label: "Số TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.phi_dia_gioi", kind: "count", label: "Số TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi cấp tỉnh", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.doanh_nghiep", kind: "count", label: "Số TTHC đủ điều kiện liên quan đến doanh nghiệp", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.doanh_nghiep_truc_tuyen", kind: "count", label: "Số TTHC liên quan đến doanh nghiệp được cung cấp dịch vụ công trực tuyến", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.doanh_nghiep" },
  { id: "tthc.sxkd", kind: "count", label: "Số TTHC liên quan đến sản xuất, kinh doanh", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.sxkd_mot_lan", kind: "count", label: "Số TTHC liên quan đến sản xuất, kinh doanh có thông tin, giấy tờ chỉ phải cung cấp một lần", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.sxkd" },
  { id: "tthc.tich_hop_cong_dvcqg", kind: "count", label: "Số TTHC đã tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.tai_cau_truc", kind: "count", label: "Số TTHC có quy trình nghiệp vụ được tái cấu trúc", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.cat_giam_thoi_gian", kind: "count", label: "Số TTHC được cắt giảm thời gian xử lý", unit: "thủ tục", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "tthc.tong" },
  { id: "tthc.cat_giam", kind: "count", label: "Số TTHC được cắt giảm, đơn giản hóa thành phần hồ sơ", unit: "thủ tục", outlineItem: "3.1", legalBasis: CT24, lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "tphs.cat_giam", kind: "count", label: "Số thành phần hồ sơ được cắt giảm", unit: "thành phần", outlineItem: "3.1", legalBasis: CT24, lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "giay_to.tich_hop_vneid", kind: "count", label: "Số loại thông tin, giấy tờ đã tích hợp trên VNeID", unit: "loại giấy tờ", outlineItem: "3.1", legalBasis: CT24, lead: ["cong_an_tinh"], levels: UPPER, aggregation: OWN },
  { id: "giay_to.dong_bo_vneid", kind: "count", label: "Số giấy tờ đã đồng bộ để tích hợp trên VNeID", unit: "giấy tờ", outlineItem: "3.1", legalBasis: CT24, lead: ["cong_an_tinh"], levels: ALL, aggregation: STOCK },
  { id: "csdl.nq667_khai_thac", kind: "count", label: "Số cơ sở dữ liệu công bố theo Nghị quyết 66.7 đã kết nối, khai thác", unit: "CSDL", outlineItem: "3.1", legalBasis: NQ667, lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "tthc.nq667_cat_giam", kind: "count", label: "Số TTHC được cắt giảm thành phần hồ sơ dựa trên dữ liệu theo Nghị quyết 66.7", unit: "thủ tục", outlineItem: "3.1", legalBasis: NQ667, lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "tphs.nq667_cat_giam", kind: "count", label: "Số thành phần hồ sơ được thay thế bằng dữ liệu theo Nghị quyết 66.7", unit: "thành phần", outlineItem: "3.1", legalBasis: NQ667, lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "tthc.qd_cong_bo", kind: "count", label: "Số quyết định công bố danh mục TTHC đã ban hành", unit: "quyết định", outlineItem: "3.1", lead: ["tt_phvhcc", "vp_ubnd_tinh"], levels: UPPER, aggregation: FLOW },
  { id: "tthc.quy_trinh_noi_bo", kind: "count", label: "Số quy trình nội bộ được điều chỉnh, cấu hình trên Hệ thống thông tin giải quyết TTHC", unit: "quy trình", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "mc.tai_khoan_can_bo", kind: "count", label: "Số tài khoản truy cập hệ thống đã cấp cho cán bộ bộ phận một cửa", unit: "tài khoản", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: ALL, aggregation: STOCK },
  { id: "cq.co_tthc", kind: "count", label: "Số cơ quan, đơn vị có TTHC", unit: "cơ quan", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: LOCAL, aggregation: STOCK },
  { id: "cq.xu_ly_tren_he_thong", kind: "count", label: "Số cơ quan, đơn vị cập nhật xử lý hồ sơ trên Hệ thống thông tin giải quyết TTHC", unit: "cơ quan", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: LOCAL, aggregation: STOCK, partOf: "cq.co_tthc" },
  { id: "nl.can_bo_giai_quyet_tthc", kind: "count", label: "Số cán bộ tiếp nhận, giải quyết TTHC", unit: "người", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: LOCAL, aggregation: STOCK },
  { id: "nl.can_bo_tra_cuu_dan_cu", kind: "count", label: "Số cán bộ giải quyết TTHC thành thạo tra cứu thông tin công dân trên CSDL quốc gia về dân cư", unit: "người", outlineItem: "3.1", lead: ["tt_phvhcc"], levels: LOCAL, aggregation: STOCK, partOf: "nl.can_bo_giai_quyet_tthc" },
  { id: "hl.danh_gia", kind: "count", label: "Số lượt đánh giá mức độ hài lòng", unit: "lượt", outlineItem: "3.1", legalBasis: "Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW },
  { id: "hl.hai_long", kind: "count", label: "Số lượt đánh giá hài lòng", unit: "lượt", outlineItem: "3.1", legalBasis: "Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["tt_phvhcc"], levels: ALL, aggregation: FLOW, partOf: "hl.danh_gia" },
  { id: "dvc.thiet_yeu_tong", kind: "count", label: "Số dịch vụ công thiết yếu theo Đề án 06", unit: "dịch vụ", outlineItem: "3.1", legalBasis: QD06, lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "dvc.thiet_yeu_trien_khai", kind: "count", label: "Số dịch vụ công thiết yếu theo Đề án 06 đã triển khai", unit: "dịch vụ", outlineItem: "3.1", legalBasis: QD06, lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "dvc.thiet_yeu_tong" },
  { id: "dvc.qd422_tong", kind: "count", label: "Số dịch vụ công theo Quyết định 422/QĐ-TTg", unit: "dịch vụ", outlineItem: "3.1", legalBasis: "Quyết định 422/QĐ-TTg ngày 04/4/2022", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "dvc.qd422_trien_khai", kind: "count", label: "Số dịch vụ công theo Quyết định 422/QĐ-TTg đã triển khai", unit: "dịch vụ", outlineItem: "3.1", legalBasis: "Quyết định 422/QĐ-TTg ngày 04/4/2022", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "dvc.qd422_tong" },
  { id: "dvc.qd206_tong", kind: "count", label: "Số dịch vụ công theo Quyết định 206/QĐ-TTg", unit: "dịch vụ", outlineItem: "3.1", legalBasis: "Quyết định 206/QĐ-TTg ngày 28/02/2024", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN },
  { id: "dvc.qd206_trien_khai", kind: "count", label: "Số dịch vụ công theo Quyết định 206/QĐ-TTg đã triển khai", unit: "dịch vụ", outlineItem: "3.1", legalBasis: "Quyết định 206/QĐ-TTg ngày 28/02/2024", lead: ["tt_phvhcc"], levels: UPPER, aggregation: OWN, partOf: "dvc.qd206_tong" },
  { id: "cs766.xep_hang", kind: "count", label: "Thứ hạng theo Bộ chỉ số phục vụ người dân, doanh nghiệp", unit: "hạng", outlineItem: "3.1", legalBasis: "Quyết định 766/QĐ-TTg ngày 23/6/2022", lead: ["vp_ubnd_tinh", "tt_phvhcc"], levels: ALL, aggregation: OWN },
  // ── 4.1 Thanh toán không dùng tiền mặt, ứng dụng dữ liệu dân cư phục vụ kinh tế - xã hội ──
  { id: "bhxh.doi_tuong_huong", kind: "count", label: "Số đối tượng hưởng lương hưu, trợ cấp BHXH hằng tháng", unit: "người", outlineItem: "4.1", lead: ["bhxh_tinh"], levels: UPPER, aggregation: STOCK },
  { id: "bhxh.huong_qua_tai_khoan", kind: "count", label: "Số đối tượng nhận lương hưu, trợ cấp BHXH qua tài khoản cá nhân", unit: "người", outlineItem: "4.1", lead: ["bhxh_tinh"], levels: UPPER, aggregation: STOCK, partOf: "bhxh.doi_tuong_huong" },
  { id: "asxh.so_tien_khong_tien_mat", kind: "amount", label: "Số tiền chi trả an sinh xã hội không dùng tiền mặt (lũy kế)", unit: "đồng", outlineItem: "4.1", lead: ["bhxh_tinh"], levels: ALL, aggregation: STOCK },
  { id: "yte.co_so_kcb", kind: "count", label: "Số cơ sở khám, chữa bệnh", unit: "cơ sở", outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.co_so_kcb_ttktm", kind: "count", label: "Số cơ sở khám, chữa bệnh thực hiện thanh toán không dùng tiền mặt", unit: "cơ sở", outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK, partOf: "yte.co_so_kcb" },
  { id: "yte.giao_dich_kcb", kind: "count", label: "Số giao dịch thanh toán chi phí khám, chữa bệnh", unit: "giao dịch", outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER, aggregation: FLOW },
  { id: "yte.giao_dich_kcb_ttktm", kind: "count", label: "Số giao dịch thanh toán chi phí khám, chữa bệnh không dùng tiền mặt", unit: "giao dịch", outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER, aggregation: FLOW, partOf: "yte.giao_dich_kcb" },
  { id: "gd.co_so_giao_duc", kind: "count", label: "Số cơ sở giáo dục", unit: "cơ sở", outlineItem: "4.1", lead: ["so_gd_dt"], levels: ALL, aggregation: STOCK },
  { id: "gd.co_so_ttktm", kind: "count", label: "Số cơ sở giáo dục thu phí không dùng tiền mặt", unit: "cơ sở", outlineItem: "4.1", lead: ["so_gd_dt"], levels: ALL, aggregation: STOCK, partOf: "gd.co_so_giao_duc" },
  { id: "kts.mo_hinh", kind: "count", label: "Số mô hình kinh tế số đã triển khai", unit: "mô hình", outlineItem: "4.1", levels: ALL, aggregation: STOCK },
  { id: "ud.mo_hinh_du_lieu_dan_cu", kind: "count", label: "Số mô hình, nền tảng, ứng dụng sử dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ phát triển kinh tế - xã hội", unit: "mô hình", outlineItem: "4.1", levels: ALL, aggregation: STOCK },
  { id: "ud.gia_tri_tang_them", kind: "amount", label: "Số tiền đóng góp tăng thêm của kinh tế số từ các mô hình, ứng dụng", unit: "đồng", outlineItem: "4.1", levels: ALL, aggregation: FLOW },
  { id: "yte.co_so_kcb_bhyt", kind: "count", label: "Số cơ sở khám, chữa bệnh bảo hiểm y tế", unit: "cơ sở", outlineItem: "4.1", lead: ["so_y_te", "bhxh_tinh"], levels: UPPER, aggregation: STOCK },
  { id: "yte.co_so_kcb_dung_can_cuoc", kind: "count", label: "Số cơ sở khám, chữa bệnh BHYT sử dụng thẻ căn cước thay thẻ BHYT", unit: "cơ sở", outlineItem: "4.1", legalBasis: QD06, lead: ["so_y_te", "bhxh_tinh"], levels: UPPER, aggregation: STOCK, partOf: "yte.co_so_kcb_bhyt" },
  { id: "yte.luot_tra_cuu_can_cuoc", kind: "count", label: "Số lượt tra cứu bằng căn cước phục vụ khám, chữa bệnh BHYT (lũy kế)", unit: "lượt", outlineItem: "4.1", legalBasis: QD06, lead: ["so_y_te", "bhxh_tinh"], levels: UPPER, aggregation: STOCK },
  { id: "yte.kiosk_sinh_trac", kind: "count", label: "Số kiosk tra cứu, tiếp đón tích hợp sinh trắc học tại cơ sở KCB", unit: "kiosk", outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.kiosk_co_the_nang_cap", kind: "count", label: "Số kiosk tra cứu có khả năng nâng cấp thành kiosk sinh trắc học", unit: "kiosk", outlineItem: "4.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "nh.khach_hang_vay", kind: "count", label: "Số khách hàng vay được đánh giá khả tín bằng dữ liệu dân cư", unit: "khách hàng", outlineItem: "4.1", levels: UPPER, aggregation: STOCK },
  { id: "nh.du_no", kind: "amount", label: "Dư nợ cho vay dựa trên đánh giá khả tín bằng dữ liệu dân cư", unit: "đồng", outlineItem: "4.1", levels: UPPER, aggregation: STOCK },
  { id: "thue.hkd_hoa_don_may_tinh_tien", kind: "count", label: "Số hộ kinh doanh, người nộp thuế dùng hóa đơn điện tử khởi tạo từ máy tính tiền", unit: "hộ", outlineItem: "4.1", levels: UPPER, aggregation: STOCK },
  // ── 5.1 Công cụ số, tiện ích số cho người dân ───────────────────────────────────────────
  { id: "yte.so_suc_khoe_dien_tu", kind: "count", label: "Số hồ sơ sức khỏe điện tử trên VNeID đã có dữ liệu KCB", unit: "hồ sơ", outlineItem: "5.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.giay_chuyen_tuyen_vneid", kind: "count", label: "Số giấy chuyển tuyến đã liên thông trên VNeID", unit: "giấy", outlineItem: "5.1", lead: ["so_y_te"], levels: UPPER, aggregation: FLOW },
  { id: "yte.giay_hen_kham_lai_vneid", kind: "count", label: "Số giấy hẹn khám lại đã liên thông trên VNeID", unit: "giấy", outlineItem: "5.1", lead: ["so_y_te"], levels: UPPER, aggregation: FLOW },
  { id: "yte.co_so_y_te", kind: "count", label: "Số cơ sở y tế", unit: "cơ sở", outlineItem: "5.1", lead: ["so_y_te"], levels: ALL, aggregation: STOCK },
  { id: "yte.co_so_y_te_so_hoa_tthc", kind: "count", label: "Số cơ sở y tế thực hiện số hóa giấy chuyển tuyến, giấy hẹn khám lại", unit: "cơ sở", outlineItem: "5.1", lead: ["so_y_te"], levels: ALL, aggregation: STOCK, partOf: "yte.co_so_y_te" },
  { id: "gd.hoc_ba_so", kind: "count", label: "Số học bạ số đã cấp", unit: "học bạ", outlineItem: "5.1", lead: ["so_gd_dt"], levels: UPPER, aggregation: STOCK },
  { id: "gd.van_bang_so", kind: "count", label: "Số văn bằng, chứng chỉ số đã tích hợp trên VNeID", unit: "văn bằng", outlineItem: "5.1", lead: ["so_gd_dt"], levels: UPPER, aggregation: STOCK },
  { id: "tau.tong", kind: "count", label: "Số tàu cá thuộc diện định danh", unit: "tàu", outlineItem: "5.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK },
  { id: "tau.dinh_danh", kind: "count", label: "Số tàu cá đã được định danh", unit: "tàu", outlineItem: "5.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK, partOf: "tau.tong" },
  { id: "cks.ca_nhan_hieu_luc", kind: "count", label: "Số chứng thư số cá nhân còn hiệu lực", unit: "chứng thư số", outlineItem: "5.1", lead: ["so_kh_cn"], levels: UPPER, aggregation: STOCK, partOf: "cks.chung_thu_hieu_luc" },
  { id: "cks.vnpt_mien_phi", kind: "count", label: "Số chữ ký số cá nhân miễn phí do VNPT cấp (VNPT SmartCA)", unit: "chữ ký số", outlineItem: "5.1", lead: ["so_kh_cn"], levels: UPPER, aggregation: STOCK, partOf: "cks.ca_nhan_hieu_luc" },
  { id: "cks.viettel_mien_phi", kind: "count", label: "Số chữ ký số cá nhân miễn phí do Viettel cấp (MySign)", unit: "chữ ký số", outlineItem: "5.1", lead: ["so_kh_cn"], levels: UPPER, aggregation: STOCK, partOf: "cks.ca_nhan_hieu_luc" },
  { id: "tb.lam_sach", kind: "count", label: "Số thuê bao di động đã được làm sạch, chuẩn hóa thông tin", unit: "thuê bao", outlineItem: "5.1", lead: ["so_kh_cn"], levels: UPPER, aggregation: STOCK },
  { id: "dd.tai_khoan", kind: "count", label: "Số tài khoản định danh điện tử đã cấp (lũy kế)", unit: "tài khoản", outlineItem: "5.1", legalBasis: "Nghị định 69/2024/NĐ-CP (định danh và xác thực điện tử)", lead: ["cong_an_tinh"], levels: ALL, aggregation: STOCK },
  { id: "dd.tai_khoan_muc2_trong_ky", kind: "count", label: "Số tài khoản định danh điện tử mức độ 2 cấp trong kỳ", unit: "tài khoản", outlineItem: "5.1", legalBasis: "Nghị định 69/2024/NĐ-CP (định danh và xác thực điện tử)", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW },
  { id: "dd.to_chuc_ho_so", kind: "count", label: "Số hồ sơ cấp tài khoản định danh điện tử cho tổ chức đã thu nhận (lũy kế)", unit: "hồ sơ", outlineItem: "5.1", legalBasis: "Nghị định 69/2024/NĐ-CP (định danh và xác thực điện tử)", lead: ["cong_an_tinh"], levels: ALL, aggregation: STOCK },
  { id: "cc.the_da_cap", kind: "count", label: "Số thẻ căn cước công dân, căn cước đã cấp (lũy kế)", unit: "thẻ", outlineItem: "5.1", legalBasis: "Luật Căn cước 2023", lead: ["cong_an_tinh"], levels: ALL, aggregation: STOCK },
  { id: "asxh.tai_khoan", kind: "count", label: "Số tài khoản an sinh xã hội đã tích hợp trên VNeID (lũy kế)", unit: "tài khoản", outlineItem: "5.1", lead: ["cong_an_tinh"], levels: ALL, aggregation: STOCK },
  { id: "lltp.ho_so_tiep_nhan", kind: "count", label: "Số hồ sơ cấp phiếu lý lịch tư pháp đã tiếp nhận", unit: "hồ sơ", outlineItem: "5.1", lead: ["cong_an_tinh", "so_tu_phap"], levels: UPPER, aggregation: FLOW },
  { id: "lltp.ho_so_vneid", kind: "count", label: "Số hồ sơ cấp phiếu lý lịch tư pháp tiếp nhận qua VNeID và Cổng DVC quốc gia", unit: "hồ sơ", outlineItem: "5.1", lead: ["cong_an_tinh", "so_tu_phap"], levels: UPPER, aggregation: FLOW, partOf: "lltp.ho_so_tiep_nhan" },
  // ── 5.2 Phổ cập kỹ năng số ──────────────────────────────────────────────────────────────
  { id: "bdhvs.hoc_lieu", kind: "count", label: "Số học liệu đã cung cấp trên nền tảng Bình dân học vụ số", unit: "học liệu", outlineItem: "5.2", levels: ALL, aggregation: STOCK },
  { id: "bdhvs.khoa_hoc", kind: "count", label: "Số khóa học đã tổ chức trên nền tảng Bình dân học vụ số", unit: "khóa học", outlineItem: "5.2", levels: ALL, aggregation: FLOW },
  { id: "bdhvs.hoc_vien", kind: "count", label: "Số lượt người học trên nền tảng Bình dân học vụ số", unit: "lượt", outlineItem: "5.2", levels: ALL, aggregation: FLOW },
  { id: "ho_tro.luot_nguoi_dan", kind: "count", label: "Số lượt người dân được hỗ trợ kỹ năng số, cài đặt và sử dụng VNeID, DVC trực tuyến", unit: "lượt", outlineItem: "5.2", levels: ALL, aggregation: FLOW },
  // ── 5.3 Cơ chế khuyến khích ─────────────────────────────────────────────────────────────
  { id: "cs.co_che_khuyen_khich", kind: "count", label: "Số cơ chế, chính sách khuyến khích công dân tham gia môi trường số đã ban hành", unit: "văn bản", outlineItem: "5.3", levels: UPPER, aggregation: FLOW },
  // ── 6.1 Dữ liệu ─────────────────────────────────────────────────────────────────────────
  { id: "csdl.duoc_giao", kind: "count", label: "Số cơ sở dữ liệu quốc gia, chuyên ngành được giao xây dựng", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: UPPER, aggregation: OWN },
  { id: "csdl.dua_vao_khai_thac", kind: "count", label: "Số cơ sở dữ liệu đã xây dựng, đưa vào khai thác", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: UPPER, aggregation: OWN, partOf: "csdl.duoc_giao" },
  { id: "csdl.dong_bo_tttdlqg", kind: "count", label: "Số cơ sở dữ liệu đã đồng bộ về Trung tâm dữ liệu quốc gia", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: UPPER, aggregation: OWN, partOf: "csdl.duoc_giao" },
  { id: "dl.giay_to_thay_the", kind: "count", label: "Số loại giấy tờ trong thành phần hồ sơ được thay thế bằng dữ liệu kết nối, chia sẻ", unit: "loại giấy tờ", outlineItem: "6.1", levels: UPPER, aggregation: OWN },
  { id: "dat.doi_soat", kind: "count", label: "Số dữ liệu chủ sử dụng đất đã đối soát với CSDL quốc gia về dân cư", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK },
  { id: "dat.trung_khop", kind: "count", label: "Số dữ liệu chủ sử dụng đất trùng khớp thông tin", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK, partOf: "dat.doi_soat" },
  { id: "dat.sai_lech", kind: "count", label: "Số dữ liệu chủ sử dụng đất sai lệch thông tin", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK, partOf: "dat.doi_soat" },
  { id: "dat.khong_co_thong_tin", kind: "count", label: "Số dữ liệu chủ sử dụng đất không có thông tin trong CSDL quốc gia về dân cư", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK, partOf: "dat.doi_soat" },
  { id: "dat.gcn_thu_thap", kind: "count", label: "Số giấy chứng nhận, căn cước đã thu thập", unit: "giấy chứng nhận", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK },
  { id: "dat.gcn_scan", kind: "count", label: "Số giấy chứng nhận đã scan", unit: "giấy chứng nhận", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK },
  { id: "dat.ban_ghi_nhap", kind: "count", label: "Số bản ghi đã nhập", unit: "bản ghi", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK },
  { id: "dat.thua_dong_bo", kind: "count", label: "Số thửa đất đã đồng bộ với CSDL quốc gia về đất đai", unit: "thửa", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK },
  { id: "ht.tong", kind: "count", label: "Tổng số dữ liệu hộ tịch cần số hóa", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER, aggregation: STOCK },
  { id: "ht.da_so_hoa", kind: "count", label: "Số dữ liệu hộ tịch đã số hóa", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER, aggregation: STOCK, partOf: "ht.tong" },
  { id: "ht.du_lieu_moi", kind: "count", label: "Số dữ liệu hộ tịch đăng ký mới đã số hóa", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER, aggregation: STOCK, partOf: "ht.da_so_hoa" },
  { id: "ht.du_lieu_cu", kind: "count", label: "Số dữ liệu hộ tịch cũ đã số hóa", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER, aggregation: STOCK, partOf: "ht.da_so_hoa" },
  { id: "lltp.du_lieu_tong", kind: "count", label: "Tổng số dữ liệu lý lịch tư pháp", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER, aggregation: STOCK },
  { id: "lltp.du_lieu_lam_sach", kind: "count", label: "Số dữ liệu lý lịch tư pháp đã rà soát, làm sạch", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER, aggregation: STOCK, partOf: "lltp.du_lieu_tong" },
  { id: "thue.mst_ca_nhan_chuan_hoa", kind: "count", label: "Số mã số thuế cá nhân đã rà soát, chuẩn hóa", unit: "mã số thuế", outlineItem: "6.1", levels: UPPER, aggregation: STOCK },
  { id: "thue.mst_to_chuc_chuan_hoa", kind: "count", label: "Số mã số thuế tổ chức, doanh nghiệp đã rà soát, chuẩn hóa", unit: "mã số thuế", outlineItem: "6.1", levels: UPPER, aggregation: STOCK },
  { id: "bhxh.doi_tuong_xac_thuc", kind: "count", label: "Số người tham gia BHXH, BHYT đã xác thực với dữ liệu dân cư", unit: "người", outlineItem: "6.1", lead: ["bhxh_tinh"], levels: UPPER, aggregation: STOCK },
  { id: "bhxh.xac_thuc_khop", kind: "count", label: "Số người tham gia BHXH, BHYT có thông tin khớp đúng với dữ liệu dân cư", unit: "người", outlineItem: "6.1", lead: ["bhxh_tinh"], levels: UPPER, aggregation: STOCK, partOf: "bhxh.doi_tuong_xac_thuc" },
  { id: "yte.co_so_giay_kham_lai_xe", kind: "count", label: "Số cơ sở KCB đã cấp giấy khám sức khỏe lái xe điện tử", unit: "cơ sở", outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.giay_kham_lai_xe", kind: "count", label: "Số giấy khám sức khỏe lái xe đã liên thông", unit: "giấy", outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.co_so_giay_chung_sinh", kind: "count", label: "Số cơ sở KCB đã cấp giấy chứng sinh điện tử", unit: "cơ sở", outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.giay_chung_sinh", kind: "count", label: "Số giấy chứng sinh đã liên thông", unit: "giấy", outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.co_so_giay_bao_tu", kind: "count", label: "Số cơ sở KCB đã cấp giấy báo tử điện tử", unit: "cơ sở", outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.giay_bao_tu", kind: "count", label: "Số giấy báo tử đã liên thông", unit: "giấy", outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.benh_vien", kind: "count", label: "Số bệnh viện", unit: "bệnh viện", outlineItem: "6.1", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK },
  { id: "yte.benh_vien_benh_an_dien_tu", kind: "count", label: "Số bệnh viện đã triển khai bệnh án điện tử", unit: "bệnh viện", outlineItem: "6.1", legalBasis: "Thông tư 46/2018/TT-BYT (hồ sơ bệnh án điện tử)", lead: ["so_y_te"], levels: UPPER, aggregation: STOCK, partOf: "yte.benh_vien" },
  // ── 6.2 Lãnh đạo, chỉ đạo, điều hành dựa trên dữ liệu ───────────────────────────────────
  { id: "ioc.phan_he", kind: "count", label: "Số phân hệ của Trung tâm điều hành thông minh (IOC) đang vận hành", unit: "phân hệ", outlineItem: "6.2", lead: ["so_kh_cn"], levels: UPPER, aggregation: OWN },
  { id: "ioc.du_lieu_dung_chung", kind: "count", label: "Số bộ dữ liệu dùng chung, chuyên ngành đã đồng bộ về IOC", unit: "bộ dữ liệu", outlineItem: "6.2", lead: ["so_kh_cn"], levels: UPPER, aggregation: OWN },
  { id: "sh.ban_ghi_so_hoa", kind: "count", label: "Số bản ghi dữ liệu đã số hóa trên địa bàn", unit: "bản ghi", outlineItem: "6.2", lead: ["so_noi_vu"], levels: UPPER, aggregation: STOCK },
  // ── 6.3 An ninh an toàn ─────────────────────────────────────────────────────────────────
  { id: "antt.su_co", kind: "count", label: "Số sự cố an ninh, an toàn thông tin phát hiện", unit: "sự cố", outlineItem: "6.3", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW },
  { id: "antt.su_co_da_xu_ly", kind: "count", label: "Số sự cố an ninh, an toàn thông tin đã xử lý", unit: "sự cố", outlineItem: "6.3", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW, partOf: "antt.su_co" },
  // ── 7.1 Kinh phí ────────────────────────────────────────────────────────────────────────
  { id: "kp.de_xuat", kind: "amount", label: "Kinh phí đề xuất triển khai Đề án 06, khoa học công nghệ, chuyển đổi số", unit: "đồng", outlineItem: "7.1", levels: ALL, aggregation: FLOW },
  { id: "kp.bo_tri", kind: "amount", label: "Kinh phí đã bố trí triển khai Đề án 06, khoa học công nghệ, chuyển đổi số", unit: "đồng", outlineItem: "7.1", levels: ALL, aggregation: FLOW },
  { id: "kp.bdhvs", kind: "amount", label: "Kinh phí bố trí cho Bình dân học vụ số, Tổ công nghệ số cộng đồng", unit: "đồng", outlineItem: "7.1", levels: ALL, aggregation: FLOW },
  // ── 7.2 Nguồn nhân lực ──────────────────────────────────────────────────────────────────
  { id: "nl.cong_chuc_cds", kind: "count", label: "Số công chức được phân công phụ trách chuyển đổi số", unit: "người", outlineItem: "7.2", levels: LOCAL, aggregation: STOCK },
  { id: "nl.lop_tap_huan", kind: "count", label: "Số lớp tập huấn, đào tạo chuyển đổi số đã tổ chức", unit: "lớp", outlineItem: "7.2", levels: ALL, aggregation: FLOW },
  { id: "nl.luot_tap_huan", kind: "count", label: "Số lượt cán bộ, công chức được tập huấn, đào tạo", unit: "lượt", outlineItem: "7.2", levels: ALL, aggregation: FLOW },
  { id: "nl.can_bo", kind: "count", label: "Tổng số cán bộ, công chức, viên chức", unit: "người", outlineItem: "7.2", levels: LOCAL, aggregation: STOCK },
  { id: "nl.can_bo_da_tap_huan", kind: "count", label: "Số cán bộ, công chức, viên chức đã được tập huấn sử dụng hệ thống dùng chung", unit: "người", outlineItem: "7.2", levels: LOCAL, aggregation: STOCK, partOf: "nl.can_bo" },
  { id: "nl.hoc_lieu", kind: "count", label: "Số học liệu đào tạo đã gửi Bộ Công an phục vụ 04 đối tượng", unit: "học liệu", outlineItem: "7.2", levels: UPPER, aggregation: FLOW },
  { id: "nl.to_ung_cuu_thanh_vien", kind: "count", label: "Số thành viên Tổ ứng cứu công nghệ và nghiệp vụ hỗ trợ giải quyết TTHC", unit: "người", outlineItem: "7.2", levels: ["xa"], aggregation: STOCK },
  { id: "ho_tro.doan_vien_nong_cot", kind: "count", label: "Số đoàn viên nòng cốt của Tổ thanh niên tình nguyện hỗ trợ số cộng đồng", unit: "người", outlineItem: "7.2", levels: ["xa"], aggregation: STOCK },
  { id: "cnscd.da_thanh_lap", kind: "boolean", label: "Đã thành lập Tổ công nghệ số cộng đồng cấp xã", unit: "xã", outlineItem: "7.2", levels: ["xa"], aggregation: { units: "countTrue", time: "last" } },
  { id: "cnscd.thanh_vien", kind: "count", label: "Số thành viên Tổ công nghệ số cộng đồng", unit: "người", outlineItem: "7.2", levels: ALL, aggregation: STOCK },
  { id: "cnscd.to_thon", kind: "count", label: "Số Tổ công nghệ số cộng đồng tại thôn, tổ dân phố", unit: "tổ", outlineItem: "7.2", levels: LOCAL, aggregation: STOCK },
  // ── 8 Mô hình điểm ──────────────────────────────────────────────────────────────────────
  { id: "mh.mo_hinh_diem", kind: "count", label: "Số mô hình điểm của Đề án 06 đang triển khai", unit: "mô hình", outlineItem: "8", lead: ["cong_an_tinh"], levels: ALL, aggregation: STOCK },
  { id: "mh.mo_hinh_diem_hoan_thanh", kind: "count", label: "Số mô hình điểm của Đề án 06 đã hoàn thành", unit: "mô hình", outlineItem: "8", lead: ["cong_an_tinh"], levels: ALL, aggregation: STOCK, partOf: "mh.mo_hinh_diem" },
  // ── The national level (national.ts): VNeID, identification, cards, databases, banks… ────
  ...NATIONAL_ELEMENTS,
] as const satisfies readonly ElementDef[];

/**
 * Id of a data element of the default catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * const id: ElementId = "hs.tiep_nhan";
 * ```
 */
export type ElementId = (typeof ELEMENTS)[number]["id"];

