/**
 * The expressions of data rules: a sum of terms, each a number, a catalog id, or a number times a
 * catalog id (`"hs.dung_han + hs.qua_han"`, `"0.8 * tthc.tong"`, `"nv.duoc_giao - nv.hoan_thanh"`).
 * No parentheses, no division: what DHIS2's validation rules mostly are, and nothing to evaluate
 * but integers and a few coefficients.
 */

/**
 * One term of an expression: `coefficient × id`, or a constant when `id` is absent.
 *
 * @category Indicators
 * @example
 * ```ts
 * const t: ExpressionTerm = { coefficient: 0.8, id: "tthc.tong" };
 * ```
 */
export interface ExpressionTerm {
  readonly coefficient: number;
  readonly id?: string;
}

/**
 * A parsed expression: its terms, or why it could not be read.
 *
 * @category Indicators
 * @example
 * ```ts
 * parseExpression("hs.dung_han + hs.qua_han");
 * // { ok: true, terms: [{ coefficient: 1, id: "hs.dung_han" }, { coefficient: 1, id: "hs.qua_han" }] }
 * ```
 */
export type ParsedExpression =
  | { readonly ok: true; readonly terms: readonly ExpressionTerm[] }
  | { readonly ok: false; readonly at: number; readonly found: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)|([+\-*]))/y;

/**
 * Parses a data-rule expression (never throws): a sum of numbers, catalog ids and
 * `number * id` products, with `+` and `-`.
 *
 * @category Indicators
 * @summary Read `"0.8 * tthc.tong"` into terms.
 * @example
 * ```ts
 * parseExpression("0.8 * tthc.tong").ok;  // true
 * parseExpression("hs.tiep_nhan / 2").ok; // false — no division
 * ```
 */
export function parseExpression(source: string): ParsedExpression {
  const tokens: { kind: "num" | "id" | "op"; text: string; at: number }[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(source);
    if (!m) return { ok: false, at: pos, found: source.slice(pos).trim().slice(0, 12) };
    const at = m.index + (m[0].length - m[0].trimStart().length);
    if (m[1] !== undefined) tokens.push({ kind: "num", text: m[1], at });
    else if (m[2] !== undefined) tokens.push({ kind: "id", text: m[2], at });
    else tokens.push({ kind: "op", text: m[3]!, at });
    pos = TOKEN.lastIndex;
  }
  const terms: ExpressionTerm[] = [];
  let i = 0;
  const fail = (k: number) => ({ ok: false as const, at: tokens[k]?.at ?? source.length, found: tokens[k]?.text ?? "" });
  if (tokens.length === 0) return fail(0);
  let sign = 1;
  for (;;) {
    if (tokens[i]?.kind === "op" && tokens[i]!.text === "-" && terms.length === 0) {
      sign = -1;
      i++;
    }
    const t = tokens[i];
    if (t === undefined) return fail(i);
    if (t.kind === "id") {
      terms.push({ coefficient: sign, id: t.text });
      i++;
    } else if (t.kind === "num") {
      const value = Number(t.text);
      if (tokens[i + 1]?.text === "*") {
        const target = tokens[i + 2];
        if (target?.kind !== "id") return fail(i + 2);
        terms.push({ coefficient: sign * value, id: target.text });
        i += 3;
      } else {
        terms.push({ coefficient: sign * value });
        i++;
      }
    } else return fail(i);
    const op = tokens[i];
    if (op === undefined) return { ok: true, terms };
    if (op.kind !== "op" || op.text === "*") return fail(i);
    sign = op.text === "-" ? -1 : 1;
    i++;
  }
}
