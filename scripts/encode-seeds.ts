/**
 * Re-encodes the three seed reports (test/fixtures/seeds/00{2,3,4}_….txt) as v2 report JSON:
 * the body is read from the seed text as the author wrote it (headings with their own numbering
 * and titles, paragraphs in order, bold/italic runs from the text export's ** and * marks,
 * footnote markers ¹ ² and the footnote texts that the export interleaves at page breaks), the
 * header from the seed's header lines; the figures (values, stated, flags, comparisons) and the
 * header parts the text export lost (issuer, governing body, signer's authority lines) come from
 * the v1 encoding kept in test/fixtures/v1/. Outline tags are found by matching each part's text
 * with the v1 encoding (which section or item held it); figure provenance (`at`) by finding the
 * figure as written in the part's text.
 *
 * Usage: node --import tsx scripts/encode-seeds.ts   (rewrites test/fixtures/00*.json)
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ITEM_IDS, SECTION_IDS } from "../src/schema/outline.js";
import { formatViNumber } from "../src/format/index.js";
import { parseReport } from "../src/schema/parse.js";

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, "../test/fixtures");

type Run = { text: string; bold?: boolean; italic?: boolean } | { footnote: string };
type Para = string | { runs: Run[] };
interface Node {
  id?: string;
  numbering?: string;
  title?: string;
  titleFootnotes?: string[];
  paragraphs: Para[];
  children: Node[];
  outline: string[];
  depth: number;
}

const SUPERSCRIPT: Record<string, string> = { "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9" };

/** A heading or numbered paragraph line: its numbering, depth and the rest. */
function numbered(line: string): { numbering: string; depth: number; rest: string } | undefined {
  const roman = /^([IVX]+\.)\s+(.+)$/u.exec(line);
  if (roman) return { numbering: roman[1]!, depth: 0, rest: roman[2]! };
  const sub = /^(\d+\.\d+\.)\s+(.+)$/u.exec(line);
  if (sub) return { numbering: sub[1]!, depth: 2, rest: sub[2]! };
  const top = /^(\d+\.)\s+(.+)$/u.exec(line);
  if (top) return { numbering: top[1]!, depth: 1, rest: top[2]! };
  return undefined;
}

/** A numbered line is a heading when it is short and does not end like a sentence. */
function isHeadingText(rest: string): boolean {
  return rest.length <= 120 && !/[.;:]$/u.test(rest);
}

/** Removes the text export's markdown heading marks and whole-line bold. */
function clean(line: string): { text: string; markedHeading: boolean } {
  let t = line.trim();
  const markedHeading = /^#{1,6}\s/u.test(t);
  t = t.replace(/^#{1,6}\s+/u, "");
  if (/^\*\*[^*]+\*\*$/u.test(t)) t = t.slice(2, -2);
  return { text: t.trim(), markedHeading };
}

/** Splits a paragraph into runs at **bold**, *italic* and superscript footnote markers. */
function runs(text: string): Para {
  const out: Run[] = [];
  const re = /\*\*([^*]+)\*\*|\*([^*]+)\*|([¹²³⁴⁵⁶⁷⁸⁹])/gu;
  let last = 0;
  let plain = true;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ text: m[1], bold: true });
    else if (m[2] !== undefined) out.push({ text: m[2], italic: true });
    else out.push({ footnote: SUPERSCRIPT[m[3]!]! });
    plain = false;
    last = m.index + m[0].length;
  }
  if (plain) return text;
  if (last < text.length) out.push({ text: text.slice(last) });
  return { runs: out };
}

function plainText(p: Para): string {
  return typeof p === "string" ? p : p.runs.map((r) => ("text" in r ? r.text : "")).join("");
}

function endsSentence(p: Para): boolean {
  return /[.;:!?…”")]$/u.test(plainText(p).trim());
}

interface Seed {
  header: string[];
  body: string[];
  footnotes: Map<string, string>;
  tail: string[];
}

/** Splits the seed text into header lines, body lines, footnote texts and the tail (Nơi nhận, signature). */
function splitSeed(text: string): Seed {
  const lines = text.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l.length > 0);
  const kindAt = lines.findIndex((l) => clean(l).text === "BÁO CÁO");
  let start = kindAt + 2; // kind, then the title line
  if (clean(lines[start] ?? "").text.startsWith("Kính gửi")) start += 1;
  const end = lines.findIndex((l) => /^(\*\*)?Nơi nhận:/u.test(l));
  const footnotes = new Map<string, string>();
  const body: string[] = [];
  for (const l of lines.slice(start, end)) {
    const fn = /^([¹²³⁴⁵⁶⁷⁸⁹])\s+(.+)$/u.exec(l);
    if (fn) footnotes.set(SUPERSCRIPT[fn[1]!]!, fn[2]!);
    else body.push(l);
  }
  return { header: lines.slice(0, start), body, footnotes, tail: lines.slice(end) };
}

