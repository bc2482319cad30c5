/**
 * An independent reader of the seed texts (test/fixtures/seeds/00{2,3,4}_*.txt): what a person
 * reading the text file sees as the document's headings, body lines and footnotes. It shares no
 * code with the schema or the renderer, so that the fidelity test compares two readings of the
 * same document rather than the renderer with itself.
 *
 * - The body runs from the line after the title (and "Kính gửi") to "Nơi nhận:".
 * - Markdown marks ("##", "**") are dropped; a line marked as a markdown heading ("#…") or set
 *   wholly in bold is a heading.
 * - A line that starts with a numbering ("I.", "1.", "1.1.", "2.3.") is a heading when it reads
 *   as a title: a Roman part always; a numbered line when none of its siblings (same kind of
 *   numbering under the same parent) is a sentence (ends with ".", ";" or ":", or is long).
 *   Otherwise it is a numbered paragraph.
 * - A line starting with a superscript number ("¹ Điển hình: …") is a footnote that the text
 *   export interleaved where a page broke; superscript markers in the text are dropped.
 */

/** What the seed says. */
export interface SeedReading {
  readonly headings: string[];
  /** Body lines that are not headings, in order (paragraphs or their page-split pieces). */
  readonly lines: string[];
  readonly footnotes: string[];
  /** Headings and body lines together, in the order of the text. */
  readonly sequence: string[];
}

const SUPERSCRIPT_DIGITS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu;

/** Whitespace collapsed, NFC, typographic quotes kept. */
export function norm(text: string): string {
  return text.normalize("NFC").replace(/[\s\u00A0]+/gu, " ").trim();
}

const NUMBERING = /^((?:[IVX]+)|(?:\d+(?:\.\d+)*))\.\s+(\S.*)$/u;

function level(numbering: string): number {
  if (/^[IVX]+$/u.test(numbering)) return 0;
  return numbering.split(".").length;
}

function isSentence(rest: string): boolean {
  return /[.;:…]$/u.test(rest) || rest.length > 110;
}

/** Reads a seed text. */
export function readSeed(text: string): SeedReading {
  const raw = text.split(/\r?\n/u).map((l) => l.normalize("NFC"));
  // Markdown: "#" headings, "**bold**", "*italic*".
  const strip = (l: string) => norm(l.replace(/^#+\s*/u, "").replace(/\*\*/gu, "").replace(/\*([^*\s][^*]*?)\*/gu, "$1"));
  const all = raw.map((l) => ({ raw: l.trim(), text: strip(l) })).filter((l) => l.text !== "");
  const docType = all.findIndex((l) => l.text === "BÁO CÁO" || l.text === "TÀI LIỆU");
  let start = docType + 2; // the title is the line after the kind
  while (all[start] !== undefined && /^Kính gửi/u.test(all[start]!.text)) start++;
  const end = all.findIndex((l) => /^Nơi nhận:?$/u.test(l.text));
  const body = all.slice(start, end < 0 ? all.length : end);

  const footnotes: string[] = [];
  type Entry = { text: string; markdown: boolean; numbering?: string; rest?: string };
  const entries: Entry[] = [];
  for (const l of body) {
    if (/^[¹²³⁴⁵⁶⁷⁸⁹]+\s/u.test(l.text)) {
      footnotes.push(norm(l.text.replace(/^[¹²³⁴⁵⁶⁷⁸⁹]+\s/u, "")));
      continue;
    }
    const text = norm(l.text.replace(SUPERSCRIPT_DIGITS, ""));
    const markdown = /^#/u.test(l.raw) || /^\*\*.*\*\*$/u.test(l.raw);
    const m = NUMBERING.exec(text);
    entries.push(m ? { text, markdown, numbering: m[1] ?? "", rest: m[2] ?? "" } : { text, markdown });
  }

  // Siblings: numbered lines of one level under the same parent line.
  const groupOf = new Map<number, string>();
  const sentence = new Map<string, boolean>();
  const parents: number[] = [];
  entries.forEach((e, i) => {
    if (e.numbering === undefined) return;
    const lv = level(e.numbering);
    while (parents.length > 0 && level(entries[parents[parents.length - 1]!]!.numbering!) >= lv) parents.pop();
    const key = `${parents[parents.length - 1] ?? -1}:${lv}`;
    groupOf.set(i, key);
    sentence.set(key, (sentence.get(key) ?? false) || isSentence(e.rest ?? ""));
    parents.push(i);
  });

  const headings: string[] = [];
  const lines: string[] = [];
  const sequence: string[] = [];
  entries.forEach((e, i) => {
    const numberedTitle = e.numbering !== undefined && (level(e.numbering) === 0 || sentence.get(groupOf.get(i) ?? "") === false);
    if (e.markdown || numberedTitle) headings.push(e.text);
    else lines.push(e.text);
    sequence.push(e.text);
  });
  return { headings, lines, footnotes, sequence };
}
