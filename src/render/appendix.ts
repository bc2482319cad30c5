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
import {
  AlignmentType,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  WidthType,
  type ISectionOptions,
} from "docx";
import { formatViNumber } from "../format/number.js";
import { sectionOf } from "../indicators/catalog.js";
import { compileCatalog } from "../indicators/compile.js";
import { evaluateIndicators } from "../indicators/evaluate.js";
import type { Catalog, ElementDef, IndicatorDef } from "../indicators/types.js";
import type { Coverage, Provenance } from "../rollup/types.js";
import { AGENCIES } from "../schema/agency.js";
import { PROVINCES_2025_LIST } from "../schema/unit.js";
import type { Report } from "../schema/report.js";
import { roman, sectionTitle } from "./body.js";
import { elementValueText, indicatorValueText } from "./fact-text.js";
import { CELL_MARGINS, RULED, figureCell } from "./figures-table.js";
import { issuerLines, numberLine, placeDateLine } from "./header-block.js";
import { BODY, LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE, SIZE, mm, pt } from "./layout.js";
import { pageHeaders } from "./page-headers.js";
import { bodyParagraph, paragraph } from "./paragraphs.js";
import { VI } from "./strings.js";
import { cleanText, upper } from "./text.js";

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
    const title = `SỐ LIỆU ${upper(sectionTitle({ id: sectionId }))} CỦA ${childTitle}`;
    for (let i = 0; i < cols.length; i += MAX_FIGURE_COLUMNS) {
      specs.push({ sectionId, title: i === 0 ? title : `${title} (TIẾP THEO)`, columns: cols.slice(i, i + MAX_FIGURE_COLUMNS) });
    }
  }
  const appendices = specs.map((s, i) => ({ ...s, label: specs.length === 1 ? VI.appendix : `${VI.appendix} ${roman(i + 1)}` }));

  // Rows: the expected children in the caller's order (else those that reported).
  const names = new Map<string, string>();
  for (const u of PROVINCES_2025_LIST.units) names.set(u.code, u.name);
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
export function coverageParagraph(plan: AppendixPlan): Paragraph {
  const done = plan.units.filter((u) => u.reported).length;
  const missing = plan.units.filter((u) => !u.reported);
  const listed = missing.length > 0 && missing.length <= 10 ? ` (${VI.appendixNotReported.toLocaleLowerCase("vi")}: ${missing.map((u) => u.name).join(", ")})` : "";
  const see = plan.appendices.length > 0 ? `; ${VI.appendixSeeBody.charAt(0).toLocaleLowerCase("vi")}${VI.appendixSeeBody.slice(1)} ${plan.appendices.map((a) => a.label).join(", ")} ${VI.appendixAttachedSuffix}` : "";
  return bodyParagraph(
    `${VI.coverageSentence} ${formatViNumber(done)}/${formatViNumber(plan.units.length)} ${plan.childWord}${listed}${see}.`,
  );
}

/** The name of the issuing body inside a sentence ("của Ủy ban nhân dân tỉnh Nghệ An"). */
export function issuerInSentence(report: Report): string {
  if (report.agency !== undefined) return cleanText(report.agency.name).trim();
  const lines = issuerLines(report.document);
  if (lines[0]?.text === VI.peoplesCommittee && lines.length === 2) {
    const unit = cleanText(report.unit.name).trim();
    return `${VI.peoplesCommitteeSentence} ${unit.charAt(0).toLocaleLowerCase("vi")}${unit.slice(1)}`;
  }
  const issuer = upper(cleanText(report.document.issuer).trim());
  const agency = AGENCIES.find((a) => upper(a.name.replace(/\s*\([^)]*\)$/u, "")) === issuer);
  return agency?.name.replace(/\s*\([^)]*\)$/u, "") ?? cleanText(report.document.issuer).trim();
}

/** "(Kèm theo Báo cáo số 05/BC-UBND ngày 08 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh Nghệ An)". */
export function attachedLine(report: Report): string {
  const number = numberLine(report.document).replace(/^\S+\s/u, "");
  const place = cleanText(report.document.place).trim();
  const date = placeDateLine(report).slice(place.length + 2);
  return `(${VI.appendixAttached} ${number} ${date} ${VI.of} ${issuerInSentence(report)})`;
}

/** The value of a child for a column, from its contributions. */
function childValue(plan: AppendixPlan, column: AppendixColumn, code: string, catalog: Catalog): { text: string; estimated: boolean } {
  const contribution = (id: string) => plan.provenance[id]?.find((c) => c.unit === code);
  if (column.kind === "element") {
    const c = contribution(column.def.id);
    return c === undefined ? { text: VI.noValue, estimated: false } : { text: elementValueText(c.value), estimated: c.estimated === true };
  }
  const num = contribution(column.def.numerator);
  const den = contribution(column.def.denominator);
  const values: Record<string, number> = {};
  if (typeof num?.value === "number") values[column.def.numerator] = num.value;
  if (typeof den?.value === "number") values[column.def.denominator] = den.value;
  const [r] = evaluateIndicators(values, { catalog, ids: [column.def.id] });
  return r?.value === undefined
    ? { text: VI.noValue, estimated: false }
    : { text: indicatorValueText(r.value, column.def.unit, column.def.decimals), estimated: num?.estimated === true || den?.estimated === true };
}

