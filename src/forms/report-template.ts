import { outlineBody } from "../schema/outline-body.js";
import type { DocumentKind } from "../schema/document-kinds.js";
import type { Level } from "../schema/level.js";
import { parseReport } from "../schema/parse.js";
import { parsePeriod, periodLabel } from "../schema/period.js";
import type { DocumentMeta, Report, StatedValue } from "../schema/report.js";
import { placeName } from "../schema/unit.js";
import { REPORT_SCHEMA_VERSION } from "../schema/version.js";

/**
 * An empty report to start a form from: the draft a commune (or a province, or the ministry)
 * fills in, laid out from the outline like every document the SDK generates, with the Nghị định
 * 30/2020 header defaults of its level. Nobody's name and no figure is invented: the signer,
 * number and date stay blank until the officer gives them (`renderDocx(report, { form: true })`
 * prints the blanks for the văn thư).
 */

/**
 * The unit a template is for (a {@link Unit} without its parent will do).
 *
 * @category Validation
 * @example
 * ```ts
 * const unit: TemplateUnit = { code: "09487", name: "Xã Đông Cứu", level: "xa" };
 * ```
 */
export interface TemplateUnit {
  readonly code: string;
  readonly name: string;
  readonly level: Level;
}

/**
 * Options of {@link reportTemplate}.
 *
 * @category Validation
 * @example
 * ```ts
 * const options: ReportTemplateOptions = { kind: "bao_cao", values: { "hs.tiep_nhan": 976 } };
 * ```
 */
export interface ReportTemplateOptions {
  /** The kind of document (default `bao_cao`, the numbered BÁO CÁO; `tai_lieu` has no number and no symbol). */
  readonly kind?: DocumentKind;
  /** Header fields over the level's defaults (issuer, symbol, place, title, signer…). */
  readonly document?: Partial<DocumentMeta>;
  /** When a department (not the UBND) reports: its code and name. */
  readonly agency?: { readonly code: string; readonly name: string };
  /** Figures already known (what {@link coerceFormValues} returns). */
  readonly values?: Readonly<Record<string, number | boolean>>;
  readonly stated?: Readonly<Record<string, StatedValue>>;
}

/** The marking of a draft: the officer edits and signs it. */
const DRAFT = "DỰ THẢO";

const ISSUER_PREFIX: Readonly<Record<Level, string>> = { xa: "ỦY BAN NHÂN DÂN", tinh: "ỦY BAN NHÂN DÂN", bo: "BỘ CÔNG AN" };
const SYMBOL: Readonly<Record<Level, string>> = { xa: "BC-UBND", tinh: "BC-UBND", bo: "BC-BCA" };

function defaultDocument(unit: TemplateUnit, period: string, kind: DocumentKind, agency: ReportTemplateOptions["agency"]): DocumentMeta {
  const parsed = parsePeriod(period);
  const label = parsed ? periodLabel(parsed) : period;
  const name = unit.name.normalize("NFC");
  const issuer = agency !== undefined ? agency.name.normalize("NFC").toUpperCase() : unit.level === "bo" ? ISSUER_PREFIX.bo : `${ISSUER_PREFIX[unit.level]} ${name.toUpperCase()}`;
  return {
    kind,
    marking: DRAFT,
    issuer,
    number: null,
    // A briefing document (TÀI LIỆU) and the like have no number and no symbol.
    ...(kind === "bao_cao" ? { symbol: agency !== undefined ? "BC" : SYMBOL[unit.level] } : {}),
    place: unit.level === "bo" ? "Hà Nội" : placeName(name),
    date: null,
    title: `Kết quả triển khai Đề án 06, cải cách thủ tục hành chính và chuyển đổi số ${label}`,
    recipients: [],
    distribution: [],
  };
}

/**
 * An empty, valid draft report of `unit` for `period`: schema version 2, the heading tree of the
 * outline for the unit's level (every section expected at the level, then the assessment,
 * recommendations and next tasks, each heading empty for the officer to write under), marked
 * "DỰ THẢO", `origin: "generated"` (the SDK laid it out), the figures table on (so that the
 * figures of the form print before anyone writes a sentence), and the figures given in
 * `options` — nothing else. It passes `safeParseReport`, and `validateReport` finds no error in
 * it (only the completeness warnings of an empty report).
 *
 * @category Validation
 * @summary The empty report a form starts from.
 * @param unit - The reporting unit (`code`, `name`, `level`).
 * @param period - A period id (`202605`, `2026Q2`…).
 * @param options - Document kind, header fields, agency, figures.
 * @returns A parsed {@link Report}.
 * @throws {@link ReportParseError} when the unit or period is not valid (the error carries the problems).
 * @example
 * ```ts
 * const draft = reportTemplate({ code: "09487", name: "Xã Đông Cứu", level: "xa" }, "202605");
 * draft.document.issuer;            // "ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU"
 * draft.document.marking;           // "DỰ THẢO"
 * draft.body.map((n) => n.numbering); // ["I.", "II.", "III.", "IV."]
 * validateReport(draft).filter((i) => i.severity === "error"); // []
 * ```
 */
export function reportTemplate(unit: TemplateUnit, period: string, options: ReportTemplateOptions = {}): Report {
  const kind = options.kind ?? "bao_cao";
  const document = { ...defaultDocument(unit, period, kind, options.agency), ...options.document };
  return parseReport({
    schemaVersion: REPORT_SCHEMA_VERSION,
    unit: { code: unit.code, name: unit.name, level: unit.level },
    ...(options.agency !== undefined ? { agency: { code: options.agency.code, name: options.agency.name } } : {}),
    period,
    document,
    body: outlineBody({}, { skeleton: unit.level }),
    footnotes: [],
    origin: "generated",
    presentation: { figuresTable: true },
    values: { ...options.values },
    stated: { ...options.stated },
    flags: {},
    at: {},
  });
}
