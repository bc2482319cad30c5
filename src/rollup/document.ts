import type { Level } from "../schema/level.js";
import { parsePeriod, periodLabel } from "../schema/period.js";
import type { DocumentMeta } from "../schema/report.js";
import { placeName } from "../schema/unit.js";

/**
 * The header of a report that rollup or composition produces: a draft (marked "DỰ THẢO") with
 * sensible Nghị định 30/2020 defaults for the level (issuing body, symbol, place, title, signer),
 * overridden field by field by what the caller gives. The defaults are document text, not
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

/**
 * The signer name a consolidated report carries until the caller gives the real one.
 *
 * @category Rollup
 * @example
 * ```ts
 * result.report.document.signer?.name === UNSIGNED_NAME; // true until signed
 * ```
 */
export const UNSIGNED_NAME = "(Chưa ký)";

const DEFAULTS: Readonly<Record<Level, { issuerPrefix: string; symbol: string; signerTitle: string; authority: string | undefined }>> = {
  xa: { issuerPrefix: "ỦY BAN NHÂN DÂN", symbol: "BC-UBND", signerTitle: "CHỦ TỊCH", authority: "ỦY BAN NHÂN DÂN" },
  tinh: { issuerPrefix: "ỦY BAN NHÂN DÂN", symbol: "BC-UBND", signerTitle: "CHỦ TỊCH", authority: "ỦY BAN NHÂN DÂN" },
  bo: { issuerPrefix: "BỘ CÔNG AN", symbol: "BC-BCA", signerTitle: "BỘ TRƯỞNG", authority: undefined },
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
    signer: {
      authority: d.authority ? [{ prefix: "TM.", of: d.authority }] : [],
      title: d.signerTitle,
      name: UNSIGNED_NAME,
    },
    ...given,
  };
}
