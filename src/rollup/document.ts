import type { Level } from "../schema/level.js";
import { parsePeriod, periodLabel } from "../schema/period.js";
import type { DocumentMeta } from "../schema/report.js";
import { placeName } from "../schema/unit.js";

/**
 * The header of a report that rollup or composition produces: a draft (marked "DỰ THẢO") with
 * sensible Nghị định 30/2020 defaults for the level (issuing body, symbol, place, title),
 * overridden field by field by what the caller gives. It has no signer until the caller gives one
 * (`renderDocx(report, { form: true })` prints blanks for the văn thư): nobody's name is invented. The defaults are document text, not
 * messages: Vietnamese only.
 */

/**
 * The marking of a generated report: a draft for the consolidating officer to edit and sign.
 *
 * @category Rollup
 * @example
 * ```ts
 * result.report.document.marking === DRAFT_MARKING; // "DỰ THẢO"
 * ```
 */
export const DRAFT_MARKING = "DỰ THẢO";

const DEFAULTS: Readonly<Record<Level, { issuerPrefix: string; symbol: string }>> = {
  xa: { issuerPrefix: "ỦY BAN NHÂN DÂN", symbol: "BC-UBND" },
  tinh: { issuerPrefix: "ỦY BAN NHÂN DÂN", symbol: "BC-UBND" },
  bo: { issuerPrefix: "BỘ CÔNG AN", symbol: "BC-BCA" },
};

/**
 * The document metadata of a consolidated report of `unit` for `period`.
 *
 * @category Rollup
 * @example
 * ```ts
 * consolidatedDocument({ code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" }, "202605").issuer;
 * // "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"
 * ```
 */
export function consolidatedDocument(
  unit: { readonly code: string; readonly name: string; readonly level: Level },
  period: string,
  given: Partial<DocumentMeta> = {},
): DocumentMeta {
  const d = DEFAULTS[unit.level];
  const parsed = parsePeriod(period);
  const label = parsed ? periodLabel(parsed) : period;
  const issuer = unit.level === "bo" ? d.issuerPrefix : `${d.issuerPrefix} ${unit.name.normalize("NFC").toUpperCase()}`;
  const place = unit.level === "bo" ? "Hà Nội" : placeName(unit.name);
  return {
    kind: "bao_cao",
    marking: DRAFT_MARKING,
    issuer,
    number: null,
    symbol: d.symbol,
    place,
    date: null,
    title: `Kết quả triển khai Đề án 06, cải cách thủ tục hành chính và chuyển đổi số ${label}`,
    recipients: [],
    distribution: [],
    ...given,
  };
}
