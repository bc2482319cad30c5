import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseReport, type Report } from "../../src/schema/index.js";
import { validateInput, validateReport } from "../../src/validation/index.js";
import { fuzzProperties, parsedFixtures, SUITE_DEPTHS } from "./fuzz-inputs.js";

const seed = parsedFixtures.get("004-dong-cuu-2026-05")!;

/**
 * Runs in the suite: 2.730 on a developer's machine (3.003 inputs: one property feeds two per
 * run), 9.100 under CI (10.010 inputs), or `DE_AN_06_FUZZ_RUNS`; `npm run fuzz` runs for an hour.
 * Every property runs in every case; only the count changes.
 */
const RUNS = Number(process.env.DE_AN_06_FUZZ_RUNS) || (process.env.CI ? 9_100 : 2_730);

let inputs = 0;
const properties = fuzzProperties(SUITE_DEPTHS, (n) => (inputs += n));

describe("validateReport and safeParseReport never throw, and every issue has its shape (fuzz)", () => {
  // A run parses and checks a whole v2 fixture (heading trees with runs and footnotes, larger than
  // the v1 ones): 2.275 of them take over a minute on a loaded shared machine, so the properties get
  // five; nothing here measures time.
  it.each(properties.map((p) => [p.name, p] as const))("%s", (_, p) => {
    fc.assert(p.property, { numRuns: Math.round(RUNS * p.share) });
  }, 300_000);

  it("fed 1,1 inputs per run in all (10.000 under CI)", () => {
    expect(inputs).toBeGreaterThanOrEqual(Math.round(RUNS * 1.1));
  });
});

describe("validateReport on input that is not a report", () => {
  it.each([
    ["undefined", undefined, "undefined"],
    ["null", null, "null"],
    ["a number", 42, "int"],
    ["NaN", Number.NaN, "nan"],
    ["a string", "báo cáo", "string"],
    ["a boolean", true, "boolean"],
    ["an array", [seed], "array"],
  ])("%s: one schema error at the root, “cần đối tượng”", (_, input, received) => {
    const issues = validateReport(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "invalid_type", severity: "error", path: [], rule: "schema", params: { expected: "object", received } });
    expect(issues[0]?.message).toContain("cần đối tượng");
  });

  it("an object that is not a report: the schema's problems, each at its field, no rule run", () => {
    const issues = validateReport({ schemaVersion: 2, unit: { code: "09487" } });
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.every((i) => i.rule === "schema" && i.severity === "error")).toBe(true);
    expect(issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["unit.name", "period", "document"]));
  });

  it("a prototype key pollutes nothing; validateInput (schema always) names it as forbidden_key", () => {
    const raw = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(seed).slice(1)}`) as unknown;
    // Shaped like a parsed report, so validateReport runs the rules directly: the key is ignored.
    expect(validateReport(raw).map((i) => i.code)).toEqual(validateReport(seed).map((i) => i.code));
    const { report, issues } = validateInput(raw);
    expect(report).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path])).toEqual([["forbidden_key", ["__proto__"]]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("English on request", () => {
    const [i] = validateReport(7, { locale: "en" });
    expect(i?.message).toMatch(/object/i);
    expect(i?.message).not.toContain("đối tượng");
  });

  it("a getter that throws is reported as validation_failed, never thrown", () => {
    const trap = { ...seed };
    Object.defineProperty(trap, "unit", {
      enumerable: true,
      get() {
        throw new Error("bẫy");
      },
    });
    const issues = validateReport(trap);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "validation_failed", severity: "error", path: [] });
    expect(issues[0]?.message.length).toBeGreaterThan(0);
    expect(safeParseReport(trap).success).toBe(false);
  });

  it("a context that is not a report (previous, children) is an error of its own, not a crash", () => {
    const issues = validateReport(seed, { previous: 5 as unknown as Report, children: [null as unknown as Report, seed] });
    const ctx = issues.filter((i) => i.code === "context_invalid");
    expect(ctx.map((i) => i.params.which)).toEqual(["previous", "children"]);
    expect(ctx[1]?.params.count).toBe(1);
  });
});
