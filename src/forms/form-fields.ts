import { formatViNumber } from "../format/number.js";
import { formatViShortDate } from "../format/date.js";
import type { CompiledCatalog } from "../indicators/compile.js";
import { sectionOf } from "../indicators/catalog.js";
import { targetFor } from "../indicators/target-for.js";
import type { Catalog, ElementDef, IndicatorDef, ScoreDef } from "../indicators/types.js";
import type { Level } from "../schema/level.js";
import { OUTLINE, outlineItem, outlineSection, compareOutlineIds, type OutlineSection } from "../schema/outline.js";
import { cutoffRange, parsePeriod } from "../schema/period.js";
import type { Locale } from "../schema/problem.js";
import { ENGLISH_LABELS, OUTLINE_TITLES_EN } from "./english-labels.js";
import { resolveCatalog } from "./resolve-catalog.js";

/**
 * The fields a report of a level is filled from, for the people who build data-entry screens:
 * every figure of the catalog reported at the level, grouped by the outline item it answers, in
 * the outline's order, each with what a screen needs to show it without knowing the catalog.
 */

/**
 * What a field holds: a `count` (whole number), an `amount` (whole đồng), a `yesno` fact, a
 * `ratio` (a percentage as the author states it, computed from two counts when both are given)
 * or a `score` (points, as stated).
 *
 * @category Validation
 * @example
 * ```ts
 * const k: FormFieldKind = "yesno";
 * ```
 */
export type FormFieldKind = "count" | "amount" | "yesno" | "ratio" | "score";

/**
 * A legal target as a form shows it.
 *
 * @category Validation
 * @example
 * ```ts
 * const t: FormTarget = { op: ">=", value: 80, text: "≥ 80%", source: "Nghị quyết 66/NQ-CP" };
 * ```
 */
export interface FormTarget {
  readonly op: ">=" | "<=";
  readonly value: number;
  /** "≥ 80%". */
  readonly text: string;
  readonly source: string;
}

/**
 * One field of a form.
 *
 * @category Validation
 * @example
 * ```ts
 * const f: FormField = formFields("xa")[0]!.fields[0]!;
 * f.id;       // "vb.chi_dao_ban_hanh"
 * f.slot;     // "values": where a report keeps it
 * f.required; // true
 * ```
 */
export interface FormField {
  /** The catalog id (`hs.tiep_nhan`): the key of the value in a report and in form input. */
  readonly id: string;
  /** Vietnamese label, as a report names the figure. */
  readonly label: string;
  /** English label (the Vietnamese one when none is known). */
  readonly labelEn: string;
  /** Vietnamese unit: "hồ sơ", "đồng", "%", "điểm"… */
  readonly unit: string;
  readonly kind: FormFieldKind;
  /** Where a report keeps the value: `values` (counts, amounts, yes/no) or `stated` (ratios, scores). */
  readonly slot: "values" | "stated";
  /** Outline section ("3") and item ("3.1"; a section id when the figure answers a whole section). */
  readonly section: string;
  readonly item: string;
  /**
   * Whether a report of the level is expected to give it (the catalog's `expected` levels, as
   * completeness checks them). A ratio is never required: its counts are.
   */
  readonly required: boolean;
  /** Counts and amounts: `sum` for a flow of the period, `last` for a stock or cumulative figure. */
  readonly time?: "sum" | "last";
  /** The field this one is a part of (its value may not exceed that field's). */
  readonly partOf?: string;
  /** A ratio: the two counts it is computed from. */
  readonly computedFrom?: { readonly numerator: string; readonly denominator: string };
  /** A ratio's legal target for the period (none when no target covers it). */
  readonly target?: FormTarget;
  /** A score's maximum points. */
  readonly max?: number;
  /** How to fill it, in the requested language (period, cumulative or not, limits, target). */
  readonly hint: string;
}

/**
 * The fields of one outline item (or of a section without items, such as 8).
 *
 * @category Validation
 * @example
 * ```ts
 * const s: FormSection = formFields("xa").find((s) => s.id === "3.1")!;
 * s.title;        // "Kết quả thực hiện"
 * s.sectionTitle; // "Về cải cách thủ tục hành chính"
 * ```
 */
export interface FormSection {
  /** The outline item ("3.1") or section ("8"). */
  readonly id: string;
  readonly section: string;
  readonly title: string;
  readonly titleEn: string;
  readonly sectionTitle: string;
  readonly sectionTitleEn: string;
  readonly fields: readonly FormField[];
}

