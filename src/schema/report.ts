import { z } from "zod";
import { LevelSchema } from "./level.js";
import { SECTION_IDS } from "./outline.js";
import { FIGURE_FACT_FIELDS } from "./figure-facts.js";
import { PeriodIdSchema } from "./period.js";

/**
 * The report document (DESIGN §1): header and metadata of a Nghị định 30/2020 report, the
 * outline's sections 1–8 with prose and assessments, the overall assessment, recommendations,
 * next-period tasks, and the figures. This zod schema is the single source of truth: the
 * TypeScript type and the JSON Schema are derived from it.
 */

/** Free text: normalised to Unicode NFC. */
const text = () => z.string().normalize("NFC");
const nonEmpty = () => text().min(1);

/**
 * A catalog id: a stable ASCII slug with at least one dot (`hs.tiep_nhan`, `tl.ho_so_dung_han`).
 * Prototype keys (`__proto__`, `constructor`) can never match.
 *
 * @category Schema
 * @example
 * ```ts
 * CatalogIdSchema.safeParse("hs.tiep_nhan").success; // true
 * CatalogIdSchema.safeParse("__proto__").success;    // false
 * ```
 */
export const CatalogIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/)
  .meta({ title: "Mã chỉ tiêu", description: "Mã ASCII ổn định trong danh mục, ví dụ hs.tiep_nhan." });

/**
 * Authority prefixes of Nghị định 30/2020, Phụ lục I, mục II.7: TM., KT., TL., TUQ.
 *
 * @category Schema
 * @example
 * ```ts
 * AUTHORITY_PREFIXES.includes("KT."); // true
 * ```
 */
export const AUTHORITY_PREFIXES = ["TM.", "KT.", "TL.", "TUQ."] as const;

/**
 * Approximation words honoured when a stated value is checked (widening its interval).
 *
 * @category Schema
 * @example
 * ```ts
 * const stated: StatedValue = { value: 1200, decimals: 0, qualifier: QUALIFIERS[0] }; // "hơn 1200"
 * ```
 */
export const QUALIFIERS = ["hơn", "trên", "gần", "dưới", "khoảng", "xấp xỉ", "gần như"] as const;

/**
 * One approximation word of {@link QUALIFIERS}: "hơn"/"trên" give a lower bound, "gần"/"dưới" an
 * upper bound, "khoảng"/"xấp xỉ"/"gần như" a tolerance.
 *
 * @category Schema
 * @example
 * ```ts
 * const q: Qualifier = "khoảng";
 * ```
 */
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Quality flags of a figure, after SDMX observation status codes.
 *
 * @category Schema
 * @example
 * ```ts
 * const flags = { "hs.tiep_nhan": FIGURE_FLAGS[0] }; // "estimated"
 * ```
 */
export const FIGURE_FLAGS = ["estimated", "provisional", "imputed"] as const;

/**
 * What the author wrote for a figure ("đạt tỷ lệ 99,7%" → `{ value: 99.7, decimals: 1 }`),
 * kept with its precision so it can be checked against what the counts give.
 *
 * @category Schema
 * @example
 * ```ts
 * StatedValueSchema.parse({ value: 99.7, decimals: 1 });
 * StatedValueSchema.parse({ value: 4000, decimals: 0, qualifier: "gần" });
 * StatedValueSchema.parse({ value: 18, decimals: 0, max: 22 }); // "18/22 điểm"
 * StatedValueSchema.parse({ value: 157_900_000_000, decimals: -8 }); // "157,9 tỷ đồng"
 * ```
 */
export const StatedValueSchema = z
  .strictObject({
    value: z.number().finite().nonnegative().meta({ description: "Giá trị như văn bản ghi (phần trăm ghi 99.7 cho 99,7%)." }),
    decimals: z
      .number()
      .int()
      .min(-15)
      .max(6)
      .meta({
        description:
          "Độ chính xác theo XBRL: số chữ số thập phân đã ghi (99,7 → 1); âm khi làm tròn đến hàng chục, nghìn… (157,9 tỷ đồng = 157900000000 với decimals -8).",
      }),
    qualifier: z.enum(QUALIFIERS).optional().meta({ description: "Từ ước lượng đi kèm: hơn, trên, gần, dưới, khoảng, xấp xỉ, gần như." }),
    tolerance: z.number().finite().nonnegative().optional().meta({ description: "Sai số cho phép khi ghi “khoảng”, cùng đơn vị với value." }),
    max: z.number().finite().positive().optional().meta({ description: "Điểm tối đa khi ghi dạng “18/22 điểm”." }),
    text: text().optional().meta({ description: "Nguyên văn trong báo cáo." }),
  })
  .meta({ title: "Số liệu như văn bản ghi" });

