import { formatViNumber } from "../format/number.js";
import type { z } from "zod";
import type { Locale } from "./problem.js";

/**
 * Messages of schema problems, one table per locale (zod's own codes plus ours). Each entry
 * receives the field (already formatted) and the issue's params.
 */
type Params = Record<string, unknown>;
type Table = Record<string, (field: string, p: Params) => string>;

const TYPE_VI: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  int: "số nguyên",
  boolean: "giá trị đúng/sai",
  object: "đối tượng",
  array: "danh sách",
  undefined: "không có giá trị",
  null: "null",
  nan: "NaN",
};
const tv = (t: unknown) => TYPE_VI[String(t)] ?? String(t);

const vi = {
  invalid_type: (f, p) =>
    p.received === "undefined"
      ? `Thiếu trường bắt buộc "${f}" (cần ${tv(p.expected)}).`
      : `Trường "${f}": cần ${tv(p.expected)}, nhận được ${tv(p.received)}.`,
  too_small: (f, p) =>
    p.origin === "string"
      ? `Trường "${f}" không được để trống.`
      : p.origin === "array"
        ? `Trường "${f}" cần ít nhất ${String(p.minimum)} phần tử.`
        : `Trường "${f}": giá trị phải ${p.inclusive ? "≥" : ">"} ${typeof p.minimum === "number" ? formatViNumber(p.minimum) : String(p.minimum)}${p.minimum === 0 ? " (số đếm không được âm)" : ""}.`,
  too_big: (f, p) =>
    p.origin === "int" && p.maximum === Number.MAX_SAFE_INTEGER
      ? `Trường "${f}": số quá lớn, vượt giới hạn số nguyên an toàn ${formatViNumber(Number.MAX_SAFE_INTEGER)} (không tính chính xác được).`
      : `Trường "${f}": giá trị phải ${p.inclusive ? "≤" : "<"} ${typeof p.maximum === "number" ? formatViNumber(p.maximum) : String(p.maximum)}.`,
  not_integer: (f) => `Trường "${f}" phải là số nguyên (số đếm, số tiền tính bằng đồng).`,
  unrecognized_keys: (f, p) =>
    `Trường "${f}" có khóa không được phép: ${(p.keys as string[] | undefined)?.map((k) => `"${k}"`).join(", ")}.`,
  invalid_format: (f, p) =>
    p.format === "date"
      ? `Trường "${f}": ngày không hợp lệ (cần dạng YYYY-MM-DD và là ngày có thật).`
      : p.format === "regex"
        ? `Trường "${f}": giá trị không đúng định dạng.`
        : `Trường "${f}": không đúng định dạng ${String(p.format)}.`,
  invalid_value: (f, p) =>
    `Trường "${f}": giá trị không hợp lệ; chỉ chấp nhận ${(p.values as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(", ")}.`,
  invalid_union: (f) => `Trường "${f}": cần một số nguyên không âm hoặc giá trị đúng/sai.`,
  invalid_key: (f) => `Trường "${f}": mã không hợp lệ (cần mã ASCII có dấu chấm, ví dụ hs.tiep_nhan).`,
  invalid_period: (f) =>
    `Trường "${f}": mã kỳ báo cáo không hợp lệ (ví dụ 202605, 2026Q2, 2026S1, 2026N9, 2026).`,
  forbidden_key: (f, p) => `Trường "${f}": khóa "${String(p.key)}" bị cấm (nguy cơ ô nhiễm prototype).`,
  duplicate_node_id: (f, p) => `Trường "${f}": mã phần “${String(p.id)}” đã dùng cho một phần khác của văn bản.`,
  duplicate_footnote: (f, p) => `Trường "${f}": chú thích “${String(p.id)}” xuất hiện nhiều lần.`,
  unknown_footnote: (f, p) => `Trường "${f}": không có chú thích “${String(p.id)}” trong footnotes.`,
  unknown_node: (f, p) => `Trường "${f}": không có phần văn bản nào mang mã “${String(p.id)}”.`,
  not_json: (f, p) => `Trường "${f}": giá trị kiểu ${String(p.type)} không phải dữ liệu JSON.`,
  too_deep: (f, p) => `Trường "${f}": dữ liệu lồng nhau quá ${String(p.max)} cấp; báo cáo hợp lệ không sâu như vậy.`,
  unsupported_schema_version: (f, p) =>
    `Trường "${f}": phiên bản lược đồ ${String(p.version)} không được hỗ trợ; SDK này đọc phiên bản 2 và chuyển đổi phiên bản 1.`,
  custom: (f) => `Trường "${f}": giá trị không hợp lệ.`,
} satisfies Readonly<Partial<Record<SchemaProblemCode, Table[string]>>>;

