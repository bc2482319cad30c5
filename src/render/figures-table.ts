/**
 * The figures table of a section: Chỉ tiêu | Kỳ báo cáo | Cùng kỳ năm trước | Tăng/giảm |
 * Mục tiêu | Đánh giá, with the catalog's labels and units, Vietnamese numbers, targets not met
 * in bold ("Chưa đạt"), flagged figures marked ("*" estimated) and explained under the table.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { formatViNumber } from "../format/number.js";
import type { Block } from "./body.js";
import { changeText, currentText, flagMark, previousText, targetText } from "./fact-text.js";
import type { Fact, Flag } from "./figures.js";
import { COLOR, SIZE, TEXT_WIDTH, pt } from "./layout.js";
import { paragraph, run } from "./paragraphs.js";
import { VI } from "./strings.js";
import { STYLE } from "./styles.js";
import { textWidth } from "./text-width.js";

/**
 * Column widths (twips) of the figures table on a portrait page. The three figure columns hold
 * "3.316.444" or "+334.834 (+11,2%)" at 12 pt; longer amounts ("82.183.147.000" đồng) are set
 * smaller to stay on one line ({@link fittedSize}). "Mục tiêu" holds "≥ 100%" and "Đánh giá"
 * "Chưa đạt" (bold italic) on one line; the label takes the rest.
 */
export const FIGURE_COLUMNS: readonly number[] = (() => {
  const rest = [1550, 1550, 1550, 950, 1100];
  return [TEXT_WIDTH - rest.reduce((a, b) => a + b, 0), ...rest];
})();
const COLUMNS = FIGURE_COLUMNS;

/** The smallest size a figure is set at to stay on one line of its cell (9 pt). */
export const MIN_CELL_SIZE = pt(9);
/** Room kept on a cell line beyond the estimated text width, for the estimate's error (twips). */
const FIT_SLACK = 40;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOR } as const;
/** Thin single borders all round (a table of figures is ruled, unlike the header tables). */
export const RULED = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

/** A line of a table cell. */
export interface CellLine {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** A size other than the style's (half-points). */
  readonly size?: number;
}

/**
 * A table cell of short paragraphs in one of the cell styles ({@link STYLE}); header cells are
 * centred vertically.
 */