/**
 * A figure as the author wrote it (`z.infer<typeof StatedValueSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const s: StatedValue = { value: 99.7, decimals: 1, text: "99,7%" };
 * ```
 */
export type StatedValue = z.infer<typeof StatedValueSchema>;

/** A count or amount (safe, non-negative integer) or a yes/no fact. */
const FigureValueSchema = z.union([
  z.number().int().nonnegative().meta({ description: "Số đếm hoặc số tiền (đồng), số nguyên không âm." }),
  z.boolean().meta({ description: "Sự kiện có/không (ví dụ: đã thành lập Tổ CNSCĐ)." }),
]);

/**
 * A set of figures: counts and amounts of catalog elements (`values`), what the author wrote
 * (`stated`) and quality flags (`flags`).
 *
 * @category Schema
 * @example
 * ```ts
 * FigureSetSchema.parse({ values: { "hs.tiep_nhan": 976 }, stated: { "tl.ho_so_dung_han": { value: 99.7, decimals: 1 } } });
 * ```
 */
export const FigureSetSchema = z.strictObject({
  values: z.record(CatalogIdSchema, FigureValueSchema).default({}).meta({
    title: "Số liệu",
    description: "Số đếm/số tiền theo mã phần tử dữ liệu của danh mục.",
  }),
  stated: z.record(CatalogIdSchema, StatedValueSchema).default({}).meta({
    title: "Số liệu như văn bản ghi",
    description: "Tỷ lệ, điểm số… như tác giả ghi, theo mã chỉ tiêu.",
  }),
  flags: z.record(CatalogIdSchema, z.enum(FIGURE_FLAGS)).default({}).meta({
    title: "Tình trạng số liệu",
    description: "estimated = ước tính (ví dụ sau khi chia tách theo bảng chuyển đổi), provisional = sơ bộ, imputed = nội suy.",
  }),
  ...FIGURE_FACT_FIELDS,
});

/**
 * Counts, stated figures and flags of one period (`z.infer<typeof FigureSetSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const f: FigureSet = { values: { "hs.tiep_nhan": 976 }, stated: {}, flags: {} };
 * ```
 */
export type FigureSet = z.infer<typeof FigureSetSchema>;

/** A figure set of another period, used for comparisons. */
const ComparisonSchema = FigureSetSchema.extend({ period: PeriodIdSchema });

/**
 * A limitation ("tồn tại, hạn chế") with the agency responsible for it.
 *
 * @category Schema
 * @example
 * ```ts
 * LimitationSchema.parse({ text: "Đường truyền chưa ổn định.", responsible: "Bộ Công an" });
 * ```
 */
export const LimitationSchema = z.strictObject({
  text: nonEmpty(),
  responsible: text().optional().meta({ description: "Cơ quan chịu trách nhiệm." }),
});

/**
 * The "Nhận xét, đánh giá" of a section: limitations and next focus tasks.
 *
 * @category Schema
 * @example
 * ```ts
 * SectionAssessmentSchema.parse({ limitations: [{ text: "…" }], focusTasks: ["…"] });
 * ```
 */
export const SectionAssessmentSchema = z.strictObject({
  limitations: z.array(LimitationSchema).default([]).meta({ title: "Tồn tại, hạn chế" }),
  focusTasks: z.array(nonEmpty()).default([]).meta({ title: "Nhiệm vụ trọng tâm thời gian tới" }),
});

/**
 * A sub-item of a section ("3.1. Kết quả thực hiện", or the unit's own "1.2. Công tác chỉ đạo").
 * Paragraphs starting with "- " or "+ " are bullets.
 *
 * @category Schema
 * @example
 * ```ts
 * ItemSchema.parse({ id: "3.1", paragraphs: ["Tổng số hồ sơ tiếp nhận 976 hồ sơ."] });
 * ```
 */
