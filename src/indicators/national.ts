import type { Level } from "../schema/level.js";
import type { ElementDef } from "./types.js";

/**
 * The national level of the catalog: what the reports of the national Working Group (Tổ công tác
 * triển khai Đề án 06 của Chính phủ, standing agency Bộ Công an – C06) and of the ministries speak
 * of, beyond what a province or a commune gives — the VNeID app, electronic identification
 * accounts by level, authentication served by the national population database, ID cards by type,
 * data matched per database, national and sector databases, digital signature certificates by
 * holder, e-invoices from cash registers, biometric checks in banking, and the counts of
 * ministries, banks and other actors. Each element names its legal basis and, in `source`, where
 * such a figure is published (the public pages the catalog was researched from; figures
 * themselves are never copied into the catalog).
 *
 * Levels: `bo` for figures only the national level holds (the app's utilities, the databases
 * of the ministries); `tinh` and `bo` where a province's police or department reports the same
 * quantity for its territory.
 */

const BO = ["bo"] as const satisfies readonly Level[];
const UPPER = ["tinh", "bo"] as const satisfies readonly Level[];
const ALL = ["xa", "tinh", "bo"] as const satisfies readonly Level[];

const FLOW = { units: "sum", time: "sum" } as const;
const STOCK = { units: "sum", time: "last" } as const;
const OWN = { units: "none", time: "last" } as const;

const QD06 = "Quyết định 06/QĐ-TTg ngày 06/01/2022 (Đề án 06)";
const ND69 = "Nghị định 69/2024/NĐ-CP ngày 25/6/2024 (định danh và xác thực điện tử)";
const LCC = "Luật Căn cước 2023; Nghị định 70/2024/NĐ-CP";
const KH02 = "Kế hoạch 02-KH/BCĐTW ngày 19/6/2025; Nghị quyết 214/NQ-CP ngày 23/7/2025";
const ND23 = "Nghị định 23/2025/NĐ-CP (chữ ký điện tử và dịch vụ tin cậy)";
const ND123 = "Nghị định 123/2020/NĐ-CP, sửa đổi bởi Nghị định 70/2025/NĐ-CP (hóa đơn, chứng từ)";
const TT17 = "Thông tư 17/2024/TT-NHNN; Quyết định 2345/QĐ-NHNN ngày 18/12/2023";

const SRC_DINH_DANH = "https://dean06.hanam.gov.vn/tailieu/dk_t5.html; https://kenh14.vn/huong-dan-dang-ky-tai-khoan-dinh-danh-dien-tu-co-the-thuc-hien-ngay-tren-dien-thoai-20220724112150259.chn";
const SRC_C06 = "https://zingnews.vn/hon-98-5-trieu-nguoi-duoc-cap-so-dinh-danh-post1232906.html (C06 – Bộ Công an: số định danh, hồ sơ căn cước, kết nối xác thực)";
const SRC_NHNN = "https://taichinhcongnghe.vn/trien-khai-ung-dung-du-lieu-dan-cu-quoc-gia-gop-phan-dam-bao-an-ninh-an-toan-va-thuc-day-chuyen-doi-so-ngan-hang (NHNN)";
const SRC_SINH_TRAC = "https://vietnamnet.vn/ngung-giao-dich-ngan-hang-bang-ho-chieu-tu-1-1-2026-2465055.html; https://kenh14.vn/tu-ngay-1-7-nhung-truong-hop-nay-muon-chuyen-khoan-tren-10-trieu-phai-ra-quay-giao-dich-ngan-hang-20240627200304567.chn";
const SRC_CKS = "http://vanluat.vn/cap-chung-thu-so-cho-to-chuc-cung-cap-dich-vu-chung-thuc-chu-ky-so-cong-cong-17790.html (phân loại chứng thư theo Nghị định 23/2025)";
const SRC_OUTLINE = "Đề cương báo cáo 6 tháng đầu năm 2026 (seeds/000), các mục 3.1, 4.1, 5.1, 6.1, 7.1";

/**
 * The national elements of the default catalog (part of {@link ELEMENTS}).
 *
 * @category Indicators
 * @example
 * ```ts
 * NATIONAL_ELEMENTS.find((e) => e.id === "dd.tai_khoan_muc2")?.partOf; // "dd.tai_khoan"
 * ```
 */
