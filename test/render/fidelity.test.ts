/**
 * The first promise of the SDK (DESIGN §1, "Fidelity first"; issue 12, "Done when"): re-rendering
 * the three real reports gives back their authors' documents. For each fixture the rendered
 * .docx is read back from its XML and compared with an independent reading of the seed text:
 * - the headings (numbering + title) are the seed's, in order, every one;
 * - every body line of the seed appears, in order (page-break splits and whitespace aside);
 * - the footnotes are Word footnotes with the seed's text, referred to from the body;
 * - nothing appears that is not in the report, except the fixed formulas of Nghị định 30.
 * On failure the test prints the differences.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/index.js";
import type { Report } from "../../src/schema/index.js";
import { FIXTURE_NAMES, loadReport, type FixtureName } from "../fixtures/index.js";
import { docxText } from "./docx-text.js";
import { norm, readSeed } from "./seed-text.js";

const SEEDS = join(import.meta.dirname, "../fixtures/seeds");

function seedOf(name: FixtureName): string {
  const prefix = name.slice(0, 3);
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (file === undefined) throw new Error(`no seed for ${name}`);
  return readFileSync(join(SEEDS, file), "utf8");
}

/** A line-by-line diff of two lists, for the failure message. */
function diff(expected: readonly string[], actual: readonly string[]): string {
  const out: string[] = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (e !== a) out.push(`  #${i + 1}\n    seed:   ${e ?? "(none)"}\n    render: ${a ?? "(none)"}`);
  }
  return out.join("\n");
}

/** Seed lines that cannot be found, in order, in the rendered body text. */
function missingInOrder(lines: readonly string[], stream: string): string[] {
  const missing: string[] = [];
  let cursor = 0;
  for (const line of lines) {
    const at = stream.indexOf(line, cursor);
    if (at < 0) missing.push(line);
    else cursor = at + line.length;
  }
  return missing;
}

/** Every string the report holds, and the compositions the layout may print from them. */
function reportCorpus(report: Report): string[] {
  const d = report.document;
  const out: string[] = [d.title, ...d.recipients, ...d.distribution];
  for (const x of [d.issuer, d.governingBody, d.marking, d.place, d.symbol]) if (x !== undefined) out.push(x, x.toLocaleUpperCase("vi"));
  if (d.signer !== undefined) {
    out.push(d.signer.title, d.signer.name, ...(d.signer.concurrently === undefined ? [] : [d.signer.concurrently]));
    for (const a of d.signer.authority) out.push(`${a.prefix} ${a.of}`);
  }
  const paragraphText = (p: Report["body"][number]["paragraphs"][number]) =>
    typeof p === "string" ? p : p.runs.map((r) => ("text" in r ? r.text : "")).join("");
  const walk = (nodes: Report["body"]) => {
    for (const n of nodes) {
      const texts = n.paragraphs.map(paragraphText);
      if (n.title !== undefined) out.push(n.numbering === undefined ? n.title : `${n.numbering} ${n.title}`);
      else if (n.numbering !== undefined) out.push(`${n.numbering} ${texts[0] ?? ""}`);
      out.push(...texts);
      walk(n.children);
    }
  };
  walk(report.body);
  for (const f of report.footnotes) out.push(...f.paragraphs.map(paragraphText));
  return out.map(norm);
}

/** The fixed formulas of Nghị định 30 a renderer may add, given the report's own parts. */
function isFixedFormula(text: string, report: Report): boolean {
  const d = report.document;
  const formulas = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "BÁO CÁO", "TÀI LIỆU", ""];
  if (formulas.includes(text)) return true;
  const symbol = (d.symbol ?? "").toLocaleUpperCase("vi").replace(/\s+/gu, "");
  if (text === `Số: ${d.number === null ? "" : String(d.number).padStart(2, "0")}/${symbol}`) return true;
  // The place-and-date line: the place, then "ngày … tháng … năm …" with the report's date.
  const [y, m, day] = (d.date ?? "").split("-");
  const month = m === undefined ? "" : Number(m) <= 2 ? m : String(Number(m));
  return text === norm(`${d.place ?? ""}, ngày ${day ?? ""} tháng ${month} năm ${y ?? ""}`);
}

/** Rendered paragraphs that are neither in the report nor fixed formulas. */
function invented(all: readonly string[], report: Report): string[] {
  const corpus = reportCorpus(report);
  const inReport = (t: string) => t === "" || corpus.some((c) => c === t || c.includes(t));
  return all
    .map(norm)
    .filter((t) => {
      if (isFixedFormula(t, report)) return false;
      // The end mark "./." and the list dash of "Nơi nhận" are formulas; "Kính gửi:" likewise.
      const bare = t.replace(/\.\/\.$/u, "").replace(/^- /u, "").replace(/^Kính gửi: ?/u, "");
      return !(inReport(bare) || inReport(`${bare}.`) || inReport(bare.replace(/[.]$/u, "")));
    });
}

describe.each(FIXTURE_NAMES)("fidelity of %s to its seed text", (name) => {
  const report = loadReport(name);
  const seed = readSeed(seedOf(name));
  const rendered = renderDocx(report).then(docxText);

  it("has the seed's headings (numbering + title), in order, every one", async () => {
    const { headings } = await rendered;
    const actual = headings.map(norm);
    expect(actual, `headings differ:\n${diff(seed.headings, actual)}`).toEqual(seed.headings);
  });

  it("has every body line of the seed, in order, each under the heading it is under in the seed", async () => {
    const { body } = await rendered;
    const stream = norm(body.join(" "));
    // Headings and lines together: a paragraph moved across a heading is out of order.
    const missing = missingInOrder(seed.sequence, stream);
    expect(missing, `seed lines not found in order:\n${missing.map((l) => `  - ${l}`).join("\n")}`).toEqual([]);
  });

  it("has the seed's footnotes as Word footnotes, referred to from the body", async () => {
    const { footnotes, references } = await rendered;
    expect(footnotes.length, `footnotes: ${JSON.stringify(footnotes)}`).toBe(seed.footnotes.length);
    seed.footnotes.forEach((f, i) => {
      // The text export cuts a footnote at the page's end ("…").
      const head = f.replace(/\.{3}$|…$/u, "");
      expect(norm(footnotes[i] ?? ""), `footnote ${i + 1}`).toContain(head);
    });
    expect(references).toHaveLength(seed.footnotes.length);
    // No footnote text in the body.
    const { body } = await rendered;
    for (const f of seed.footnotes) expect(body.map(norm).some((p) => p.includes(f.slice(0, 60)))).toBe(false);
  });

  it("prints nothing that is not in the report but the fixed formulas of Nghị định 30", async () => {
    const { all, tables } = await rendered;
    const extra = invented(all, report);
    expect(extra, `text not in the report:\n${extra.map((t) => `  + ${t}`).join("\n")}`).toEqual([]);
    // Only the header and the signing row: no figures table the author did not ask for.
    expect(tables).toBe(2);
  });
});
