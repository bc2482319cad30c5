/**
 * `--locale en` on every command (issue 17): what the CLI prints is English throughout — its own
 * messages, the help, periods ("first 6 months of 2026"), the library's problem messages and the
 * parse errors. Vietnamese may appear only where the data carries it: unit names, text quoted
 * from a document (“…”), and the formulas of Nghị định 30 a message tells the author to write.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../src/communes/index.js";
import { parseReport, periodLabel, parsePeriod, type Report } from "../../src/index.js";
import { COMMUNE, FIXTURES, PROVINCE, run, tempDir, type Run } from "./harness.js";

const tmp = tempDir();
afterAll(tmp.cleanup);

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** Unit names, longest first (so "Tỉnh Bắc Ninh" goes before "Bắc Ninh"), as the data writes them and in capitals. */
const NAMES = [...new Set(UNITS_2025.units.flatMap((u) => [u.name, u.name.toUpperCase(), u.name.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu) /u, "")]))].sort(
  (a, b) => b.length - a.length,
);
/** Proper names and document formulas that stay Vietnamese in English text. */
const PROPER = ["Đề án 06", "NĐ-CP"];
const WORDS = [...NAMES, ...PROPER].sort((a, b) => b.length - a.length);

/** What is left of `text` once the data's own Vietnamese (quotations, unit names, proper names) is taken out. */
function ownWords(text: string): string {
  let rest = text.replace(/“[^”]*”/gu, "“”").replace(/"[^"\n]*"/gu, '""');
  for (const name of WORDS) rest = rest.split(name).join("");
  return rest;
}

/** The lines of a run's output that still have Vietnamese letters of the CLI's own. */
function vietnameseLines(r: Run): string[] {
  return `${r.out}\n${r.err}`.split("\n").filter((line) => VIETNAMESE.test(ownWords(line)));
}

/** A copy of the commune seed as another commune of Bắc Ninh, with its hồ sơ counts scaled. */
function sibling(code: string, name: string, factor: number): Report {
  const seed = JSON.parse(readFileSync(COMMUNE, "utf8")) as Report;
  const values = Object.fromEntries(Object.entries(seed.values).map(([k, v]) => [k, typeof v === "number" ? v * factor : v]));
  return { ...seed, unit: { ...seed.unit, code, name }, values };
}

const xa = join(tmp.dir, "xa");
mkdirSync(xa, { recursive: true });
writeFileSync(join(xa, "a.json"), readFileSync(COMMUNE));
writeFileSync(join(xa, "b.json"), JSON.stringify(sibling("07210", "Phường Bắc Giang", 2)));
writeFileSync(join(xa, "c.json"), JSON.stringify(sibling("07228", "Phường Đa Mai", 3)));
writeFileSync(join(tmp.dir, "hong.json"), "{ khong phai json");
writeFileSync(join(tmp.dir, "sai.json"), JSON.stringify({ schemaVersion: 2, unit: { code: "24" } }));

describe("the check itself", () => {
  it("finds the CLI's Vietnamese and lets the data's through", () => {
    expect(vietnameseLines({ code: 0, out: "Đã kiểm tra 2 báo cáo", err: "" })).toHaveLength(1);
    expect(vietnameseLines({ code: 0, out: "Rolled up 3 reports → Tỉnh Bắc Ninh, “trên 100”", err: "" })).toEqual([]);
  });
});

