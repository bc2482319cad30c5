/**
 * Appendices of a rolled-up report (Nghị định 30/2020, Phụ lục I, Phần I, mục III.1, "Phụ lục"):
 * each on its own pages, landscape (I.2: bảng, biểu làm thành phụ lục), headed by the word
 * "Phụ lục" and its Roman numeral when there are several (14, đứng, đậm, canh giữa), its title
 * (in hoa, 13–14, đứng, đậm, canh giữa) and "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm …
 * của …)" in italics; its pages numbered on their own. One appendix per section of the outline
 * that has rolled-up figures (at most {@link MAX_FIGURE_COLUMNS} columns each; more continue in
 * the next appendix): one row per child unit with its figures from the rollup's provenance, the
 * children that did not report shown as such, and a total row that is the report's own figure.
 */
import { formatViNumber } from "../format/number.js";
import { sectionOf } from "../indicators/catalog.js";
import { compileCatalog } from "../indicators/compile.js";
import { evaluateIndicator, evaluateIndicators } from "../indicators/evaluate.js";
import type { Catalog, ElementDef, IndicatorDef } from "../indicators/types.js";
import type { Contribution, Coverage, Provenance } from "../rollup/types.js";
import { AGENCIES } from "../schema/agency.js";
import { OUTLINE } from "../schema/outline.js";
import { parsePeriod, reportDeadline } from "../schema/period.js";
import { PROVINCES_2025 } from "../schema/provinces-2025.js";
import type { Report } from "../schema/report.js";
import { elementValueText, indicatorValueText } from "./fact-text.js";
import { dateWords, issuerLines, numberLine } from "./header.js";
import type { AppendixModel, ParagraphBlock, TableBlock, TableCell } from "./model.js";
import { LANDSCAPE_TEXT_WIDTH, mm } from "./page.js";
import { VI } from "./strings.js";
import { cleanText, upper } from "./text.js";

/** Roman numerals for appendices. */
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"] as const;
const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** The outline's title of a section ("Thủ tục hành chính…"). */
const sectionTitle = (id: string): string => OUTLINE.find((s) => s.id === id)?.title ?? "";

/** Figure columns an appendix holds on a landscape A4 page. */
export const MAX_FIGURE_COLUMNS = 8;

/** A column of an appendix table: an element from the provenance, or a rate of two of them. */
export type AppendixColumn = { readonly kind: "element"; readonly def: ElementDef } | { readonly kind: "indicator"; readonly def: IndicatorDef };

/** One appendix. */
export interface AppendixSpec {
  /** "Phụ lục" alone, or "Phụ lục I", "Phụ lục II"… when there are several. */
  readonly label: string;
  readonly sectionId: string;
  readonly title: string;
  readonly columns: readonly AppendixColumn[];
}

/** One child unit: a row of every appendix. */
export interface AppendixUnit {
  readonly code: string;
  readonly name: string;
  readonly reported: boolean;
  readonly late: boolean;
}

/** What the appendices will show. */
export interface AppendixPlan {
  readonly appendices: readonly AppendixSpec[];
  readonly units: readonly AppendixUnit[];
  readonly provenance: Provenance;
  /** Words for the children: "tỉnh, thành phố", "xã, phường, đặc khu", "đơn vị". */
  readonly childWord: string;
}

/** What the children of a unit of `level` are called. */
function childWords(level: Report["unit"]["level"]): { word: string; title: string } {
  if (level === "bo") return { word: "tỉnh, thành phố", title: "CÁC TỈNH, THÀNH PHỐ" };
  if (level === "tinh") return { word: "xã, phường, đặc khu", title: "CÁC XÃ, PHƯỜNG, ĐẶC KHU" };
  return { word: VI.coverageUnits, title: "CÁC ĐƠN VỊ" };
}

type Has = (id: string) => boolean;

/**
 * The key figures of each section, by default: the rates whose two counts were rolled up, each
 * as its denominator, numerator and rate ("Hồ sơ đã giải quyết | Đúng hạn | Tỷ lệ"), up to
 * {@link MAX_FIGURE_COLUMNS} per section. A rollup with no such rate shows its first counts.
 */
