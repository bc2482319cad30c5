import type { CompiledCatalog } from "../indicators/compile.js";
import type { Catalog } from "../indicators/types.js";
import { LEVEL_LABELS, type Level } from "../schema/level.js";
import type { Locale, Problem } from "../schema/problem.js";
import type { StatedValue } from "../schema/report.js";
import { parseViNumber } from "../validation/narrative/parse-number.js";
import { formFields, type FormField } from "./form-fields.js";
import { formMessage, type FormProblemCode } from "./messages.js";
import { resolveCatalog } from "./resolve-catalog.js";

/**
 * Form input arrives as strings ("976", "1.234", "12,5", "", "có"): this reads them the way the
 * narrative checker reads a report's prose (`parseViNumber`: "." groups thousands, "," marks
 * decimals), per kind of field, into the figures of a report. An empty string is a field not
 * filled (never zero). Whatever cannot be read is a problem that names the field by its label
 * and section, and the input comes back beside it: nothing is dropped, nothing is guessed, and
 * nothing throws.
 */

/**
 * The field a form problem is about, for a UI to show the message beside it.
 *
 * @category Validation
 * @example
 * ```ts
 * const f: FormProblemField = { id: "hs.tiep_nhan", label: "Số hồ sơ tiếp nhận trong kỳ", labelEn: "Applications received in the period", section: "3", sectionTitle: "Về cải cách thủ tục hành chính", item: "3.1", itemTitle: "Kết quả thực hiện" };
 * ```
 */
export interface FormProblemField {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly section: string;
  readonly sectionTitle: string;
  readonly item: string;
  readonly itemTitle: string;
}

/**
 * A problem of form input: a {@link Problem} (path `["values", id]` or `["stated", id]`, as in a
 * report) with the field it is about and the input as typed.
 *
 * @category Validation
 * @example
 * ```ts
 * const [p] = coerceFormValues({ "hs.tiep_nhan": "12a" }).problems;
 * p?.field?.label; // "Số hồ sơ tiếp nhận trong kỳ"
 * p?.input;        // "12a"
 * ```
 */
export interface FormProblem extends Problem {
  readonly code: FormProblemCode;
  /** The field (absent only when the whole input cannot be read). */
  readonly field?: FormProblemField;
  /** What was typed, as given. */
  readonly input?: unknown;
}

/**
 * Options of {@link coerceFormValues}.
 *
 * @category Validation
 * @example
 * ```ts
 * const options: CoerceFormOptions = { level: "xa", locale: "en" };
 * ```
 */
export interface CoerceFormOptions {
  /** The level of the report: a field not reported at it is rejected. */
  readonly level?: Level;
  /** The catalog (default `indicatorCatalog`): an extension or a compiled one. */
  readonly catalog?: Catalog | CompiledCatalog;
  /** Language of the messages (default `vi`). */
  readonly locale?: Locale;
  /** English labels of an extension catalog's own figures, by id. */
  readonly englishLabels?: Readonly<Record<string, string>>;
}

/**
 * What {@link coerceFormValues} read: figures ready for a report, the problems, and the input
 * that was not read, as given.
 *
 * @category Validation
 * @example
 * ```ts
 * const r: CoercedForm = coerceFormValues({ "hs.tiep_nhan": "1.234" });
 * r.values["hs.tiep_nhan"]; // 1234
 * ```
 */
export interface CoercedForm {
  /** Counts, amounts and yes/no facts, by id (a report's `values`). */
  readonly values: Record<string, number | boolean>;
  /** Ratios and scores as written, by id (a report's `stated`). */
  readonly stated: Record<string, StatedValue>;
  readonly problems: FormProblem[];
  /** Input that was not read (unknown field, bad value), by key, exactly as given. */
  readonly rejected: Record<string, unknown>;
}

const YES = new Set(["có", "co", "đã", "true", "1", "yes", "x"]);
const NO = new Set(["không", "khong", "chưa", "false", "0", "no"]);
const SCALE_WORD = /\p{L}/u;
const CURRENCY = /\s*(đồng|đ|vnđ|vnd)$/iu;

/** Text as typed, tidied: NFC, no-break spaces as spaces, trimmed; "1 234 567" closed up. */
function tidy(text: string): string {
  const t = text.normalize("NFC").replace(/[\u00a0\u202f]/g, " ").trim();
  return /^\d{1,3}( \d{3})+(\s|$|[,.%])/.test(t) ? t.replace(/(\d) (?=\d{3}\b)/g, "$1") : t;
}

/** Strips the field's own unit when typed after the number ("976 hồ sơ", "12 tỷ đồng"). */
function withoutUnit(text: string, field: FormField): string {
  let t = text;
  const unit = field.unit.normalize("NFC").toLowerCase();
  if (unit !== "" && unit !== "%" && t.toLowerCase().endsWith(unit) && /\s/.test(t.charAt(t.length - unit.length - 1))) t = t.slice(0, t.length - unit.length).trim();
  if (field.kind === "amount") t = t.replace(CURRENCY, "").trim();
  return t;
}

