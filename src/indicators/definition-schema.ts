import { z } from "zod";
import { AGENCIES, type AgencyCode } from "../schema/agency.js";
import { LevelSchema } from "../schema/level.js";
import { lazySchema } from "../schema/lazy-schema.js";
import type { Locale, Problem } from "../schema/problem.js";
import type { Catalog } from "./types.js";

/**
 * The catalog as checked data: zod schemas for element, indicator, breakdown, score and data-rule
 * definitions, so that a province's catalog can live in a JSON file and be read with
 * {@link parseCatalogDefinition} (then compiled with `compileCatalog`). The schemas describe the
 * same shapes as the TypeScript types of `types.ts`; a parsed definition is a {@link Catalog}.
 */

// One instance per helper, shared by every field (zod schemas are immutable): a fresh chain per
// field cost import time of the core entry (issue 17). Same contents, same JSON Schema. Each is
// built with the first schema that needs it: nothing is built at import (see lazy-schema.ts).
let ID: z.ZodString | undefined;
let TEXT: z.ZodString | undefined;
let ISO_DATE: z.ZodISODate | undefined;
let TARGET: ReturnType<typeof targetSchema> | undefined;
const id = () => (ID ??= z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/).meta({ description: "Mã ASCII ổn định, có dấu chấm: hs.tiep_nhan." }));
const text = () => (TEXT ??= z.string().normalize("NFC").min(1));
const isoDate = () => (ISO_DATE ??= z.iso.date());
const agencyCodes = () => AGENCIES.map((a) => a.code) as [AgencyCode, ...AgencyCode[]];
const targetSchema = () =>
  z.strictObject({
    op: z.enum([">=", "<="]),
    value: z.number().finite(),
    source: text(),
    from: isoDate().optional().meta({ description: "Ngày đầu của chương trình, kế hoạch đặt mục tiêu." }),
    to: isoDate().optional().meta({ description: "Ngày cuối của chương trình, kế hoạch đặt mục tiêu." }),
  });
const target = () => (TARGET ??= targetSchema());

/**
 * A data element definition, as JSON (`ElementDef`).
 *
 * @category Indicators
 * @example
 * ```ts
 * ElementDefSchema.parse({
 *   id: "na.diem_wifi", kind: "count", label: "Số điểm wifi công cộng", unit: "điểm",
 *   outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "last" },
 * }).levels; // ["tinh"]
 * ```
 */
export const ElementDefSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      id: id(),
      kind: z.enum(["count", "amount", "boolean"]),
      label: text(),
      unit: text(),
      outlineItem: z.string().regex(/^[1-8](\.\d{1,2})?$/),
      legalBasis: text().optional(),
      lead: z.array(z.enum(agencyCodes())).optional(),
      levels: z.array(LevelSchema).min(1),
      expected: z.array(LevelSchema).optional(),
      aggregation: z.strictObject({
        units: z.enum(["sum", "none", "min", "max", "countTrue"]),
        time: z.enum(["sum", "last"]),
      }),
      partOf: id().optional(),
      description: text().optional(),
      source: text().optional(),
    })
    .meta({ title: "Phần tử dữ liệu" }),
);

/**
 * An indicator definition, as JSON (`IndicatorDef`).
 *
 * @category Indicators
 * @example
 * ```ts
 * IndicatorDefSchema.parse({
 *   id: "tl.na_wifi", label: "Điểm wifi trên 100 hồ sơ", unit: "điểm", numerator: "na.diem_wifi",
 *   denominator: "hs.tiep_nhan", factor: 100, decimals: 1, outlineItem: "6.1", levels: ["tinh"],
 * }).factor; // 100
 * ```
 */
export const IndicatorDefSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      id: id(),
      label: text(),
      unit: text(),
      numerator: id(),
      denominator: id(),
      factor: z.number().finite().positive(),
      decimals: z.number().int().min(0).max(6),
      target: target().optional(),
      targets: z.array(target()).optional(),
      outlineItem: z.string().regex(/^[1-8](\.\d{1,2})?$/),
      legalBasis: text().optional(),
      lead: z.array(z.enum(agencyCodes())).optional(),
      levels: z.array(LevelSchema).min(1),
      expected: z.array(LevelSchema).optional(),
      description: text().optional(),
    })
    .meta({ title: "Chỉ tiêu (tỷ lệ)" }),
);

/**
 * A breakdown definition (the parts add up to the total), as JSON (`BreakdownDef`).
 *
 * @category Indicators
 * @example
 * ```ts
 * BreakdownDefSchema.parse({ id: "bd.x", label: "Tổng = a + b", total: "na.tong", parts: ["na.a", "na.b"] });
 * ```
 */
export const BreakdownDefSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({ id: id(), label: text(), total: id(), parts: z.array(id()).min(1) })
    .meta({ title: "Phân tổ (tổng = các phần)" }),
);

