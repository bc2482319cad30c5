/**
 * The page geometry and type sizes of an administrative document, per Nghị định 30/2020/NĐ-CP
 * (công tác văn thư), Phụ lục I "Thể thức, kỹ thuật trình bày văn bản hành chính", Phần I.
 * Every figure below cites the clause it comes from; where the decree gives a range we pick a
 * value inside it and say which.
 *
 * Units: twips (1/20 pt, 1 440 per inch) for lengths, half-points for font sizes (docx's units).
 */

/** Millimetres → twips (1 mm = 1440 / 25.4 twips). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** Points → half-points (docx font sizes). */
export const pt = (value: number): number => value * 2;

/**
 * Phụ lục I, Phần I, mục I.1 (khổ giấy A4, 210 mm × 297 mm) and I.2 (kiểu trình bày theo chiều
 * dài; bảng, biểu làm thành phụ lục có thể trình bày theo chiều rộng).
 */
export const PAGE = {
  /** A4 in twips, as Word writes it: 11906 × 16838. */
  width: 11906,
  height: 16838,
} as const;

/**
 * Phụ lục I, Phần I, mục I.3 (định lề trang): cách mép trên và mép dưới 20–25 mm, mép trái
 * 30–35 mm, mép phải 15–20 mm. We take top 20, bottom 20, left 30, right 15 (the usual
 * template) and put the page number 10 mm from the top edge, inside the top margin (I.7).
 */
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

/** Width of the writing area of a portrait page (A4 minus the left and right margins). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Width of the writing area of a landscape page (appendices, Phụ lục I, Phần I, mục I.2). */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;

/**
 * Phụ lục I, Phần I, mục I.4 (phông chữ): Times New Roman, bộ mã Unicode theo TCVN 6909:2001,
 * màu đen.
 */
export const FONT = "Times New Roman";
export const COLOR = "000000";

/**
 * Type sizes (half-points) of each part, per Phụ lục I, Phần I, mục II (các thành phần thể thức
 * chính) and the model table "Mẫu chữ và chi tiết trình bày thể thức văn bản":
 */
export const SIZE = {
  /** II.1: Quốc hiệu, in hoa, cỡ 12–13, đứng, đậm (12 keeps it on one line in its column). */
  nationalName: pt(12),
  /** II.1: Tiêu ngữ, in thường, cỡ 13–14, đứng, đậm. */
  motto: pt(13),
  /** II.2: tên cơ quan chủ quản (12–13, đứng) and cơ quan ban hành (12–13, đứng, đậm). */
  issuer: pt(12),
  /** II.3: "Số:" in thường, cỡ 13; ký hiệu in hoa, cỡ 13. */
  number: pt(13),
  /** II.4: địa danh và thời gian, in thường, cỡ 13–14, nghiêng. */
  placeDate: pt(14),
  /** II.5: tên loại văn bản (in hoa) and trích yếu (in thường), cỡ 13–14, đứng, đậm. */
  title: pt(14),
  /** II.6: nội dung văn bản, cỡ 13–14 (one size throughout the body). */
  body: pt(14),
  /** Tables inside the body: one or two points below the body text, as tables are typed. */
  table: pt(12),
  /** Appendix tables (landscape, many columns). */
  appendixTable: pt(11),
  /** II.7: quyền hạn, chức vụ, họ tên người ký, cỡ 13–14, đậm. */
  signature: pt(14),
  /** Footnotes: 12 pt, as typed under a body of 14 pt. */
  footnote: pt(12),
  /** II.9: "Nơi nhận:" cỡ 12, nghiêng, đậm. */
  distributionLabel: pt(12),
  /** II.9: danh sách nơi nhận, cỡ 11, đứng. */
  distribution: pt(11),
  /** I.7: số trang, cỡ 13–14, đứng. */
  pageNumber: pt(13),
  /** III.1: từ "Phụ lục" và số thứ tự, cỡ 14, đứng, đậm. */
  appendixLabel: pt(14),
  /** III.1: tiêu đề phụ lục, in hoa, cỡ 13–14, đứng, đậm. */
  appendixTitle: pt(14),
} as const;

/**
 * Phụ lục I, Phần I, mục II.6 (nội dung văn bản): canh đều hai lề; chữ đầu dòng lùi vào
 * 1–1,27 cm (we take 1,27 cm, one default tab); khoảng cách giữa các đoạn văn tối thiểu 6 pt;
 * khoảng cách giữa các dòng từ dòng đơn đến 1,5 dòng (we take 1,2 lines).
 */
export const BODY = {
  firstLineIndent: mm(12.7),
  /** Space before each paragraph, in twips (6 pt). */
  paragraphSpacing: 120,
  /** Line spacing in 240ths of a line ("auto" rule): 288 = 1,2 lines. */
  lineSpacing: 288,
} as const;

/**
 * The header table (Sơ đồ bố trí các thành phần thể thức, Phụ lục I, Phần I, mục I.6): ô 2 and 3
 * (tên cơ quan, số và ký hiệu) on the left, ô 1 and 4 (Quốc hiệu và Tiêu ngữ, địa danh và
 * ngày tháng) on the right. The right column is wide enough for the Quốc hiệu on one line.
 */
export const HEADER_COLUMNS = [mm(62), TEXT_WIDTH - mm(62)] as const;

/**
 * The signing row: "Nơi nhận" (ô 9a, 9b) on the left, the signature block (ô 7a–7c) on the
 * right, each about half of the line.
 */
export const SIGNING_COLUMNS = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)] as const;

/**
 * Rules (đường kẻ ngang, nét liền): under the issuing body and under the summary line, 1/3 to
 * 1/2 of the text above (II.2, II.5); under the Tiêu ngữ, as long as the text (II.1). We aim at
 * 0,4 of the estimated length so that font substitution keeps the rule inside 1/3–1/2.
 */
export const RULE = {
  shortRatio: 0.4,
  /** Border thickness in eighths of a point (6 = ¾ pt, a thin solid line). */
  size: 6,
} as const;

/** Blank lines left for the signature and the seal (II.7: "khoảng trống để ký, đóng dấu"). */
export const SIGNATURE_SPACE_LINES = 4;