/**
 * Options of {@link formFields}.
 *
 * @category Validation
 * @example
 * ```ts
 * const options: FormFieldsOptions = { period: "202605", locale: "en" };
 * ```
 */
export interface FormFieldsOptions {
  /** The catalog (default `indicatorCatalog`): an extension or a compiled one. */
  readonly catalog?: Catalog | CompiledCatalog;
  /** The period the form is for: targets are those in force then, hints give the cut-off dates. */
  readonly period?: string;
  /** Language of the hints (default `vi`); labels come in both. */
  readonly locale?: Locale;
  /** English labels of an extension catalog's own figures, by id. */
  readonly englishLabels?: Readonly<Record<string, string>>;
}

type Def =
  | { readonly type: "element"; readonly def: ElementDef }
  | { readonly type: "indicator"; readonly def: IndicatorDef }
  | { readonly type: "score"; readonly def: ScoreDef };

const quote = (s: string) => `“${s}”`;

function targetOf(def: IndicatorDef, date: string | undefined): FormTarget | undefined {
  const t = targetFor(def, date);
  if (t === undefined) return undefined;
  const unit = def.unit === "%" ? "%" : ` ${def.unit}`;
  return { op: t.op, value: t.value, text: `${t.op === ">=" ? "≥" : "≤"} ${formatViNumber(t.value)}${unit}`, source: t.source };
}

function hintOf(d: Def, tables: CompiledCatalog, range: { from: string; to: string } | undefined, target: FormTarget | undefined, en: boolean, labelEn: (id: string) => string): string {
  const parts: string[] = [];
  const label = (id: string) => (en ? `“${labelEn(id)}”` : quote(tables.elements.get(id)?.label ?? id));
  if (d.type === "element") {
    const e = d.def;
    if (e.kind === "boolean") parts.push(en ? "Yes or no." : "Có hoặc không.");
    else {
      const last = e.aggregation.time === "last";
      if (range === undefined) parts.push(last ? (en ? "Cumulative, up to the cut-off date." : "Số lũy kế đến ngày chốt số liệu.") : en ? "What happened in the period." : "Số phát sinh trong kỳ.");
      else if (last) parts.push(en ? `Cumulative, up to ${formatViShortDate(range.to)}.` : `Số lũy kế đến ngày ${formatViShortDate(range.to)}.`);
      else parts.push(en ? `From ${formatViShortDate(range.from)} to ${formatViShortDate(range.to)}.` : `Số phát sinh từ ngày ${formatViShortDate(range.from)} đến ngày ${formatViShortDate(range.to)}.`);
      parts.push(
        e.kind === "amount"
          ? en ? "In whole đồng; “157,9 tỷ” is read too." : "Ghi bằng đồng; có thể viết “157,9 tỷ”."
          : en ? "A whole number; thousands are grouped with dots: 1.234." : "Số nguyên, nhóm nghìn bằng dấu chấm: 1.234.",
      );
      if (e.partOf !== undefined && tables.elements.has(e.partOf)) parts.push(en ? `Not more than ${label(e.partOf)}.` : `Không lớn hơn ${label(e.partOf)}.`);
    }
  } else if (d.type === "indicator") {
    const i = d.def;
    parts.push(
      en
        ? `Computed from ${label(i.numerator)} ÷ ${label(i.denominator)}; write it only when those counts are not known (e.g. 99,7).`
        : `Tự tính từ ${label(i.numerator)} ÷ ${label(i.denominator)}; chỉ ghi khi không có hai số liệu này (ví dụ 99,7).`,
    );
    if (target !== undefined) parts.push(en ? `Target ${target.text} (${target.source}).` : `Chỉ tiêu ${target.text} (${target.source}).`);
  } else {
    const max = d.def.max;
    parts.push(en ? `Points as stated (e.g. 18 or 18/22)${max !== undefined ? `; at most ${formatViNumber(max)}` : ""}.` : `Điểm như văn bản ghi (ví dụ 18 hoặc 18/22)${max !== undefined ? `; tối đa ${formatViNumber(max)}` : ""}.`);
  }
  return parts.join(" ");
}

