import { describe, expect, it } from "vitest";
import { TARGET_RULES, validateReport } from "../../../src/validation/index.js";
import { at, corrected004, fixture } from "../helpers.js";

const rules = TARGET_RULES;

describe("target.below", () => {
  it("the Sơn La office's 968/1054 (91,8%) meets the ≥ 80% target", () => {
    expect(validateReport(fixture("002-son-la-vp-ubnd"), { rules })).toEqual([]);
  });

  it("a rate below its legal target is a warning with the target and the gap", () => {
    const issues = validateReport(fixture("002-son-la-vp-ubnd", (r) => (r.values["tthc.dvctt_toan_trinh"] = 800)), { rules });
    const i = at(issues, "below_target", ["values", "tthc.dvctt_toan_trinh"]);
    expect(i?.severity).toBe("warning");
    expect(i?.params).toMatchObject({ id: "tl.dvctt_toan_trinh", target: 80, op: ">=", computed: true });
    expect(i?.params.gap).toBeCloseTo(80 - (800 / 1054) * 100, 9);
    expect(i?.message).toContain("75,9%");
    expect(i?.message).toContain("≥ 80%");
    expect(i?.message).toContain("4,1 điểm phần trăm");
  });

  it("a 100% target: 24 of 25 essential services is short by 4 points", () => {
    const issues = validateReport(fixture("002-son-la-vp-ubnd", (r) => (r.values["dvc.thiet_yeu_trien_khai"] = 24)), { rules });
    expect(at(issues, "below_target", ["values", "dvc.thiet_yeu_trien_khai"])?.params).toMatchObject({ target: 100, value: 96, gap: 4 });
  });

  it("without counts the stated rate is used, honestly: “trên 79%” may meet 80%", () => {
    const low = validateReport(corrected004((r) => (r.stated["tl.dvctt_toan_trinh"] = { value: 75, decimals: 0 })), { rules });
    expect(at(low, "below_target", ["stated", "tl.dvctt_toan_trinh"])?.params).toMatchObject({ value: 75, gap: 5, computed: false });
    const over = validateReport(corrected004((r) => (r.stated["tl.dvctt_toan_trinh"] = { value: 79, decimals: 0, qualifier: "trên" })), { rules });
    expect(over).toEqual([]);
  });
});
