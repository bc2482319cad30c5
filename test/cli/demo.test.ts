import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { run, tempDir, type Run } from "./harness.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
let result: Run;

beforeAll(async () => {
  result = await run(["demo", "--out", join(tmp.dir, "out")]);
}, 120_000);

describe("de-an-06 demo", () => {
  it("finishes with exit code 0", () => {
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
  });

  it("validates the three seeds and shows the commune seed's real slips", () => {
    expect(result.out).toMatch(/✓ Kiểm tra 3 báo cáo mẫu \([\d,]+ giây\)/);
    expect(result.out).toMatch(/✗ test\/fixtures\/004-dong-cuu-2026-05\.json — Xã Đông Cứu · tháng 05\/2026: \d+ lỗi/);
    expect(result.out).toContain("Tổng số nhiệm vụ được giao");
  });

  it("rolls the synthetic country up and prints its coverage", () => {
    expect(result.out).toMatch(/Cả nước: [\d.]+\/3\.321 xã đã báo cáo; 34\/34 tỉnh\./);
    expect(result.out).toMatch(/Tỉnh Bắc Ninh: \d+\/99 xã đã báo cáo\./);
  });

  it("writes three .docx files (zip packages) and says where", () => {
    const out = join(tmp.dir, "out");
    const docx = readdirSync(out).filter((f) => f.endsWith(".docx")).sort();
    expect(docx).toEqual(["tinh-24-bac-ninh.docx", "toan-quoc.docx", "xa-09487-dong-cuu.docx"]);
    for (const f of docx) {
      const bytes = readFileSync(join(out, f));
      expect([...bytes.subarray(0, 4)], f).toEqual([0x50, 0x4b, 0x03, 0x04]);
      expect(result.out).toContain(join(out, f));
    }
  });

  it("leaves valid report JSON to try the other commands on", () => {
    const out = join(tmp.dir, "out");
    const national = parseReport(JSON.parse(readFileSync(join(out, "toan-quoc.json"), "utf8")));
    expect(national.unit.code).toBe("VN");
    expect(existsSync(join(out, "tinh-24-bac-ninh.rollup.json"))).toBe(true);
    expect(readdirSync(join(out, "xa-24")).length).toBeGreaterThan(50);
    expect(result.out).toContain("Thử tiếp:");
  });

  it("refuses an unknown province", async () => {
    const r = await run(["demo", "--out", join(tmp.dir, "x"), "--province", "99"]);
    expect(r.code).toBe(2);
  });
});
