import { isValid } from "date-fns/isValid";

/**
 * Writes a local calendar date as `YYYY-MM-DD` (a tiny stand-in for date-fns `format`, whose
 * token machinery would add ~7 kB to the core bundle for this one pattern). Internal.
 */
export function toIsoDate(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, "0")}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/**
 * Parses a strict ISO calendar date `YYYY-MM-DD`; `undefined` for anything else or an impossible date.
 *
 * @category Format
 * @example
 * ```ts
 * parseIsoDate("2026-05-08"); // { year: 2026, month: 5, day: 8 }
 * parseIsoDate("2026-02-31"); // undefined
 * ```
 */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(year, month - 1, day);
  if (!isValid(date)) return undefined;
  // The Date constructor rolls 2026-02-31 over to March; compare fields to reject it.
  if (date.getFullYear() !== year || date.getMonth() + 1 !== month || date.getDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/**
 * Writes a date the way Nghị định 30/2020/NĐ-CP (Phụ lục I, mục II.5.b) prescribes for the
 * place-and-date line: days below 10 and the months 1 and 2 take a leading zero.
 *
 * @category Format
 * @summary "ngày 08 tháng 5 năm 2026" from "2026-05-08".
 * @param iso - An ISO date `YYYY-MM-DD`.
 * @returns The Vietnamese date; throws a `RangeError` naming the value for an impossible date.
 * @example
 * ```ts
 * formatViDate("2026-05-08"); // "ngày 08 tháng 5 năm 2026"
 * formatViDate("2026-02-15"); // "ngày 15 tháng 02 năm 2026"
 * formatViDate("2026-12-25"); // "ngày 25 tháng 12 năm 2026"
 * ```
 */
export function formatViDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD). Invalid date.`);
  const day = String(d.day).padStart(2, "0");
  const month = d.month <= 2 ? String(d.month).padStart(2, "0") : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/**
 * Writes a date in the short form reports use in prose ("15/02/2026").
 *
 * @category Format
 * @summary "15/02/2026" from "2026-02-15".
 * @example
 * ```ts
 * formatViShortDate("2026-02-15"); // "15/02/2026"
 * ```
 */
export function formatViShortDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD). Invalid date.`);
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/**
 * The place-and-date line of an administrative document (Nghị định 30/2020, Phụ lục I, II.5).
 * Without a date it leaves the blanks a văn thư fills in by hand ("ngày     tháng     năm 2026").
 *
 * @category Format
 * @summary "Đông Cứu, ngày 08 tháng 5 năm 2026".
 * @param place - The place name (the unit's name without "Xã/Tỉnh").
 * @param iso - The document date, or `undefined`/`null` for an undated draft.
 * @param year - Year to print in an undated draft.
 * @example
 * ```ts
 * formatPlaceDate("Đông Cứu", "2026-05-08"); // "Đông Cứu, ngày 08 tháng 5 năm 2026"
 * formatPlaceDate("Nghệ An", null, 2026);    // "Nghệ An, ngày     tháng     năm 2026"
 * ```
 */
export function formatPlaceDate(place: string, iso?: string | null, year?: number): string {
  if (iso) return `${place}, ${formatViDate(iso)}`;
  return `${place}, ngày     tháng     năm ${year ?? ""}`.trimEnd();
}
