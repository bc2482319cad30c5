/**
 * `de-an-06 country`: communes → provinces → the country in one process, from one folder. The
 * synthetic reports of two provinces stand in for the 3.321 communes (the bench runs all of them).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseReport, rollup, rollupHierarchy, type Report } from "../../src/index.js";
import { detailsJson } from "../../src/cli/rollup.js";
import { units2025 } from "../../src/cli/units.js";
import { generateCountry } from "../../src/sample/index.js";
import { run, tempDir } from "./harness.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const PERIOD = "202605";
const index = units2025();
const communes = generateCountry({ seed: 6, period: PERIOD }).filter((r) => ["24", "40"].includes(index.byCode.get(r.unit.code)?.parent ?? ""));
mkdirSync(join(tmp.dir, "xa"));
for (const r of communes) writeFileSync(join(tmp.dir, "xa", `${r.unit.code}.json`), JSON.stringify(r));

describe("de-an-06 country", () => {
  it("writes every province's report and the national one, with details, from one folder", async () => {
    const r = await run(["country", "xa", "--period", PERIOD, "-o", "ket-qua", "--details"], tmp.dir);
    expect(r.err).toBe("");
    expect(r.out).toContain(`Tổng hợp ${communes.length} báo cáo xã → 2 tỉnh → toàn quốc, tháng 05/2026.`);
    expect(r.out).toContain("Đã báo cáo: ");
    expect(readdirSync(join(tmp.dir, "ket-qua")).sort()).toEqual([
      "tinh-24.json",
      "tinh-24.rollup.json",
      "tinh-40.json",
      "tinh-40.rollup.json",
      "toan-quoc.json",
      "toan-quoc.rollup.json",
    ]);
    const read = (f: string) => parseReport(JSON.parse(readFileSync(join(tmp.dir, "ket-qua", f), "utf8")));
    const bacNinh = read("tinh-24.json");
    const national = read("toan-quoc.json");
    // The same figures as one `rollup` per province, then one for the country.
    const alone = rollup(communes.filter((c) => index.byCode.get(c.unit.code)?.parent === "24") as Report[], {
      unit: { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" },
      period: PERIOD,
      expected: index,
    });
    expect(bacNinh.values).toEqual(alone.report.values);
    expect(national.values["hs.tiep_nhan"]).toBe(
      (bacNinh.values["hs.tiep_nhan"] as number) + (read("tinh-40.json").values["hs.tiep_nhan"] as number),
    );
    const details = JSON.parse(readFileSync(join(tmp.dir, "ket-qua", "toan-quoc.rollup.json"), "utf8")) as { unit: { code: string }; coverage: { reported: string[] } };
    expect(details.unit.code).toBe("VN");
    expect(details.coverage.reported).toEqual(["24", "40"]);
  });

  it("writes byte for byte what rollupHierarchy gives over every report in memory, in the order of the files", async () => {
    const r = await run(["country", "xa", "--period", PERIOD, "-o", "ket-qua-bytes", "--details"], tmp.dir);
    expect(r.code).toBe(0);
    const inOrder = readdirSync(join(tmp.dir, "xa"))
      .sort()
      .map((f) => parseReport(JSON.parse(readFileSync(join(tmp.dir, "xa", f), "utf8"))));
    const expected = rollupHierarchy(inOrder, { units: index, period: PERIOD });
    const written = (f: string) => readFileSync(join(tmp.dir, "ket-qua-bytes", f), "utf8");
    const results = [["toan-quoc", expected.national] as const, ...Object.entries(expected.provinces).map(([code, x]) => [`tinh-${code}`, x] as const)];
    expect(results.map(([name]) => name).sort()).toEqual(["tinh-24", "tinh-40", "toan-quoc"]);
    for (const [name, x] of results) {
      expect(written(`${name}.json`)).toBe(`${JSON.stringify(x.report, null, 2)}\n`);
      expect(written(`${name}.rollup.json`)).toBe(detailsJson(x));
    }
  });

  it("--json gives the coverage of each province", async () => {
    const r = await run(["country", "xa", "--period", PERIOD, "-o", "ket-qua-2", "--json"], tmp.dir);
    const out = JSON.parse(r.out) as { files: number; provinces: Record<string, { reported: number; expected: number }> };
    expect(out.files).toBe(3); // reports only, without --details
    expect(out.provinces["24"]?.expected).toBe(index.childrenOf.get("24")?.length);
  });

  it("a bad file stops it before anything is written; --skip-invalid goes on", async () => {
    mkdirSync(join(tmp.dir, "xa-hong"));
    writeFileSync(join(tmp.dir, "xa-hong", "a.json"), JSON.stringify(communes[0]));
    writeFileSync(join(tmp.dir, "xa-hong", "b.json"), "{ sai");
    const stop = await run(["country", "xa-hong", "--period", PERIOD, "-o", "ket-qua-3"], tmp.dir);
    expect(stop.code).toBe(1);
    expect(stop.err).toContain("Lỗi: Tệp “xa-hong/b.json” không phải JSON hợp lệ");
    expect(existsSync(join(tmp.dir, "ket-qua-3"))).toBe(false);
    const skip = await run(["country", "xa-hong", "--period", PERIOD, "-o", "ket-qua-3", "--skip-invalid"], tmp.dir);
    expect(skip.err).toContain("Bỏ qua: Tệp “xa-hong/b.json” không phải JSON hợp lệ");
    expect(existsSync(join(tmp.dir, "ket-qua-3", "toan-quoc.json"))).toBe(true);
  });

  it("usage errors exit 2", async () => {
    expect((await run(["country", "xa", "-o", "x"], tmp.dir)).code).toBe(2);
    expect((await run(["country", "xa", "--period", "2026-13", "-o", "x"], tmp.dir)).code).toBe(2);
  });
});
