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
  Document,
  FootnoteReferenceRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { performance } from "node:perf_hooks";
import { UNITS_2025 } from "../src/communes/index.js";
import { layoutReport, renderDocx, type Block, type DocumentModel, type Inline, type TableBlock } from "../src/render/index.js";
import { rollupHierarchy } from "../src/rollup/index.js";
import { generateCountry } from "../src/sample/index.js";
import { loadReport } from "../test/fixtures/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const RATIO_TARGET = 1.1;
const A4 = { width: 11906, height: 16838 };

const runs = (inlines: readonly Inline[]) =>
  inlines.map((i) => ("footnote" in i ? new FootnoteReferenceRun(i.footnote) : new TextRun({ text: i.text, bold: i.bold ?? false, italics: i.italic ?? false })));

function table(t: TableBlock, width: number): Table {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((w * width) / sum));
  const row = (cells: TableBlock["header"]) =>
    new TableRow({
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            ...(c.span !== undefined ? { columnSpan: c.span } : {}),
            children: c.lines.map((l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.bold ?? false })] })),
          }),
      ),
    });
  return new Table({ rows: [row(t.header), ...t.rows.map(row)], columnWidths: widths, width: { size: width, type: WidthType.DXA } });
}

function blocks(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "header":
      return [table({ kind: "table", role: "figures", widths: [1, 1], header: [{ lines: b.issuer, align: "center" }, { lines: [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }, { text: "Độc lập - Tự do - Hạnh phúc" }], align: "center" }], rows: [[{ lines: [{ text: b.number ?? "" }], align: "center" }, { lines: [{ text: b.placeDate ?? "" }], align: "center" }]] }, 9638)];
    case "title":
      return [b.marking ?? "", b.docType, b.title].map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true })] }));
    case "recipients":
      return b.recipients.map((r) => new Paragraph({ children: [new TextRun(`${b.label} ${r}`)] }));
    case "heading":
      return [new Paragraph({ keepNext: true, children: [new TextRun({ text: b.text, bold: b.bold, italics: b.italic })] })];
    case "paragraph":
      return [new Paragraph({ children: runs(b.inlines) })];
    case "table":
      return [table(b, 9638)];
    case "signing":
      return [
        table(
          {
            kind: "table",
            role: "figures",
            widths: [1, 1],
            header: [
              { lines: [{ text: b.distribution?.label ?? "" }, ...(b.distribution?.lines ?? []).map((text) => ({ text }))], align: "left" },
              { lines: [...(b.signature?.lines ?? []).map((text) => ({ text })), { text: b.signature?.name ?? "" }], align: "center" },
            ],
            rows: [],
          },
          9638,
        ),
      ];
  }
}

/** The baseline: the model's text made into a .docx with the docx package directly. */
async function direct(model: DocumentModel): Promise<Uint8Array> {
  const appendix = (a: DocumentModel["appendices"][number]): ISectionOptions => ({
    properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE } } },
    children: [...[a.label, a.title, a.attached, a.coverage].map((t) => new Paragraph({ children: [new TextRun(t)] })), table(a.table, 14300)],
  });
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const f of model.footnotes) footnotes[String(f.number)] = { children: f.paragraphs.map((p) => new Paragraph({ children: runs(p) })) };
  const doc = new Document({
    footnotes,
    sections: [
      { properties: { page: { size: A4 } }, children: model.blocks.flatMap(blocks) },
      ...model.appendices.map(appendix),
    ],
  });
  return Packer.pack(doc, "uint8array", false);
}

/** Interleaved timing of two functions: medians of each. */
async function sideBySide(a: () => Promise<unknown>, b: () => Promise<unknown>, iterations: number, warmup: number): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const first = i % 2 === 0;
    for (const which of first ? ["a", "b"] : ["b", "a"]) {
      const t0 = performance.now();
      await (which === "a" ? a() : b());
      (which === "a" ? ta : tb).push(performance.now() - t0);
    }
  }
  return { a: ta.sort((x, y) => x - y), b: tb.sort((x, y) => x - y) };
}

const at = (xs: readonly number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;

export default (async (): Promise<readonly BenchResult[]> => {
  const communes = generateCountry({ seed: 6, period: "202605", comparisons: true });
  const { national } = rollupHierarchy(communes, { units: UNITS_2025, period: "202605" });
  const options = { rollup: national };
  const model = layoutReport(national.report, options);
  let size = 0;
  const iterations = 20;
  const { a, b } = await sideBySide(
    async () => {
      size = (await renderDocx(national.report, options)).length;
    },
    () => direct(model),
    iterations,
    5,
  );
  const ratio = at(a, 0.5) / at(b, 0.5);
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
    { name: "cùng khối, dựng trực tiếp bằng docx (mốc so sánh)", medianMs: at(b, 0.5), p95Ms: at(b, 0.95), iterations },
    { ...communeResult, throughput: `${(1000 / communeResult.medianMs).toFixed(0)} báo cáo/giây` },
  ];
}) satisfies Bench;
