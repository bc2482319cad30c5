import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { PeriodIdSchema } from "./period-schema.js";

/**
 * Richer facts about a report's figures, beside `values` and `stated` and additive to them: when
 * a figure holds and what it covers (an as-of date and a scope, when they differ from the
 * report's), the changes the author states ("tăng 3,5 triệu so với năm trước", "tăng 2,1 điểm
 * phần trăm"), every place the document states a figure (so that two different values of one
 * quantity are a finding, not a silent overwrite), and breakdowns of a figure by a dimension
 * inside the report (by province, ministry, procedure, document type — DHIS2's category
 * combinations).
 */

// One instance per helper, shared by every field that uses it (zod schemas are immutable; a
// field's `.min()`/`.optional()`/`.meta()` makes its own copy): a fresh chain per call cost
// ~12 ms CPU at import of the core entry (issue 17). Same contents, same JSON Schema. Each is
// built with the first schema that needs it: nothing is built at import (see lazy-schema.ts).
let TEXT: z.ZodString | undefined;
let CATALOG_ID: z.ZodString | undefined;
let DECIMALS: z.ZodNumber | undefined;
const text = () => (TEXT ??= z.string().normalize("NFC"));
const catalogId = () => (CATALOG_ID ??= z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/));
const decimals = () =>
  (DECIMALS ??= z
    .number()
    .int()
    .min(-15)
    .max(6)
    .meta({ description: "Độ chính xác theo XBRL: số chữ số thập phân đã ghi (âm khi làm tròn đến hàng nghìn, triệu…)." }));

/**
 * When a figure holds and what it covers, when that differs from the report: "tính đến ngày
 * 07/7/2025", "trên phạm vi toàn quốc", "riêng khối doanh nghiệp".
 *
 * @category Schema
 * @example
 * ```ts
 * FigureFactSchema.parse({ asOf: "2025-07-07", scope: "toàn quốc" });
 * ```
 */
export const FigureFactSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      asOf: z.iso.date().optional().meta({ description: "Ngày số liệu có giá trị, khi khác kỳ chốt số liệu của báo cáo." }),
      scope: text().min(1).optional().meta({ description: "Phạm vi của số liệu, khi khác phạm vi của báo cáo." }),
    })
    .meta({ title: "Thời điểm, phạm vi của số liệu" }),
);

/**
 * A change the author states, with its base: "tăng 3,5 triệu so với cùng kỳ" is `{ direction:
 * "up", amount: 3_500_000, decimals: -5, unit: "value", against: "samePeriodLastYear" }`; "tăng 2,1
 * điểm phần trăm" has `unit: "percentagePoints"`, "tăng 12%" `unit: "percent"`.
 *
 * @category Schema
 * @example
 * ```ts
 * StatedChangeSchema.parse({ direction: "up", amount: 2.1, decimals: 1, unit: "percentagePoints", against: "previous" });
 * ```
 */
export const StatedChangeSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      direction: z.enum(["up", "down", "same"]).meta({ description: "tăng, giảm, tương đương." }),
      amount: z.number().finite().nonnegative().meta({ description: "Mức thay đổi như văn bản ghi (không dấu)." }),
      decimals: decimals(),
      unit: z
        .enum(["value", "percent", "percentagePoints"])
        .meta({ description: "value = cùng đơn vị với số liệu; percent = % so với kỳ gốc; percentagePoints = điểm phần trăm (cho tỷ lệ)." }),
      against: z
        .union([z.enum(["previous", "samePeriodLastYear"]), z.strictObject({ period: PeriodIdSchema })])
        .meta({ description: "Kỳ gốc: kỳ trước, cùng kỳ năm trước, hoặc một kỳ cụ thể." }),
      text: text().optional().meta({ description: "Nguyên văn trong báo cáo." }),
    })
    .meta({ title: "Mức thay đổi như văn bản ghi" }),
);

/**
 * Where in the document a figure is written: a section, an item, a paragraph (indices as in the
 * report's own arrays).
 *
 * @category Schema
 * @example
 * ```ts
 * FigureLocationSchema.parse({ section: "5", item: "5.1", paragraph: 2 });
 * ```
 */
export const FigureLocationSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      section: z.string().min(1).optional(),
      item: z.string().min(1).optional(),
      paragraph: z.number().int().nonnegative().optional(),
    })
    .meta({ title: "Vị trí trong văn bản" }),
);

