/**
 * Values at the first door (values.kind), levels (figure_outside_level), targets by period, the
 * score rule and data rules with their own messages.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCatalog, extendCatalog, indicatorCatalog, targetFor, findIndicator } from "../../../src/indicators/index.js";
import { nearestId, validateInput, validateReport, type ValidationRule } from "../../../src/validation/index.js";
import { corrected004, fixture } from "../helpers.js";

const only = (rule: string) => <T extends { rule: string }>(issues: readonly T[]) => issues.filter((i) => i.rule === rule);
const valueIssues = only("values.kind");

describe("values.kind: the three bad commune values", () => {
  const raw = (patch: (r: any) => void) => {
    const r = JSON.parse(JSON.stringify(corrected004())) as any;
    patch(r);
    return r as unknown;
  };

  it("a count given true is an error naming the field", () => {
    const { issues } = validateInput(raw((r) => (r.values["hs.tiep_nhan"] = true)));
    const [i] = valueIssues(issues);
    expect(i).toMatchObject({ code: "value_not_number", severity: "error", path: ["values", "hs.tiep_nhan"] });
    expect(i?.message).toBe("“Số hồ sơ tiếp nhận trong kỳ” (hs.tiep_nhan) là số đếm, nhưng giá trị ghi là true: cần số nguyên không âm.");
  });

  it("a yes/no fact given 3 is an error", () => {
    const { issues } = validateInput(raw((r) => (r.values["cnscd.da_thanh_lap"] = 3)));
    expect(valueIssues(issues)).toEqual([expect.objectContaining({ code: "value_not_boolean", severity: "error", path: ["values", "cnscd.da_thanh_lap"] })]);
  });

  it("a misspelt id is a warning with the nearest id, an error in strict mode", () => {
    const r = raw((x) => (x.values["hs.tiep_nhann"] = 5));
    const [w] = valueIssues(validateInput(r).issues);
    expect(w).toMatchObject({ code: "figure_unknown", severity: "warning", params: { id: "hs.tiep_nhann", suggestion: "hs.tiep_nhan" } });
    expect(w?.message).toContain("có phải “hs.tiep_nhan”");
    expect(valueIssues(validateInput(r, { strict: true }).issues)[0]?.severity).toBe("error");
    expect(valueIssues(validateInput(r, { locale: "en" }).issues)[0]?.message).toBe('The figure id "hs.tiep_nhann" is not in the catalog; did you mean "hs.tiep_nhan"?');
  });

  it("the corrected seed has no value issue; an indicator in values is one", () => {
    expect(valueIssues(validateReport(corrected004()))).toEqual([]);
    const { issues } = validateInput(raw((r) => (r.values["tl.ho_so_dung_han"] = 99)));
    expect(valueIssues(issues).map((i) => i.code)).toEqual(["value_is_indicator"]);
  });

  it("a province's count of a countTrue fact is a count, not a yes/no", () => {
    const province = fixture("003-nghe-an-2026-02", (r) => (r.values["cnscd.da_thanh_lap"] = 120));
    expect(valueIssues(validateReport(province)).filter((i) => i.path[1] === "cnscd.da_thanh_lap")).toEqual([]);
  });

  it("nearestId finds an id one edit away and nothing for a far one (property: an id is its own nearest)", () => {
    const compiled = compileCatalog(indicatorCatalog);
    expect(nearestId("hs.tiep_nhann", compiled)).toBe("hs.tiep_nhan");
    expect(nearestId("zz.khong_gan_gi_ca", compiled)).toBeUndefined();
    fc.assert(fc.property(fc.constantFrom(...compiled.ids), (id) => nearestId(id, compiled) === id));
  });
});

describe("levels", () => {
  it("a commune-only figure in a province report is flagged", () => {
    const province = fixture("003-nghe-an-2026-02", (r) => (r.values["tt.luot_truyen_thanh_xa"] = 40));
    const i = valueIssues(validateReport(province)).find((x) => x.code === "figure_outside_level");
    expect(i).toMatchObject({ severity: "warning", path: ["values", "tt.luot_truyen_thanh_xa"] });
    expect(i?.message).toContain("chỉ báo cáo ở cấp xã");
  });

  it("completeness asks a level only for the figures of that level", () => {
    const issues = validateReport(corrected004()).filter((i) => i.code === "figures_missing");
    const ids = issues.flatMap((i) => i.params.ids as string[]);
    const compiled = compileCatalog(indicatorCatalog);
    expect(ids.every((id) => (compiled.elements.get(id) ?? compiled.indicators.get(id))?.levels.includes("xa"))).toBe(true);
  });
});

describe("targets carry their programme period", () => {
  const ind = findIndicator("tl.dvctt_toan_trinh")!;

  it("a 2026 report is judged against the 2026 programme, a 2025 report is not", () => {
    expect(targetFor(ind, "2026-05-14")?.value).toBe(80);
    expect(targetFor(ind, "2025-12-14")).toBeUndefined();
    const low = (period: string) =>
      fixture("002-son-la-vp-ubnd", (r) => {
        r.period = period;
        delete r.comparisons;
        r.values["tthc.dvctt_toan_trinh"] = 800;
      });
    const below = (period: string) => validateReport(low(period)).filter((i) => i.code === "below_target");
    expect(below("202605").map((i) => i.params.id)).toContain("tl.dvctt_toan_trinh");
    expect(below("2025").map((i) => i.params.id)).not.toContain("tl.dvctt_toan_trinh");
  });

  it("a catalog may give a target per programme: the one covering the period wins", () => {
    const c = extendCatalog({
      indicators: [{ ...ind, targets: [{ op: ">=", value: 60, source: "Kế hoạch năm 2025 (ví dụ)", from: "2025-01-01", to: "2025-12-31" }] }],
    });
    const def = c.indicators.find((i) => i.id === ind.id)!;
    expect(targetFor(def, "2025-06-14")?.value).toBe(60);
    expect(targetFor(def, "2026-06-14")?.value).toBe(80);
  });
});

describe("score.766 runs inside validateReport", () => {
  it("a stated total that is not the sum of its groups is an error", () => {
    const r = fixture("003-nghe-an-2026-02", (x) => (x.stated["cs766.tong"].value = 99));
    const i = validateReport(r).find((x) => x.rule === "score.766");
    expect(i).toMatchObject({ code: "score_sum_mismatch", severity: "error", path: ["stated", "cs766.tong"] });
    expect(i?.message).toMatch(/^Tổng điểm ghi 99 khác tổng các nhóm chỉ số/);
  });
});

describe("data rules and rules' own messages", () => {
  const catalog = {
    ...indicatorCatalog,
    rules: [
      {
        id: "xa.dung_han_toi_thieu", left: "hs.dung_han", operator: ">=", right: "0.99 * hs.da_giai_quyet", severity: "error",
        levels: ["xa"], message: { vi: "Hồ sơ đúng hạn ({left}) {op} 99% số đã giải quyết ({right}).", en: "On time ({left}) must be {op} {right}." },
      },
      { id: "xa.khong_ap_dung", left: "hs.dung_han", operator: "<", right: "0", levels: ["tinh"], message: { vi: "Không áp dụng cho xã." } },
    ],
  } as const;

  it("a data rule checks the report, at its levels only, with its own message", () => {
    const r = corrected004((x) => (x.values["hs.dung_han"] = 900));
    const issues = validateReport(r, { catalog, narrative: false }).filter((i) => i.rule.startsWith("xa."));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "data_rule_violated", severity: "error", rule: "xa.dung_han_toi_thieu", path: ["values", "hs.dung_han"] });
    expect(issues[0]?.message).toMatch(/^Hồ sơ đúng hạn \(900\) không nhỏ hơn 99% số đã giải quyết \(949,41\)\.$/);
    expect(validateReport(r, { catalog, narrative: false, locale: "en" }).find((i) => i.rule === "xa.dung_han_toi_thieu")?.message).toBe("On time (900) must be >= 949.41.");
    expect(validateReport(r, { catalog, narrative: false, disable: ["data"] }).some((i) => i.rule.startsWith("xa."))).toBe(false);
  });

  it("skipIfAnyMissing skips a rule over an absent figure", () => {
    const r = corrected004((x) => delete x.values["hs.dung_han"]);
    expect(validateReport(r, { catalog, narrative: false }).some((i) => i.rule === "xa.dung_han_toi_thieu")).toBe(false);
  });

  it("a code rule brings its message table: no placeholder", () => {
    const mine: ValidationRule = {
      id: "tinh.ho_so_toi_thieu", severity: "warning", levels: ["xa"], periodKinds: ["month"], description: "…",
      check: () => [{ code: "ho_so_it", path: ["values", "hs.tiep_nhan"], params: { n: 3 } }],
      messages: { vi: { ho_so_it: (p) => `Chỉ có ${String(p.n)} hồ sơ.` } },
    };
    const [i] = validateReport(corrected004(), { rules: [mine] });
    expect(i?.message).toBe("Chỉ có 3 hồ sơ.");
  });
});