function keyColumns(catalog: Catalog, has: Has, inReport: Has): Map<string, AppendixColumn[]> {
  const usable = (id: string) => has(id) && inReport(id);
  const compiled = compileCatalog(catalog);
  const byId = compiled.elements;
  const groups = new Map<string, AppendixColumn[]>();
  for (const def of compiled.indicators.values()) {
    if (!usable(def.numerator) || !usable(def.denominator)) continue;
    const s = sectionOf(def.outlineItem);
    const cols = groups.get(s) ?? [];
    const ids = new Set(cols.map((c) => c.def.id));
    const adding = [def.denominator, def.numerator].filter((id) => !ids.has(id));
    if (cols.length + adding.length + 1 > MAX_FIGURE_COLUMNS) continue;
    for (const id of adding) {
      const e = byId.get(id);
      if (e !== undefined) cols.push({ kind: "element", def: e });
    }
    cols.push({ kind: "indicator", def });
    groups.set(s, cols);
  }
  if (groups.size > 0) {
    // Counts in catalog order, each rate right after its numerator.
    const rank = compiled.position;
    const at = (c: AppendixColumn) => (c.kind === "element" ? (rank[c.def.id] ?? 0) : (rank[c.def.numerator] ?? 0) + 0.5);
    for (const [s, cols] of groups) groups.set(s, [...cols].sort((a, b) => at(a) - at(b)));
    return groups;
  }
  for (const def of compiled.byPosition) {
    if (!usable(def.id)) continue;
    const s = sectionOf(def.outlineItem);
    const cols = groups.get(s) ?? [];
    if (cols.length < MAX_FIGURE_COLUMNS) groups.set(s, [...cols, { kind: "element", def }]);
  }
  return groups;
}

/** The caller's figures (element or indicator ids), grouped by section in the order given. */
function chosenColumns(catalog: Catalog, figures: readonly string[], has: Has, inReport: Has): Map<string, AppendixColumn[]> {
  const groups = new Map<string, AppendixColumn[]>();
  const push = (outlineItem: string, column: AppendixColumn) => {
    const s = sectionOf(outlineItem);
    groups.set(s, [...(groups.get(s) ?? []), column]);
  };
  const compiled = compileCatalog(catalog);
  for (const id of new Set(figures)) {
    const element = compiled.elements.get(id);
    if (element !== undefined && has(id) && inReport(id)) push(element.outlineItem, { kind: "element", def: element });
    const indicator = compiled.indicators.get(id);
    if (indicator !== undefined && has(indicator.numerator) && has(indicator.denominator)) push(indicator.outlineItem, { kind: "indicator", def: indicator });
  }
  return groups;
}

/** Plans the appendices of a rolled-up report (no appendix when the provenance is empty). */
export function appendixPlan(
  report: Report,
  rollup: { readonly coverage: Coverage; readonly provenance: Provenance },
  catalog: Catalog,
  unitNames: Readonly<Record<string, string>> = {},
  figures?: readonly string[],
): AppendixPlan {
  const { coverage, provenance } = rollup;
  const has = (id: string) => Object.prototype.hasOwnProperty.call(provenance, id) && (provenance[id]?.length ?? 0) > 0;
  const inReport = (id: string) => Object.prototype.hasOwnProperty.call(report.values, id);

  const groups = figures === undefined ? keyColumns(catalog, has, inReport) : chosenColumns(catalog, figures, has, inReport);

  const specs: Omit<AppendixSpec, "label">[] = [];
  const { title: childTitle, word } = childWords(report.unit.level);
  for (const sectionId of [...groups.keys()].sort((a, b) => Number(a) - Number(b))) {
    const cols = groups.get(sectionId) ?? [];
    const title = `SỐ LIỆU ${upper(sectionTitle(sectionId))} CỦA ${childTitle}`;
    for (let i = 0; i < cols.length; i += MAX_FIGURE_COLUMNS) {
      specs.push({ sectionId, title: i === 0 ? title : `${title} (TIẾP THEO)`, columns: cols.slice(i, i + MAX_FIGURE_COLUMNS) });
    }
  }
  const appendices = specs.map((s, i) => ({ ...s, label: specs.length === 1 ? VI.appendix : `${VI.appendix} ${roman(i + 1)}` }));

  // Rows: the expected children in the caller's order (else those that reported).
  const names = new Map<string, string>();
  for (const [code, name] of PROVINCES_2025) names.set(code, name);
  for (const list of Object.values(provenance)) for (const c of list) names.set(c.unit, c.unitName);
  for (const [code, name] of Object.entries(unitNames)) names.set(code, name);
  const codes = coverage.expected.length > 0 ? coverage.expected : coverage.reported;
  const reported = new Set(coverage.reported);
  const late = new Set(coverage.late);
  const units = [...new Set(codes)].map((code) => ({
    code,
    name: cleanText(names.get(code) ?? code),
    reported: reported.has(code),
    late: late.has(code),
  }));
  return { appendices, units, provenance, childWord: word };
}

