import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseReport, type Report } from "../../src/index.js";
import { COMMUNE, PROVINCE, run, tempDir } from "./harness.js";

const tmp = tempDir();
afterAll(tmp.cleanup);

/** A copy of the commune seed as another commune of Bắc Ninh, with its hồ sơ counts scaled. */
function sibling(code: string, name: string, factor: number): Report {
  const seed = JSON.parse(readFileSync(COMMUNE, "utf8")) as Report;
  const values = Object.fromEntries(
    Object.entries(seed.values).map(([k, v]) => [k, typeof v === "number" ? v * factor : v]),
  );
  return { ...seed, unit: { ...seed.unit, code, name }, values };
}

describe("de-an-06 (no command)", () => {
  it("prints the list of commands; exit 2 without a command, 0 with --help", async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.out).toContain("validate");
    expect(none.out).toContain("demo");
    expect((await run(["--help"])).code).toBe(0);
  });

  it("rejects an unknown command in Vietnamese", async () => {
    const r = await run(["kiemtra"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("Lỗi: Lệnh không hợp lệ: “kiemtra”. Các lệnh: validate, rollup, country, render, schema, demo.");
  });

  it("every command has a Vietnamese --help", async () => {
    for (const c of ["validate", "rollup", "render", "schema", "demo"]) {
      const r = await run([c, "--help"]);
      expect(r.code, c).toBe(0);
      expect(r.out, c).toMatch(new RegExp(`^Cách dùng: de-an-06 ${c}`));
    }
  });
});

describe("de-an-06 schema", () => {
  it("prints the report's JSON Schema", async () => {
    const r = await run(["schema"]);
    const schema = JSON.parse(r.out) as { $schema: string; title: string; required: string[] };
    expect(schema.$schema).toContain("2020-12");
    expect(schema.title).toBe("Báo cáo Đề án 06");
    expect(schema.required).toContain("unit");
  });

  it("-o writes it to a file, creating the directory", async () => {
    const r = await run(["schema", "-o", "moi/schema.json"], tmp.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(tmp.dir, "moi/schema.json"), "utf8"))).toHaveProperty("properties.values");
  });
});

