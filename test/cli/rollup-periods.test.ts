/**
 * `de-an-06 rollup --period 2026Q2` over monthly reports: a commune's own months become its
 * quarter (time rollup); the communes' months of a province become the province's quarter, each
 * commune over time first; overlapping months and quarters are an error that writes the problem
 * and exits 1; a commune code with a month is still a usage error.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/schema/report.js";
import { reportFor, withValues } from "../../src/testing/index.js";
import { built } from "../package/built.js";
import { run, tempDir } from "./harness.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const at = (...parts: string[]) => join(tmp.dir, ...parts);

function save(dir: string, report: Report): void {
  mkdirSync(at(dir), { recursive: true });
  writeFileSync(at(dir, `${report.unit.code}-${report.period}.json`), JSON.stringify(report));
}
const read = (file: string) => JSON.parse(readFileSync(at(file), "utf8")) as Report;

// Đông Cứu's April, May and June: hồ sơ are a flow, thẻ căn cước a cumulative stock.
const MONTHS = ["202604", "202605", "202606"];
const dongCuu = MONTHS.map((m, i) => reportFor("09487", m, withValues({ "hs.tiep_nhan": 100 * (i + 1), "cc.the_da_cap": 5_000 + 10 * i })));
for (const r of dongCuu) save("dong-cuu", r);

describe("rollup over time in the CLI", () => {
  it("a commune's three months → its quarter: flows added, the stock of June", async () => {
    const r = await run(["rollup", "dong-cuu", "--unit", "09487", "--period", "2026Q2", "-o", "dong-cuu-q2.json"], tmp.dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      "Tổng hợp theo thời gian 3 báo cáo → Xã Đông Cứu, quý II năm 2026.",
      "Đã có: 3/3 kỳ (tháng 04/2026, tháng 05/2026, tháng 06/2026).",
    ]);
    const q = read("dong-cuu-q2.json");
    expect(q.period).toBe("2026Q2");
    expect(q.origin).toBe("generated");
    expect(q.values["hs.tiep_nhan"]).toBe(600);
    expect(q.values["cc.the_da_cap"]).toBe(5_020);
  });

  it("a missing month is named; the details file carries coverage and provenance by month", async () => {
    save("hai-thang", dongCuu[0]!);
    save("hai-thang", dongCuu[2]!);
    const r = await run(["rollup", "hai-thang", "--unit", "09487", "--period", "2026Q2", "-o", "q2.json", "--details", "q2.rollup.json", "--json"], tmp.dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { mode: string; coverage: { missing: string[] }; issues: { code: string; message: string }[] };
    expect(out.mode).toBe("time");
    expect(out.coverage.missing).toEqual(["202605"]);
    expect(out.issues.map((i) => i.message)).toContain("Thiếu 1/3 kỳ của quý II năm 2026: tháng 05/2026. Số liệu tổng hợp chưa đủ kỳ.");
    const details = JSON.parse(readFileSync(at("q2.rollup.json"), "utf8")) as { period: string; provenance: Record<string, { period: string }[]> };
    expect(details.period).toBe("2026Q2");
    expect(details.provenance["hs.tiep_nhan"]?.map((c) => c.period)).toEqual(["202604", "202606"]);
  });

  it("a quarter report beside its months is an error (exit 1), printed with its file's problem", async () => {
    for (const r of dongCuu) save("chong", r);
    save("chong", reportFor("09487", "2026Q1", withValues({ "hs.tiep_nhan": 1 })));
    save("chong", reportFor("09487", "202603", withValues({ "hs.tiep_nhan": 1 })));
    const r = await run(["rollup", "chong", "--unit", "09487", "--period", "2026S1", "-o", "s1.json"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/lỗi\s+Các kỳ chồng lên nhau: quý I năm 2026, tháng 03\/2026 \(báo cáo thứ 5, 1\)/);
    expect(r.out).toContain(
      [
        "Không dùng: 2 báo cáo (xem các vấn đề dưới đây):",
        "  báo cáo thứ 1: chong/09487-202603.json (tháng 03/2026; periods_overlap)",
        "  báo cáo thứ 5: chong/09487-2026Q1.json (quý I năm 2026; periods_overlap)",
      ].join("\n"),
    );
  });

  it("the communes' months of a province → each commune's quarter, then the province's", async () => {
    const communes = ["07210", "07228", "09487"];
    communes.forEach((code, c) =>
      MONTHS.forEach((m, i) => save("tinh", reportFor(code, m, withValues({ "hs.tiep_nhan": 10 * (c + 1) + i, "cc.the_da_cap": 1_000 * (c + 1) + i })))),
    );
    const r = await run(["rollup", "tinh", "--unit", "24", "--period", "2026Q2", "-o", "tinh-q2.json", "--json"], tmp.dir);
    const out = JSON.parse(r.out) as { mode: string; coverage: { reported: string[] }; issues: { code: string; severity: string }[] };
    expect(out.mode).toBe("time-then-units");
    expect(out.coverage.reported).toEqual(communes);
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.code).toBe(0);
    const q = read("tinh-q2.json");
    expect(q.unit.code).toBe("24");
    expect(q.period).toBe("2026Q2");
    // Σ over communes of Σ over months; the stock: Σ over communes of June's.
    expect(q.values["hs.tiep_nhan"]).toBe((10 + 11 + 12) + (20 + 21 + 22) + (30 + 31 + 32));
    expect(q.values["cc.the_da_cap"]).toBe(1_002 + 2_002 + 3_002);
    const text = await run(["rollup", "tinh", "--unit", "24", "--period", "2026Q2", "-o", "tinh-q2b.json"], tmp.dir);
    expect(text.out.split("\n")[0]).toBe("Tổng hợp 9 báo cáo của các kỳ nhỏ hơn: từng xã theo thời gian thành quý II năm 2026, rồi cộng → Tỉnh Bắc Ninh.");
  });

  it("a province's own months → its quarter", async () => {
    MONTHS.forEach((m, i) => save("tinh-rieng", reportFor("24", m, withValues({ "hs.tiep_nhan": 1_000 + i }))));
    const r = await run(["rollup", "tinh-rieng", "--unit", "24", "--period", "2026Q2", "-o", "rieng.json"], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("Tổng hợp theo thời gian 3 báo cáo → Tỉnh Bắc Ninh, quý II năm 2026.");
    expect(read("rieng.json").values["hs.tiep_nhan"]).toBe(3_003);
  });

  it("--expected has no use for one unit's own months: said on stderr, the rollup still runs", async () => {
    writeFileSync(at("ds.json"), JSON.stringify(["09487"]));
    const r = await run(["rollup", "dong-cuu", "--unit", "09487", "--period", "2026Q2", "-o", "q2-ds.json", "--expected", "ds.json"], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe("Lưu ý: --expected không dùng khi tổng hợp theo thời gian các báo cáo của chính một đơn vị (các kỳ phải có suy ra từ --period).");
    expect(read("q2-ds.json").values["hs.tiep_nhan"]).toBe(600);
  });

  it("a commune code with a month (nothing to roll up over time) is still a usage error", async () => {
    const r = await run(["rollup", "dong-cuu", "--unit", "09487", "--period", "202605", "-o", "x.json"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("Lỗi: Mã đơn vị “09487” không hợp lệ: dùng VN (toàn quốc), 2 chữ số (tỉnh) hoặc 5 chữ số (xã).");
  });

  it("the built command does the same (dist/cli/main.js, as npx runs it)", () => {
    const r = spawnSync(process.execPath, [built("cli/main.js"), "rollup", "dong-cuu", "--unit", "09487", "--period", "2026Q2", "-o", "bin-q2.json"], {
      cwd: tmp.dir,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Tổng hợp theo thời gian 3 báo cáo → Xã Đông Cứu, quý II năm 2026.");
    expect(read("bin-q2.json").values["hs.tiep_nhan"]).toBe(600);
  });
});
