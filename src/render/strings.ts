/**
 * Every fixed Vietnamese word the renderer writes, in one table (a reviewer reads the strings
 * here, not in the layout code). The document itself is always Vietnamese: it is the text an
 * official signs.
 */
export const VI = {
  nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  numberLabel: "Số:",
  docType: "BÁO CÁO",
  recipientsLabel: "Kính gửi:",
  distributionLabel: "Nơi nhận:",
  distributionAsAbove: "Như trên",
  distributionArchive: "Lưu: VT",
  peoplesCommittee: "ỦY BAN NHÂN DÂN",
  peoplesCommitteeSentence: "Ủy ban nhân dân",
  endMark: "./.",

  partResults: "KẾT QUẢ CÁC MẶT CÔNG TÁC",
  partAssessment: "NHẬN XÉT, ĐÁNH GIÁ",
  partRecommendations: "KIẾN NGHỊ, ĐỀ XUẤT",
  partNextTasks: "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
  closingPrefix: "Trên đây là báo cáo",

  sectionAssessment: "Nhận xét, đánh giá",
  limitations: "Tồn tại, hạn chế",
  focusTasks: "Nhiệm vụ trọng tâm thời gian tới",
  responsible: "trách nhiệm",

  strengths: "Ưu điểm",
  overallLimitations: "Hạn chế, khó khăn, vướng mắc",
  causes: "Nguyên nhân",
  solutions: "Giải pháp",
  lessons: "Bài học kinh nghiệm",

  toGovernment: "Với Chính phủ, Thủ tướng Chính phủ",
  toMinistries: "Với Bộ, ngành, thành viên Tổ công tác",
  otherRecommendations: "Kiến nghị khác",

  tableHeaders: ["Chỉ tiêu", "Kỳ báo cáo", "Cùng kỳ năm trước", "Tăng/giảm", "Mục tiêu", "Đánh giá"],
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