export function figureCell(
  lines: readonly CellLine[],
  width: number,
  align: "left" | "center" | "right",
  kind: "table" | "appendix",
  options: { readonly columnSpan?: number; readonly header?: boolean } = {},
): TableCell {
  const style = (kind === "table" ? STYLE.cell : STYLE.appendixCell)[align];
  const base = kind === "table" ? SIZE.table : SIZE.appendixTable;
  const room = width - CELL_MARGINS.left - CELL_MARGINS.right;
  return new TableCell({
    children: lines.map((l) => {
      const size = fittedSize(l.text, room, l.size ?? base, l.bold ?? false);
      return new Paragraph({
        style,
        children: [run(l.text, { ...(size !== base ? { size } : {}), bold: l.bold ?? false, italics: l.italics ?? false })],
      });
    }),
    width: { size: width, type: WidthType.DXA },
    ...(options.header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    ...(options.columnSpan !== undefined && options.columnSpan > 1 ? { columnSpan: options.columnSpan } : {}),
  });
}

/** Cell padding of the figures and appendix tables (1 mm each side). */
export const CELL_MARGINS = { left: 60, right: 60, top: 0, bottom: 0 } as const;

/**
 * The size (half-points) at which every unbreakable piece of `text` (what lies between spaces:
 * "82.183.147.000", "(+9,1%)") fits on a line `room` twips wide: `size` when it does, else the
 * largest smaller size that does, down to {@link MIN_CELL_SIZE}. A word processor breaks a
 * number too long for its cell anywhere ("82.183.147.00" / "0"), which misreads as two
 * figures; a văn thư sets it a point or two smaller instead. Text with spaces still wraps at
 * its spaces.
 */
export function fittedSize(text: string, room: number, size: number, bold = false): number {
  const pieces = text.split(/[ \t\n]+/u).filter((p) => p !== "");
  const fits = (s: number) => pieces.every((p) => textWidth(p, s, bold) + FIT_SLACK <= room);
  let s = size;
  while (s > MIN_CELL_SIZE && !fits(s)) s -= 1;
  return s;
}

/** The label of a figure with its unit: "Số hồ sơ tiếp nhận trong kỳ (hồ sơ)". */
export function factLabel(fact: Fact): string {
  const unit = fact.def.unit;
  return unit === "%" || unit === "" ? fact.def.label : `${fact.def.label} (${unit})`;
}

/** The flags used by a list of facts, in the order of {@link VI.flagMarks}. */
function flagsUsed(facts: readonly Fact[]): Flag[] {
  const used = new Set<Flag>();
  for (const f of facts) {
    if (f.flag !== undefined) used.add(f.flag);
    if (f.kind !== "score" && f.previousFlag !== undefined) used.add(f.previousFlag);
  }
  return (Object.keys(VI.flagMarks) as Flag[]).filter((f) => used.has(f));
}

/** The rows of the table, one per figure. */
function factRow(fact: Fact): TableRow {
  const [label = 0, current = 0, previous = 0, change = 0, target = 0, assessment = 0] = COLUMNS;
  // "(956/959)" under a rate computed from counts, when it fits on one line of the cell.
  const fraction =
    fact.kind === "indicator" && fact.source === "counts" && fact.evaluated.numerator !== undefined && fact.evaluated.denominator !== undefined
      ? `(${formatViNumber(fact.evaluated.numerator)}/${formatViNumber(fact.evaluated.denominator)})`
      : "";
  const ratio = fraction !== "" && textWidth(fraction, pt(10)) <= current - 2 * CELL_MARGINS.left ? [{ text: fraction, size: pt(10) }] : [];
  const previousFlag = fact.kind === "score" ? undefined : fact.previousFlag;
  const meets = fact.kind === "indicator" ? fact.meetsTarget : undefined;
  const verdict = meets === undefined ? [] : meets ? [{ text: VI.targetMet }] : [{ text: VI.targetNotMet, bold: true, italics: true }];
  // "≥ 100%" never breaks after the sign (a no-break space), so it is never read as "≥" over "100%".
  const goal = fact.kind === "indicator" ? targetText(fact.def.target, fact.def.unit).replace(/^([≥≤]) /u, "$1\u00A0") : "";
  return new TableRow({
    cantSplit: true,
    children: [
      figureCell([{ text: factLabel(fact) }], label, "left", "table"),
      figureCell([{ text: `${currentText(fact)}${flagMark(fact.flag)}` }, ...ratio], current, "center", "table"),
      figureCell([{ text: `${previousText(fact)}${flagMark(previousFlag)}` }], previous, "center", "table"),
      figureCell([{ text: changeText(fact) }], change, "center", "table"),
      figureCell([{ text: goal }], target, "center", "table"),
      figureCell(verdict.length > 0 ? verdict : [{ text: "" }], assessment, "center", "table"),
    ],
  });
}

/**
 * The figures table of a section and the note explaining its marks; empty when the section
 * has no figures.
 */
export function figuresTable(facts: readonly Fact[]): Block[] {
  if (facts.length === 0) return [];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: VI.tableHeaders.map((h, i) => figureCell([{ text: h, bold: true }], COLUMNS[i] ?? 0, "center", "table", { header: true })),
  });
  const table = new Table({
    rows: [header, ...facts.map(factRow)],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: RULED,
    margins: CELL_MARGINS,
  });
  const flags = flagsUsed(facts);
  const note =
    flags.length === 0
      ? []
      : [
          paragraph(`${VI.note}: ${flags.map((f) => `(${VI.flagMarks[f]}) ${VI.flagNotes[f]}`).join("; ")}.`, {
            size: SIZE.table,
            italics: true,
            before: 60,
            align: "justify",
          }),
        ];
  // A blank line before and after the table, as a typist leaves them: without the one after,
  // the next heading sits on the table's bottom rule.
  return [paragraph("", { size: pt(6), before: 60 }), table, ...note, paragraph("", { size: pt(6) })];
}
