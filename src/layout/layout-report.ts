import { indicatorCatalog } from "../indicators/catalog.js";
import type { BodyNode } from "../schema/body.js";
import { walkBody } from "../schema/body-walk.js";
import { cutoffRange, parsePeriod } from "../schema/period.js";
import type { Report } from "../schema/report.js";
import { appendixModels, appendixPlan, coverageParagraph } from "./appendix.js";
import { bodyBlocks, footnoteNumbers, paragraphInlines } from "./body.js";
import { reportFacts, type Fact } from "./facts.js";
import { figuresTable } from "./figures-table.js";
import { headerBlock, recipientsBlock, signingBlock, titleBlock } from "./header.js";
import type { Block, DocumentModel, FootnoteModel, Inline, ParagraphBlock } from "./model.js";
import type { LayoutOptions } from "./options.js";
import { VI } from "./strings.js";
import { cleanText } from "./text.js";

/** The date stamped into the package: the caller's, else the report's date, else its cut-off end. */
function packageDate(report: Report, options: LayoutOptions): string {
  if (options.created !== undefined) return options.created;
  const date = report.document.date;
  if (date !== null) return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
  const period = parsePeriod(report.period);
  return period === undefined ? "2000-01-01" : cutoffRange(period).to;
}

/**
 * Which node each figure's table goes after: the node the author wrote it in (`at`), else the
 * first node tagged with its outline item, else with its section; figures with no such node go
 * after the body's last node.
 */
function placeFigures(report: Report, facts: readonly Fact[]): Map<BodyNode, Fact[]> {
  const byId = new Map<string, BodyNode>();
  const byTag = new Map<string, BodyNode>();
  let last: BodyNode | undefined;
  for (const { node, depth } of walkBody(report.body)) {
    if (node.id !== undefined && !byId.has(node.id)) byId.set(node.id, node);
    for (const tag of node.outline) if (!byTag.has(tag)) byTag.set(tag, node);
    if (depth === 0) last = node;
  }
  const placed = new Map<BodyNode, Fact[]>();
  for (const fact of facts) {
    const id = fact.def.id;
    const at = Object.prototype.hasOwnProperty.call(report.at, id) ? report.at[id] : undefined;
    const item = fact.def.outlineItem;
    const node = (at === undefined ? undefined : byId.get(at)) ?? byTag.get(item) ?? byTag.get(item.split(".")[0] ?? item) ?? last;
    if (node === undefined) continue;
    placed.set(node, [...(placed.get(node) ?? []), fact]);
  }
  return placed;
}

/** Adds the end mark "./." to the last paragraph of the body (Phụ lục I, mục II.6). */
function withEndMark(p: ParagraphBlock): ParagraphBlock {
  const inlines = [...p.inlines];
  for (let i = inlines.length - 1; i >= 0; i--) {
    const x = inlines[i];
    if (x === undefined || !("text" in x)) continue;
    if (x.text.endsWith(VI.endMark)) return { ...p, keepNext: true };
    inlines[i] = { ...x, text: `${x.text.replace(/[\s.]+$/u, "")}${VI.endMark}` };
    return { ...p, inlines, keepNext: true };
  }
  return { ...p, keepNext: true };
}

/**
 * Lays a report out as a document model (DESIGN §3): the header parts the report has, its kind
 * and title, "Kính gửi", the author's body as written (headings with their numbering and
 * titles, paragraphs with their emphasis, footnote markers in place), the "./." end mark, "Nơi
 * nhận" and the signature when the report has them; figures tables only when asked
 * (`presentation.figuresTable` or `options.figuresTable`), with the columns that have data;
 * for a rolled-up report (`options.rollup`) the appendices. Every figure is computed here, once;
 * the writers (`renderDocx`, `renderHtml`) only print the model.
 *
 * @category Render
 * @summary The plain-data document model that every writer prints.
 * @param report - A parsed report (`parseReport`).
 * @param options - Figures tables, form mode, rollup appendices, package date.
 * @returns The document model: blocks in order, footnotes, appendices.
 * @example
 * ```ts
 * import { layoutReport } from "de-an-06/render";
 *
 * const model = layoutReport(report);
 * model.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
 * // ["I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác tuyên truyền", …]
 * ```
 */
export function layoutReport(report: Report, options: LayoutOptions = {}): DocumentModel {
  const catalog = options.catalog ?? indicatorCatalog;
  const form = options.form === true;
  const notes = footnoteNumbers(report);

  const tables = options.figuresTable ?? report.presentation.figuresTable;
  const after = new Map<BodyNode, Block[]>();
  if (tables) {
    for (const [node, facts] of placeFigures(report, reportFacts(report, catalog))) after.set(node, figuresTable(report, facts));
  }
  const body = bodyBlocks(report, notes, after);

  const plan = options.rollup === undefined ? undefined : appendixPlan(report, options.rollup, catalog, options.unitNames, options.appendixFigures);
  // The coverage sentence is the SDK's own words: only in a document the SDK generated.
  if (plan !== undefined && report.origin === "generated") {
    const firstHeading = body.findIndex((b) => b.kind === "heading");
    body.splice(firstHeading < 0 ? body.length : firstHeading, 0, coverageParagraph(plan));
  }

  const signing = signingBlock(report, form);
  const lastIndex = body.length - 1;
  const last = body[lastIndex];
  if (signing !== undefined && last?.kind === "paragraph") body[lastIndex] = withEndMark(last);

  const header = headerBlock(report, form);
  const recipients = recipientsBlock(report, form);
  const blocks: Block[] = [
    ...(header !== undefined ? [header] : []),
    titleBlock(report),
    ...(recipients !== undefined ? [recipients] : []),
    ...body,
    ...(signing !== undefined ? [signing] : []),
  ];

  // Footnotes: those referred to, in the order of their markers, then any other (printed in
  // the HTML preview's notes; Word shows a footnote only where it is referred to).
  const footnotes: FootnoteModel[] = [];
  const byId = new Map(report.footnotes.map((f) => [f.id, f] as const));
  const ordered = [...notes.byId.entries()].sort((a, b) => a[1] - b[1]);
  for (const f of report.footnotes) if (!notes.byId.has(f.id)) ordered.push([f.id, ordered.length + 1]);
  for (const [id, number] of ordered) {
    const f = byId.get(id);
    if (f === undefined) continue;
    const scratch = footnoteNumbers({ ...report, footnotes: [] });
    footnotes.push({ number, id, paragraphs: f.paragraphs.map((p) => paragraphInlines(p, scratch)).filter((p: Inline[]) => p.length > 0) });
  }

  return {
    meta: {
      title: cleanText(report.document.title).trim(),
      creator: cleanText(report.document.issuer ?? report.agency?.name ?? report.unit.name).trim(),
      created: packageDate(report, options),
    },
    blocks,
    footnotes,
    appendices: plan === undefined ? [] : appendixModels(report, plan, catalog),
  };
}