/** Builds the heading tree from the body lines. */
function buildBody(lines: readonly string[]): Node[] {
  const root: Node = { paragraphs: [], children: [], outline: [], depth: -1 };
  const stack: Node[] = [root];
  let lastPara: { node: Node; index: number } | undefined;
  const top = (): Node => stack[stack.length - 1]!;
  for (const raw of lines) {
    const { text } = clean(raw);
    const num = numbered(text);
    if (num) {
      while (top().depth >= num.depth) stack.pop();
      const parent = top();
      const heading = isHeadingText(num.rest.replace(/[¹²³⁴⁵⁶⁷⁸⁹]$/u, ""));
      const node: Node = { numbering: num.numbering, paragraphs: [], children: [], outline: [], depth: num.depth };
      if (heading) {
        const fn = /([¹²³⁴⁵⁶⁷⁸⁹])$/u.exec(num.rest);
        node.title = fn ? num.rest.slice(0, -1) : num.rest;
        if (fn) node.titleFootnotes = [SUPERSCRIPT[fn[1]!]!];
        lastPara = undefined;
      } else {
        node.paragraphs.push(runs(num.rest));
        lastPara = { node, index: 0 };
      }
      parent.children.push(node);
      stack.push(node);
      continue;
    }
    // A line the text export broke off at a page end continues the paragraph before it.
    const continues =
      lastPara !== undefined &&
      (/^\p{Ll}/u.test(text) || !endsSentence(lastPara.node.paragraphs[lastPara.index]!)) &&
      !/^[-+•]\s/u.test(text);
    if (continues && lastPara) {
      const prev = plainText(lastPara.node.paragraphs[lastPara.index]!);
      const prevRaw = lastPara.node.paragraphs[lastPara.index]!;
      const joined = typeof prevRaw === "string" ? `${prev} ${text}` : undefined;
      lastPara.node.paragraphs[lastPara.index] = joined !== undefined ? runs(joined) : { runs: [...(prevRaw as { runs: Run[] }).runs, ...asRuns(runs(` ${text}`))] } as Para;
      continue;
    }
    // The closing sentence stands after the last part, at the top level.
    const target = /^Trên đây là/u.test(text) ? newTopLevel(root, ["closing"]) : top() === root ? newTopLevel(root, ["preamble"]) : top();
    target.paragraphs.push(runs(text));
    lastPara = { node: target, index: target.paragraphs.length - 1 };
  }
  return root.children;
}

function asRuns(p: Para): Run[] {
  return typeof p === "string" ? [{ text: p }] : p.runs;
}

function newTopLevel(root: Node, outline: string[]): Node {
  const last = root.children[root.children.length - 1];
  if (last && last.numbering === undefined && last.title === undefined && last.outline.join() === outline.join()) return last;
  const node: Node = { paragraphs: [], children: [], outline, depth: 0 };
  root.children.push(node);
  return node;
}

/** Folds text for matching: NFC, no marks of emphasis, single spaces, lower case. */
function fold(s: string): string {
  return s.normalize("NFC").replace(/[*¹²³⁴⁵⁶⁷⁸⁹]/gu, "").replace(/\s+/gu, " ").trim().replace(/^(\d+\.)+\s*/u, "").toLowerCase();
}

interface V1 {
  [k: string]: unknown;
  preamble: string[];
  sections: { id: string; title?: string; paragraphs: string[]; items: { id: string; title?: string; paragraphs: string[] }[]; assessment?: { limitations: { text: string }[]; focusTasks: string[] } }[];
  assessment: Record<string, (string | { text: string })[]>;
  recommendations: Record<string, string[]>;
  nextTasks: string[];
  closing?: string;
  document: Record<string, unknown> & { signer: unknown };
  values: Record<string, number | boolean>;
  stated: Record<string, { text?: string; value: number }>;
}