/** The report's own figure for a column (the total row). */
function totalValue(report: Report, column: AppendixColumn, catalog: Catalog): string {
  if (column.kind === "element") {
    const v = report.values[column.def.id];
    return v === undefined ? VI.noValue : elementValueText(v);
  }
  const [r] = evaluateIndicators(report.values, { catalog, ids: [column.def.id] });
  return r?.value === undefined ? VI.noValue : indicatorValueText(r.value, column.def.unit, column.def.decimals);
}

function columnHeader(column: AppendixColumn): string {
  const unit = column.def.unit;
  return unit === "%" || unit === "" ? column.def.label : `${column.def.label} (${unit})`;
}

/** The table of one appendix. */
function appendixTable(report: Report, plan: AppendixPlan, spec: AppendixSpec, catalog: Catalog): { table: Table; estimated: boolean } {
  const ordinal = mm(10);
  const nameWidth = mm(45);
  const figureWidth = Math.floor((LANDSCAPE_TEXT_WIDTH - ordinal - nameWidth) / Math.max(spec.columns.length, 4));
  const widths = [ordinal, nameWidth, ...spec.columns.map(() => figureWidth)];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      figureCell([{ text: VI.appendixOrdinalColumn, bold: true }], ordinal, "center", "appendix", { header: true }),
      figureCell([{ text: VI.appendixUnitColumn, bold: true }], nameWidth, "center", "appendix", { header: true }),
      ...spec.columns.map((c) => figureCell([{ text: columnHeader(c), bold: true }], figureWidth, "center", "appendix", { header: true })),
    ],
  });
  let estimated = false;
  const rows = plan.units.map((u, i) => {
    const name = u.late ? `${u.name} (${VI.appendixLate})` : u.name;
    const cells = u.reported
      ? spec.columns.map((c) => {
          const v = childValue(plan, c, u.code, catalog);
          estimated ||= v.estimated;
          return figureCell([{ text: `${v.text}${v.estimated ? VI.flagMarks.estimated : ""}` }], figureWidth, "right", "appendix");
        })
      : [figureCell([{ text: VI.appendixNotReported, italics: true }], figureWidth * spec.columns.length, "center", "appendix", { columnSpan: spec.columns.length })];
    return new TableRow({
      cantSplit: true,
      children: [figureCell([{ text: String(i + 1) }], ordinal, "center", "appendix"), figureCell([{ text: name }], nameWidth, "left", "appendix"), ...cells],
    });
  });
  const total = new TableRow({
    cantSplit: true,
    children: [
      figureCell([{ text: VI.appendixTotal, bold: true }], ordinal + nameWidth, "center", "appendix", { columnSpan: 2 }),
      ...spec.columns.map((c) => figureCell([{ text: totalValue(report, c, catalog), bold: true }], figureWidth, "right", "appendix")),
    ],
  });
  const table = new Table({
    rows: [header, ...rows, total],
    // With fewer than four figure columns the table is narrower than the page: centred under
    // its centred title rather than hanging from the left margin.
    alignment: AlignmentType.CENTER,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULED,
    margins: CELL_MARGINS,
  });
  return { table, estimated };
}

/** The landscape sections of the appendices, each numbered from its own page 1. */
export function appendixSections(report: Report, plan: AppendixPlan, catalog: Catalog): ISectionOptions[] {
  const attached = attachedLine(report);
  const done = plan.units.filter((u) => u.reported).length;
  return plan.appendices.map((spec) => {
    const { table, estimated } = appendixTable(report, plan, spec, catalog);
    return {
      properties: {
        titlePage: true,
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
          margin: { ...MARGIN, gutter: 0 },
          pageNumbers: { start: 1 },
        },
      },
      headers: pageHeaders(),
      children: [
        paragraph(spec.label, { align: "center", size: SIZE.appendixLabel, bold: true, keepNext: true }),
        paragraph(spec.title, { align: "center", size: SIZE.appendixTitle, bold: true, keepNext: true }),
        paragraph(attached, { align: "center", size: SIZE.body, italics: true, keepNext: true }),
        paragraph(`${VI.appendixCoverage}: ${formatViNumber(done)}/${formatViNumber(plan.units.length)}`, {
          align: "center",
          size: SIZE.appendixTable,
          italics: true,
          before: BODY.paragraphSpacing,
          after: BODY.paragraphSpacing,
          keepNext: true,
        }),
        table,
        ...(estimated
          ? [paragraph(`${VI.note}: (${VI.flagMarks.estimated}) ${VI.flagNotes.estimated}.`, { size: SIZE.appendixTable, italics: true, before: 60 })]
          : []),
        paragraph("", { size: pt(2) }),
      ],
    } satisfies ISectionOptions;
  });
}