export const ItemSchema = z.strictObject({
  id: z.string().regex(/^[1-8](\.\d{1,2})+$/).meta({ description: "Số thứ tự mục, ví dụ 3.1." }),
  title: text().optional(),
  paragraphs: z.array(text()).default([]),
});

/**
 * One of the outline's sections 1–8.
 *
 * @category Schema
 * @example
 * ```ts
 * SectionSchema.parse({ id: "3", paragraphs: [], items: [{ id: "3.1", paragraphs: ["…"] }] });
 * ```
 */
export const SectionSchema = z
  .strictObject({
    id: z.enum(SECTION_IDS as [string, ...string[]]).meta({ description: "Số mục theo đề cương (1–8)." }),
    title: text().optional().meta({ description: "Tiêu đề riêng; mặc định theo đề cương." }),
    paragraphs: z.array(text()).default([]),
    items: z.array(ItemSchema).default([]),
    assessment: SectionAssessmentSchema.optional(),
  })
  .meta({ title: "Mục báo cáo" });

/**
 * The signer of the report (Nghị định 30/2020, Phụ lục I, mục II.7): authority lines such as
 * "TM. ỦY BAN NHÂN DÂN" and "KT. CHỦ TỊCH", the title and the name.
 *
 * @category Schema
 * @example
 * ```ts
 * SignerSchema.parse({
 *   authority: [{ prefix: "TM.", of: "ỦY BAN NHÂN DÂN" }, { prefix: "KT.", of: "CHỦ TỊCH" }],
 *   title: "PHÓ CHỦ TỊCH",
 *   name: "Thái Văn Thành",
 * });
 * ```
 */
export const SignerSchema = z.strictObject({
  authority: z
    .array(z.strictObject({ prefix: z.enum(AUTHORITY_PREFIXES), of: nonEmpty() }))
    .default([])
    .meta({ description: "Các dòng thẩm quyền ký: TM., KT., TL., TUQ." }),
  title: nonEmpty().meta({ description: "Chức vụ người ký, ví dụ PHÓ CHỦ TỊCH." }),
  concurrently: text().optional().meta({ description: "Chức vụ kiêm nhiệm in dưới chức vụ." }),
  name: nonEmpty(),
});

/**
 * The signer of a report (`z.infer<typeof SignerSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const s: Signer = { authority: [{ prefix: "TM.", of: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", name: "Lê Hồng Vinh" };
 * ```
 */
export type Signer = z.infer<typeof SignerSchema>;

/**
 * Document metadata: issuing body, number and symbol, place and date, summary line,
 * recipients, distribution list, signer.
 *
 * @category Schema
 * @example
 * ```ts
 * DocumentMetaSchema.parse({
 *   issuer: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", symbol: "BC-UBND", place: "Nghệ An",
 *   summary: "Kết quả triển khai Đề án 06 tháng 02/2026", signer: { title: "CHỦ TỊCH", name: "Lê Hồng Vinh" },
 * }).number; // null (not numbered yet)
 * ```
 */
export const DocumentMetaSchema = z.strictObject({
  governingBody: text().optional().meta({ description: "Cơ quan chủ quản (dòng trên), ví dụ UBND TỈNH SƠN LA; UBND không có dòng này." }),
  issuer: nonEmpty().meta({ description: "Cơ quan ban hành, ví dụ ỦY BAN NHÂN DÂN TỈNH NGHỆ AN." }),
  number: z.number().int().positive().nullable().default(null).meta({ description: "Số văn bản; null khi chưa cấp số." }),
  symbol: nonEmpty().meta({ description: "Ký hiệu, ví dụ BC-UBND." }),
  place: nonEmpty().meta({ description: "Địa danh ghi ở dòng ngày tháng." }),
  date: z.iso.date().nullable().default(null).meta({ description: "Ngày ban hành (YYYY-MM-DD); null khi chưa ký." }),
  summary: nonEmpty().meta({ description: "Trích yếu nội dung báo cáo." }),
  recipients: z.array(nonEmpty()).default([]).meta({ title: "Kính gửi" }),
  distribution: z.array(nonEmpty()).default([]).meta({ title: "Nơi nhận" }),
  signer: SignerSchema,
});

