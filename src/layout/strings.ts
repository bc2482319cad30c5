/**
 * Every fixed Vietnamese word the renderer writes, in one table (a reviewer reads the strings
 * here, not in the layout code). The document itself is always Vietnamese: it is the text an
 * official signs.
 */
import { DIMENSION_NAMES } from "../schema/dimension-names.js";

/**
 * The fixed words of the document (Vietnamese).
 *
 * @category Render
 * @example
 * ```ts
 * VI.nationalName; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * ```
 */
export const VI = {
  nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  numberLabel: "Số:",
  recipientsLabel: "Kính gửi:",
  distributionLabel: "Nơi nhận:",
  peoplesCommittee: "ỦY BAN NHÂN DÂN",
  peoplesCommitteeSentence: "Ủy ban nhân dân",
  endMark: "./.",

  blank: "……",
  footnotesLabel: "Chú thích",

  /** Column titles of a figures table; comparison columns are titled by their real base. */
  table: { label: "Chỉ tiêu", current: "Kỳ báo cáo", samePeriod: "Cùng kỳ năm", change: "Tăng/giảm so với", target: "Mục tiêu", verdict: "Đánh giá" },
  /** Scaled amounts ("157,9 tỷ đồng"). */
  amountScales: [
    { factor: 1_000_000_000, word: "tỷ đồng" },
    { factor: 1_000_000, word: "triệu đồng" },
  ],
  targetMet: "Đạt",
  targetNotMet: "Chưa đạt",
  yes: "Có",
  no: "Chưa",
  noValue: "—",
  stated: "theo báo cáo",
  flagMarks: { estimated: "*", provisional: "**", imputed: "***" },
  flagNotes: {
    estimated: "số liệu ước tính (quy đổi theo đơn vị hành chính hiện nay)",
    provisional: "số liệu sơ bộ",
    imputed: "số liệu nội suy",
  },
  percentagePoints: "điểm %",
  note: "Ghi chú",

  /** The richer facts of a figure: its date and scope, stated changes, statements, breakdowns. */
  facts: {
    asOf: "số liệu đến ngày",
    scope: "phạm vi",
    statedChange: "Báo cáo nêu",
    statementsDiffer: "Văn bản ghi khác nhau",
    section: "mục",
    up: "tăng",
    down: "giảm",
    same: "tương đương",
    percentagePoints: "điểm phần trăm",
    against: { previous: "so với kỳ trước", samePeriodLastYear: "so với cùng kỳ năm trước", period: "so với" },
  },
  /** Breakdown tables ("theo bộ, ngành", "trong đó"). */
  breakdown: {
    by: "theo",
    partial: "trong đó",
    value: "Số liệu",
    share: "Tỷ lệ trong tổng",
    total: "Tổng",
    others: "Các phần khác",
    of: "Chia",
    dimensions: DIMENSION_NAMES.vi,
  },

  /** Phrases of the generated prose (describeFigures). */
  prose: {
    reachesRate: "đạt tỷ lệ",
    reaches: "đạt",
    target: "mục tiêu",
    met: "đạt",
    notMet: "chưa đạt",
    estimated: "ước tính",
    provisional: "sơ bộ",
    imputed: "nội suy",
    yes: "có",
    no: "chưa",
  },
  /**
   * How the prose names the figures it writes often, as reports do ("Tổng số hồ sơ tiếp nhận
   * 976 hồ sơ; đã giải quyết 959 hồ sơ, trả đúng và trước hạn 956/959 hồ sơ…"). Other figures
   * are named by their catalog label.
   */
  phrases: {
    "hs.tiep_nhan": "Tổng số hồ sơ tiếp nhận",
    "hs.tiep_nhan_truc_tuyen": "tiếp nhận trực tuyến",
    "hs.da_giai_quyet": "đã giải quyết",
    "hs.dung_han": "trả đúng và trước hạn",
    "hs.qua_han": "quá hạn",
    "hs.so_hoa": "số hóa khi tiếp nhận",
    "hs.ket_qua_dien_tu": "cấp kết quả điện tử",
    "hs.phat_sinh_thanh_toan": "có phát sinh phí, lệ phí",
    "hs.thanh_toan_truc_tuyen": "thanh toán trực tuyến",
    "hs.thong_bao_vneid": "thông báo trạng thái xử lý trên VNeID",
    "hs.tai_su_dung_du_lieu": "khai thác, sử dụng lại dữ liệu số hóa",
    "tthc.tong": "Tổng số thủ tục hành chính thuộc phạm vi",
    "tthc.dvctt_toan_trinh": "cung cấp dịch vụ công trực tuyến toàn trình",
    "hl.danh_gia": "Tổng số lượt đánh giá mức độ hài lòng",
    "hl.hai_long": "hài lòng",
  } as Readonly<Record<string, string>>,

  appendix: "Phụ lục",
  appendixTitleFigures: "SỐ LIỆU CỦA CÁC ĐƠN VỊ",
  appendixAttached: "Kèm theo Báo cáo số",
  of: "của",
  appendixUnitColumn: "Đơn vị",
  appendixOrdinalColumn: "TT",
  appendixTotal: "Tổng cộng",
  appendixNotReported: "Chưa báo cáo",
  appendixCoverage: "Số đơn vị đã báo cáo",
  appendixLate: "báo cáo muộn",
  appendixSeeBody: "Chi tiết số liệu của từng đơn vị tại",
  appendixAttachedSuffix: "kèm theo",
  coverageSentence: "Số liệu tổng hợp từ báo cáo của",
  coverageUnits: "đơn vị",
} as const;