type Outcome =
  | { readonly ok: true; readonly value: number | boolean | StatedValue }
  | { readonly ok: false; readonly code: FormProblemCode }
  | { readonly ok: "empty" };

function readNumber(raw: string, field: FormField): Outcome {
  const text = withoutUnit(tidy(raw), field);
  if (text === "") return { ok: "empty" };
  if (/^[-−–]/u.test(text) && parseViNumber(text.slice(1).trim()) !== undefined) return { ok: false, code: "form_value_negative" };
  if (field.kind === "score") {
    const m = /^(.+?)\s*\/\s*(.+)$/u.exec(text);
    const value = parseViNumber(m ? (m[1] ?? "") : text);
    const max = m ? parseViNumber(m[2] ?? "") : undefined;
    if (value === undefined || SCALE_WORD.test(text) || text.includes("%") || (m && (max === undefined || max.value <= 0))) return { ok: false, code: "form_value_not_number" };
    return { ok: true, value: { value: value.value, decimals: Math.max(0, value.decimals), ...(max ? { max: max.value } : {}), text } };
  }
  const n = parseViNumber(text);
  if (n === undefined) return { ok: false, code: "form_value_not_number" };
  if (field.kind === "ratio") {
    if (SCALE_WORD.test(text)) return { ok: false, code: "form_value_not_number" };
    return { ok: true, value: { value: n.value, decimals: Math.max(0, n.decimals), text: text.includes("%") ? text : `${text}%` } };
  }
  if (text.includes("%")) return { ok: false, code: "form_value_percent" };
  // A count is exact: "1,5 triệu" is a rounded figure; an amount may be written "157,9 tỷ".
  if (field.kind === "count" && SCALE_WORD.test(text)) return { ok: false, code: "form_value_rounded" };
  if (!Number.isInteger(n.value)) return { ok: false, code: "form_value_not_integer" };
  if (!Number.isSafeInteger(n.value)) return { ok: false, code: "form_value_too_large" };
  return { ok: true, value: n.value };
}

function readYesNo(raw: string): Outcome {
  const text = tidy(raw).toLowerCase();
  if (text === "") return { ok: "empty" };
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, code: "form_value_not_yes_no" };
}

function read(input: unknown, field: FormField): Outcome {
  if (input === undefined || input === null) return { ok: "empty" };
  if (typeof input === "string") return field.kind === "yesno" ? readYesNo(input) : readNumber(input, field);
  if (typeof input === "boolean") return field.kind === "yesno" ? { ok: true, value: input } : { ok: false, code: "form_value_not_number" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, code: "form_value_not_number" };
    if (field.kind === "yesno") return input === 1 ? { ok: true, value: true } : input === 0 ? { ok: true, value: false } : { ok: false, code: "form_value_not_yes_no" };
    // A number from a typed source reads as its Vietnamese spelling would.
    const spelled = Number.isInteger(input) ? String(Math.abs(input)) : String(Math.abs(input)).replace(".", ",");
    return input < 0 ? { ok: false, code: "form_value_negative" } : readNumber(spelled, field);
  }
  return { ok: false, code: "form_value_invalid_type" };
}

interface FieldIndex {
  readonly byId: ReadonlyMap<string, FormField>;
  readonly sections: ReadonlyMap<string, { readonly title: string; readonly sectionTitle: string }>;
  readonly atLevel: Readonly<Record<Level, ReadonlySet<string>>>;
}

// Built once per compiled catalog: a form validating as the user types calls this on every key.
const indexes = new WeakMap<CompiledCatalog, FieldIndex>();

/** Every field of every level (a field of another level is named, not called unknown). */
function fieldIndex(tables: CompiledCatalog, englishLabels: Readonly<Record<string, string>> | undefined): FieldIndex {
  const hit = englishLabels === undefined ? indexes.get(tables) : undefined;
  if (hit) return hit;
  const byId = new Map<string, FormField>();
  const sections = new Map<string, { title: string; sectionTitle: string }>();
  const atLevel = {} as Record<Level, Set<string>>;
  const fieldOptions = { catalog: tables, ...(englishLabels ? { englishLabels } : {}) };
  for (const level of ["xa", "tinh", "bo"] as const) {
    atLevel[level] = new Set();
    for (const s of formFields(level, fieldOptions)) {
      sections.set(s.id, { title: s.title, sectionTitle: s.sectionTitle });
      for (const f of s.fields) {
        atLevel[level].add(f.id);
        if (!byId.has(f.id)) byId.set(f.id, f);
      }
    }
  }
  const index = { byId, sections, atLevel };
  if (englishLabels === undefined) indexes.set(tables, index);
  return index;
}

const display = (input: unknown): string => (typeof input === "string" ? input : typeof input === "number" || typeof input === "boolean" ? String(input) : Object.prototype.toString.call(input));