/** Where each v1 text was kept: text (folded, first 60 characters) → outline tag. */
function v1Tags(v1: V1): Map<string, string> {
  const tags = new Map<string, string>();
  const put = (t: string, tag: string): void => {
    const k = fold(t).slice(0, 60);
    if (k.length > 10 && !tags.has(k)) tags.set(k, tag);
  };
  const sectionIds = new Set<string>(SECTION_IDS);
  const itemIds = new Set<string>(ITEM_IDS);
  for (const s of v1.sections) {
    if (!sectionIds.has(s.id)) continue;
    for (const p of s.paragraphs) put(p, s.id);
    for (const i of s.items) for (const p of i.paragraphs) put(p, itemIds.has(i.id) ? i.id : s.id);
    for (const l of s.assessment?.limitations ?? []) put(l.text, s.id);
    for (const t of s.assessment?.focusTasks ?? []) put(t, s.id);
  }
  for (const [k, list] of Object.entries(v1.assessment)) for (const x of list) put(typeof x === "string" ? x : x.text, `assessment.${k}`);
  for (const [k, list] of Object.entries(v1.recommendations)) for (const x of list) put(x, `recommendations.${k}`);
  for (const x of v1.nextTasks) put(x, "nextTasks");
  for (const x of v1.preamble) put(x, "preamble");
  return tags;
}

function walk(nodes: Node[], visit: (n: Node, path: Node[]) => void, path: Node[] = []): void {
  for (const n of nodes) {
    visit(n, path);
    walk(n.children, visit, [...path, n]);
  }
}

/** Parts of the outline named by a heading's own words, for headings whose children answer several items. */
const TITLE_TAGS: readonly [RegExp, string][] = [
  [/NHẬN XÉT|ĐÁNH GIÁ/iu, "assessment"],
  [/KIẾN NGHỊ|ĐỀ XUẤT/iu, "recommendations"],
  [/PHƯƠNG HƯỚNG|NHIỆM VỤ.*(TỚI|TIẾP THEO)/iu, "nextTasks"],
];

/** Tags each part with the outline items its paragraphs were kept under in v1; a heading whose children agree on one section gets it too. */
function tag(body: Node[], tags: Map<string, string>): string[] {
  const unmatched: string[] = [];
  walk(body, (n) => {
    if (n.outline.length > 0) return;
    for (const p of n.paragraphs) {
      const t = tags.get(fold(plainText(p)).slice(0, 60));
      if (t && !n.outline.includes(t)) n.outline.push(t);
      if (!t) unmatched.push(plainText(p).slice(0, 80));
    }
  });
  // Lift a tag shared by all tagged children of a heading to the heading ("III. NHẬN XÉT" → assessment).
  const lift = (n: Node): string[] => {
    const childTags = n.children.map(lift);
    if (n.outline.length === 0 && n.children.length > 0) {
      const roots = childTags.filter((t) => t.length > 0).map((t) => t.map((x) => x.split(".")[0]!));
      const first = roots[0];
      if (first && roots.length === childTags.length) {
        const common = first.filter((x) => roots.every((r) => r.includes(x)));
        if (common.length === 1 && (n.children.length > 1 || !/^\d$/u.test(common[0]!))) n.outline.push(common[0]!);
      }
    }
    if (n.outline.length === 0 && n.title) {
      const byTitle = TITLE_TAGS.find(([re]) => re.test(n.title!));
      if (byTitle) n.outline.push(byTitle[1]);
    }
    return n.outline.length > 0 ? n.outline : childTags.flat();
  };
  body.forEach(lift);
  return unmatched;
}

/** Gives every heading and numbered part an id from its numbering path ("II-2-2.1"). */
function assignIds(body: Node[]): void {
  const used = new Set<string>();
  walk(body, (n, path) => {
    const parts = [...path, n].map((x) => (x.numbering ?? (x.outline[0] ?? "p")).replace(/\.$/u, ""));
    let id = parts.join("-");
    for (let k = 2; used.has(id); k++) id = `${parts.join("-")}-${k}`;
    used.add(id);
    n.id = id;
  });
}

