import type { IndicatorDef, Target } from "./types.js";

/**
 * The target an indicator is judged against for a report whose period ends on `date`
 * (`YYYY-MM-DD`, the end of its cut-off range): the first of `targets`, then `target`, whose
 * programme period (`from`–`to`) covers the date; a target without a period covers every date.
 * With no date (period unknown) the catalog's current target applies: `target`, else the first
 * of `targets`.
 *
 * @category Indicators
 * @summary A 2025 report is judged against the 2025 targets, not the 2026 programme's.
 * @example
 * ```ts
 * const ind = findIndicator("tl.dvctt_toan_trinh")!;
 * targetFor(ind, "2026-05-14")?.value; // 80 (Chương trình năm 2026)
 * targetFor(ind, "2024-12-14");        // undefined: no target for 2024
 * ```
 */
export function targetFor(def: IndicatorDef, date: string | undefined): Target | undefined {
  if (date === undefined) return def.target ?? def.targets?.[0];
  const covers = (t: Target) => (t.from === undefined || t.from <= date) && (t.to === undefined || date <= t.to);
  for (const t of def.targets ?? []) if (covers(t)) return t;
  return def.target !== undefined && covers(def.target) ? def.target : undefined;
}

/**
 * The indicator as a report ending on `date` sees it: `target` is the one {@link targetFor}
 * picks (absent when none applies) and `targets` is dropped, so evaluation and render read one
 * `target` that is right for the period.
 *
 * @category Indicators
 * @example
 * ```ts
 * indicatorAt(findIndicator("tl.dvctt_toan_trinh")!, "2025-12-14").target; // undefined
 * ```
 */
export function indicatorAt(def: IndicatorDef, date: string | undefined): IndicatorDef {
  if (def.target === undefined && def.targets === undefined) return def;
  const { target: _t, targets: _ts, ...rest } = def;
  const target = targetFor(def, date);
  return target === undefined ? rest : { ...rest, target };
}