describe("--locale en", () => {
  it("main help, unknown command, bad locale", async () => {
    for (const argv of [["--locale", "en"], ["--help", "--locale", "en"], ["--locale=en", "--help"]]) {
      const r = await run(argv);
      expect(r.out, argv.join(" ")).toMatch(/^de-an-06 — tools for Đề án 06/);
      expect(vietnameseLines(r), argv.join(" ")).toEqual([]);
    }
    const unknown = await run(["kiemtra", "--locale", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("Error: Unknown command: “kiemtra”. Commands: validate, rollup, country, render, schema, demo.");
    const bad = await run(["validate", "x.json", "--locale", "fr"]);
    expect(bad.code).toBe(2);
  });

  it("every command's --help, and its usage errors", async () => {
    for (const c of ["validate", "rollup", "country", "render", "schema", "demo"]) {
      const help = await run([c, "--help", "--locale", "en"]);
      expect(help.code, c).toBe(0);
      expect(help.out, c).toMatch(new RegExp(`^Usage: de-an-06 ${c}`));
      expect(vietnameseLines(help), c).toEqual([]);
      const wrong = await run([c, "--no-such-option", "--locale", "en"]);
      expect(wrong.code, c).toBe(2);
      expect(wrong.err, c).toBe(`Error: Unknown option: --no-such-option. See “de-an-06 ${c} --help”.`);
    }
    const missing = await run(["rollup", "xa", "--unit", "24", "--period", "202605", "--locale", "en"], tmp.dir);
    expect(missing.err).toBe("Error: Missing -o (the output file). See “de-an-06 rollup --help”.");
  });

  it("validate: the report lines, periods, issues and the total", async () => {
    const r = await run(["validate", COMMUNE, PROVINCE, join(FIXTURES, "002-son-la-vp-ubnd.json"), "--locale", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Xã Đông Cứu · May 2026: ");
    expect(r.out).toContain("Tỉnh Nghệ An · February 2026: ");
    expect(r.out).toMatch(/\d+ errors?, \d+ warnings?/);
    expect(r.out).toMatch(/Checked 3 reports: \d without errors, \d with errors/);
    expect(r.out).not.toContain("larger than its whole trên");
    expect(vietnameseLines(r)).toEqual([]);
  });

  it("validate: unreadable, not JSON, not a report", async () => {
    const r = await run(["validate", "khong-co.json", "hong.json", "sai.json", "--locale", "en"], tmp.dir);
    expect(r.out).toContain("✗ khong-co.json: the file cannot be read");
    expect(r.out).toContain("✗ sai.json: does not match the report schema");
    expect(vietnameseLines(r)).toEqual([]);
    const json = await run(["validate", "hong.json", "--json", "--locale", "en"], tmp.dir);
    expect(JSON.parse(json.out)[0].issues[0].message).toMatch(/^File “.*hong\.json” is not valid JSON/);
  });

  it("rollup: coverage, problems named by id, written files; accepts --locale", async () => {
    writeFileSync(join(tmp.dir, "expected.json"), JSON.stringify(["09487", "07210", "07228", "07246"]));
    const r = await run(["rollup", "xa", "--unit", "24", "--period", "202605", "--expected", "expected.json", "-o", "tinh.json", "--details", "tinh.rollup.json", "--locale", "en"], tmp.dir);
    expect(r.out).toContain("Rolled up 3 reports → Tỉnh Bắc Ninh, May 2026.");
    expect(r.out).toContain("Reported: 3/4 communes.");
    expect(r.out).toContain("Not reported: 1 — Xã Xuân Lương.");
    expect(r.out).toContain("Wrote the rolled-up report: ");
    expect(vietnameseLines(r)).toEqual([]);
    const details = JSON.parse(readFileSync(join(tmp.dir, "tinh.rollup.json"), "utf8")) as { issues: { message: string }[] };
    expect(details.issues.length).toBeGreaterThan(0);
    for (const i of details.issues) expect(ownWords(i.message), i.message).not.toMatch(VIETNAMESE);
    const stop = await run(["rollup", "xa", "hong.json", "--unit", "24", "--period", "202605", "-o", "x.json", "--locale", "en"], tmp.dir);
    expect(stop.code).toBe(1);
    expect(stop.err).toContain("Rollup stopped so as not to produce incomplete figures");
    expect(vietnameseLines(stop)).toEqual([]);
  });

  it("country: the whole hierarchy's summary", async () => {
    const r = await run(["country", "xa", "--period", "202605", "-o", "ca-nuoc", "--locale", "en"], tmp.dir);
    expect(r.out).toContain("Rolled up 3 commune reports → 1 province → the whole country, May 2026.");
    expect(r.out).toContain("Reported: 3/99 communes; 1/34 provinces.");
    expect(r.out).toMatch(/Wrote 2 files \(the reports of 1 province and the whole country\): /);
    expect(vietnameseLines(r)).toEqual([]);
  });

  it("render: the written line and the errors about details files", async () => {
    await run(["rollup", "xa", "--unit", "24", "--period", "202605", "-o", "p.json", "--details", "p.details.json"], tmp.dir);
    const r = await run(["render", "p.json", "--rollup", "p.details.json", "-o", "p.docx", "--locale", "en"], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote the Word file \([\d.]+ kB\): /);
    const bad = await run(["render", "p.json", "--rollup", "p.json", "-o", "q.docx", "--locale", "en"], tmp.dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("is not a rollup details file");
    const schema = await run(["render", "sai.json", "-o", "sai.docx", "--locale", "en"], tmp.dir);
    expect(schema.err).toContain("does not match the report schema");
    for (const x of [r, bad, schema]) expect(vietnameseLines(x)).toEqual([]);
  });

  it("schema: the written line (the schema's own titles stay Vietnamese: they are the contract)", async () => {
    const r = await run(["schema", "-o", "s.json", "--locale", "en"], tmp.dir);
    expect(r.err).toMatch(/^Wrote the JSON Schema: /);
    expect(vietnameseLines({ ...r, out: "" })).toEqual([]);
  });

  it("demo: the whole run, and its usage errors", async () => {
    const r = await run(["demo", "--out", join(tmp.dir, "demo"), "--locale", "en"], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✓ Checked 3 sample reports \([\d.]+ s\)/);
    expect(r.out).toContain("Xã Đông Cứu · May 2026: ");
    expect(r.out).toMatch(/Whole country: [\d,]+\/3,321 communes reported; 34\/34 provinces\./);
    expect(r.out).toContain("Try next:");
    expect(vietnameseLines(r)).toEqual([]);
    const bad = await run(["demo", "--seed", "x", "--locale", "en"], tmp.dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("Error: Invalid seed “x”: an integer is needed.");
  }, 120_000);
});

describe("the library under locale en", () => {
  it("periods", () => {
    expect(periodLabel(parsePeriod("2026S1")!, "en")).toBe("first 6 months of 2026");
    expect(periodLabel(parsePeriod("2026Q2")!, "en")).toBe("Q2 2026");
    expect(periodLabel(parsePeriod("2026N9")!, "en")).toBe("first 9 months of 2026");
    expect(periodLabel(parsePeriod("202605")!, "en")).toBe("May 2026");
    expect(periodLabel(parsePeriod("2026")!, "en")).toBe("year 2026");
    expect(periodLabel(parsePeriod("2026S1")!)).toBe("6 tháng đầu năm 2026");
  });

  it("parse errors", () => {
    expect(() => parseReport({}, { locale: "en" })).toThrow(/^Invalid report: \d+ errors — /);
    expect(() => parseReport({})).toThrow(/^Báo cáo không hợp lệ: \d+ lỗi — /);
  });
});
