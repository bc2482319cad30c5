import { ROW_COLUMNS, type FigureRow } from "./row.js";

/**
 * Options of {@link rowsToCsv}.
 *
 * @category Exchange
 * @example
 * ```ts
 * const o: CsvOptions = { bom: true }; // for Excel on Windows
 * ```
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so that Excel reads the Vietnamese text right (default false). */
  readonly bom?: boolean;
  /** Write the header line of column names (default true). */
  readonly header?: boolean;
  /**
   * Guard text cells against CSV formula injection (default true): a text that starts with `=`,
   * `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, as OWASP advises, so that
   * a spreadsheet shows it instead of running it. Numbers are never changed.
   */
  readonly formulaGuard?: boolean;
}

const RISKY = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell (RFC 4180): `null` is an empty unquoted cell (PostgreSQL's COPY reads it as NULL),
 * an empty text is `""`, a text with a comma, a quote or a line break is quoted with its quotes
 * doubled; numbers and booleans as JavaScript writes them.
 *
 * @category Exchange
 * @example
 * ```ts
 * csvCell(null);             // ""
 * csvCell("");               // '""'
 * csvCell('Xã "Đông" Cứu');  // '"Xã ""Đông"" Cứu"'
 * csvCell("=HYPERLINK(1)");  // "'=HYPERLINK(1)"
 * csvCell(-8);               // "-8"
 * ```
 */
export function csvCell(value: string | number | boolean | null, formulaGuard = true): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = formulaGuard && RISKY.test(value) ? `'${value}` : value;
  return text === "" || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), with a header
 * of snake_case column names that match the SQL table of docs/tich-hop.md, so that PostgreSQL's
 * `COPY … WITH (FORMAT csv, HEADER true)` loads it as it is. Text cells are guarded against formula
 * injection unless `formulaGuard: false`.
 *
 * @category Exchange
 * @summary Rows → CSV text, safe to open in a spreadsheet.
 * @example
 * ```ts
 * const csv = rowsToCsv(toRows(report));
 * csv.split("\r\n")[0]; // "unit,unit_name,level,agency,period,element,dimension,member,member_label,complete,value,yes_no,…"
 * ```
 */
export function rowsToCsv(rows: readonly FigureRow[], options: CsvOptions = {}): string {
  const guard = options.formulaGuard ?? true;
  const lines: string[] = [];
  if (options.header ?? true) lines.push(ROW_COLUMNS.map(([, name]) => name).join(","));
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < ROW_COLUMNS.length; i++) {
      if (i > 0) line += ",";
      line += csvCell(row[(ROW_COLUMNS[i] as (typeof ROW_COLUMNS)[number])[0]], guard);
    }
    lines.push(line);
  }
  return (options.bom ? "\uFEFF" : "") + lines.join("\r\n") + (lines.length > 0 ? "\r\n" : "");
}