describe("de-an-06 rollup", () => {
  const dir = join(tmp.dir, "xa");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "a.json"), readFileSync(COMMUNE));
  writeFileSync(join(dir, "b.json"), JSON.stringify(sibling("07210", "Phường Bắc Giang", 2)));
  writeFileSync(join(dir, "c.json"), JSON.stringify(sibling("07228", "Phường Đa Mai", 3)));

  it("sums the communes of a directory into the province report and prints coverage", async () => {
    const children = join(tmp.dir, "children.json");
    writeFileSync(children, JSON.stringify(["09487", "07210", "07228", "07246"]));
    const r = await run(["rollup", "xa", "--unit", "24", "--period", "202605", "--expected", "children.json", "-o", "tinh.json", "--details", "chi-tiet.json"], tmp.dir);
    expect(r.out).toContain("Tổng hợp 3 báo cáo → Tỉnh Bắc Ninh, tháng 05/2026.");
    expect(r.out).toContain("Đã báo cáo: 3/4 xã.");
    expect(r.out).toContain("Chưa báo cáo: 1 — Xã Xuân Lương.");
    const seed = parseReport(JSON.parse(readFileSync(COMMUNE, "utf8")));
    const province = parseReport(JSON.parse(readFileSync(join(tmp.dir, "tinh.json"), "utf8")));
    expect(province.unit).toEqual({ code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" });
    const received = seed.values["hs.tiep_nhan"];
    expect(typeof received).toBe("number");
    expect(province.values["hs.tiep_nhan"]).toBe((received as number) * 6);
    const details = JSON.parse(readFileSync(join(tmp.dir, "chi-tiet.json"), "utf8")) as { coverage: { missing: string[] } };
    expect(details.coverage.missing).toEqual(["07246"]);
  });

  it("without --children expects every commune of the province (2025 list)", async () => {
    const r = await run(["rollup", "xa/a.json", "--unit", "24", "--period", "202605", "-o", "t.json", "--json"], tmp.dir);
    const out = JSON.parse(r.out) as { coverage: { expected: string[]; reported: string[] } };
    expect(out.coverage.reported).toEqual(["09487"]);
    expect(out.coverage.expected.length).toBeGreaterThan(50);
  });

  it("stops on an invalid input unless --skip-invalid", async () => {
    const bad = join(tmp.dir, "xa-hong");
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, "a.json"), readFileSync(COMMUNE));
    writeFileSync(join(bad, "z.json"), "{");
    const stop = await run(["rollup", "xa-hong", "--unit", "24", "--period", "202605", "-o", "x.json"], tmp.dir);
    expect(stop.code).toBe(1);
    expect(stop.err).toContain("không phải JSON hợp lệ");
    expect(stop.err).toContain("--skip-invalid");
    const skip = await run(["rollup", "xa-hong", "--unit", "24", "--period", "202605", "-o", "x.json", "--skip-invalid"], tmp.dir);
    expect(skip.out).toContain("(bỏ qua 1 tệp không hợp lệ)");
  });

  it("rejects a bad period, unit or children file", async () => {
    const base = ["rollup", "xa", "-o", "x.json"];
    const period = await run([...base, "--unit", "24", "--period", "202613"], tmp.dir);
    expect(period.code).toBe(2);
    expect(period.err).toContain("Mã kỳ báo cáo “202613” không hợp lệ");
    const unit = await run([...base, "--unit", "09487", "--period", "202605"], tmp.dir);
    expect(unit.code).toBe(2);
    expect(unit.err).toContain("Mã đơn vị “09487” không hợp lệ");
    writeFileSync(join(tmp.dir, "sai-ds.json"), JSON.stringify({ a: 1 }));
    const kids = await run([...base, "--unit", "24", "--period", "202605", "--children", "sai-ds.json"], tmp.dir);
    expect(kids.err).toContain("không phải danh sách đơn vị");
    expect((await run(["rollup", "xa", "--unit", "24", "--period", "202605"], tmp.dir)).err).toContain("Thiếu -o");
  });
});

describe("de-an-06 render", () => {
  it("writes a .docx (a zip) and says where", async () => {
    const r = await run(["render", PROVINCE, "-o", "bc/nghe-an.docx"], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã ghi tệp Word \([\d,]+ kB\): bc\/nghe-an\.docx$/);
    const bytes = readFileSync(join(tmp.dir, "bc/nghe-an.docx"));
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("is deterministic: the same report gives the same bytes", async () => {
    await run(["render", COMMUNE, "-o", "a.docx"], tmp.dir);
    await run(["render", COMMUNE, "-o", "b.docx"], tmp.dir);
    expect(readFileSync(join(tmp.dir, "a.docx")).equals(readFileSync(join(tmp.dir, "b.docx")))).toBe(true);
  });

  it("takes the coverage and provenance of rollup --details for the appendix", async () => {
    await run(["rollup", "xa", "--unit", "24", "--period", "202605", "-o", "p.json", "--details", "p.details.json"], tmp.dir);
    await run(["render", "p.json", "-o", "p.docx"], tmp.dir);
    const withAppendix = await run(["render", "p.json", "--rollup", "p.details.json", "-o", "p-pl.docx"], tmp.dir);
    expect(withAppendix.code).toBe(0);
    expect([...readFileSync(join(tmp.dir, "p-pl.docx")).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const bad = await run(["render", "p.json", "--rollup", "p.json", "-o", "q.docx"], tmp.dir);
    expect(bad.err).toContain("không phải tệp chi tiết tổng hợp");
  });

  it("reports a schema failure instead of rendering", async () => {
    writeFileSync(join(tmp.dir, "thieu.json"), JSON.stringify({ schemaVersion: 1 }));
    const r = await run(["render", "thieu.json", "-o", "t.docx"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Lỗi: Tệp “thieu\.json” không đúng lược đồ báo cáo \(\d+ lỗi\):/);
  });
});