/**
 * The header fields of a report (`z.infer<typeof DocumentMetaSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const place = (d: DocumentMeta) => formatPlaceDate(d.place, d.date);
 * ```
 */
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/**
 * The whole report. `type Report = z.infer<typeof ReportSchema>`.
 *
 * @category Schema
 * @example
 * ```ts
 * const result = ReportSchema.safeParse(json);
 * ```
 */
export const ReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1).meta({ description: "Phiên bản lược đồ." }),
    unit: z
      .strictObject({
        code: z.string().regex(/^(VN|\d{2}|\d{5})$/),
        name: nonEmpty(),
        level: LevelSchema,
      })
      .meta({ title: "Đơn vị báo cáo" }),
    agency: z
      .strictObject({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), name: nonEmpty() })
      .optional()
      .meta({ title: "Cơ quan báo cáo", description: "Khi một sở, ban, ngành (không phải UBND) báo cáo." }),
    period: PeriodIdSchema,
    document: DocumentMetaSchema,
    preamble: z.array(text()).default([]).meta({ title: "Phần mở đầu (căn cứ)" }),
    sections: z.array(SectionSchema).default([]).meta({ title: "Kết quả các mặt công tác (mục 1–8)" }),
    assessment: z
      .strictObject({
        strengths: z.array(text()).default([]).meta({ title: "Ưu điểm" }),
        limitations: z.array(LimitationSchema).default([]).meta({ title: "Hạn chế, khó khăn, vướng mắc" }),
        causes: z.array(text()).default([]).meta({ title: "Nguyên nhân" }),
        solutions: z.array(text()).default([]).meta({ title: "Giải pháp" }),
        lessons: z.array(text()).default([]).meta({ title: "Bài học kinh nghiệm" }),
      })
      .default({ strengths: [], limitations: [], causes: [], solutions: [], lessons: [] })
      .meta({ title: "Nhận xét, đánh giá chung" }),
    recommendations: z
      .strictObject({
        government: z.array(text()).default([]).meta({ title: "Với Chính phủ, Thủ tướng Chính phủ" }),
        ministries: z.array(text()).default([]).meta({ title: "Với Bộ, ngành, thành viên Tổ công tác" }),
        other: z.array(text()).default([]).meta({ title: "Kiến nghị khác" }),
      })
      .default({ government: [], ministries: [], other: [] })
      .meta({ title: "Kiến nghị, đề xuất" }),
    nextTasks: z.array(text()).default([]).meta({ title: "Nhiệm vụ trọng tâm kỳ tới" }),
    closing: text().optional().meta({ description: "Câu kết “Trên đây là báo cáo…”." }),
    ...FigureSetSchema.shape,
    comparisons: z
      .strictObject({
        previous: ComparisonSchema.optional().meta({ title: "Kỳ trước" }),
        samePeriodLastYear: ComparisonSchema.optional().meta({ title: "Cùng kỳ năm trước" }),
      })
      .optional(),
  })
  .meta({
    title: "Báo cáo Đề án 06",
    description:
      "Báo cáo định kỳ kết quả triển khai Đề án 06, cải cách TTHC, chuyển đổi số (thể thức theo Nghị định 30/2020/NĐ-CP).",
  });

/**
 * A parsed report (`z.infer<typeof ReportSchema>`): defaults filled in, text in NFC.
 *
 * @category Schema
 * @example
 * ```ts
 * const report: Report = parseReport(json);
 * report.sections.length; // always an array
 * ```
 */
export type Report = z.infer<typeof ReportSchema>;

/**
 * A report as it may arrive (defaults not yet filled in): what `parseReport` accepts.
 *
 * @category Schema
 * @example
 * ```ts
 * const input: ReportInput = { schemaVersion: 1, unit, period: "202605", document };
 * parseReport(input).values; // {}
 * ```
 */
export type ReportInput = z.input<typeof ReportSchema>;

/**
 * A section (1–8) of a parsed report.
 *
 * @category Schema
 * @example
 * ```ts
 * const s: Section | undefined = report.sections.find((x) => x.id === "3");
 * ```
 */
export type Section = z.infer<typeof SectionSchema>;
