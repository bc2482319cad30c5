/**
 * Text from a report goes into XML: it must be NFC (Vietnamese typed on different keyboards
 * arrives as NFD or NFC) and hold only characters XML 1.0 allows. docx escapes `&`, `<`, `>` and
 * quotes itself; what it does not do is drop the characters no XML parser accepts.
 */

/**
 * Characters XML 1.0 forbids (§2.2 Char): C0 controls other than tab, line feed and carriage
 * return; lone surrogates; U+FFFE and U+FFFF. We also drop the C1 controls (U+0080–U+009F), which
 * XML allows but which are never meant as text and Word shows as boxes.
 */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any run of tabs, line feeds and carriage returns (and the other line separators). */
const BREAKS = /[\t\n\r\u2028\u2029\u0085]+/g;

/**
 * Makes a string safe for a text run: NFC, no character XML 1.0 forbids, line breaks and tabs
 * turned into single spaces (a paragraph of the report is one paragraph of the document).
 *
 * @example
 * ```ts
 * cleanText("Ba\u0300o ca\u0301o\u0000\n<&>"); // "Báo cáo <&>"
 * ```
 */
export function cleanText(value: string): string {
  // Printable ASCII (figures such as "3.454.035") is already clean.
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  // Lone surrogates must go before normalize(), which would otherwise keep them as they are.
  return value.replace(ILLEGAL, "").normalize("NFC").replace(BREAKS, " ");
}

/**
 * Capitals as Vietnamese writes them (ỦY BAN NHÂN DÂN): Unicode's default case mapping, which
 * for Vietnamese is the language's own ("đ" becomes "Đ", the tone marks stay on their vowels; no
 * special rule as for Turkish "i"), then NFC. The default mapping, not `toLocaleUpperCase("vi")`:
 * the same letters, without a locale lookup on every call.
 *
 * @example
 * ```ts
 * upper("Ủy ban nhân dân tỉnh Nghệ An"); // "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
 * ```
 */
export function upper(value: string): string {
  return value.toUpperCase().normalize("NFC");
}
