import type { AgencyCode } from "./agency.js";
import type { Level } from "./level.js";

/**
 * The report outline of `seeds/000_…` ("Đề cương báo cáo") as data: sections 1–8 of Part I with
 * their items, the lead agency of each item, and the levels at which it is expected. Renderers
 * and UIs walk it; validation uses it for completeness.
 *
 * The seed numbers the assessment of section 4 "4.8"; it is the item after 4.1, so we number it
 * 4.2 (an obvious typing slip in the outline).
 */

/**
 * One item of the outline (a numbered sub-heading such as "3.1. Kết quả thực hiện").
 *
 * @category Schema
 * @example
 * ```ts
 * const item: OutlineItem = { id: "6.3", title: "Về an ninh an toàn", lead: ["cong_an_tinh"], levels: ["xa", "tinh", "bo"] };
 * ```
 */
export interface OutlineItem {
  readonly id: string;
  readonly title: string;
  /** Agencies that lead ("chủ trì báo cáo") this item at province level. */
  readonly lead?: readonly AgencyCode[];
  /** Levels at which the item is expected in a report. */
  readonly levels: readonly Level[];
  /** The outline's own bullet points: what the item must report. */
  readonly asks?: readonly string[];
}

/**
 * One numbered section of Part I ("3. VỀ CẢI CÁCH TTHC").
 *
 * @category Schema
 * @example
 * ```ts
 * OUTLINE.find((s) => s.id === "3")?.title; // "Về cải cách thủ tục hành chính"
 * ```
 */
export interface OutlineSection {
  readonly id: string;
  readonly title: string;
  readonly lead?: readonly AgencyCode[];
  readonly levels: readonly Level[];
  readonly items: readonly OutlineItem[];
  /** Id of the section's "Nhận xét, đánh giá" item (kept in `section.assessment`), if it has one. */
  readonly assessmentItem?: string;
}

const ALL: readonly Level[] = ["xa", "tinh", "bo"];
const UPPER: readonly Level[] = ["tinh", "bo"];

/**
 * Sections 1–8 of Part I of the outline, in order.
 *
 * @category Schema
 * @example
 * ```ts
 * OUTLINE.map((s) => s.id); // ["1","2","3","4","5","6","7","8"]
 * ```
 */
