/**
 * The figures table (opt-in, DESIGN §1): one row per figure, and only the columns that have
 * data. The comparison columns are titled by their real base ("Tháng 01/2026", "Cùng kỳ năm
 * 2025"), a figure the author stated is printed as written ("87,5 triệu", "157,9 tỷ đồng"), and a
 * whole-đồng amount too long for its cell is scaled to triệu or tỷ đồng rather than shrunk.
 */
import { formatViNumber, formatViPercent } from "../format/number.js";
import { parsePeriod, periodLabel } from "../schema/period.js";
import type { FigureBreakdown } from "../schema/figure-facts.js";
import type { Report } from "../schema/report.js";
import { asOfText, changeText, currentText, dimensionText, flagMark, previousText, statedChangeText, statementsText, targetText } from "./fact-text.js";
import { comparisonBase, type Fact, type Flag } from "./facts.js";
import type { ParagraphBlock, TableBlock, TableCell } from "./model.js";
import { SIZE, TEXT_WIDTH, pt } from "./page.js";
import { VI } from "./strings.js";
import { cleanText } from "./text.js";
import { textWidth } from "./text-width.js";

/** Width of a figure column (twips, of a portrait page's text width) and the room inside it. */
const FIGURE_COLUMN = 1550;
const CELL_ROOM = FIGURE_COLUMN - 2 * 60 - 40;

