import { describe, expect, it } from "vitest";
import { hasLongMarkRun, MAX_MARK_RUN, normalizeNfc } from "../../src/format/nfc.js";
import { loadFixture } from "../fixtures/index.js";
import { paragraphText, safeParseReport } from "../../src/schema/index.js";

// Issue 13: NFC of long runs of combining marks was quadratic. These tests use sizes small
// enough to be fast and assert results, never timings (speed lives in bench/narrative.bench.ts).
describe("normalizeNfc", () => {
  it("is String.prototype.normalize on real text, NFC or NFD", () => {
    for (const t of ["Đề án 06", "Đe\u0302\u0300 a\u0301n 06", "ho\u0302\u0300 so\u031b", "tỷ lệ 99,7%", "", "⁽¹⁾ ₫ → ≤"]) {
      expect(normalizeNfc(t)).toBe(t.normalize("NFC"));
    }
  });

  it("keeps every character of a long run of marks, and cuts it into NFC pieces", () => {
    const run = "a" + "\u0323\u0301".repeat(200);
    const out = normalizeNfc(run);
    expect(out.normalize("NFD").length).toBe(run.normalize("NFD").length);
    expect(hasLongMarkRun(run)).toBe(true);
  });

  it("is exact on runs up to the stream-safe limit", () => {
    const run = "e" + "\u0302\u0301\u0323".repeat(MAX_MARK_RUN / 3);
    expect(normalizeNfc(run)).toBe(run.normalize("NFC"));
    expect(hasLongMarkRun(run)).toBe(false);
  });

  it("does not mutate or lose text around a long run", () => {
    const text = `Đe\u0302\u0300 án ${"x\u0301".repeat(3)} z${"\u0301".repeat(100)} 976 hồ sơ`;
    const out = normalizeNfc(text);
    expect(out.startsWith("Đề án")).toBe(true);
    expect(out.endsWith(" 976 hồ sơ")).toBe(true);
  });
});

describe("schema input goes through normalizeNfc", () => {
  it("parses an NFD report to NFC, and a report with a long run of marks without losing it", () => {
    const raw = loadFixture("004-dong-cuu-2026-05") as { body: { paragraphs: string[] }[] };
    const nfd = structuredClone(raw);
    const first = nfd.body[0];
    if (first) first.paragraphs = ["Tie\u0302\u0301p nha\u0323\u0302n 976 ho\u0302\u0300 so\u031b", `a${"\u0301".repeat(5000)}`];
    const r = safeParseReport(nfd);
    expect(r.success).toBe(true);
    const paragraphs = (r.data?.body[0]?.paragraphs ?? []).map(paragraphText);
    expect(paragraphs[0]).toBe("Tiếp nhận 976 hồ sơ");
    // "a" + U+0301 composes to "á": one character fewer, every mark kept.
    expect(paragraphs[1]?.length).toBe(5000);
    expect(paragraphs[1]?.normalize("NFD").length).toBe(5001);
  });
});
