import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";

// Brief r4 (shares and ratios, a part above its whole): shapes grouped from the misses of the tune
// halves of real sets 2–10. Each right sentence stays quiet, each wrong twin (one figure changed)
// is caught on the changed figure, and each trap stays quiet. The sentences are our own, written
// in the shape of the tune misses.
const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => `${f.code} ${f.excerpt}`);
const caughtOn = (text: string, figure: string, code: string): boolean => alarmsOf(checkNarrative(text)).some((f) => f.code === code && f.excerpt.includes(figure));

describe("two counts written in full are exact: a part one above its whole is a slip", () => {
  it("reads 'làm b người …, trong đó có a người …' with a = b + 1", () => {
    const right = "Vụ cháy làm 12 người bị thương, trong đó có 3 người bị thương nặng được chuyển lên tuyến trên.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("có 3 người", "có 13 người"), "13", "part_exceeds_whole")).toBe(true);
  });

  it("reads 'Trong b người …, có a người …' with a = b + 1", () => {
    const right = "Trong 25 người được kiểm tra, có 24 người đạt yêu cầu về sức khỏe.";
    expect(alarms(right)).toEqual([]);
    expect(caughtOn(right.replace("có 24 người", "có 26 người"), "26", "part_exceeds_whole")).toBe(true);
  });

  it("leaves alone a part equal to its whole, and an approximate whole one below the part", () => {
    expect(alarms("Đoàn kiểm tra 8 cơ sở, trong đó 8 cơ sở đạt yêu cầu.")).toEqual([]);
    expect(alarms("Toàn huyện có khoảng 40 hộ nghèo, trong đó 41 hộ đã được hỗ trợ vay vốn.")).toEqual([]);
    expect(alarms("Trong gần 300 lượt khám, có 301 lượt khám bảo hiểm y tế.")).toEqual([]);
  });
});