/**
 * The coverage sentence placed after the preamble: "Số liệu tổng hợp từ báo cáo của 33/34 tỉnh,
 * thành phố (chưa báo cáo: …)." Units are listed by name when there are few of them.
 */
export function coverageParagraph(plan: AppendixPlan): ParagraphBlock {
  const done = plan.units.filter((u) => u.reported).length;
  const missing = plan.units.filter((u) => !u.reported);
  const listed = missing.length > 0 && missing.length <= 10 ? ` (${VI.appendixNotReported.toLowerCase()}: ${missing.map((u) => u.name).join(", ")})` : "";
  const see = plan.appendices.length > 0 ? `; ${VI.appendixSeeBody.charAt(0).toLowerCase()}${VI.appendixSeeBody.slice(1)} ${plan.appendices.map((a) => a.label).join(", ")} ${VI.appendixAttachedSuffix}` : "";
  return {
    kind: "paragraph",
    inlines: [{ text: `${VI.coverageSentence} ${formatViNumber(done)}/${formatViNumber(plan.units.length)} ${plan.childWord}${listed}${see}.` }],
  };
}

/** The name of the issuing body inside a sentence ("của Ủy ban nhân dân tỉnh Nghệ An"). */
export function issuerInSentence(report: Report): string {
  if (report.agency !== undefined) return cleanText(report.agency.name).trim();
  const lines = issuerLines(report.document);
  if (lines[0]?.text === VI.peoplesCommittee && lines.length === 2) {
    const unit = cleanText(report.unit.name).trim();
    return `${VI.peoplesCommitteeSentence} ${unit.charAt(0).toLowerCase()}${unit.slice(1)}`;
  }
  const written = cleanText(report.document.issuer ?? report.unit.name).trim();
  const agency = AGENCIES.find((a) => upper(a.name.replace(/\s*\([^)]*\)$/u, "")) === upper(written));
  return agency?.name.replace(/\s*\([^)]*\)$/u, "") ?? written;
}

/** "(Kèm theo Báo cáo số 05/BC-UBND ngày 08 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh Nghệ An)". */
export function attachedLine(report: Report): string {
  const number = (numberLine(report.document, true) ?? "").replace(/^\S+\s/u, "");
  // An undated draft: the blanks, and the year the report falls due in.
  const period = parsePeriod(report.period);
  const due = period === undefined ? "" : reportDeadline(period, report.unit.level).slice(0, 4);
  const date = report.document.date === null ? `ngày     tháng     năm ${due}` : (dateWords(report.document.date, true) ?? "");
  return `(${VI.appendixAttached} ${number} ${date} ${VI.of} ${issuerInSentence(report)})`;
}

/**
 * Every child's figures, computed once for all the appendices: its contributions by element id
 * and its rates (one `evaluateIndicators` per child over the rate columns), and the report's own
 * rates for the total row.
 */
interface Figures {
  readonly contributions: ReadonlyMap<string, ReadonlyMap<string, Contribution>>;
  readonly rates: ReadonlyMap<string, ReadonlyMap<string, number | undefined>>;
  readonly totals: ReadonlyMap<string, number | undefined>;
}

function computeFigures(report: Report, plan: AppendixPlan, catalog: Catalog): Figures {
  const elements = new Set<string>();
  const rates = new Set<string>();
  for (const a of plan.appendices) {
    for (const c of a.columns) {
      if (c.kind === "element") elements.add(c.def.id);
      else {
        rates.add(c.def.id);
        elements.add(c.def.numerator);
        elements.add(c.def.denominator);
      }
    }
  }
  const contributions = new Map<string, Map<string, Contribution>>();
  for (const id of elements) {
    for (const c of plan.provenance[id] ?? []) {
      const byId = contributions.get(c.unit) ?? new Map<string, Contribution>();
      byId.set(id, c);
      contributions.set(c.unit, byId);
    }
  }
  const ids = [...rates];
  const defs = catalog.indicators.filter((d) => rates.has(d.id));
  const childRates = new Map<string, Map<string, number | undefined>>();
  for (const [unit, byId] of contributions) {
    const values: Record<string, number> = {};
    for (const [id, c] of byId) if (typeof c.value === "number") values[id] = c.value;
    childRates.set(unit, new Map(defs.map((d) => [d.id, evaluateIndicator(d, values).value])));
  }
  const totals = ids.length === 0 ? [] : evaluateIndicators(report.values, { catalog, ids });
  return { contributions, rates: childRates, totals: new Map(totals.map((r, i) => [ids[i] ?? r.id, r.value])) };
}

