import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { LevelSchema } from "./level.js";
import { BodyNodeSchema, FootnoteSchema, NodeIdSchema } from "./body.js";
import { FIGURE_FACT_FIELDS } from "./figure-facts.js";
import { REPORT_SCHEMA_VERSION } from "./version.js";
import { PeriodIdSchema } from "./period-schema.js";
import { DOCUMENT_KINDS, type DocumentKind } from "./document-kinds.js";

/**
 * The report document (DESIGN §1): header and metadata of a Nghị định 30/2020 document as the
 * author wrote them, the author's heading tree with outline tags beside it, footnotes, and the
 * figures keyed by catalog id. This zod schema is the single source of truth: the
 * TypeScript type and the JSON Schema are derived from it.
 */

/** Free text: normalised to Unicode NFC (one shared instance each, built with the first schema that uses it: see figure-facts.ts). */
let TEXT: z.ZodString | undefined;
let NON_EMPTY: z.ZodString | undefined;
const text = () => (TEXT ??= z.string().normalize("NFC"));
const nonEmpty = () => (NON_EMPTY ??= text().min(1));

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
export const CatalogIdSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/)
    .meta({ title: "Mã chỉ tiêu", description: "Mã ASCII ổn định trong danh mục, ví dụ hs.tiep_nhan." }),
);

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
export const StatedValueSchema = /* @__PURE__ */ lazySchema(() =>
  z
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
    .meta({ title: "Số liệu như văn bản ghi" }),
);

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

/** A count or amount (safe, non-negative integer) or a yes/no fact (built with FigureSetSchema). */
const figureValue = () =>
  z.union([
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
export const FigureSetSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    values: z.record(CatalogIdSchema, figureValue()).default({}).meta({
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
  }),
);

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

/** A figure set of another period, used for comparisons (one instance, built with ReportSchema). */
let COMPARISON: ReturnType<typeof comparisonSchema> | undefined;
const comparisonSchema = () => FigureSetSchema.extend({ period: PeriodIdSchema });
const comparison = () => (COMPARISON ??= comparisonSchema());

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
export const SignerSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    authority: z
      .array(z.strictObject({ prefix: z.enum(AUTHORITY_PREFIXES), of: nonEmpty() }))
      .default([])
      .meta({ description: "Các dòng thẩm quyền ký: TM., KT., TL., TUQ." }),
    title: nonEmpty().meta({ description: "Chức vụ người ký, ví dụ PHÓ CHỦ TỊCH." }),
    concurrently: text().optional().meta({ description: "Chức vụ kiêm nhiệm in dưới chức vụ." }),
    name: nonEmpty(),
  }),
);

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

export { DOCUMENT_KINDS, type DocumentKind } from "./document-kinds.js";

/**
 * The date line of a document: a full date, or the month and year only when the author left the
 * day blank for the signer ("ngày    tháng 3 năm 2026"), or the year only; `null` when none is
 * written yet.
 *
 * @category Schema
 * @example
 * ```ts
 * DocumentDateSchema.parse("2026-03"); // "ngày    tháng 3 năm 2026"
 * ```
 */
export const DocumentDateSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .union([z.iso.date(), z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)])
    .nullable()
    .meta({ description: "Ngày ban hành: YYYY-MM-DD, hoặc YYYY-MM / YYYY khi ngày (và tháng) còn để trống; null khi chưa ghi." }),
);

/**
 * Document metadata, each part optional where Nghị định 30/2020 allows it and present only when
 * the author wrote it: governing body and issuer, number and symbol, place and date, kind and
 * marking (DỰ THẢO), title (trích yếu), "Kính gửi", "Nơi nhận" and the signer. A renderer prints
 * what is here and never invents the rest.
 *
 * @category Schema
 * @example
 * ```ts
 * DocumentMetaSchema.parse({
 *   issuer: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", symbol: "BC-UBND", place: "Nghệ An", date: "2026-03",
 *   title: "Kết quả triển khai Đề án 06/CP tháng 02/2026", signer: { title: "CHỦ TỊCH", name: "Lê Hồng Vinh" },
 * }).kind; // "bao_cao"
 * ```
 */
