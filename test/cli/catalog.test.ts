/**
 * `--catalog FILE.json` (validate, rollup, render) and `--disable` (validate, rollup): a
 * province's catalog in JSON — its own elements, an indicator and a data rule — used from the CLI.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMUNE, ROOT, run, tempDir } from "./harness.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const CATALOG = join(ROOT, "docs/examples/danh-muc-tinh.json");

/** The commune seed with the province's two figures: 3 wi-fi points for 10 villages. */
function communeWithWifi(dir: string, name: string, code = "09487", wifi = 3): string {
  const r = JSON.parse(readFileSync(COMMUNE, "utf8")) as { unit: { code: string }; values: Record<string, number> };
  r.unit.code = code;
  r.values["na.diem_wifi"] = wifi;
  r.values["na.thon"] = 10;
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(r));
  return file;
}

describe("--catalog", () => {
  const file = communeWithWifi(tmp.dir, "xa.json");

  it("validate: without the catalog the province's ids are unknown; with it the data rule runs, with its own message", async () => {
    const without = await run(["validate", "xa.json", "--json"], tmp.dir);
    const codes = (out: string) => (JSON.parse(out) as { issues: { code: string; rule: string; message: string }[] }[])[0]!.issues;
    expect(codes(without.out).filter((i) => i.code === "figure_unknown").length).toBe(2);
    const withIt = await run(["validate", "xa.json", "--json", "--catalog", CATALOG], tmp.dir);
    const issues = codes(withIt.out);
    expect(issues.some((i) => i.code === "figure_unknown")).toBe(false);
    expect(issues.find((i) => i.rule === "na.wifi_moi_thon")?.message).toBe(
      "Số điểm wifi công cộng (3) ít hơn số thôn, tổ dân phố (10): chưa đạt mỗi thôn một điểm.",
    );
    expect(file).toContain("xa.json");
  });

  it("validate --disable switches the rule off (by id, or the whole family)", async () => {
    for (const off of ["na.wifi_moi_thon", "data"]) {
      const r = await run(["validate", "xa.json", "--json", "--catalog", CATALOG, "--disable", off], tmp.dir);
      expect(r.out).not.toContain("na.wifi_moi_thon");
    }
  });

  it("rollup adds the province's element by its declared aggregation", async () => {
    const dir = join(tmp.dir, "xa");
    mkdirSync(dir, { recursive: true });
    communeWithWifi(dir, "a.json", "09487", 3);
    communeWithWifi(dir, "b.json", "07246", 12);
    const r = await run(["rollup", "xa", "--unit", "24", "--period", "202605", "-o", "tinh.json", "--catalog", CATALOG, "--disable", "children_missing"], tmp.dir);
    expect(r.code).toBe(0);
    const parent = JSON.parse(readFileSync(join(tmp.dir, "tinh.json"), "utf8")) as { values: Record<string, number> };
    expect(parent.values["na.diem_wifi"]).toBe(15);
    expect(r.out).not.toContain("chưa gửi");
  });

  it("a broken catalog stops the command and names each problem", async () => {
    const bad = JSON.parse(readFileSync(CATALOG, "utf8")) as { elements: { partOf?: string }[] };
    bad.elements[0]!.partOf = "na.khong_co";
    writeFileSync(join(tmp.dir, "hong.json"), JSON.stringify(bad));
    const r = await run(["validate", "xa.json", "--catalog", "hong.json"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Tệp danh mục “hong.json” có 1 lỗi:");
    expect(r.err).toContain("Trường partOf của “na.diem_wifi” trỏ tới “na.khong_co”, không có trong danh mục.");
    writeFileSync(join(tmp.dir, "sai-kieu.json"), JSON.stringify({ elements: [{ id: "na.x", kind: "số" }] }));
    const s = await run(["validate", "xa.json", "--catalog", "sai-kieu.json"], tmp.dir);
    expect(s.code).toBe(1);
    expect(s.err).toMatch(/Định nghĩa danh mục, trường elements\.0\.kind/);
  });

  it("render takes the catalog for the province's labels", async () => {
    const r = await run(["render", "xa.json", "-o", "xa.docx", "--catalog", CATALOG], tmp.dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(tmp.dir, "xa.docx")).length).toBeGreaterThan(1000);
  });
});