/**
 * One statement of a figure at one place of the document. A report that states the same
 * quantity twice keeps both statements; two different values are a finding.
 *
 * @category Schema
 * @example
 * ```ts
 * FigureStatementSchema.parse({ value: 58_000_000, decimals: -6, at: { section: "5" }, text: "58 triệu tài khoản" });
 * ```
 */
export const FigureStatementSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      value: z.number().finite().nonnegative(),
      decimals: decimals().default(0),
      at: FigureLocationSchema.optional(),
      asOf: z.iso.date().optional().meta({ description: "Ngày số liệu có giá trị, khi câu văn ghi riêng." }),
      text: text().optional(),
    })
    .meta({ title: "Một lần ghi số liệu trong văn bản" }),
);

/**
 * The dimensions a figure is broken down by inside one report.
 *
 * @category Schema
 * @example
 * ```ts
 * BREAKDOWN_DIMENSIONS.includes("ministry"); // true
 * ```
 */
export const BREAKDOWN_DIMENSIONS = ["province", "ministry", "procedure", "documentType", "database", "agency", "other"] as const;

/**
 * A breakdown of one element by a dimension inside one report ("trong đó: Bộ Công an 1.234, Bộ Tư
 * pháp 567…"): its parts, each with a key (a unit code, an agency code, a slug) and a label.
 * `complete` says whether the parts are the whole (they must add up to the element's value) or
 * only some of it (they must not exceed it).
 *
 * @category Schema
 * @example
 * ```ts
 * FigureBreakdownSchema.parse({
 *   id: "dvc.ho_so_cong_dvcqg", dimension: "ministry", complete: false,
 *   parts: [{ key: "bo_cong_an", label: "Bộ Công an", value: 1234 }],
 * });
 * ```
 */
export const FigureBreakdownSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      id: catalogId().meta({ description: "Mã phần tử dữ liệu được phân tổ." }),
      dimension: z.enum(BREAKDOWN_DIMENSIONS),
      complete: z.boolean().default(true).meta({ description: "true: các phần là toàn bộ (tổng phải khớp); false: chỉ “trong đó” một số phần." }),
      parts: z
        .array(
          z.strictObject({
            key: z.string().regex(/^[A-Za-z0-9_.-]+$/).meta({ description: "Mã của phần: mã đơn vị hành chính, mã cơ quan, mã thủ tục…" }),
            label: text().min(1),
            value: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
          }),
        )
        .min(1),
      text: text().optional(),
    })
    .meta({ title: "Phân tổ số liệu theo một chiều" }),
);

/**
 * The richer facts of a figure set: `facts`, `changes`, `statements` (each keyed by catalog id)
 * and `breakdowns`; all optional, so reports without them are unchanged.
 *
 * @category Schema
 * @example
 * ```ts
 * const f = z.object(FIGURE_FACT_FIELDS).parse({ facts: { "dd.tai_khoan": { asOf: "2025-07-07" } } });
 * ```
 */
export const FIGURE_FACT_FIELDS = {
  facts: /* @__PURE__ */ lazySchema(() => z.record(catalogId(), FigureFactSchema).optional().meta({ title: "Thời điểm, phạm vi riêng của số liệu" })),
  changes: /* @__PURE__ */ lazySchema(() => z.record(catalogId(), z.array(StatedChangeSchema)).optional().meta({ title: "Mức thay đổi như văn bản ghi" })),
  statements: /* @__PURE__ */ lazySchema(() =>
    z.record(catalogId(), z.array(FigureStatementSchema).min(1)).optional().meta({ title: "Các lần ghi số liệu trong văn bản" }),
  ),
  breakdowns: /* @__PURE__ */ lazySchema(() => z.array(FigureBreakdownSchema).optional().meta({ title: "Phân tổ số liệu theo chiều" })),
} as const;

/**
 * A stated change (`z.infer<typeof StatedChangeSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const c: StatedChange = { direction: "down", amount: 12, decimals: 0, unit: "percent", against: "samePeriodLastYear" };
 * ```
 */
export type StatedChange = z.infer<typeof StatedChangeSchema>;

/**
 * One statement of a figure (`z.infer<typeof FigureStatementSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const s: FigureStatement = { value: 12, decimals: 0 };
 * ```
 */
export type FigureStatement = z.infer<typeof FigureStatementSchema>;

/**
 * A breakdown of a figure by a dimension (`z.infer<typeof FigureBreakdownSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const b: FigureBreakdown = { id: "hs.tiep_nhan", dimension: "procedure", complete: true, parts: [] };
 * ```
 */
export type FigureBreakdown = z.infer<typeof FigureBreakdownSchema>;
