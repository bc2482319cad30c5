/**
 * Ruled tables (figures tables and appendices) from the model's {@link TableBlock}: fixed
 * column widths, the header row repeated on every page, rows never split across pages, and a
 * figure too long for its cell set a point or two smaller rather than broken in the middle.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { TableBlock, TableCell as CellModel } from "../../layout/model.js";
import { COLOR, SIZE, pt } from "../../layout/page.js";
import { textWidth } from "../../layout/text-width.js";
import { run } from "./paragraphs.js";
import { STYLE } from "./styles.js";

/** The smallest size a figure is set at to stay on one line of its cell (9 pt). */
export const MIN_CELL_SIZE = pt(9);
/** Room kept on a cell line beyond the estimated text width, for the estimate's error (twips). */
const FIT_SLACK = 40;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOR } as const;
/** Thin single borders all round (a table of figures is ruled, unlike the header tables). */
export const RULED = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

/** Cell padding of the figures and appendix tables (1 mm each side). */
export const CELL_MARGINS = { left: 60, right: 60, top: 0, bottom: 0 } as const;

/**
 * The size (half-points) at which every unbreakable piece of `text` (what lies between spaces)
 * fits on a line `room` twips wide: `size` when it does, else the largest smaller size that
 * does, down to {@link MIN_CELL_SIZE}. Text with spaces still wraps at its spaces.
 */
export function fittedSize(text: string, room: number, size: number, bold = false): number {
  const pieces = text.split(/[ \t\n]+/u).filter((p) => p !== "");
  const fits = (s: number) => pieces.every((p) => textWidth(p, s, bold) + FIT_SLACK <= room);
  let s = size;
  while (s > MIN_CELL_SIZE && !fits(s)) s -= 1;
  return s;
}

function cell(model: CellModel, width: number, kind: TableBlock["role"], header: boolean): TableCell {
  const style = (kind === "figures" ? STYLE.cell : STYLE.appendixCell)[model.align];
  const base = kind === "figures" ? SIZE.table : SIZE.appendixTable;
  const room = width - CELL_MARGINS.left - CELL_MARGINS.right;
  return new TableCell({
    children: model.lines.map((l) => {
      const wanted = l.small === true ? pt(10) : base;
      const size = fittedSize(l.text, room, wanted, l.bold ?? false);
      return new Paragraph({ style, children: [run(l.text, { ...(size !== base ? { size } : {}), bold: l.bold ?? false, italics: l.italic ?? false })] });
    }),
    width: { size: width, type: WidthType.DXA },
    ...(header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    ...(model.span !== undefined && model.span > 1 ? { columnSpan: model.span } : {}),
  });
}

function row(cells: readonly CellModel[], widths: readonly number[], kind: TableBlock["role"], header: boolean): TableRow {
  let at = 0;
  const children = cells.map((c) => {
    const span = c.span ?? 1;
    let width = 0;
    for (let i = 0; i < span; i++) width += widths[at + i] ?? 0;
    at += span;
    return cell(c, width, kind, header);
  });
  return new TableRow({ children, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
}

/** A ruled table of the model, `total` twips wide (its relative widths scaled to it). */
export function ruledTable(model: TableBlock, total: number, centred = false): Table {
  const sum = model.widths.reduce((a, b) => a + b, 0) || 1;
  const scale = model.role === "appendix" ? Math.min(1, total / sum) : total / sum;
  const widths = model.widths.map((w) => Math.floor(w * scale));
  return new Table({
    rows: [row(model.header, widths, model.role, true), ...model.rows.map((r) => row(r, widths, model.role, false))],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULED,
    margins: CELL_MARGINS,
    ...(centred ? { alignment: "center" as const } : {}),
  });
}
