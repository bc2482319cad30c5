/**
 * One case per built-in rule, table-driven: a bad copy of a seed fixture (or the seed itself,
 * where the slip is real) on which the rule raises a given issue with every rule switched on,
 * and on which the issue vanishes when that one rule is filtered out of the list — the other
 * rules' findings staying exactly as they were. A rule added to VALIDATION_RULES without a case
 * here fails the first test.
 */
import { describe, expect, it } from "vitest";
import type { Report } from "../../../src/schema/index.js";
import { VALIDATION_RULES, validateReport, type ValidateOptions } from "../../../src/validation/index.js";
import { corrected004, fixture, nodeById, type Raw } from "../helpers.js";

interface Case {
  /** The report, patched so that the rule fires (the seeds' real slips need no patch). */
  readonly report: () => Report;
  readonly context?: () => Pick<ValidateOptions, "previous" | "children">;
  readonly code: string;
  readonly path: readonly (string | number)[];
}

const ngheAn = (patch?: (r: Raw) => void) => fixture("003-nghe-an-2026-02", patch);
const commune = (code: string, name: string) =>
  corrected004((r) => {
    r.unit = { code, name, level: "xa" };
    r.document.place = name.replace(/^Xã /, "");
  });
const BAD_RATE = "trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%";

const CASES: Readonly<Record<string, Case>> = {
  "document.parts": { report: () => corrected004((r) => delete r.document.symbol), code: "document_part_missing", path: ["document", "symbol"] },
  "document.symbol": { report: () => corrected004((r) => (r.document.symbol = "bc-ubnd")), code: "symbol_malformed", path: ["document", "symbol"] },
  "document.place": { report: () => corrected004((r) => (r.document.place = "Hà Nội")), code: "place_mismatch", path: ["document", "place"] },
  "document.signer": { report: () => fixture("004-dong-cuu-2026-05"), code: "signer_tm_missing", path: ["document", "signer", "authority"] },
  "document.distribution": { report: () => fixture("004-dong-cuu-2026-05"), code: "distribution_final_period", path: ["document", "distribution", 5] },
  "document.unit": { report: () => corrected004((r) => (r.unit.level = "tinh")), code: "unit_code_level_mismatch", path: ["unit", "level"] },
  "time.period_kind": { report: () => corrected004((r) => (r.period = "2026N9")), code: "period_kind_not_reported", path: ["period"] },
  "time.date_missing": { report: () => ngheAn(), code: "date_missing", path: ["document", "date"] },
  "time.date_after_cutoff": { report: () => fixture("004-dong-cuu-2026-05"), code: "date_before_cutoff_end", path: ["document", "date"] },
  "time.cumulative": {
    report: () => ngheAn((r) => (r.comparisons.previous.values["yte.luot_tra_cuu_can_cuoc"] = 12_000_000)),
    code: "cumulative_decreased",
    path: ["values", "yte.luot_tra_cuu_can_cuoc"],
  },
  "time.comparison_periods": {
    report: () => ngheAn((r) => (r.comparisons.previous.period = "202512")),
    code: "comparison_period_mismatch",
    path: ["comparisons", "previous", "period"],
  },
  "time.comparison_matches_previous": {
    report: () => ngheAn(),
    context: () => ({
      previous: ngheAn((r) => {
        r.period = "202601";
        delete r.comparisons;
        r.values["yte.luot_tra_cuu_can_cuoc"] = 11_400_000;
      }),
    }),
    code: "comparison_differs_from_previous",
    path: ["comparisons", "previous", "values", "yte.luot_tra_cuu_can_cuoc"],
  },
  "arithmetic.part_whole": { report: () => corrected004((r) => (r.values["hs.da_giai_quyet"] = 1000)), code: "part_exceeds_whole", path: ["values", "hs.da_giai_quyet"] },
  "arithmetic.breakdown": { report: () => fixture("004-dong-cuu-2026-05"), code: "breakdown_mismatch", path: ["values", "nv.duoc_giao"] },
  "stated.ratio": {
    report: () => corrected004((r) => (r.stated["tl.ho_so_dung_han"] = { value: 99.8, decimals: 1 })),
    code: "stated_ratio_inconsistent",
    path: ["stated", "tl.ho_so_dung_han"],
  },
  "stated.value": { report: () => corrected004((r) => (r.values["ho_tro.luot_nguoi_dan"] = 1100)), code: "stated_value_inconsistent", path: ["stated", "ho_tro.luot_nguoi_dan"] },
  "stated.bounds": { report: () => ngheAn((r) => (r.stated["cs766.dvc_truc_tuyen"].value = 23)), code: "stated_exceeds_max", path: ["stated", "cs766.dvc_truc_tuyen"] },
  "values.kind": { report: () => corrected004((r) => (r.values["hs.tiep_nhan"] = true)), code: "value_not_number", path: ["values", "hs.tiep_nhan"] },
  "score.766": { report: () => ngheAn((r) => (r.stated["cs766.tong"].value = 99)), code: "score_sum_mismatch", path: ["stated", "cs766.tong"] },
  "facts.statements": {
    report: () => corrected004((r) => (r.statements = { "hs.tiep_nhan": [{ value: 1, decimals: 0 }] })),
    code: "figure_stated_differently",
    path: ["statements", "hs.tiep_nhan"],
  },
  "facts.changes": {
    report: () => ngheAn((r) => (r.changes = { "yte.luot_tra_cuu_can_cuoc": [{ direction: "down", amount: 5, decimals: 0, unit: "value", against: "previous" }] })),
    code: "change_inconsistent",
    path: ["changes", "yte.luot_tra_cuu_can_cuoc", 0],
  },
  "facts.breakdowns": {
    report: () => corrected004((r) => (r.breakdowns = [{ id: "hs.tiep_nhan", dimension: "procedure", parts: [{ key: "a", label: "A", value: 1 }] }])),
    code: "breakdown_parts_mismatch",
    path: ["breakdowns", 0],
  },
  "facts.as_of": { report: () => corrected004((r) => (r.facts = { "hs.tiep_nhan": { asOf: "2026-06-30" } })), code: "as_of_after_report", path: ["facts", "hs.tiep_nhan", "asOf"] },
  "target.below": {
    report: () => fixture("002-son-la-vp-ubnd", (r) => (r.values["tthc.dvctt_toan_trinh"] = 800)),
    code: "below_target",
    path: ["values", "tthc.dvctt_toan_trinh"],
  },
  "hierarchy.rollup": {
    report: () =>
      ngheAn((r) => {
        r.period = "202605";
        delete r.comparisons;
        r.values["hs.tiep_nhan"] = 2000;
      }),
    context: () => ({ children: [commune("17001", "Xã A"), commune("17002", "Xã B")] }),
    code: "rollup_mismatch",
    path: ["values", "hs.tiep_nhan"],
  },
  "completeness.sections": {
    // "2. Nhóm tiện ích phục vụ giải quyết thủ tục hành chính…" is the part that answers section 3.
    report: () => corrected004((r) => (nodeById(r, "II-2").outline = [])),
    code: "section_missing",
    path: ["body"],
  },
  "completeness.figures": { report: () => corrected004((r) => delete r.values["hs.tiep_nhan"]), code: "figures_missing", path: ["body", 1, "children", 1] },
  "narrative.prose": {
    report: () => corrected004((r) => nodeById(r, "I-1").paragraphs.push(BAD_RATE)),
    code: "percent_mismatch",
    path: ["body", 0, "children", 0, "paragraphs", 1],
  },
};