/**
 * A score definition (points out of a maximum), as JSON (`ScoreDef`).
 *
 * @category Indicators
 * @example
 * ```ts
 * ScoreDefSchema.parse({ id: "na.diem_cds", label: "Điểm chuyển đổi số", unit: "điểm", max: 100, outlineItem: "6.1", levels: ["tinh"] });
 * ```
 */
export const ScoreDefSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      id: id(),
      label: text(),
      unit: text(),
      max: z.number().finite().positive().optional(),
      outlineItem: z.string().regex(/^[1-8](\.\d{1,2})?$/),
      legalBasis: text().optional(),
      lead: z.array(z.enum(agencyCodes())).optional(),
      levels: z.array(LevelSchema).min(1),
      description: text().optional(),
    })
    .meta({ title: "Điểm số" }),
);

/**
 * A validation rule written as data (`DataRuleDef`): left expression, operator, right
 * expression, missing-value strategy, severity, levels, period kinds and its own messages.
 *
 * @category Indicators
 * @example
 * ```ts
 * DataRuleDefSchema.parse({
 *   id: "na.wifi_toi_da", left: "na.diem_wifi", operator: "<=", right: "100 * cnscd.to_thon",
 *   message: { vi: "Số điểm wifi ({left}) vượt quá {right}." },
 * }).operator; // "<="
 * ```
 */
export const DataRuleDefSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      id: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/),
      left: text(),
      operator: z.enum(["==", "!=", "<", "<=", ">", ">="]),
      right: text(),
      missing: z.enum(["skipIfAnyMissing", "skipIfAllMissing", "neverSkip"]).optional(),
      severity: z.enum(["error", "warning", "info"]).optional(),
      levels: z.array(LevelSchema).min(1).optional(),
      periodKinds: z.array(z.enum(["month", "quarter", "half", "nine", "year", "range"])).min(1).optional(),
      description: text().optional(),
      message: z.strictObject({ vi: text(), en: text().optional() }),
    })
    .meta({ title: "Quy tắc kiểm tra dạng dữ liệu" }),
);

/**
 * A whole catalog (or a province's additions to one) as JSON: elements, indicators, breakdowns,
 * scores and data rules, each list optional.
 *
 * @category Indicators
 * @example
 * ```ts
 * const def = CatalogDefinitionSchema.parse(JSON.parse(text));
 * const catalog = extendCatalog(def);
 * ```
 */
export const CatalogDefinitionSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      $schema: z.string().optional(),
      elements: z.array(ElementDefSchema).default([]),
      indicators: z.array(IndicatorDefSchema).default([]),
      breakdowns: z.array(BreakdownDefSchema).default([]),
      scores: z.array(ScoreDefSchema).default([]),
      rules: z.array(DataRuleDefSchema).default([]),
    })
    .meta({ title: "Danh mục chỉ tiêu (bổ sung của địa phương)" }),
);

/**
 * A parsed catalog definition (`z.infer<typeof CatalogDefinitionSchema>`): every list present.
 *
 * @category Indicators
 * @example
 * ```ts
 * const def: CatalogDefinition = { elements: [], indicators: [], breakdowns: [], scores: [], rules: [] };
 * ```
 */
export type CatalogDefinition = z.infer<typeof CatalogDefinitionSchema>;

/**
 * The result of {@link parseCatalogDefinition}: the catalog when it fits the schema, else the
 * problems (path into the JSON, Vietnamese or English message).
 *
 * @category Indicators
 * @example
 * ```ts
 * const r: CatalogDefinitionResult = parseCatalogDefinition(json);
 * if (!r.success) console.log(r.problems[0]?.message);
 * ```
 */
export type CatalogDefinitionResult =
  | { readonly success: true; readonly data: Catalog & CatalogDefinition }
  | { readonly success: false; readonly problems: readonly Problem[] };

/**
 * Reads a catalog definition from untrusted JSON (never throws): the shape of every element,
 * indicator, breakdown, score and rule. References between them (a `partOf` that points at
 * nothing, an indicator over a missing operand…) are `compileCatalog`'s to find.
 *
 * @category Indicators
 * @summary A JSON catalog, checked against the definition schema.
 * @example
 * ```ts
 * const r = parseCatalogDefinition({ elements: [{ id: "na.diem_wifi", kind: "count", label: "Số điểm wifi", unit: "điểm",
 *   outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "last" } }] });
 * r.success; // true
 * parseCatalogDefinition({ elements: [{ id: "x" }] }).success; // false
 * ```
 */
export function parseCatalogDefinition(input: unknown, options: { readonly locale?: Locale } = {}): CatalogDefinitionResult {
  const parsed = CatalogDefinitionSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data as Catalog & CatalogDefinition };
  const en = options.locale === "en";
  return {
    success: false,
    problems: parsed.error.issues.map((i) => {
      const where = i.path.map(String).join(".") || "(gốc)";
      return {
        code: "catalog_invalid",
        severity: "error" as const,
        path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
        message: en ? `Catalog definition, ${where}: ${i.message}` : `Định nghĩa danh mục, trường ${where}: ${i.message}`,
        params: { zodCode: i.code },
      };
    }),
  };
}