/** The part where each figure is written: its stated text, or its value as the report writes numbers. */
function provenance(body: Node[], v1: V1): Record<string, string> {
  const at: Record<string, string> = {};
  const texts: { id: string; text: string }[] = [];
  walk(body, (n) => texts.push({ id: n.id!, text: n.paragraphs.map(plainText).join("\n") }));
  // A small number is taken only before a word (its unit): "(4)" or "ngày 4" are not figures.
  const find = (needle: string): string | undefined => {
    const after = needle.replace(/\D/gu, "").length < 4 && !/%$/u.test(needle) ? "(?= \\p{L})" : "(?![\\d]|[.,]\\d)";
    const re = new RegExp(`(^|[^\\d.,(/])${needle.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}${after}`, "u");
    return texts.find((t) => re.test(t.text))?.id;
  };
  for (const [id, s] of Object.entries(v1.stated)) {
    const where = s.text ? find(s.text) : undefined;
    if (where) at[id] = where;
  }
  for (const [id, v] of Object.entries(v1.values)) {
    if (typeof v !== "number" || at[id]) continue;
    if (v < 10) continue;
    const where = find(formatViNumber(v));
    if (where) at[id] = where;
  }
  return Object.fromEntries(Object.entries(at).sort(([a], [b]) => a.localeCompare(b)));
}

function strip(n: Node): unknown {
  const out: Record<string, unknown> = { id: n.id };
  if (n.numbering !== undefined) out.numbering = n.numbering;
  if (n.title !== undefined) out.title = n.title;
  if (n.titleFootnotes) out.titleFootnotes = n.titleFootnotes;
  out.outline = n.outline;
  out.paragraphs = n.paragraphs;
  out.children = n.children.map(strip);
  return out;
}

/** The date line as written: "ngày 08 tháng 05 năm 2026" → full date; blanks → month/year or year only. */
function dateOf(line: string): string | null {
  const m = /ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})?\s*năm\s+(\d{4})/u.exec(line);
  if (!m) return null;
  const [, d, mo, y] = m;
  if (d && mo) return `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  if (mo) return `${y}-${mo.padStart(2, "0")}`;
  return y!;
}

function encode(seedFile: string, fixture: string): void {
  const v1 = JSON.parse(readFileSync(join(FIXTURES, "v1", `${fixture}.json`), "utf8")) as V1;
  const seed = splitSeed(readFileSync(join(FIXTURES, "seeds", seedFile), "utf8"));
  const body = buildBody(seed.body);
  const unmatched = tag(body, v1Tags(v1));
  assignIds(body);
  const header = seed.header.map((l) => clean(l).text);
  const dateLine = header.find((l) => /ngày.*tháng.*năm/u.test(l)) ?? "";
  const title = header[header.indexOf("BÁO CÁO") + 1]!;
  const recipientsLine = header.find((l) => l.startsWith("Kính gửi"));
  const distribution = seed.tail
    .slice(1)
    .map((l) => clean(l).text)
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2));
  const { summary: _summary, ...doc } = v1.document;
  const report = {
    schemaVersion: 2,
    unit: v1.unit,
    ...(v1.agency ? { agency: v1.agency } : {}),
    period: v1.period,
    document: {
      kind: "bao_cao",
      ...doc,
      date: dateOf(dateLine),
      title,
      recipients: recipientsLine ? recipientsLine.replace(/^Kính gửi:\s*/u, "").split(/;\s*/u).filter(Boolean) : [],
      distribution,
    },
    body: body.map(strip),
    footnotes: [...seed.footnotes].map(([id, text]) => ({ id, paragraphs: [runs(text)] })),
    values: v1.values,
    stated: v1.stated,
    flags: v1.flags,
    at: provenance(body, v1),
    ...(v1.comparisons ? { comparisons: v1.comparisons } : {}),
  };
  parseReport(report); // throws with every problem if the encoding does not match the schema
  writeFileSync(join(FIXTURES, `${fixture}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`${fixture}: ${unmatched.length} paragraphs without an outline tag`);
  for (const u of unmatched) console.log(`  · ${u}`);
}

const seeds = readdirSync(join(FIXTURES, "seeds")).sort();
const pick = (prefix: string): string => seeds.find((s) => s.startsWith(prefix))!;
encode(pick("002_"), "002-son-la-vp-ubnd");
encode(pick("003_"), "003-nghe-an-2026-02");
encode(pick("004_"), "004-dong-cuu-2026-05");