/** The title of the comparison column: "Cùng kỳ năm 2025", or the previous period ("Tháng 01/2026"). */
export function comparisonTitle(against: "samePeriodLastYear" | "previous", period: string): string {
  const p = parsePeriod(period);
  if (against === "samePeriodLastYear") {
    const year = p === undefined ? period.slice(0, 4) : p.kind === "range" ? p.from.slice(0, 4) : String(p.year);
    return `${VI.table.samePeriod} ${year}`;
  }
  const label = p === undefined ? period : periodLabel(p);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A whole-đồng amount as it fits in a cell: "82.183.147.000" when it does, else "82,2 tỷ đồng"
 * (or "triệu đồng").
 */
export function amountText(value: number): string {
  const full = formatViNumber(value);
  if (textWidth(full, SIZE.table) <= CELL_ROOM) return full;
  for (const { factor, word } of VI.amountScales) {
    if (value >= factor) return `${formatViNumber(Math.round((value / factor) * 10) / 10)} ${word}`;
  }
  return full;
}

/** The figure of this period as printed: the author's words when stated, a scaled amount, or the value. */
function currentCell(fact: Fact): string {
  const stated = fact.kind === "score" ? fact.stated : fact.stated;
  const written = stated?.text === undefined ? "" : cleanText(stated.text).trim();
  if (written !== "") return written;
  if (fact.kind === "element" && fact.def.unit === "đồng" && typeof fact.value === "number") return amountText(fact.value);
  return currentText(fact);
}

function previousCell(fact: Fact): string {
  if (fact.kind === "element" && fact.def.unit === "đồng" && typeof fact.previous === "number") return amountText(fact.previous);
  return previousText(fact);
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

interface Column {
  readonly title: string;
  readonly width: number;
  readonly align: TableCell["align"];
  readonly cell: (fact: Fact) => TableCell["lines"];
}

const one = (text: string): TableCell["lines"] => [{ text }];

/** Small italic lines under a cell's figure (a date, the author's words); none for "". */
const small = (...texts: string[]): TableCell["lines"] => texts.filter((t) => t !== "").map((text) => ({ text, small: true, italic: true }));

/** A figure as a breakdown table prints it: a scaled amount for đồng, else the number. */
const breakdownValue = (value: number, unit: string) => (unit === "đồng" ? amountText(value) : formatViNumber(value));

/**
 * The table of one breakdown of a figure by a dimension: its parts, each with its share of the
 * total, then "Các phần khác" (when the parts are only "trong đó" and the total is known) and the
 * total. Shares are of the figure's value in this report; the layout computes them, once.
 */
export function breakdownTable(fact: Fact, breakdown: FigureBreakdown): TableBlock {
  const B = VI.breakdown;
  const total = fact.kind === "element" && typeof fact.value === "number" ? fact.value : undefined;
  const share = (v: number) => (total === undefined || total === 0 ? "" : formatViPercent((v / total) * 100, 1));
  const unit = fact.def.unit;
  const sum = breakdown.parts.reduce((a, p) => a + p.value, 0);
  const row = (label: string, value: number, bold = false): TableCell[] => [
    { lines: [{ text: label, bold }], align: "left" },
    { lines: [{ text: breakdownValue(value, unit), bold }], align: "center" },
    { lines: [{ text: share(value), bold }], align: "center" },
  ];
  const rows = breakdown.parts.map((p) => row(cleanText(p.label).trim(), p.value));
  if (total !== undefined && !breakdown.complete && total > sum) rows.push(row(B.others, total - sum));
  if (total !== undefined) rows.push(row(B.total, total, true));
  const caption = `${factLabel(fact)} ${dimensionText(breakdown)}`;
  return {
    kind: "table",
    role: "figures",
    widths: [TEXT_WIDTH - 2 * FIGURE_COLUMN, FIGURE_COLUMN, FIGURE_COLUMN],
    header: [
      { lines: [{ text: caption, bold: true }], align: "center" },
      { lines: [{ text: B.value, bold: true }], align: "center" },
      { lines: [{ text: B.share, bold: true }], align: "center" },
    ],
    rows,
  };
}

/**
 * The figures table of some facts and the note explaining its marks, then a table per breakdown
 * of those figures; nothing when there are no facts. Columns: the figure and this period always;
 * the comparison base, the change, the target and the verdict only when some row has them. A
 * figure dated otherwise than the report says so under its label; the changes the author states
 * are printed under the computed change, as written; a figure written with different values at
 * different places lists them under its value.
 */
export function figuresTable(report: Report, facts: readonly Fact[]): (TableBlock | ParagraphBlock)[] {
  if (facts.length === 0) return [];
  const base = comparisonBase(report);
  const previousFlag = (f: Fact) => (f.kind === "score" ? undefined : f.previousFlag);
  // "(956/959)" under a rate computed from counts, when it fits on one line of the cell at 10 pt.
  const fraction = (f: Fact): TableCell["lines"] => {
    if (f.kind !== "indicator" || f.source !== "counts" || f.evaluated.numerator === undefined || f.evaluated.denominator === undefined) return [];
    const text = `(${formatViNumber(f.evaluated.numerator)}/${formatViNumber(f.evaluated.denominator)})`;
    return textWidth(text, pt(10)) <= CELL_ROOM ? [{ text, small: true }] : [];
  };
  const goal = (f: Fact) => (f.kind === "indicator" ? targetText(f.def.target, f.def.unit).replace(/^([≥≤]) /u, "$1\u00A0") : "");
  const meets = (f: Fact) => (f.kind === "indicator" ? f.meetsTarget : undefined);

  const candidates: (Column & { has: boolean })[] = [
    {
      title: VI.table.current,
      width: FIGURE_COLUMN,
      align: "center",
      has: true,
      cell: (f) => [
        { text: `${currentCell(f)}${flagMark(f.flag)}` },
        ...fraction(f),
        ...small(f.statements === undefined ? "" : `${VI.facts.statementsDiffer}: ${statementsText(f.statements)}`),
      ],
    },
    {
      title: base === undefined ? "" : comparisonTitle(base.against, base.set.period),
      width: FIGURE_COLUMN,
      align: "center",
      has: base !== undefined && facts.some((f) => previousText(f) !== VI.noValue),
      cell: (f) => one(`${previousCell(f)}${flagMark(previousFlag(f))}`),
    },
    {
      title: base === undefined ? VI.table.change.replace(/ so với$/u, "") : `${VI.table.change} ${comparisonTitle(base.against, base.set.period).replace(/^./u, (c) => c.toLowerCase())}`,
      width: FIGURE_COLUMN,
      align: "center",
      has: facts.some((f) => f.comparison !== undefined || f.statedChanges !== undefined),
      cell: (f) => [
        ...(f.comparison !== undefined || f.statedChanges === undefined ? one(changeText(f)) : []),
        ...small(...(f.statedChanges ?? []).map((c) => `${VI.facts.statedChange}: ${statedChangeText(c, f.def.unit)}`)),
      ],
    },
    { title: VI.table.target, width: 950, align: "center", has: facts.some((f) => goal(f) !== ""), cell: (f) => one(goal(f)) },
    {
      title: VI.table.verdict,
      width: 1100,
      align: "center",
      has: facts.some((f) => meets(f) !== undefined),
      cell: (f) => {
        const m = meets(f);
        return m === undefined ? one("") : m ? one(VI.targetMet) : [{ text: VI.targetNotMet, bold: true, italic: true }];
      },
    },
  ];
  const columns = candidates.filter((c) => c.has);
  const labelWidth = TEXT_WIDTH - columns.reduce((a, c) => a + c.width, 0);
  const table: TableBlock = {
    kind: "table",
    role: "figures",
    widths: [labelWidth, ...columns.map((c) => c.width)],
    header: [{ lines: [{ text: VI.table.label, bold: true }], align: "center" }, ...columns.map((c) => ({ lines: [{ text: c.title, bold: true }], align: "center" as const }))],
    rows: facts.map((f) => [{ lines: [...one(factLabel(f)), ...small(asOfText(f))], align: "left" as const }, ...columns.map((c) => ({ lines: c.cell(f), align: c.align }))]),
  };
  const flags = flagsUsed(facts);
  const note: ParagraphBlock[] =
    flags.length === 0
      ? []
      : [{ kind: "paragraph", role: "note", inlines: [{ text: `${VI.note}: ${flags.map((f) => `(${VI.flagMarks[f]}) ${VI.flagNotes[f]}`).join("; ")}.`, italic: true }] }];
  const breakdowns = facts.flatMap((f) => (f.breakdowns ?? []).map((b) => breakdownTable(f, b)));
  return [table, ...note, ...breakdowns];
}
