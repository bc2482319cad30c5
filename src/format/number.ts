/**
 * Vietnamese number formatting: "." groups thousands, "," marks decimals (TCVN usage in
 * administrative documents: "3.454.035", "99,7%").
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * Formats a number the Vietnamese way: "." between thousands, "," before decimals.
 *
 * @category Format
 * @summary Write a number as Vietnamese reports do.
 * @param value - A finite number.
 * @param decimals - Fixed number of decimals; when omitted, integers print without decimals and
 *   other numbers with as many decimals as they need (at most 6).
 * @returns The formatted text; "—" for a non-finite value (never "NaN").
 * @example
 * ```ts
 * formatViNumber(3454035);   // "3.454.035"
 * formatViNumber(157.9, 1);  // "157,9"
 * formatViNumber(-1200);     // "-1.200"
 * ```
 */
export function formatViNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return "—";
  const fixed =
    decimals === undefined
      ? Number.isInteger(value)
        ? value.toFixed(0)
        : String(Number(value.toFixed(6)))
      : value.toFixed(decimals);
  const negative = fixed.startsWith("-") && Number(fixed) !== 0;
  const unsigned = fixed.replace(/^-/, "");
  const [intPart = "0", fracPart] = unsigned.split(".");
  const body = groupThousands(intPart) + (fracPart ? `,${fracPart}` : "");
  return negative ? `-${body}` : body;
}

/**
 * Formats a percentage (already multiplied by 100) with a fixed number of decimals.
 *
 * @category Format
 * @summary Write a percentage as Vietnamese reports do.
 * @param value - The percentage, e.g. `99.687` for 99,687%.
 * @param decimals - Decimals to keep (default 1); trailing zeros are kept, as written
 *   ("100,0%" with 1 decimal is written "100%" only when `decimals` is 0).
 * @returns e.g. "99,7%"; "—" for a non-finite value.
 * @example
 * ```ts
 * formatViPercent(99.687, 1); // "99,7%"
 * formatViPercent(100, 0);    // "100%"
 * formatViPercent(32.08, 2);  // "32,08%"
 * ```
 */
export function formatViPercent(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return "—";
  return `${formatViNumber(value, decimals)}%`;
}

/**
 * Formats a ratio as a percentage, dropping a trailing ",0" so that whole percentages read
 * naturally ("100%", "26%") while others keep their decimals ("99,7%").
 *
 * @category Format
 * @summary Write numerator/denominator as a Vietnamese percentage.
 * @param numerator - Part.
 * @param denominator - Whole; zero gives "—".
 * @param decimals - Maximum decimals (default 1).
 * @example
 * ```ts
 * formatViRatio(956, 959); // "99,7%"
 * formatViRatio(534, 534); // "100%"
 * formatViRatio(1, 0);     // "—"
 * ```
 */
export function formatViRatio(numerator: number, denominator: number, decimals = 1): string {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return "—";
  const pct = (numerator / denominator) * 100;
  const text = formatViNumber(pct, decimals).replace(/,0+$/, "");
  return `${text}%`;
}
