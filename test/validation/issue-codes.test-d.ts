import { describe, expectTypeOf, it } from "vitest";
import {
  VALIDATION_RULES,
  checkNarrative,
  checkScore766,
  checkUnit,
  indexUnits,
  migrateReport,
  prepareValidator,
  rollup,
  safeParseReport,
  validateInput,
  validateReport,
  type Problem,
  type Report,
  type RollupProblemCode,
  type SchemaProblemCode,
  type Score766Code,
  type UnitProblemCode,
  type ValidationIssue,
  type ValidationIssueCode,
  type ValidationRule,
} from "../../src/index.js";
import type { NarrativeCode } from "../../src/validation/narrative/finding.js";
import type { CliIssueCode } from "../../src/cli/validate.js";

declare const report: Report;

// Every problem/issue/finding `code` is a union of its known codes, so that a misspelt code in a
// comparison does not compile (issue 17); custom rules widen the union with their own codes.

describe("validation issue codes", () => {
  it("are the union of the built-in codes, not string", () => {
    const issues = validateReport(report);
    expectTypeOf(issues[0]!.code).toEqualTypeOf<ValidationIssueCode>();
    expectTypeOf<string>().not.toExtend<ValidationIssueCode>();
    expectTypeOf<"part_exceeds_whole" | "data_rule_violated" | "invalid_type" | "score_exceeds_max">().toExtend<ValidationIssueCode>();
    expectTypeOf<NarrativeCode>().toExtend<ValidationIssueCode>();
    issues.filter((i) => i.code === "part_exceeds_whole");
    // @ts-expect-error: "part_exceed_whole" is not a validation code
    issues.filter((i) => i.code === "part_exceed_whole");
    const { issues: fromInput } = validateInput({});
    // @ts-expect-error: misspelt schema code through validateInput
    fromInput.some((i) => i.code === "invalid_typ");
    const validate = prepareValidator({ locale: "en" });
    // @ts-expect-error: misspelt through a prepared validator
    validate(report).some((i) => i.code === "date_mising");
  });

  it("are widened by a custom rule's own codes, and only by them", () => {
    const mine: ValidationRule<"ho_so_thap"> = {
      id: "tinh.ho_so_thap", severity: "warning", levels: ["tinh"], periodKinds: ["month"], description: "Ít hồ sơ.",
      check: () => [{ code: "ho_so_thap", path: ["values", "hs.tiep_nhan"] }],
    };
    const issues = validateReport(report, { rules: [...VALIDATION_RULES, mine] });
    expectTypeOf(issues[0]!.code).toEqualTypeOf<ValidationIssueCode | "ho_so_thap">();
    issues.some((i) => i.code === "ho_so_thap");
    // @ts-expect-error: misspelt custom code
    issues.some((i) => i.code === "ho_so_thapp");
    // A rule typed without its codes may return any code: the result is open.
    const open: ValidationRule = mine;
    expectTypeOf(validateReport(report, { rules: [open] })[0]!.code).toEqualTypeOf<string>();
    // @ts-expect-error: a rule's check must return the codes it declares
    const wrong: ValidationRule<"a"> = { ...mine, check: () => [{ code: "b", path: [] }] };
    void wrong;
  });

  it("stay assignable to the open types", () => {
    expectTypeOf(validateReport(report)).toExtend<readonly ValidationIssue[]>();
    expectTypeOf(validateReport(report)).toExtend<readonly Problem[]>();
  });
});

describe("other modules' codes", () => {
  it("schema problems", () => {
    const r = safeParseReport({});
    expectTypeOf(r.problems[0]!.code).toEqualTypeOf<SchemaProblemCode>();
    // @ts-expect-error: misspelt schema code
    r.problems.some((p) => p.code === "not_jsn");
    expectTypeOf(migrateReport({}).problems[0]!.code).toEqualTypeOf<SchemaProblemCode>();
    expectTypeOf(checkUnit(indexUnits({ validFrom: "2025-07-01", units: [] }), { code: "40", level: "tinh" })[0]!.code).toEqualTypeOf<UnitProblemCode>();
  });

  it("rollup problems", () => {
    const result = rollup([report], { unit: { code: "40", name: "Nghệ An", level: "tinh" }, period: "202605" });
    expectTypeOf(result.issues[0]!.code).toEqualTypeOf<RollupProblemCode>();
    // @ts-expect-error: misspelt rollup code
    result.issues.some((i) => i.code === "children_mising");
  });

  it("narrative findings and 766 scores", () => {
    const findings = checkNarrative("Tỷ lệ đạt 99,7%.");
    expectTypeOf(findings[0]!.code).toEqualTypeOf<NarrativeCode>();
    // @ts-expect-error: misspelt narrative code
    findings.some((f) => f.code === "percent_mismatc");
    expectTypeOf(checkScore766({})[0]!.code).toEqualTypeOf<Score766Code>();
  });

  it("CLI issues (validate --json)", () => {
    expectTypeOf<"file_unusable">().toExtend<CliIssueCode>();
    expectTypeOf<ValidationIssueCode>().toExtend<CliIssueCode>();
    expectTypeOf<"file_unusabl">().not.toExtend<CliIssueCode>();
  });
});
