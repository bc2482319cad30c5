import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";

// Brief r5 (parts against a total, recall on real prose): shapes grouped from the tune misses of
// real sets 2–10. Each right sentence stays quiet; its wrong twin is caught on the changed figure
// by a code of the parts family.
const PARTS = ["parts_exceed_total", "parts_total_mismatch", "split_total_mismatch", "part_exceeds_whole"];
const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => `${f.code} ${f.excerpt}`);
const found = (text: string, figure: string): string[] =>
  alarmsOf(checkNarrative(text)).filter((f) => PARTS.includes(f.code) && f.excerpt.includes(figure)).map((f) => f.code);

describe("a total split in its own parenthesis, then again in the next sentence", () => {
  const right = "+ Lào Cai: 179 người (gồm 98 người chết, 81 người mất tích). Trong đó, Bảo Yên 110 người, Sa Pa 9 người, Bát Xát 17 người, Si Ma Cai 7 người, Bắc Hà 34 người, Văn Bàn 2 người.";

  it("stays quiet when the places add up to the total", () => {
    expect(alarms(right)).toEqual([]);
  });

  it("reports the places' sum above the total (Bắc Hà 34 → 43)", () => {
    expect(found(right.replace("Bắc Hà 34", "Bắc Hà 43"), "Bắc Hà 43")).toEqual(["parts_exceed_total"]);
  });

  it("reads the same shape in other words: pupils split by level, then by district", () => {
    const text = (x: number): string => `Năm học 2023, toàn tỉnh có 466 học sinh bỏ học (252 học sinh tiểu học, 214 học sinh trung học cơ sở). Trong đó, huyện Văn Bàn ${x} học sinh, huyện Lục Yên 150 học sinh, huyện Văn Chấn 149 học sinh.`;
    expect(alarms(text(167))).toEqual([]);
    expect(found(text(196), "196")).toEqual(["parts_exceed_total"]);
  });

  it("stays quiet when the next sentence names only a few of the parts", () => {
    expect(alarms("+ Yên Bái: 44 người (gồm 42 người chết, 2 người mất tích). Trong đó, thành phố Yên Bái 21 người.")).toEqual([]);
    expect(alarms("Mưa lũ làm 60 người thương vong (19 người chết, 41 người bị thương). Trong đó, 12 người chết do lũ quét.")).toEqual([]);
  });
});
