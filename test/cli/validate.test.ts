import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FileResult } from "../../src/cli/validate.js";
import { COMMUNE, FIXTURES, run, tempDir } from "./harness.js";

const tmp = tempDir();
afterAll(tmp.cleanup);

describe("de-an-06 validate", () => {
  it("prints one summary line per report and a total, with Vietnamese counts", async () => {
    const r = await run(["validate", FIXTURES]);
    expect(r.out).toMatch(/test\/fixtures\/004-dong-cuu-2026-05\.json — Xã Đông Cứu · tháng 05\/2026: /);
    expect(r.out).toMatch(/Đã kiểm tra 4 báo cáo: \d+ không có lỗi, \d+ có lỗi/);
  });

  it("says clearly when a file is missing, and exits 1", async () => {
    const r = await run(["validate", "khong-co.json"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain("✗ khong-co.json: không đọc được tệp");
    expect(r.out).toContain("Không tìm thấy tệp “khong-co.json”");
  });

  it("points at the line and column of bad JSON", async () => {
    const file = join(tmp.dir, "hong.json");
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "unit": ,\n}');
    const r = await run(["validate", "hong.json"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Tệp “hong.json” không phải JSON hợp lệ (lỗi ở dòng 3, cột 11)");
  });

  it("lists schema problems with their Vietnamese messages", async () => {
    writeFileSync(join(tmp.dir, "sai.json"), JSON.stringify({ schemaVersion: 1, period: "202613" }));
    const r = await run(["validate", "sai.json"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✗ sai\.json: không đúng lược đồ báo cáo — \d+ lỗi/);
    expect(r.out).toContain('Thiếu trường bắt buộc "unit"');
  });

  it("--json gives one machine-readable result per file", async () => {
    writeFileSync(join(tmp.dir, "rong.json"), "");
    const r = await run(["validate", "--json", COMMUNE, join(tmp.dir, "rong.json")]);
    const results = JSON.parse(r.out) as FileResult[];
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ stage: "rules", unit: { code: "09487" }, period: "202605" });
    expect(results[0]!.errors).toBe(results[0]!.issues.filter((i) => i.severity === "error").length);
    expect(results[1]).toMatchObject({ ok: false, stage: "file", errors: 1 });
    expect(r.code).toBe(1);
  });

  it("--locale en passes English to the library's messages", async () => {
    writeFileSync(join(tmp.dir, "en.json"), JSON.stringify({ schemaVersion: 2 }));
    const vi = await run(["validate", "--json", "en.json"], tmp.dir);
    const en = await run(["validate", "--json", "--locale", "en", "en.json"], tmp.dir);
    const msg = (x: string) => (JSON.parse(x) as FileResult[])[0]!.issues[0]!.message;
    expect(msg(en.out)).not.toBe(msg(vi.out));
    expect(msg(en.out)).toMatch(/[a-z]/);
  });

  it("rejects wrong usage with exit code 2", async () => {
    expect((await run(["validate"])).code).toBe(2);
    const bad = await run(["validate", "--khong-co", COMMUNE]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Tùy chọn không hợp lệ: --khong-co");
    expect((await run(["validate", "--locale", "fr", COMMUNE])).err).toContain("Ngôn ngữ “fr”");
  });
});

describe("de-an-06 validate with context", () => {
  it("--children checks the parent's sums against its children's reports", async () => {
    const seed = JSON.parse(readFileSync(COMMUNE, "utf8")) as { unit: { code: string; name: string } };
    mkdirSync(join(tmp.dir, "con"), { recursive: true });
    writeFileSync(join(tmp.dir, "con/a.json"), JSON.stringify(seed));
    writeFileSync(join(tmp.dir, "con/b.json"), JSON.stringify({ ...seed, unit: { ...seed.unit, code: "07210", name: "Phường Bắc Giang" } }));
    await run(["rollup", "con", "--unit", "24", "--period", "202605", "-o", "cha.json"], tmp.dir);
    const parent = JSON.parse(readFileSync(join(tmp.dir, "cha.json"), "utf8")) as { values: Record<string, number> };
    parent.values["hs.tiep_nhan"] = (parent.values["hs.tiep_nhan"] ?? 0) + 1;
    writeFileSync(join(tmp.dir, "cha-sua.json"), JSON.stringify(parent));
    const hierarchy = (out: string) =>
      (JSON.parse(out) as FileResult[])[0]!.issues.filter((i) => i.rule === "hierarchy.rollup" && i.path.join(".") === "values.hs.tiep_nhan");
    const alone = await run(["validate", "--json", "cha-sua.json"], tmp.dir);
    expect(hierarchy(alone.out)).toEqual([]);
    const withChildren = await run(["validate", "--json", "cha-sua.json", "--children", "con"], tmp.dir);
    expect(hierarchy(withChildren.out)).toHaveLength(1);
  });

  it("--previous and --children need exactly one report", async () => {
    const r = await run(["validate", COMMUNE, COMMUNE.replace("004-dong-cuu-2026-05", "003-nghe-an-2026-02"), "--previous", COMMUNE]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("đúng một báo cáo");
  });
});
