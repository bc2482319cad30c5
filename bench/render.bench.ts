/**
 * renderDocx on the national report (synthetic country: 34 provinces, 3,321 communes, rolled up
 * xã → tỉnh → Bộ) with its 34-province appendices, measured side by side with the baseline the
 * issue names: building the same blocks with the docx package directly (a hand-written builder
 * that takes the already laid-out text and makes the same paragraphs, tables, footnotes and
 * sections, then packs them). Goal: renderDocx — layout, every figure computed, and writer —
 * within 1,1× the baseline. The two run interleaved (A, B, A, B…) so that load on the shared
 * machine falls on both alike. The seed commune report (004) is measured beside them for scale.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from "docx";
import { COLOR, FONT, LANDSCAPE_TEXT_WIDTH, MARGIN, SIZE, TEXT_WIDTH } from "../src/layout/page.js";
import { PARAGRAPH_STYLES } from "../src/render/docx/styles.js";
import { performance } from "node:perf_hooks";
import { UNITS_2025 } from "../src/communes/index.js";
import { layoutReport, renderDocx, type Block, type DocumentModel, type Inline, type TableBlock } from "../src/render/index.js";
import { rollupHierarchy } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import { loadReport } from "../test/fixtures/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const RATIO_TARGET = 1.1;
const A4 = { width: 11906, height: 16838 };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOR } as const;
const RULED = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;
const CELL_MARGINS = { left: 60, right: 60, top: 0, bottom: 0 } as const;
const NONE = { top: { style: BorderStyle.NONE, size: 0, color: "auto" }, bottom: { style: BorderStyle.NONE, size: 0, color: "auto" }, left: { style: BorderStyle.NONE, size: 0, color: "auto" }, right: { style: BorderStyle.NONE, size: 0, color: "auto" }, insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "auto" }, insideVertical: { style: BorderStyle.NONE, size: 0, color: "auto" } } as const;

const text = (t: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: t, ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}), ...(o.size !== undefined ? { size: o.size } : {}) });
const centred = (t: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [text(t, o)] });
const runs = (inlines: readonly Inline[]) =>
  inlines.map((i) => ("footnote" in i ? new FootnoteReferenceRun(i.footnote) : new TextRun({ text: i.text, ...(i.bold ? { bold: true } : {}), ...(i.italic ? { italics: true } : {}) })));

/** A ruled table as the writer makes one: fixed widths, header row repeated, rows kept whole, cell styles. */
function table(t: TableBlock, width: number): Table {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const scale = t.role === "appendix" ? Math.min(1, width / sum) : width / sum;
  const widths = t.widths.map((w) => Math.floor(w * scale));
  const styles = t.role === "figures" ? { left: "BaoCaoBangTrai", center: "BaoCaoBangGiua", right: "BaoCaoBangPhai" } : { left: "PhuLucBangTrai", center: "PhuLucBangGiua", right: "PhuLucBangPhai" };
  const row = (cells: TableBlock["header"], header: boolean) => {
    let at = 0;
    return new TableRow({
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      children: cells.map((c) => {
        const span = c.span ?? 1;
        let w = 0;
        for (let k = 0; k < span; k++) w += widths[at + k] ?? 0;
        at += span;
        return new TableCell({
          width: { size: w, type: WidthType.DXA },
          ...(header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
          ...(span > 1 ? { columnSpan: span } : {}),
          children: c.lines.map((l) => new Paragraph({ style: styles[c.align], children: [text(l.text, { bold: l.bold ?? false, italics: l.italic ?? false })] })),
        });
      }),
    });
  };
  return new Table({
    rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULED,
    margins: CELL_MARGINS,
    ...(t.role === "appendix" ? { alignment: AlignmentType.CENTER } : {}),
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], widths: readonly [number, number]): Table {
  const cell = (children: Paragraph[], w: number) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: NONE, children: children.length > 0 ? children : [new Paragraph({})] });
  return new Table({ rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })], width: { size: widths[0] + widths[1], type: WidthType.DXA }, columnWidths: [...widths], layout: TableLayoutType.FIXED, borders: NONE });
}

function blocks(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "header":
      return [
        twoColumns(
          [...b.issuer.map((l) => centred(l.text, { bold: l.bold, size: 24 })), centred(b.number ?? "", { size: 26 })],
          [centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 }), centred("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 26 }), centred(b.placeDate ?? "", { italics: true, size: 28 })],
          [3515, 6123],
        ),
      ];
    case "title":
      return [...(b.marking === undefined ? [] : [b.marking]), b.docType, b.title].map((t) => centred(t, { bold: true, size: 28 }));
    case "recipients":
      return b.recipients.map((r) => centred(`${b.label} ${r}`));
    case "heading":
      return [new Paragraph({ style: `BaoCaoDeMuc${Math.min(b.depth, 3) + 1}`, children: [text(b.text, { bold: b.bold, italics: b.italic })] })];
    case "paragraph":
      return [new Paragraph({ style: "BaoCaoNoiDung", children: runs(b.inlines) })];
    case "table":
      return [new Paragraph({}), table(b, TEXT_WIDTH), new Paragraph({})];
    case "signing":
      return [
        twoColumns(
          [...(b.distribution === undefined ? [] : [b.distribution.label, ...b.distribution.lines].map((t) => new Paragraph({ children: [text(t, { size: 22 })] })))],
          [...(b.signature === undefined ? [] : [...b.signature.lines, "", b.signature.name].map((t) => centred(t, { bold: true, size: 28 })))],
          [4337, 5301],
        ),
      ];
  }
}