const same = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);

describe("every built-in rule is needed: its issue appears with it and vanishes without it", () => {
  it("the table has one case per rule of VALIDATION_RULES, and no other", () => {
    expect(Object.keys(CASES).sort()).toEqual(VALIDATION_RULES.map((r) => r.id).sort());
    expect(new Set(VALIDATION_RULES.map((r) => r.id)).size).toBe(VALIDATION_RULES.length);
  });

  it.each(VALIDATION_RULES.map((r) => [r.id] as const))("%s", (id) => {
    const c = CASES[id];
    expect(c, `no case for ${id}`).toBeDefined();
    const report = c!.report();
    const context = c!.context?.() ?? {};

    const full = validateReport(report, context);
    const found = full.filter((i) => i.code === c!.code && same(i.path, c!.path));
    expect(found.length, `${id} should raise ${c!.code} at ${c!.path.join(".")}`).toBeGreaterThan(0);
    expect(found.every((i) => i.rule === id)).toBe(true);

    const without = validateReport(report, { ...context, rules: VALIDATION_RULES.filter((r) => r.id !== id) });
    expect(without.filter((i) => i.code === c!.code && same(i.path, c!.path))).toEqual([]);
    // The other rules find exactly what they found before: rules are independent.
    expect(without).toEqual(full.filter((i) => i.rule !== id));
    // And switching it off by id does the same as filtering it out.
    expect(validateReport(report, { ...context, disable: [id] })).toEqual(without);
  });
});