export const DocumentMetaSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    kind: z.enum(Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]]).default("bao_cao").meta({ description: "Loại văn bản: bao_cao (BÁO CÁO), tai_lieu (TÀI LIỆU)…" }),
    marking: nonEmpty().optional().meta({ description: "Dấu chỉ mức độ như văn bản ghi, ví dụ DỰ THẢO." }),
    governingBody: nonEmpty().optional().meta({ description: "Cơ quan chủ quản (dòng trên), ví dụ UBND TỈNH SƠN LA; UBND không có dòng này." }),
    issuer: nonEmpty().optional().meta({ description: "Cơ quan ban hành, ví dụ ỦY BAN NHÂN DÂN TỈNH NGHỆ AN." }),
    number: z.number().int().positive().nullable().default(null).meta({ description: "Số văn bản; null khi chưa cấp số (in “Số:    /ký hiệu” nếu có ký hiệu)." }),
    symbol: nonEmpty().optional().meta({ description: "Ký hiệu, ví dụ BC-UBND." }),
    place: nonEmpty().optional().meta({ description: "Địa danh ghi ở dòng ngày tháng." }),
    date: DocumentDateSchema.default(null),
    title: nonEmpty().meta({ description: "Trích yếu nội dung (tên văn bản) như văn bản ghi." }),
    recipients: z.array(nonEmpty()).default([]).meta({ title: "Kính gửi" }),
    distribution: z.array(nonEmpty()).default([]).meta({ title: "Nơi nhận" }),
    signer: SignerSchema.optional(),
  }),
);

/**
 * The header fields of a report (`z.infer<typeof DocumentMetaSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const place = (d: DocumentMeta) => d.place && formatPlaceDate(d.place, d.date);
 * ```
 */
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export { REPORT_SCHEMA_VERSION } from "./version.js";

/**
 * The whole report. `type Report = z.infer<typeof ReportSchema>`.
 *
 * @category Schema
 * @example
 * ```ts
 * const result = ReportSchema.safeParse(json);
 * ```
 */
export const ReportSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      schemaVersion: z.literal(REPORT_SCHEMA_VERSION).meta({ description: "Phiên bản lược đồ." }),
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
      body: z.array(BodyNodeSchema).default([]).meta({
        title: "Nội dung văn bản",
        description: "Cây đề mục như tác giả viết: số thứ tự, tiêu đề, đoạn văn, theo đúng thứ tự; mỗi phần có thể gắn mục đề cương.",
      }),
      footnotes: z.array(FootnoteSchema).default([]).meta({ title: "Chú thích cuối trang" }),
      origin: z
        .enum(["author", "generated"])
        .default("author")
        .meta({ description: "author = văn bản do người viết; generated = bản tổng hợp do SDK dựng theo đề cương (dự thảo để cán bộ biên tập)." }),
      presentation: z
        .strictObject({
          figuresTable: z.boolean().default(false).meta({ description: "In bảng số liệu (chỉ các cột có dữ liệu)." }),
        })
        .default({ figuresTable: false })
        .meta({ title: "Cách trình bày" }),
      ...FigureSetSchema.shape,
      at: z.record(CatalogIdSchema, NodeIdSchema).default({}).meta({
        title: "Nơi ghi số liệu",
        description: "Mã phần văn bản (body[].id) nơi tác giả viết số liệu của mỗi mã chỉ tiêu.",
      }),
      comparisons: z
        .strictObject({
          previous: comparison().optional().meta({ title: "Kỳ trước" }),
          samePeriodLastYear: comparison().optional().meta({ title: "Cùng kỳ năm trước" }),
        })
        .optional(),
    })
    .meta({
      title: "Báo cáo Đề án 06",
      description:
        "Báo cáo định kỳ kết quả triển khai Đề án 06, cải cách TTHC, chuyển đổi số (thể thức theo Nghị định 30/2020/NĐ-CP).",
    }),
);

/**
 * A parsed report (`z.infer<typeof ReportSchema>`): defaults filled in, text in NFC.
 *
 * @category Schema
 * @example
 * ```ts
 * const report: Report = parseReport(json);
 * report.body.length; // always an array
 * ```
 */
export type Report = z.infer<typeof ReportSchema>;

/**
 * A report as it may arrive (defaults not yet filled in): what `parseReport` accepts.
 *
 * @category Schema
 * @example
 * ```ts
 * const input: ReportInput = { schemaVersion: 2, unit, period: "202605", document: { title: "Báo cáo tháng 5" } };
 * parseReport(input).values; // {}
 * ```
 */
export type ReportInput = z.input<typeof ReportSchema>;
