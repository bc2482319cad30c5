/**
 * A province's own test project, outside this repository, using the packed package: `npm pack`
 * (once per run, packed.ts), the tarball unpacked into the project's node_modules (as
 * `npm install ./de-an-06-x.tgz` puts it; the dependencies it would fetch — zod, date-fns, docx,
 * vitest, fast-check, typescript — are linked from this repository's node_modules, so the test
 * needs no network), then the province writes a rule test with the matchers and runs it under
 * vitest and under node's own runner (`node --test`), and typechecks it against the package's
 * declarations.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, built } from "./built.js";
import { packedTarball } from "./packed.js";

let project = "";

/** The province's rule, in plain JavaScript so both runners load it as is. */
const RULE = `
import { VALIDATION_RULES } from "de-an-06";

/** @type {import("de-an-06").ValidationRule} */
export const hoSoToiThieu = {
  id: "nghe_an.ho_so_toi_thieu",
  severity: "warning",
  levels: ["tinh"],
  periodKinds: ["month"],
  description: "Tỉnh tiếp nhận ít nhất 1.000 hồ sơ mỗi tháng.",
  check: ({ report }) => {
    const n = report.values["hs.tiep_nhan"];
    return typeof n === "number" && n < 1000 ? [{ code: "ho_so_thap", path: ["values", "hs.tiep_nhan"], params: { value: n } }] : [];
  },
};

/** @type {import("de-an-06").ValidationRule[]} */
export const rules = [...VALIDATION_RULES, hoSoToiThieu];
`;

const VITEST_TEST = `
import { expect, test } from "vitest";
import { validateReport } from "de-an-06";
import { reportFor, withValues } from "de-an-06/testing";
import "de-an-06/testing/vitest";
import { rules } from "./rule.js";

test("dưới 1.000 hồ sơ thì cảnh báo", () => {
  const issues = validateReport(reportFor("40", "202602", withValues({ "hs.tiep_nhan": 640 })), { rules });
  expect(issues).toHaveIssue("ho_so_thap", { path: "values.hs.tiep_nhan", severity: "warning" });
  expect(issues).toHaveNoErrors();
});

test("đủ 1.000 hồ sơ thì không", () => {
  const issues = validateReport(reportFor("40", "202602", withValues({ "hs.tiep_nhan": 1200 })), { rules });
  expect(issues).not.toHaveIssue("ho_so_thap");
});

test("thông báo khi sai liệt kê vấn đề, tiếng Việt và tiếng Anh", () => {
  const issues = validateReport(reportFor("40", "202602", withValues({ "hs.tiep_nhan": 640 })), { rules });
  expect(() => expect(issues).toHaveIssue("breakdown_mismatch")).toThrow(/Không thấy vấn đề \\/ expected issue: breakdown_mismatch[\\s\\S]*ho_so_thap \\[warning\\]/);
});
`;

const NODE_TEST = `
import { test } from "node:test";
import assert from "node:assert/strict";
import { validateReport } from "de-an-06";
import { assertIssue, assertNoErrors, findIssue, reportFor, withValues } from "de-an-06/testing";
import { rules } from "./rule.js";

test("dưới 1.000 hồ sơ thì cảnh báo", () => {
  const issues = validateReport(reportFor("40", "202602", withValues({ "hs.tiep_nhan": 640 })), { rules });
  assert.equal(assertIssue(issues, "ho_so_thap", { path: "values.hs.tiep_nhan" }).severity, "warning");
  assertNoErrors(issues);
});

test("đủ 1.000 hồ sơ thì không", () => {
  const issues = validateReport(reportFor("40", "202602", withValues({ "hs.tiep_nhan": 1200 })), { rules });
  assert.equal(findIssue(issues, "ho_so_thap"), undefined);
  assert.throws(() => assertIssue(issues, "ho_so_thap"), /Không thấy vấn đề \\/ expected issue: ho_so_thap/);
});
`;

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    allowJs: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
  },
  include: ["*.ts", "*.js"],
};

/** Links a dependency from this repository's node_modules into the project's. */
function link(name: string) {
  const target = realpathSync(join(ROOT, "node_modules", name));
  const at = join(project, "node_modules", name);
  mkdirSync(join(at, ".."), { recursive: true });
  symlinkSync(target, at, "dir");
}

beforeAll(() => {
  built("testing/index.js");
  project = mkdtempSync(join(tmpdir(), "de-an-06-province-"));
  // The run's one `npm pack` of dist/ as built (packed.ts), shared with shape.test.ts.
  const tarball = packedTarball();
  mkdirSync(join(project, "node_modules"));
  execFileSync("tar", ["-xzf", tarball, "-C", join(project, "node_modules")]);
  renameSync(join(project, "node_modules", "package"), join(project, "node_modules", "de-an-06"));
  for (const dep of ["zod", "date-fns", "docx", "vitest", "fast-check", "typescript", "@types/node"]) link(dep);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "nghe-an-rules", private: true, type: "module" }));
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify(TSCONFIG));
  writeFileSync(join(project, "rule.js"), RULE);
  writeFileSync(join(project, "rule.test.ts"), VITEST_TEST);
  writeFileSync(join(project, "rule.node-test.mjs"), NODE_TEST);
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const run = (command: string, args: readonly string[]) =>
  spawnSync(command, args, { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });

describe("a province's test project, with the packed package installed", () => {
  it("runs its rule test with the matchers under vitest", () => {
    const r = run(process.execPath, [join(project, "node_modules/vitest/vitest.mjs"), "run", "--root", project]);
    expect(r.stdout + r.stderr).toMatch(/Tests\s+3 passed \(3\)/);
    expect(r.status).toBe(0);
  }, 120_000);

  it("runs the same test with assertIssue under node --test", () => {
    const r = run(process.execPath, ["--test", "rule.node-test.mjs"]);
    expect(r.stdout).toMatch(/# pass 2/);
    expect(r.stdout).toMatch(/# fail 0/);
    expect(r.status).toBe(0);
  }, 60_000);

  it("typechecks against the package's declarations (matchers on vitest's expect included)", () => {
    const r = run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", "."]);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);
});