export const OUTLINE = [
  {
    id: "1",
    title: "Công tác tham mưu, chỉ đạo triển khai",
    lead: ["cong_an_tinh"],
    levels: ALL,
    items: [
      { id: "1.1", title: "Tham mưu ban hành văn bản chỉ đạo, triển khai", levels: ALL, asks: ["Tham mưu với Đảng ủy ban hành các Chỉ thị, Nghị quyết triển khai Đề án 06, cải cách TTHC, chuyển đổi số", "Kết quả tham mưu, ban hành các văn bản triển khai của địa phương"] },
      { id: "1.2", title: "Hoạt động của Tổ công tác, vai trò thường trực của cơ quan Công an", lead: ["cong_an_tinh"], levels: ALL, asks: ["Kết quả hoạt động của Tổ công tác tại cấp xã, phường, khu dân cư", "Công tác đôn đốc, giám sát, phối hợp với các đơn vị có liên quan"] },
      { id: "1.3", title: "Công tác tuyên truyền", levels: ALL, asks: ["Báo cáo kết quả tuyên truyền về Đề án 06 tại địa bàn"] },
      { id: "1.4", title: "Thực hiện các nhiệm vụ được giao", levels: ALL, asks: ["Kết quả thực hiện các nhiệm vụ được giao (Nghị quyết 57, phần mềm Đề án 06)"] },
    ],
  },
  {
    id: "2",
    title: "Về hoàn thiện thể chế",
    levels: ALL,
    assessmentItem: "2.2",
    items: [
      { id: "2.1", title: "Kết quả thực hiện", levels: ALL, asks: ["Tiến độ hoàn thiện văn bản pháp luật; kết quả rà soát văn bản quy phạm pháp luật cần sửa đổi", "Kết quả ban hành văn bản hướng dẫn quy trình nghiệp vụ", "Rà soát, sửa đổi văn bản để ứng dụng CSDL quốc gia về dân cư, VNeID"] },
    ],
  },
  {
    id: "3",
    title: "Về cải cách thủ tục hành chính",
    lead: ["tt_phvhcc"],
    levels: ALL,
    assessmentItem: "3.2",
    items: [
      { id: "3.1", title: "Kết quả thực hiện", lead: ["tt_phvhcc"], levels: ALL, asks: ["Năm chỉ tiêu cải cách TTHC (dịch vụ công trực tuyến toàn trình ≥ 80%; cung cấp thông tin một lần ≥ 80%; phi địa giới hành chính 100%; TTHC doanh nghiệp trực tuyến 100%)", "Thời gian xử lý hồ sơ được cắt giảm", "Hồ sơ đúng hạn, quá hạn, đang thực hiện", "Tỷ lệ hồ sơ trực tuyến", "Mức độ hài lòng", "Giấy tờ tích hợp trên VNeID, thành phần hồ sơ cắt giảm", "Kết nối CSDL theo Nghị quyết 66.7/NQ-CP", "Thông báo trạng thái hồ sơ trên VNeID", "Quy trình được tái cấu trúc", "Tích hợp lên Cổng Dịch vụ công quốc gia", "Thanh toán điện tử (số tiền, tỷ lệ)"] },
    ],
  },
  {
    id: "4",
    title: "Về phát triển kinh tế - xã hội",
    levels: ALL,
    assessmentItem: "4.2",
    items: [
      { id: "4.1", title: "Triển khai các giải pháp thanh toán không dùng tiền mặt", lead: ["bhxh_tinh", "so_y_te", "so_gd_dt"], levels: ALL, asks: ["Chi trả an sinh xã hội không dùng tiền mặt (BHXH tỉnh)", "Thanh toán không dùng tiền mặt tại cơ sở y tế, giáo dục (Sở Y tế, Sở GD&ĐT)", "Mô hình kinh tế số", "Mô hình, nền tảng, ứng dụng dữ liệu dân cư và tác động kinh tế"] },
    ],
  },
  {
    id: "5",
    title: "Về phát triển công dân số",
    levels: ALL,
    assessmentItem: "5.4",
    items: [
      { id: "5.1", title: "Triển khai các công cụ số và tiện ích số cho người dân", lead: ["so_y_te", "so_gd_dt", "so_nn_mt", "so_kh_cn", "cong_an_tinh"], levels: ALL, asks: ["Sổ sức khỏe điện tử, giấy chuyển tuyến, giấy hẹn khám lại trên VNeID (Sở Y tế)", "Học bạ số, bằng cấp số (Sở GD&ĐT)", "Định danh tàu thuyền (Sở NN&MT)", "Chữ ký số, làm sạch thuê bao di động (Sở KH&CN)", "Tài khoản định danh điện tử, căn cước, tài khoản an sinh xã hội (Công an tỉnh)"] },
      { id: "5.2", title: "Phổ cập kỹ năng số", levels: ALL, asks: ["Học liệu và khóa học trên nền tảng Bình dân học vụ số"] },
      { id: "5.3", title: "Cơ chế khuyến khích công dân tham gia trên môi trường số", levels: UPPER, asks: ["Giảm phí, lệ phí, hỗ trợ đối tượng yếu thế"] },
    ],
  },
  {
    id: "6",
    title: "Về kết nối, chia sẻ, tạo lập dữ liệu",
    levels: ALL,
    assessmentItem: "6.4",
    items: [
      { id: "6.1", title: "Về dữ liệu", levels: ALL, asks: ["Chiến lược, khung kiến trúc, từ điển dữ liệu dùng chung", "Xây dựng CSDL quốc gia, CSDL chuyên ngành; đồng bộ về Trung tâm dữ liệu quốc gia", "Kết nối, chia sẻ dữ liệu thay thế giấy tờ trong thành phần hồ sơ"] },
      { id: "6.2", title: "Về công tác lãnh đạo, chỉ đạo, điều hành", lead: ["so_kh_cn", "so_noi_vu"], levels: UPPER, asks: ["Dữ liệu dùng chung, đồng bộ về Trung tâm IOC (Sở KH&CN)", "Số hóa dữ liệu trên địa bàn (Sở Nội vụ)"] },
      { id: "6.3", title: "Về an ninh an toàn", lead: ["cong_an_tinh"], levels: ALL, asks: ["An ninh an toàn hệ thống, dữ liệu, thiết bị đầu cuối"] },
    ],
  },
  {
    id: "7",
    title: "Về nguồn lực",
    levels: ALL,
    assessmentItem: "7.3",
    items: [
      { id: "7.1", title: "Về kinh phí", levels: ALL, asks: ["Đề xuất, bố trí kinh phí Đề án 06, khoa học công nghệ, chuyển đổi số", "Kinh phí Bình dân học vụ số, tổ công nghệ số cộng đồng"] },
      { id: "7.2", title: "Về nguồn nhân lực", levels: ALL, asks: ["Tập huấn, đào tạo chuyển đổi số; học liệu cho 04 đối tượng"] },
    ],
  },
  {
    id: "8",
    title: "Về triển khai các mô hình điểm của Đề án 06",
    lead: ["cong_an_tinh"],
    levels: ALL,
    items: [],
  },
] as const satisfies readonly OutlineSection[];

