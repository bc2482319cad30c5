import { QUALIFIERS, type Qualifier, type StatedValue } from "../schema/report.js";
import { parseViNumber } from "../validation/narrative/parse-number.js";

/**
 * A figure as a report writes it ("99,7%", "hơn 1.200 hồ sơ", "157,9 tỷ đồng", "18/22 điểm")
 * read into a {@link StatedValue}: the value, the precision it was written with (XBRL decimals),
 * the approximation word and the text itself. Numbers go through the SDK's own Vietnamese
 * reader (`parseViNumber`), so a test states figures exactly as the author would.
 */

// Longest first, so that "gần như" is not read as "gần".
const WORDS = [...QUALIFIERS].sort((a, b) => b.length - a.length);

/**
 * Reads a figure written the Vietnamese way into a stated value.
 *
 * @category Testing
 * @summary "hơn 1.200 hồ sơ" → `{ value: 1200, decimals: 0, qualifier: "hơn", text }`.
 * @param text - An optional approximation word (`hơn`, `trên`, `gần`, `dưới`, `khoảng`,
 *   `xấp xỉ`, `gần như`), one number as `parseViNumber` reads it (with `%` or a scale word),
 *   optionally `/max` for a score, then optionally a unit ("hồ sơ", "đồng", "điểm").
 * @returns The stated value; throws a `RangeError` when the text holds no such figure.
 * @example
 * ```ts
 * parseStated("99,7%");         // { value: 99.7, decimals: 1, text: "99,7%" }
 * parseStated("hơn 1.200 hồ sơ"); // { value: 1200, decimals: 0, qualifier: "hơn", text: "hơn 1.200 hồ sơ" }
 * parseStated("157,9 tỷ đồng"); // { value: 157900000000, decimals: -8, text: "157,9 tỷ đồng" }
 * parseStated("18/22 điểm");    // { value: 18, decimals: 0, max: 22, text: "18/22 điểm" }
 * ```
 */
export function parseStated(text: string): StatedValue {
  const written = text.normalize("NFC").replace(/\u00a0/g, " ").trim();
  let rest = written;
  let qualifier: Qualifier | undefined;
  const lower = rest.toLowerCase();
  for (const q of WORDS) {
    if (lower.startsWith(`${q} `)) {
      qualifier = q;
      rest = rest.slice(q.length).trim();
      break;
    }
  }
  const score = /^(\d+(?:,\d+)?)\s*\/\s*(\d+(?:,\d+)?)(?:\s+.*)?$/u.exec(rest);
  if (score) {
    const value = parseViNumber(score[1] ?? "");
    const max = parseViNumber(score[2] ?? "");
    if (value && max && max.value > 0) return stated(value.value, value.decimals, qualifier, written, max.value);
  }
  // The number, then perhaps a unit: try the longest prefix of words that reads as one number.
  const words = rest.split(/\s+/u);
  for (let k = words.length; k >= 1; k--) {
    const n = parseViNumber(words.slice(0, k).join(" "));
    if (n) return stated(n.value, n.decimals, qualifier, written);
  }
  throw new RangeError(`Không đọc được số liệu “${text}” / cannot read the figure "${text}"`);
}

function stated(value: number, decimals: number, qualifier: Qualifier | undefined, text: string, max?: number): StatedValue {
  return {
    value,
    decimals,
    ...(qualifier === undefined ? {} : { qualifier }),
    ...(max === undefined ? {} : { max }),
    text,
  };
}