export const NATIONAL_ELEMENTS = [
  // ── 1 Chỉ đạo: bộ, ngành, địa phương ───────────────────────────────────────────────────────
  { id: "bn.bo_nganh_ke_hoach", kind: "count", label: "Số bộ, ngành đã ban hành kế hoạch triển khai Đề án 06 trong kỳ", unit: "bộ, ngành", outlineItem: "1.1", legalBasis: QD06, levels: BO, aggregation: OWN, source: SRC_OUTLINE },
  { id: "bn.dia_phuong_ke_hoach", kind: "count", label: "Số tỉnh, thành phố đã ban hành kế hoạch triển khai Đề án 06 trong kỳ", unit: "tỉnh, thành phố", outlineItem: "1.1", legalBasis: QD06, levels: BO, aggregation: OWN, source: SRC_OUTLINE },
  { id: "nv.dang_thuc_hien_trong_han", kind: "count", label: "Số nhiệm vụ đang thực hiện, còn trong hạn", unit: "nhiệm vụ", outlineItem: "1.4", levels: ALL, aggregation: STOCK, partOf: "nv.chua_hoan_thanh", source: SRC_OUTLINE },
  // ── 3.1 Dịch vụ công trên Cổng DVC quốc gia, liên thông ────────────────────────────────────
  { id: "dvc.ho_so_cong_dvcqg", kind: "count", label: "Số hồ sơ trực tuyến thực hiện qua Cổng Dịch vụ công quốc gia", unit: "hồ sơ", outlineItem: "3.1", legalBasis: QD06, levels: BO, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "dvc.thanh_toan_cong_dvcqg", kind: "count", label: "Số giao dịch thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia", unit: "giao dịch", outlineItem: "3.1", levels: BO, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "dvc.so_tien_cong_dvcqg", kind: "amount", label: "Số tiền thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia", unit: "đồng", outlineItem: "3.1", levels: BO, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "dvc.thiet_yeu_vneid", kind: "count", label: "Số dịch vụ công thiết yếu đã tích hợp, cung cấp trên VNeID", unit: "dịch vụ", outlineItem: "3.1", legalBasis: QD06, levels: BO, aggregation: OWN, partOf: "dvc.thiet_yeu_trien_khai", source: SRC_OUTLINE },
  { id: "hs.lien_thong_khai_sinh", kind: "count", label: "Số hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Nghị định 63/2024/NĐ-CP (liên thông điện tử)", levels: ALL, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "hs.lien_thong_khai_tu", kind: "count", label: "Số hồ sơ liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, mai táng phí", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Nghị định 63/2024/NĐ-CP (liên thông điện tử)", levels: ALL, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "ct.thong_bao_luu_tru", kind: "count", label: "Số lượt thông báo lưu trú trực tuyến", unit: "lượt", outlineItem: "3.1", legalBasis: "Luật Cư trú 2020", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "ct.ho_so_cu_tru_truc_tuyen", kind: "count", label: "Số hồ sơ đăng ký cư trú trực tuyến", unit: "hồ sơ", outlineItem: "3.1", legalBasis: "Luật Cư trú 2020", lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "lx.ho_so_gplx_truc_tuyen", kind: "count", label: "Số hồ sơ cấp đổi giấy phép lái xe trực tuyến", unit: "hồ sơ", outlineItem: "3.1", levels: UPPER, aggregation: FLOW, source: SRC_OUTLINE },
  // ── 4.1 Thanh toán không dùng tiền mặt, hóa đơn, ngân hàng ────────────────────────────────
  { id: "asxh.doi_tuong", kind: "count", label: "Số đối tượng hưởng chính sách an sinh xã hội", unit: "người", outlineItem: "4.1", lead: ["bhxh_tinh"], levels: UPPER, aggregation: STOCK, source: SRC_OUTLINE },
  { id: "asxh.doi_tuong_khong_tien_mat", kind: "count", label: "Số đối tượng nhận chi trả an sinh xã hội không dùng tiền mặt", unit: "người", outlineItem: "4.1", lead: ["bhxh_tinh"], levels: UPPER, aggregation: STOCK, partOf: "asxh.doi_tuong", source: SRC_OUTLINE },
  { id: "thue.hoa_don_dien_tu", kind: "count", label: "Số hóa đơn điện tử đã tiếp nhận, xử lý", unit: "hóa đơn", outlineItem: "4.1", legalBasis: ND123, levels: BO, aggregation: FLOW, source: SRC_OUTLINE },
  { id: "thue.hoa_don_may_tinh_tien", kind: "count", label: "Số hóa đơn điện tử khởi tạo từ máy tính tiền", unit: "hóa đơn", outlineItem: "4.1", legalBasis: ND123, levels: BO, aggregation: FLOW, partOf: "thue.hoa_don_dien_tu", source: SRC_OUTLINE },
  { id: "thue.dn_may_tinh_tien", kind: "count", label: "Số doanh nghiệp đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", unit: "doanh nghiệp", outlineItem: "4.1", legalBasis: ND123, levels: UPPER, aggregation: STOCK, source: SRC_OUTLINE },
  { id: "nh.to_chuc_ket_noi", kind: "count", label: "Số ngân hàng, tổ chức tín dụng đã kết nối khai thác CSDL quốc gia về dân cư", unit: "tổ chức", outlineItem: "4.1", legalBasis: TT17, levels: BO, aggregation: OWN, source: SRC_NHNN },
  { id: "nh.ho_so_ca_nhan", kind: "count", label: "Số hồ sơ khách hàng cá nhân có tài khoản thanh toán", unit: "hồ sơ", outlineItem: "4.1", legalBasis: TT17, levels: BO, aggregation: STOCK, source: SRC_SINH_TRAC },
  { id: "nh.ho_so_doi_chieu_sinh_trac", kind: "count", label: "Số hồ sơ khách hàng cá nhân đã đối chiếu sinh trắc học với căn cước, VNeID", unit: "hồ sơ", outlineItem: "4.1", legalBasis: TT17, levels: BO, aggregation: STOCK, partOf: "nh.ho_so_ca_nhan", source: SRC_SINH_TRAC },
  { id: "nh.luot_xac_thuc_chip", kind: "count", label: "Số lượt xác thực thông tin khách hàng qua chip căn cước, VNeID tại ngân hàng", unit: "lượt", outlineItem: "4.1", legalBasis: TT17, levels: BO, aggregation: FLOW, source: SRC_NHNN },
  { id: "dn.to_chuc_xac_thuc", kind: "count", label: "Số doanh nghiệp, tổ chức đã kết nối sử dụng dịch vụ xác thực điện tử", unit: "tổ chức", outlineItem: "4.1", legalBasis: ND69, levels: BO, aggregation: OWN, source: SRC_C06 },
  // ── 5.1 VNeID, định danh, căn cước, chữ ký số ─────────────────────────────────────────────
  { id: "vneid.tien_ich", kind: "count", label: "Số tiện ích đã tích hợp trên ứng dụng định danh quốc gia VNeID", unit: "tiện ích", outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: BO, aggregation: OWN, source: SRC_DINH_DANH },
  { id: "vneid.luot_truy_cap", kind: "count", label: "Số lượt truy cập ứng dụng VNeID", unit: "lượt", outlineItem: "5.1", legalBasis: ND69, levels: BO, aggregation: FLOW, source: SRC_DINH_DANH },
  { id: "vneid.luot_su_dung_tien_ich", kind: "count", label: "Số lượt sử dụng tiện ích trên ứng dụng VNeID", unit: "lượt", outlineItem: "5.1", legalBasis: ND69, levels: BO, aggregation: FLOW, source: SRC_DINH_DANH },
  { id: "dd.so_dinh_danh", kind: "count", label: "Số công dân đã được cấp số định danh cá nhân (lũy kế)", unit: "người", outlineItem: "5.1", legalBasis: LCC, levels: BO, aggregation: STOCK, source: SRC_C06 },
  { id: "dd.tai_khoan_muc1", kind: "count", label: "Số tài khoản định danh điện tử mức độ 1 đã cấp (lũy kế)", unit: "tài khoản", outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, partOf: "dd.tai_khoan", source: SRC_DINH_DANH },
  { id: "dd.tai_khoan_muc2", kind: "count", label: "Số tài khoản định danh điện tử mức độ 2 đã cấp (lũy kế)", unit: "tài khoản", outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, partOf: "dd.tai_khoan", source: SRC_DINH_DANH },
  { id: "dd.tai_khoan_kich_hoat", kind: "count", label: "Số tài khoản định danh điện tử đã kích hoạt (lũy kế)", unit: "tài khoản", outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, partOf: "dd.tai_khoan", source: SRC_DINH_DANH },
  { id: "dd.tai_khoan_muc2_kich_hoat", kind: "count", label: "Số tài khoản định danh điện tử mức độ 2 đã kích hoạt (lũy kế)", unit: "tài khoản", outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, partOf: "dd.tai_khoan_muc2", source: SRC_DINH_DANH },
  { id: "dd.tai_khoan_to_chuc", kind: "count", label: "Số tài khoản định danh điện tử của tổ chức đã cấp (lũy kế)", unit: "tài khoản", outlineItem: "5.1", legalBasis: ND69, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, source: SRC_DINH_DANH },
  { id: "xt.luot_xac_thuc", kind: "count", label: "Số lượt yêu cầu xác thực, khai thác thông tin công dân từ CSDL quốc gia về dân cư đã đáp ứng", unit: "lượt", outlineItem: "6.1", legalBasis: ND69, levels: BO, aggregation: FLOW, source: SRC_C06 },
  { id: "xt.he_thong_ket_noi", kind: "count", label: "Số hệ thống thông tin đã kết nối, khai thác CSDL quốc gia về dân cư", unit: "hệ thống", outlineItem: "6.1", legalBasis: QD06, levels: BO, aggregation: OWN, source: SRC_C06 },
  { id: "xt.bo_nganh_ket_noi", kind: "count", label: "Số bộ, ngành đã kết nối, khai thác CSDL quốc gia về dân cư", unit: "bộ, ngành", outlineItem: "6.1", legalBasis: QD06, levels: BO, aggregation: OWN, source: SRC_C06 },
  { id: "xt.dia_phuong_ket_noi", kind: "count", label: "Số tỉnh, thành phố đã kết nối, khai thác CSDL quốc gia về dân cư", unit: "tỉnh, thành phố", outlineItem: "6.1", legalBasis: QD06, levels: BO, aggregation: OWN, source: SRC_C06 },
  { id: "cc.ho_so_thu_nhan", kind: "count", label: "Số hồ sơ cấp căn cước đã thu nhận trong kỳ", unit: "hồ sơ", outlineItem: "5.1", legalBasis: LCC, lead: ["cong_an_tinh"], levels: ALL, aggregation: FLOW, source: SRC_C06 },
  { id: "cc.the_cccd_gan_chip", kind: "count", label: "Số thẻ căn cước công dân gắn chip đã cấp (lũy kế)", unit: "thẻ", outlineItem: "5.1", legalBasis: LCC, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, partOf: "cc.the_da_cap", source: SRC_C06 },
  { id: "cc.the_can_cuoc", kind: "count", label: "Số thẻ căn cước theo Luật Căn cước 2023 đã cấp (lũy kế)", unit: "thẻ", outlineItem: "5.1", legalBasis: LCC, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, partOf: "cc.the_da_cap", source: SRC_C06 },
  { id: "cc.the_duoi_14", kind: "count", label: "Số thẻ căn cước cấp cho người dưới 14 tuổi (lũy kế)", unit: "thẻ", outlineItem: "5.1", legalBasis: LCC, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, partOf: "cc.the_can_cuoc", source: SRC_C06 },
  { id: "cc.giay_chung_nhan_goc_viet", kind: "count", label: "Số giấy chứng nhận căn cước cấp cho người gốc Việt Nam chưa xác định được quốc tịch (lũy kế)", unit: "giấy", outlineItem: "5.1", legalBasis: LCC, lead: ["cong_an_tinh"], levels: UPPER, aggregation: STOCK, source: SRC_C06 },
  { id: "cks.chung_thu_hieu_luc", kind: "count", label: "Số chứng thư chữ ký số công cộng còn hiệu lực", unit: "chứng thư số", outlineItem: "5.1", legalBasis: ND23, lead: ["so_kh_cn"], levels: UPPER, aggregation: STOCK, source: SRC_CKS },
  { id: "cks.to_chuc_hieu_luc", kind: "count", label: "Số chứng thư chữ ký số công cộng của tổ chức, doanh nghiệp còn hiệu lực", unit: "chứng thư số", outlineItem: "5.1", legalBasis: ND23, lead: ["so_kh_cn"], levels: UPPER, aggregation: STOCK, partOf: "cks.chung_thu_hieu_luc", source: SRC_CKS },
  { id: "cks.chuyen_dung_cong_vu", kind: "count", label: "Số chứng thư chữ ký số chuyên dùng công vụ đã cấp", unit: "chứng thư số", outlineItem: "5.1", legalBasis: ND23, levels: UPPER, aggregation: STOCK, source: SRC_CKS },
  // ── 6.1 Làm sạch, đối soát dữ liệu theo từng CSDL ──────────────────────────────────────────
  { id: "ht.dong_bo_dan_cu", kind: "count", label: "Số dữ liệu hộ tịch đã đồng bộ, đối soát với CSDL quốc gia về dân cư", unit: "dữ liệu", outlineItem: "6.1", lead: ["so_tu_phap"], levels: UPPER, aggregation: STOCK, source: SRC_OUTLINE },
  { id: "bhxh.so_dinh_danh_lam_sach", kind: "count", label: "Số người tham gia BHXH, BHYT đã được làm sạch, bổ sung số định danh cá nhân", unit: "người", outlineItem: "6.1", lead: ["bhxh_tinh"], levels: UPPER, aggregation: STOCK, source: SRC_OUTLINE },
  { id: "lx.gplx_lam_sach", kind: "count", label: "Số giấy phép lái xe đã làm sạch, đồng bộ với CSDL quốc gia về dân cư", unit: "giấy phép", outlineItem: "6.1", levels: UPPER, aggregation: STOCK, source: SRC_OUTLINE },
  { id: "tau.dong_bo_dan_cu", kind: "count", label: "Số chủ tàu cá đã đối soát, đồng bộ với CSDL quốc gia về dân cư", unit: "chủ tàu", outlineItem: "6.1", lead: ["so_nn_mt"], levels: UPPER, aggregation: STOCK, source: SRC_OUTLINE },
  { id: "csdl.trong_yeu_tong", kind: "count", label: "Số CSDL quốc gia trọng yếu theo Kế hoạch 02-KH/BCĐTW", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: BO, aggregation: OWN, source: SRC_OUTLINE },
  { id: "csdl.trong_yeu_hoan_thanh", kind: "count", label: "Số CSDL quốc gia trọng yếu đã hoàn thành, đưa vào khai thác", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: BO, aggregation: OWN, partOf: "csdl.trong_yeu_tong", source: SRC_OUTLINE },
  { id: "csdl.nq214_giao", kind: "count", label: "Số CSDL quốc gia, chuyên ngành được giao theo Nghị quyết 214/NQ-CP", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: BO, aggregation: OWN, source: SRC_OUTLINE },
  { id: "csdl.nq214_den_han", kind: "count", label: "Số CSDL phải hoàn thành trong năm theo Nghị quyết 214/NQ-CP", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: BO, aggregation: OWN, partOf: "csdl.nq214_giao", source: SRC_OUTLINE },
  { id: "csdl.nq214_hoan_thanh", kind: "count", label: "Số CSDL theo Nghị quyết 214/NQ-CP đã hoàn thành", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: BO, aggregation: OWN, partOf: "csdl.nq214_giao", source: SRC_OUTLINE },
  { id: "csdl.nq214_dang_trien_khai", kind: "count", label: "Số CSDL theo Nghị quyết 214/NQ-CP đang triển khai", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: BO, aggregation: OWN, partOf: "csdl.nq214_giao", source: SRC_OUTLINE },
  { id: "csdl.nq214_chua_trien_khai", kind: "count", label: "Số CSDL theo Nghị quyết 214/NQ-CP chưa triển khai", unit: "CSDL", outlineItem: "6.1", legalBasis: KH02, levels: BO, aggregation: OWN, partOf: "csdl.nq214_giao", source: SRC_OUTLINE },
  // ── 7.1 Kinh phí ─────────────────────────────────────────────────────────────────────────
  { id: "kp.giai_ngan", kind: "amount", label: "Kinh phí đã giải ngân triển khai Đề án 06, khoa học công nghệ, chuyển đổi số", unit: "đồng", outlineItem: "7.1", levels: ALL, aggregation: FLOW, partOf: "kp.bo_tri", source: SRC_OUTLINE },
] as const satisfies readonly ElementDef[];
