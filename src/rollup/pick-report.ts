import type { Report } from "../schema/report.js";

/**
 * Of several reports from one unit for one period, the one that counts: the latest dated
 * (a corrected resend), then — so that the choice never depends on arrival order — the
 * greatest by serialised content.
 */
export function pickReport(reports: readonly Report[]): { kept: Report; identical: boolean } {
  let kept = reports[0]!;
  let keptJson = JSON.stringify(kept);
  let identical = true;
  for (let i = 1; i < reports.length; i++) {
    const r = reports[i]!;
    const json = JSON.stringify(r);
    if (json !== keptJson) identical = false;
    const dr = r.document.date ?? "";
    const dk = kept.document.date ?? "";
    if (dr > dk || (dr === dk && json > keptJson)) {
      kept = r;
      keptJson = json;
    }
  }
  return { kept, identical };
}