/**
 * The fields to fill for a report of `level`: every element, indicator and score of the catalog
 * reported at that level (a commune's form lists no province-only figure), grouped by the
 * outline item each answers, the groups in the outline's order and the fields in catalog order
 * (counts and amounts, then ratios, then scores). Each field has its id, Vietnamese and English
 * label, unit, kind, whether the level must give it (the catalog's expectations, as the
 * completeness rule reads them), the legal target in force for the period and a hint. Pure;
 * groups with no field at the level are left out.
 *
 * @category Validation
 * @summary The data-entry fields of a level, with labels, units, kinds and targets.
 * @param level - `xa`, `tinh` or `bo`.
 * @param options - Catalog, period, locale of the hints, English labels of your own figures.
 * @returns The sections of the form, in the outline's order.
 * @example
 * ```ts
 * const form = formFields("xa", { period: "202605" });
 * const hs = form.find((s) => s.id === "3.1")!.fields.find((f) => f.id === "hs.tiep_nhan")!;
 * hs.labelEn; // "Applications received in the period"
 * hs.kind;    // "count"
 * hs.hint;    // "Số phát sinh từ ngày 15/04/2026 đến ngày 14/05/2026. Số nguyên, nhóm nghìn bằng dấu chấm: 1.234."
 * form.flatMap((s) => s.fields).some((f) => f.id === "tthc.phi_dia_gioi"); // false: a province's figure
 * ```
 */
export function formFields(level: Level, options: FormFieldsOptions = {}): FormSection[] {
  const tables = resolveCatalog(options.catalog);
  const en = options.locale === "en";
  const parsed = options.period === undefined ? undefined : parsePeriod(options.period);
  const range = parsed === undefined ? undefined : cutoffRange(parsed);
  const date = range?.to;
  const expected = new Set(tables.expected[level].map((f) => f.id));
  const labelEn = (id: string) => options.englishLabels?.[id] ?? ENGLISH_LABELS[id] ?? tables.elements.get(id)?.label ?? tables.indicators.get(id)?.label ?? tables.scores.get(id)?.label ?? id;

  const defs: Def[] = [
    ...[...tables.elements.values()].map((def) => ({ type: "element", def }) as const),
    ...[...tables.indicators.values()].map((def) => ({ type: "indicator", def }) as const),
    ...[...tables.scores.values()].map((def) => ({ type: "score", def }) as const),
  ];
  const byItem = new Map<string, FormField[]>();
  for (const d of defs) {
    if (!d.def.levels.includes(level)) continue;
    const target = d.type === "indicator" ? targetOf(d.def, date) : undefined;
    const base = {
      id: d.def.id,
      label: d.def.label,
      labelEn: labelEn(d.def.id),
      unit: d.def.unit,
      section: sectionOf(d.def.outlineItem),
      item: d.def.outlineItem,
      hint: hintOf(d, tables, range, target, en, labelEn),
    };
    let field: FormField;
    if (d.type === "element") {
      const e = d.def;
      field = {
        ...base,
        kind: e.kind === "boolean" ? "yesno" : e.kind,
        slot: "values",
        required: expected.has(e.id),
        ...(e.kind !== "boolean" ? { time: e.aggregation.time } : {}),
        ...(e.partOf !== undefined && tables.elements.has(e.partOf) ? { partOf: e.partOf } : {}),
      };
    } else if (d.type === "indicator") {
      field = {
        ...base,
        kind: "ratio",
        slot: "stated",
        required: false,
        computedFrom: { numerator: d.def.numerator, denominator: d.def.denominator },
        ...(target !== undefined ? { target } : {}),
      };
    } else {
      field = { ...base, kind: "score", slot: "stated", required: false, ...(d.def.max !== undefined ? { max: d.def.max } : {}) };
    }
    const list = byItem.get(field.item);
    if (list === undefined) byItem.set(field.item, [field]);
    else list.push(field);
  }

  // The outline's order: each section, then its items; ids the outline does not have go last.
  const order: string[] = [];
  for (const s of OUTLINE as readonly OutlineSection[]) {
    order.push(s.id);
    for (const i of s.items) order.push(i.id);
  }
  const rest = [...byItem.keys()].filter((k) => !order.includes(k)).sort(compareOutlineIds);
  const out: FormSection[] = [];
  for (const id of [...order, ...rest]) {
    const fields = byItem.get(id);
    if (fields === undefined) continue;
    const section = sectionOf(id);
    const title = outlineItem(id)?.title ?? outlineSection(id)?.title ?? id;
    const sectionTitle = outlineSection(section)?.title ?? section;
    out.push({
      id,
      section,
      title,
      titleEn: OUTLINE_TITLES_EN[id] ?? title,
      sectionTitle,
      sectionTitleEn: OUTLINE_TITLES_EN[section] ?? sectionTitle,
      fields,
    });
  }
  return out;
}