/**
 * The code of a schema problem (what `safeParseReport`, `parseReport`'s error and
 * `migrateReport` report): zod's own issue codes and ours (`invalid_period`, `forbidden_key`,
 * `not_json`, `unknown_footnote`…). A misspelt code in a comparison does not compile.
 *
 * @category Schema
 * @example
 * ```ts
 * const r = safeParseReport(json);
 * if (!r.success && r.problems.some((p) => p.code === "not_json")) console.log("not JSON data");
 * ```
 */
export type SchemaProblemCode =
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "not_integer"
  | "unrecognized_keys"
  | "invalid_format"
  | "invalid_value"
  | "invalid_union"
  | "invalid_key"
  | "invalid_period"
  | "forbidden_key"
  | "duplicate_node_id"
  | "duplicate_footnote"
  | "unknown_footnote"
  | "unknown_node"
  | "not_json"
  | "too_deep"
  | "unsupported_schema_version"
  | "custom"
  | z.core.$ZodIssue["code"];

const en: Table = {
  invalid_type: (f, p) =>
    p.received === "undefined"
      ? `Missing required field "${f}" (expected ${String(p.expected)}).`
      : `Field "${f}": expected ${String(p.expected)}, received ${String(p.received)}.`,
  too_small: (f, p) =>
    p.origin === "string"
      ? `Field "${f}" must not be empty.`
      : `Field "${f}": must be ${p.inclusive ? ">=" : ">"} ${String(p.minimum)}.`,
  too_big: (f, p) =>
    p.origin === "int" && p.maximum === Number.MAX_SAFE_INTEGER
      ? `Field "${f}": number too large, beyond the safe integer range (${Number.MAX_SAFE_INTEGER}).`
      : `Field "${f}": must be ${p.inclusive ? "<=" : "<"} ${String(p.maximum)}.`,
  not_integer: (f) => `Field "${f}" must be an integer.`,
  unrecognized_keys: (f, p) => `Field "${f}" has unknown keys: ${(p.keys as string[] | undefined)?.join(", ")}.`,
  invalid_format: (f, p) => `Field "${f}": invalid ${String(p.format)}.`,
  invalid_value: (f, p) => `Field "${f}": must be one of ${(p.values as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(", ")}.`,
  invalid_union: (f) => `Field "${f}": expected a non-negative integer or a boolean.`,
  invalid_key: (f) => `Field "${f}": invalid catalog id (e.g. hs.tiep_nhan).`,
  invalid_period: (f) => `Field "${f}": invalid period id (e.g. 202605, 2026Q2, 2026S1, 2026N9, 2026).`,
  forbidden_key: (f, p) => `Field "${f}": key "${String(p.key)}" is forbidden (prototype pollution).`,
  duplicate_node_id: (f, p) => `Field "${f}": the part id “${String(p.id)}” is already used by another part of the document.`,
  duplicate_footnote: (f, p) => `Field "${f}": footnote “${String(p.id)}” appears more than once.`,
  unknown_footnote: (f, p) => `Field "${f}": there is no footnote “${String(p.id)}” in footnotes.`,
  unknown_node: (f, p) => `Field "${f}": no part of the document has the id “${String(p.id)}”.`,
  not_json: (f, p) => `Field "${f}": a ${String(p.type)} is not JSON data.`,
  too_deep: (f, p) => `Field "${f}": the data nests deeper than ${String(p.max)} levels; no valid report does.`,
  unsupported_schema_version: (f, p) =>
    `Field "${f}": schema version ${String(p.version)} is not supported; this SDK reads version 2 and migrates version 1.`,
  custom: (f) => `Field "${f}": invalid value.`,
};

/** The schema message tables, by locale. */
export const SCHEMA_MESSAGES: Record<Locale, Table> = { vi, en };

/** Formats one schema message; unknown codes fall back to `custom`. */
export function schemaMessage(locale: Locale, code: string, field: string, params: Params): string {
  const table = SCHEMA_MESSAGES[locale];
  return (table[code] ?? table.custom!)(field, params);
}
