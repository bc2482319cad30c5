/**
 * Reading numbers the way Vietnamese reports write them: "." groups thousands and "," marks
 * decimals ("3.454.035", "99,91"), scale words multiply ("1,5 triệu", "157,9 tỷ", "109,8 nghìn",
 * "1.4K"), and the written precision is kept, XBRL-style (negative decimals for scaled figures).
 * English groupings ("1,234,567", "1.4") are still read; a grouping that is neither ("3.002648",
 * "1.23.456") is malformed and never silently read.
 */

/**
 * A number as written: its value and the precision it was written with (XBRL `decimals`:
 * digits after the decimal mark, minus the power of ten of a scale word).
 *
 * @category Validation
 * @example
 * ```ts
 * const n: ViNumber = { value: 1_500_000, decimals: -5 }; // "1,5 triệu"
 * ```
 */
export interface ViNumber {
  readonly value: number;
  readonly decimals: number;
}

/** How a run of digits and separators reads. */
export type NumeralReading =
  | { readonly kind: "number"; readonly int: string; readonly frac: string; readonly style: "plain" | "vi" | "en" }
  /** Digits grouped in no known way; `int`/`frac` are the most likely intended reading. */
  | { readonly kind: "malformed"; readonly int: string; readonly frac: string }
  /** Small groups only ("2.1.3", "1,2,3"): an outline number or a list, not a figure. */
  | { readonly kind: "code" };

/** Scale words and suffixes with their power of ten. */
export const SCALES: Readonly<Record<string, number>> = {
  "nghìn tỷ": 12,
  "nghìn tỉ": 12,
  "ngàn tỷ": 12,
  "ngàn tỉ": 12,
  nghìn: 3,
  ngàn: 3,
  triệu: 6,
  tỷ: 9,
  tỉ: 9,
  k: 3,
  m: 6,
};

const VI_DECIMAL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const EN_DECIMAL = /^\d{1,3}(?:,\d{3})+\.\d+$/;

function groupsOk(groups: readonly string[]): boolean {
  const first = groups[0] ?? "";
  if (first.length < 1 || first.length > 3 || (first.length > 1 && first.startsWith("0")) || first === "0") return false;
  for (let i = 1; i < groups.length; i++) if ((groups[i] ?? "").length !== 3) return false;
  return true;
}

function repair(raw: string): { int: string; frac: string } {
  const lastComma = raw.lastIndexOf(",");
  const lastDot = raw.lastIndexOf(".");
  // A final comma after every dot is a Vietnamese decimal mark; anything else is grouping.
  if (lastComma > lastDot) {
    return { int: raw.slice(0, lastComma).replace(/\D/g, ""), frac: raw.slice(lastComma + 1).replace(/\D/g, "") };
  }
  return { int: raw.replace(/\D/g, ""), frac: "" };
}

/**
 * Reads a run of digits, "." and "," (no scale, no sign).
 *
 * @internal
 */