/**
 * Id of a section of the outline ("1" … "8").
 *
 * @category Schema
 * @example
 * ```ts
 * const id: SectionId = "3";
 * outlineSection(id)?.title;
 * ```
 */
export type SectionId = (typeof OUTLINE)[number]["id"];

/**
 * Id of an item of the outline ("1.1" … "7.2").
 *
 * @category Schema
 * @example
 * ```ts
 * const id: ItemId = "3.1";
 * outlineItem(id)?.title;
 * ```
 */
export type ItemId = (typeof OUTLINE)[number]["items"][number]["id"];

/** All section ids in order. @category Schema @example `SECTION_IDS[2] === "3"` */
export const SECTION_IDS = OUTLINE.map((s) => s.id) as readonly SectionId[];

/** All item ids in order. @category Schema @example `ITEM_IDS.includes("3.1")` */
export const ITEM_IDS = OUTLINE.flatMap((s) => s.items.map((i) => i.id)) as readonly ItemId[];

/**
 * Looks up a section of the outline.
 *
 * @category Schema
 * @example
 * ```ts
 * outlineSection("6")?.items.map((i) => i.id); // ["6.1", "6.2", "6.3"]
 * ```
 */
export function outlineSection(id: string): OutlineSection | undefined {
  return (OUTLINE as readonly OutlineSection[]).find((s) => s.id === id);
}

/**
 * Looks up an item of the outline by id ("3.1").
 *
 * @category Schema
 * @example
 * ```ts
 * outlineItem("4.1")?.lead; // ["bhxh_tinh", "so_y_te", "so_gd_dt"]
 * ```
 */
export function outlineItem(id: string): OutlineItem | undefined {
  for (const s of OUTLINE as readonly OutlineSection[]) {
    const item = s.items.find((i) => i.id === id);
    if (item) return item;
  }
  return undefined;
}

/**
 * Numeric order of outline ids: "3.2" before "3.10", a section ("8") before its items ("8.1").
 *
 * @category Schema
 * @example
 * ```ts
 * ["3.10", "3.2", "3"].sort(compareOutlineIds); // ["3", "3.2", "3.10"]
 * ```
 */
export function compareOutlineIds(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
