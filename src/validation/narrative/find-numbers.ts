import type { ViNumber } from "./parse-number.js";
import { textView } from "./text-view.js";
import { type Qualifier, type Token, tokenize } from "./tokens.js";

/**
 * Where a {@link ViNumberMatch} was found: offsets into the text given, and the matched text.
 *
 * @category Validation
 * @example
 * ```ts
 * const at: ViNumberMatchBase = { start: 24, end: 29, text: "99,7%" };
 * ```
 */
export interface ViNumberMatchBase {
  /** Offset of the first character, in the text given. */
  readonly start: number;
  /** Offset after the last character; `text.slice(start, end)` is the match. */
  readonly end: number;
  readonly text: string;
}

/**
 * A figure found in prose by {@link findViNumbers}: a count or amount, a percentage, a fraction
 * or a date (document numbers, ranges, ordinal markers and codes are not figures and are left
 * out).
 *
 * @category Validation
 * @example
 * ```ts
 * const m: ViNumberMatch = { kind: "percent", start: 24, end: 29, text: "99,7%", value: 99.7, decimals: 1, malformed: false };
 * ```
 */
export type ViNumberMatch =
  | (ViNumberMatchBase & {
      readonly kind: "number" | "percent";
      readonly value: number;
      readonly decimals: number;
      /** The grouping was malformed ("3.002648"); `value` is the most likely intended reading. */
      readonly malformed: boolean;
      readonly qualifier?: Qualifier;
    })
  | (ViNumberMatchBase & { readonly kind: "fraction"; readonly part: ViNumber; readonly whole: ViNumber; readonly malformed: boolean })
  | (ViNumberMatchBase & {
      readonly kind: "date";
      readonly day?: number;
      readonly month: number;
      readonly year?: number;
      /** Whether the date exists. */
      readonly valid: boolean;
    });

/**
 * Finds the figures written in a text, with their offsets and readings: the same reading
 * {@link checkNarrative} uses.
 *
 * @category Validation
 * @summary Locate the numbers of Vietnamese prose.
 * @param text - Report prose.
 * @returns The figures in text order.
 * @example
 * ```ts
 * findViNumbers("theo Quyết định số 06/QĐ-TTg, đã cấp 1,5 triệu thẻ (đạt 99,7%) đến ngày 17/6/2025");
 * // [{ kind: "number", text: "1,5 triệu", value: 1500000, decimals: -5, … },
 * //  { kind: "percent", text: "99,7%", value: 99.7, decimals: 1, … },
 * //  { kind: "date", text: "17/6/2025", day: 17, month: 6, year: 2025, valid: true, … }]
 * ```
 */
export function findViNumbers(text: string): ViNumberMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const view = textView(text);
  const out: ViNumberMatch[] = [];
  for (const t of tokenize(view.text).tokens as readonly Token[]) {
    const [start, end] = view.span(t.start, t.end);
    const base = { start, end, text: text.slice(start, end) };
    switch (t.kind) {
      case "number":
      case "percent":
        out.push({
          ...base,
          kind: t.kind,
          value: t.fig.value,
          decimals: t.fig.decimals,
          malformed: t.fig.malformed,
          ...(t.qualifier ? { qualifier: t.qualifier } : {}),
        });
        break;
      case "fraction":
        out.push({
          ...base,
          kind: "fraction",
          part: { value: t.part.value, decimals: t.part.decimals },
          whole: { value: t.whole.value, decimals: t.whole.decimals },
          malformed: t.part.malformed || t.whole.malformed,
        });
        break;
      case "date":
        out.push({
          ...base,
          kind: "date",
          month: t.month,
          valid: t.valid,
          ...(t.day !== undefined ? { day: t.day } : {}),
          ...(t.year !== undefined ? { year: t.year } : {}),
        });
        break;
      default:
        break;
    }
  }
  return out;
}
