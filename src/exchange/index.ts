/**
 * Data out and back: report figures as long "tidy" rows (`toRows`), CSV safe for spreadsheets
 * (`rowsToCsv`), a DHIS2 data value set (`toDataValueSet`), and rows back to figures (`fromRows`).
 *
 * @module
 */
export { ROW_COLUMNS, type FigureRow } from "./row.js";
export { toRows, type ReportFigures } from "./to-rows.js";
export { csvCell, rowsToCsv, type CsvOptions } from "./csv.js";
export {
  toDataValueSet,
  type DataValue,
  type DataValueSet,
  type DataValueSetOptions,
  type DataValueSetResult,
} from "./data-value-set.js";
export { fromRows, type FromRowsResult, type ReportFromRows } from "./from-rows.js";
export { EXCHANGE_MESSAGES, exchangeProblem, type ExchangeProblemCode } from "./messages.js";
