/**
 * An estimate of how long a line of text is on the page, so that the short rules under the
 * issuing body and the summary line (Nghị định 30/2020, Phụ lục I, Phần I, mục II.2 and II.5:
 * 1/3–1/2 of the text) and the rule under the Tiêu ngữ (II.1: as long as the text) come out
 * the right length. A Word document cannot draw a rule "as long as the text above" by itself:
 * a văn thư draws it by eye; we measure.
 *
 * Widths are the advance widths of Times New Roman (identical to its metric twin Liberation
 * Serif) in thousandths of an em, for U+0020–U+007E. A Vietnamese letter is as wide as its base
 * letter (the diacritics sit above or below it); "đ"/"Đ" as "d"/"D"; "ơ"/"ư" a little wider.
 */

// prettier-ignore
const REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541];
// prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520];

/** Characters outside U+0020–U+007E that the document sets, with their Times New Roman widths. */
const EXTRA: Readonly<Record<string, number>> = { "\u00A0": 250, "≥": 549, "≤": 549, "—": 1000, "–": 500 };

/** Width of one character in thousandths of an em. */
function charWidth(ch: string, table: readonly number[]): number {
  // Printable ASCII (digits, dots of "3.454.035"): straight from the table, no normalisation.
  const ascii = ch.charCodeAt(0);
  if (ch.length === 1 && ascii >= 0x20 && ascii <= 0x7e) return table[ascii - 0x20] ?? 500;
  const extra = EXTRA[ch];
  if (extra !== undefined) return extra;
  const base = ch.normalize("NFD").charAt(0).replace("đ", "d").replace("Đ", "D");
  const code = base.charCodeAt(0);
  const horn = ch === "ơ" || ch === "ư" || ch === "Ơ" || ch === "Ư" ? 60 : 0;
  if (code >= 0x20 && code <= 0x7e) return (table[code - 0x20] ?? 500) + horn;
  return 500; // anything else: an average letter
}

/**
 * The width of `text` set in Times New Roman at `halfPoints` (docx font size), in twips.
 *
 * @example
 * ```ts
 * textWidth("Độc lập - Tự do - Hạnh phúc", 26, true); // ≈ 3 450 twips (6,1 cm)
 * ```
 */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const ch of text) thousandths += charWidth(ch, table);
  // thousandths of an em × size in points × 20 twips per point
  return Math.round((thousandths / 1000) * (halfPoints / 2) * 20);
}