/** The value of a child for a column, from its contributions. */
function childValue(figures: Figures, column: AppendixColumn, code: string): { text: string; estimated: boolean } {
  const mine = figures.contributions.get(code);
  if (column.kind === "element") {
    const c = mine?.get(column.def.id);
    return c === undefined ? { text: VI.noValue, estimated: false } : { text: elementValueText(c.value), estimated: c.estimated === true };
  }
  const value = figures.rates.get(code)?.get(column.def.id);
  const estimated = mine?.get(column.def.numerator)?.estimated === true || mine?.get(column.def.denominator)?.estimated === true;
  return value === undefined ? { text: VI.noValue, estimated: false } : { text: indicatorValueText(value, column.def.unit, column.def.decimals), estimated };
}

/** The report's own figure for a column (the total row). */
function totalValue(report: Report, column: AppendixColumn, figures: Figures): string {
  if (column.kind === "element") {
    const v = report.values[column.def.id];
    return v === undefined ? VI.noValue : elementValueText(v);
  }
  const value = figures.totals.get(column.def.id);
  return value === undefined ? VI.noValue : indicatorValueText(value, column.def.unit, column.def.decimals);
}

function columnHeader(column: AppendixColumn): string {
  const unit = column.def.unit;
  return unit === "%" || unit === "" ? column.def.label : `${column.def.label} (${unit})`;
}

const cellOf = (text: string, align: TableCell["align"], extra: Partial<TableCell["lines"][number]> = {}, span?: number): TableCell => ({
  lines: [{ text, ...extra }],
  align,
  ...(span !== undefined && span > 1 ? { span } : {}),
});

/** The table of one appendix. */
function appendixTable(report: Report, plan: AppendixPlan, spec: AppendixSpec, figures: Figures): { table: TableBlock; estimated: boolean } {
  const ordinal = mm(10);
  const nameWidth = mm(45);
  const figureWidth = Math.floor((LANDSCAPE_TEXT_WIDTH - ordinal - nameWidth) / Math.max(spec.columns.length, 4));
  const header: TableCell[] = [
    cellOf(VI.appendixOrdinalColumn, "center", { bold: true }),
    cellOf(VI.appendixUnitColumn, "center", { bold: true }),
    ...spec.columns.map((c) => cellOf(columnHeader(c), "center", { bold: true })),
  ];
  let estimated = false;
  const rows = plan.units.map((u, i): TableCell[] => {
    const name = u.late ? `${u.name} (${VI.appendixLate})` : u.name;
    const cells = u.reported
      ? spec.columns.map((c) => {
          const v = childValue(figures, c, u.code);
          estimated ||= v.estimated;
          return cellOf(`${v.text}${v.estimated ? VI.flagMarks.estimated : ""}`, "right");
        })
      : [cellOf(VI.appendixNotReported, "center", { italic: true }, spec.columns.length)];
    return [cellOf(String(i + 1), "center"), cellOf(name, "left"), ...cells];
  });
  const total: TableCell[] = [
    cellOf(VI.appendixTotal, "center", { bold: true }, 2),
    ...spec.columns.map((c) => cellOf(totalValue(report, c, figures), "right", { bold: true })),
  ];
  return {
    table: { kind: "table", role: "appendix", widths: [ordinal, nameWidth, ...spec.columns.map(() => figureWidth)], header, rows: [...rows, total] },
    estimated,
  };
}

/** The appendices of a plan, each with its label, title, "Kèm theo" line, coverage and table. */
export function appendixModels(report: Report, plan: AppendixPlan, catalog: Catalog): AppendixModel[] {
  const attached = attachedLine(report);
  const done = plan.units.filter((u) => u.reported).length;
  const figures = computeFigures(report, plan, catalog);
  return plan.appendices.map((spec) => {
    const { table, estimated } = appendixTable(report, plan, spec, figures);
    return {
      label: spec.label,
      title: spec.title,
      attached,
      coverage: `${VI.appendixCoverage}: ${formatViNumber(done)}/${formatViNumber(plan.units.length)}`,
      table,
      ...(estimated ? { note: `${VI.note}: (${VI.flagMarks.estimated}) ${VI.flagNotes.estimated}.` } : {}),
    };
  });
}