/** The page numbers of a section, from its second page. */
const headers = () => ({
  first: new Header({ children: [new Paragraph({})] }),
  default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })] })] }),
});

/**
 * The baseline: the model's text made into a .docx with the docx package directly — the same
 * paragraphs, tables (widths, borders, repeated headers), styles, footnotes, sections and page
 * numbers as the writer makes, built inline.
 */
export async function direct(model: DocumentModel): Promise<Uint8Array> {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const f of model.footnotes) footnotes[String(f.number)] = { children: f.paragraphs.map((p) => new Paragraph({ style: "BaoCaoChuThich", children: runs(p) })) };
  const page = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({ size: { ...A4, orientation }, margin: { ...MARGIN, gutter: 0 } });
  const doc = new Document({
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body, color: COLOR, language: { value: "vi-VN" } }, paragraph: { spacing: { before: 0, after: 0 } } } },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    footnotes,
    sections: [
      { properties: { titlePage: true, page: page(PageOrientation.PORTRAIT) }, headers: headers(), children: model.blocks.flatMap(blocks) },
      ...model.appendices.map(
        (a): ISectionOptions => ({
          properties: { titlePage: true, page: { ...page(PageOrientation.LANDSCAPE), pageNumbers: { start: 1 } } },
          headers: headers(),
          children: [
            centred(a.label, { bold: true, size: 28 }),
            centred(a.title, { bold: true, size: 28 }),
            centred(a.attached, { italics: true }),
            centred(a.coverage, { italics: true, size: 22 }),
            table(a.table, LANDSCAPE_TEXT_WIDTH),
            ...(a.note === undefined ? [] : [new Paragraph({ children: [text(a.note, { italics: true, size: 22 })] })]),
          ],
        }),
      ),
    ],
  });
  return Packer.pack(doc, "uint8array", false);
}

/**
 * Interleaved timing of two functions (A then B, B then A, alternately): the times of each, sorted,
 * and the ratio A/B of each pair, sorted. The median of the pairs' ratios is the figure judged:
 * on a shared machine a burst of load hits both runs of a pair alike.
 */
async function sideBySide(a: () => Promise<unknown>, b: () => Promise<unknown>, iterations: number, warmup: number): Promise<{ a: number[]; b: number[]; ratios: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const pair = { a: 0, b: 0 };
    for (const which of i % 2 === 0 ? (["a", "b"] as const) : (["b", "a"] as const)) {
      const t0 = performance.now();
      await (which === "a" ? a() : b());
      pair[which] = performance.now() - t0;
    }
    ta.push(pair.a);
    tb.push(pair.b);
    ratios.push(pair.a / pair.b);
  }
  const sort = (xs: number[]) => xs.sort((x, y) => x - y);
  return { a: sort(ta), b: sort(tb), ratios: sort(ratios) };
}

const at = (xs: readonly number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;

export default (async (): Promise<readonly BenchResult[]> => {
  const communes = generateCountry({ seed: 6, period: "202605", comparisons: true });
  const { national } = rollupHierarchy(communes, { units: UNITS_2025, period: "202605" });
  const options = { rollup: national };
  const model = layoutReport(national.report, options);
  let size = 0;
  const iterations = 30;
  const { a, b, ratios } = await sideBySide(
    async () => {
      size = (await renderDocx(national.report, options)).length;
    },
    () => direct(model),
    iterations,
    5,
  );
  const ratio = at(ratios, 0.5);
  const baselineSize = (await direct(model)).length;
  const commune = loadReport("004-dong-cuu-2026-05");
  const communeResult = await measure("renderDocx, báo cáo xã (seed 004)", () => renderDocx(commune), { iterations: 30, warmup: 5 });
  return [
    {
      name: "renderDocx, báo cáo toàn quốc kèm phụ lục 34 tỉnh, thành phố",
      medianMs: at(a, 0.5),
      p95Ms: at(a, 0.95),
      iterations,
      throughput: `${Math.round(size / 1024)} kB .docx; ${ratio.toFixed(2).replace(".", ",")}× cách dựng trực tiếp`,
      target: `≤ ${String(RATIO_TARGET).replace(".", ",")}× dựng trực tiếp`,
      pass: ratio <= RATIO_TARGET,
    },
    { name: "cùng khối, dựng trực tiếp bằng docx (mốc so sánh)", medianMs: at(b, 0.5), p95Ms: at(b, 0.95), iterations, throughput: `${Math.round(baselineSize / 1024)} kB .docx` },
    { ...communeResult, throughput: `${(1000 / communeResult.medianMs).toFixed(0)} báo cáo/giây` },
  ];
}) satisfies Bench;