export function readNumeral(raw: string): NumeralReading {
  if (!/[.,]/.test(raw)) return { kind: "number", int: raw, frac: "", style: "plain" };
  const groups = raw.split(/[.,]/);
  const hasDot = raw.includes(".");
  const hasComma = raw.includes(",");
  if (groups.length >= 3 && groups.every((g) => g.length <= 2)) return { kind: "code" };
  const malformed = (): NumeralReading => ({ kind: "malformed", ...repair(raw) });
  if (hasDot && hasComma) {
    const comma = raw.lastIndexOf(",");
    const dot = raw.lastIndexOf(".");
    if (VI_DECIMAL.test(raw) && groupsOk(raw.slice(0, comma).split("."))) {
      return { kind: "number", int: raw.slice(0, comma).replace(/\./g, ""), frac: raw.slice(comma + 1), style: "vi" };
    }
    if (EN_DECIMAL.test(raw) && groupsOk(raw.slice(0, dot).split(","))) {
      return { kind: "number", int: raw.slice(0, dot).replace(/,/g, ""), frac: raw.slice(dot + 1), style: "en" };
    }
    return malformed();
  }
  const first = groups[0] ?? "";
  if (hasComma) {
    // One comma: the Vietnamese decimal mark, whatever follows ("3,002648" is 3.002648).
    if (groups.length === 2) return { kind: "number", int: first, frac: groups[1] ?? "", style: "vi" };
    return groupsOk(groups) ? { kind: "number", int: groups.join(""), frac: "", style: "en" } : malformed();
  }
  if (groups.length === 2) {
    const second = groups[1] ?? "";
    if (first === "0") return { kind: "number", int: "0", frac: second, style: "en" };
    if (second.length === 3 && groupsOk(groups)) return { kind: "number", int: first + second, frac: "", style: "vi" };
    // "1.4", "4.0": an English decimal point (or a version number); readable, not Vietnamese.
    if (second.length <= 2 && first.length <= 3) return { kind: "number", int: first, frac: second, style: "en" };
    return malformed();
  }
  return groupsOk(groups) ? { kind: "number", int: groups.join(""), frac: "", style: "vi" } : malformed();
}

/**
 * The value and XBRL decimals of `int,frac × 10^scale`, computed from the digit strings so that
 * "157,9 tỷ" is exactly 157 900 000 000.
 *
 * @internal
 */
export function scaledValue(int: string, frac: string, scale: number): ViNumber {
  const decimals = frac.length - scale;
  let digits: string;
  if (scale >= frac.length) digits = int + frac + "0".repeat(scale - frac.length);
  else digits = `${int}${frac.slice(0, scale)}.${frac.slice(scale)}`;
  return { value: Number(digits), decimals };
}

const FULL = /^(\d+(?:[.,]\d+)*)(?:\s*(nghìn\s+t[ỷỉ]|ngàn\s+t[ỷỉ]|nghìn|ngàn|triệu|t[ỷỉ])|([KkMm]))?\s*(%)?$/u;

/**
 * Parses one number written the Vietnamese way, with its written precision.
 *
 * @category Validation
 * @summary "1,5 triệu" → 1 500 000 (decimals -5); "3.002648" → undefined.
 * @param text - The number alone: digits with "." grouping and "," decimals, optionally a scale
 *   word (`nghìn`, `ngàn`, `triệu`, `tỷ`/`tỉ`, `nghìn tỷ`) or suffix (`K`, `M`), optionally `%`
 *   (the value is then the percent number, 99.7 for "99,7%"). English forms ("1,234,567",
 *   "1.4K") are read too.
 * @returns `{ value, decimals }`, or `undefined` for text that is not one well-formed number.
 * @example
 * ```ts
 * parseViNumber("3.454.035");  // { value: 3454035, decimals: 0 }
 * parseViNumber("99,91");      // { value: 99.91, decimals: 2 }
 * parseViNumber("1,5 triệu");  // { value: 1500000, decimals: -5 }
 * parseViNumber("157,9 tỷ");   // { value: 157900000000, decimals: -8 }
 * parseViNumber("1.4K");       // { value: 1400, decimals: -2 }
 * parseViNumber("02");         // { value: 2, decimals: 0 }
 * parseViNumber("3.002648");   // undefined (malformed grouping)
 * ```
 */
export function parseViNumber(text: string): ViNumber | undefined {
  if (typeof text !== "string" || text.length > 200) return undefined;
  const m = FULL.exec(text.normalize("NFC").replace(/\u00a0/g, " ").trim());
  if (!m) return undefined;
  const reading = readNumeral(m[1] ?? "");
  if (reading.kind !== "number") return undefined;
  const word = (m[2] ?? m[3] ?? "").toLowerCase().replace(/\s+/g, " ");
  const scale = word === "" ? 0 : (SCALES[word] ?? 0);
  const result = scaledValue(reading.int, reading.frac, scale);
  return Number.isFinite(result.value) ? result : undefined;
}
