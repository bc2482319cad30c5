import { describe, expect, it } from "vitest";
import { loadFixture } from "../fixtures/index.js";
import { validateReport, type ValidationIssue } from "../../src/validation/index.js";
import { corrected004, fixture } from "./helpers.js";

/** `rule code` of every error, and of every warning, sorted and deduplicated. */
function kinds(issues: readonly ValidationIssue[]) {
  const list = (s: string) => [...new Set(issues.filter((i) => i.severity === s).map((i) => `${i.rule} ${i.code}`))].sort();
  return { errors: list("error"), warnings: list("warning"), infos: list("info") };
}

/** Warnings allowed where data is simply absent. */
const ABSENT = new Set(["time.date_missing date_missing", "completeness.sections section_missing", "completeness.figures figures_missing"]);

describe("validateReport on the seed fixtures", () => {
  it("004 (Đông Cứu, commune, May 2026): its four real slips, plus the broadcasts written “trên 100” with 1.500 of them", () => {
    const k = kinds(validateReport(fixture("004-dong-cuu-2026-05")));
    expect(k.errors).toEqual([
      "arithmetic.breakdown breakdown_mismatch",
      "document.distribution distribution_final_period",
      "document.signer signer_tm_missing",
      "narrative.prose part_exceeds_whole",
      "time.date_after_cutoff date_before_cutoff_end",
    ]);
    expect(k.warnings.filter((w) => !ABSENT.has(w))).toEqual([]);
    expect(k.infos).toEqual([]);
  });

  it("003 (Nghệ An, province, February 2026): the malformed 3.002648, and data simply absent", () => {
    const k = kinds(validateReport(fixture("003-nghe-an-2026-02")));
    expect(k.errors).toEqual([]);
    expect(k.warnings.filter((w) => !ABSENT.has(w))).toEqual(["narrative.prose malformed_number"]);
    expect(k.warnings).toContain("time.date_missing date_missing");
    expect(k.warnings).toContain("completeness.sections section_missing");
  });

  it("002 (Sơn La provincial office, agency report, 2026S1): undated, otherwise only absent data", () => {
    const k = kinds(validateReport(fixture("002-son-la-vp-ubnd")));
    expect(k.errors).toEqual([]);
    expect(k.warnings.filter((w) => !ABSENT.has(w))).toEqual([]);
    expect(k.warnings).toContain("time.date_missing date_missing");
  });

  it("a corrected copy of 004 gives no errors", () => {
    const issues = validateReport(corrected004());
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(kinds(issues).warnings.filter((w) => !ABSENT.has(w))).toEqual([]);
  });

  it("the raw fixture JSON (as stored, not parsed) gives the same issues as the parsed report", () => {
    const raw = validateReport(loadFixture("004-dong-cuu-2026-05"));
    const parsed = validateReport(fixture("004-dong-cuu-2026-05"));
    expect(raw.map((i) => [i.rule, i.code, i.path])).toEqual(parsed.map((i) => [i.rule, i.code, i.path]));
  });
});