/**
 * Reads a form's input (field id → string, as an HTML form or a JSON body gives it) into the
 * figures of a report. Per kind of field:
 * - count: a whole number as Vietnamese reports write it ("976", "1.234", "3.454.035", "1 234";
 *   the field's unit may follow: "976 hồ sơ"); "12,5" (a decimal), "1,5 triệu" (a rounded
 *   figure), "-3" and "45%" are problems;
 * - amount: whole đồng, scale words allowed ("157,9 tỷ", "1,5 triệu đồng", "2.000.000 đ");
 * - yes/no: "có"/"không", "đã"/"chưa", "true"/"false", "1"/"0";
 * - ratio: a percentage as written ("99,7", "99,7%") → `stated`, with its precision;
 * - score: points ("18", "18/22") → `stated`.
 *
 * An empty string (or only spaces) is a field not filled: it is left out, never read as 0. Every
 * problem carries the field (id, Vietnamese and English label, section and item with titles)
 * and the input, and the input comes back in `rejected`. Never throws, never mutates its input.
 *
 * @category Validation
 * @summary Form strings → report figures, with per-field problems.
 * @param input - Field id → what was typed.
 * @param options - Level, catalog, locale of messages.
 * @returns Values, stated figures, problems and rejected input.
 * @example
 * ```ts
 * const r = coerceFormValues({ "hs.tiep_nhan": "1.234", "hs.dung_han": "", "cnscd.da_thanh_lap": "có", "hs.da_giai_quyet": "12,5" }, { level: "xa" });
 * r.values;              // { "hs.tiep_nhan": 1234, "cnscd.da_thanh_lap": true }
 * r.problems[0]?.message; // "“Số hồ sơ đã giải quyết trong kỳ” là số đếm, cần số nguyên nhưng ghi “12,5” (…)"
 * r.rejected;            // { "hs.da_giai_quyet": "12,5" }
 * ```
 */
export function coerceFormValues(input: Readonly<Record<string, unknown>>, options: CoerceFormOptions = {}): CoercedForm {
  const locale: Locale = options.locale === "en" ? "en" : "vi";
  const values: Record<string, number | boolean> = {};
  const stated: Record<string, StatedValue> = {};
  const problems: FormProblem[] = [];
  const rejected: Record<string, unknown> = {};
  const { byId, sections, atLevel: levels } = fieldIndex(resolveCatalog(options.catalog), options.englishLabels);
  const atLevel = options.level === undefined ? undefined : levels[options.level];

  let entries: [string, unknown][];
  try {
    if (typeof input !== "object" || input === null || Array.isArray(input)) throw new TypeError(Array.isArray(input) ? "array" : typeof input);
    entries = Object.keys(input).map((k) => [k, (input as Record<string, unknown>)[k]]);
  } catch (error) {
    const params = { error: error instanceof Error ? error.message : String(error) };
    problems.push({ code: "form_input_invalid", severity: "error", path: [], message: formMessage("form_input_invalid", params, locale), params });
    return { values, stated, problems, rejected };
  }

  for (const [key, raw] of entries) {
    const field = byId.get(key);
    const reject = (code: FormProblemCode, f: FormField | undefined, extra: Record<string, unknown> = {}) => {
      const where = f ? sections.get(f.item) : undefined;
      const ref: FormProblemField | undefined = f && {
        id: f.id,
        label: f.label,
        labelEn: f.labelEn,
        section: f.section,
        sectionTitle: where?.sectionTitle ?? f.section,
        item: f.item,
        itemTitle: where?.title ?? f.item,
      };
      const params = { id: key, ...(ref ? { label: ref.label, labelEn: ref.labelEn, section: ref.section, item: ref.item, kind: f!.kind } : {}), input: display(raw), ...extra };
      problems.push({
        code,
        severity: "error",
        path: [f?.slot ?? "values", key],
        message: formMessage(code, params, locale),
        params,
        ...(ref ? { field: ref } : {}),
        input: raw,
      });
      // defineProperty: a key such as `__proto__` is kept as data, never set as a prototype.
      Object.defineProperty(rejected, key, { value: raw, enumerable: true, writable: true, configurable: true });
    };
    if (field === undefined) {
      // Blank unknown keys (a form's submit button, an empty extra input) are nothing to report.
      if (typeof raw === "string" && raw.trim() === "") continue;
      reject("form_field_unknown", undefined);
      continue;
    }
    if (atLevel !== undefined && !atLevel.has(key)) {
      if (typeof raw === "string" && raw.trim() === "") continue;
      reject("form_field_not_at_level", field, { level: options.level, levelName: LEVEL_LABELS[options.level!] });
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = read(raw, field);
    } catch {
      outcome = { ok: false, code: "form_value_invalid_type" };
    }
    if (outcome.ok === "empty") continue;
    if (outcome.ok === false) {
      reject(outcome.code, field);
      continue;
    }
    if (field.slot === "values") values[key] = outcome.value as number | boolean;
    else stated[key] = outcome.value as StatedValue;
  }
  return { values, stated, problems, rejected };
}
