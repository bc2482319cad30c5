import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signBefore } from "../../../src/validation/narrative/rules/readings/changes.js";
import { formatViNumber } from "../../../src/format/number.js";
import { alarmCodes as alarms } from "./real-sets.js";

// Brief p1: a shape real-sweep-2.json raised false alarms on (14 in 4 passages; real-sweep-1.json one),
// read more narrowly (rules/readings/changes.ts signBefore). Each right sentence raised a false
// alarm before; each wrong twin must still be caught.
const vi = (n: number, d = 0): string => formatViNumber(Number(n.toFixed(d)), d);

describe("narrower readings (sweep 2): a signed change in parentheses", () => {
  it("reads '(-673 ha)' after a change in percent as that change's amount, and judges the percentage with it", () => {
    expect(alarms("Tổng diện tích gieo trồng ước 40.831 ha, giảm 1,6% (-673 ha) so cùng kỳ.")).toEqual([]);
    expect(alarms("Tổng diện tích gieo trồng ước 40.831 ha, giảm 5,6% (-673 ha) so cùng kỳ.")).toEqual(["change_percent_mismatch"]);
    expect(alarms("Toàn tỉnh đã gieo sạ được 46.312,8 ha, tăng 0,3% (+150,6 ha) so với cùng kỳ năm trước.")).toEqual([]);
    expect(alarms("Toàn tỉnh đã gieo sạ được 46.312,8 ha, tăng 3% (+150,6 ha) so với cùng kỳ năm trước.")).toEqual(["change_percent_mismatch"]);
    // A rounded amount: 59 ÷ 6.253 = 0,94%, 59,4 gives 0,95%.
    expect(alarms("Trong đó, lúa 6.194 ha, giảm 0,95% (-59 ha); ngô 10.724,7 ha, giảm 9,3% (-1.093 ha).")).toEqual([]);
  });

  it("reads the level before it, not the amount, as the total of the 'Trong đó' list after it", () => {
    const right = "Tổng diện tích gieo trồng ước 40.831 ha, giảm 1,6% (-673 ha) so cùng kỳ. Trong đó, lúa 6.194 ha; ngô 10.724,7 ha; rau các loại 17.405 ha; hoa các loại 2.378 ha.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("rau các loại 17.405", "rau các loại 27.405"))).toEqual(["parts_exceed_total"]);
  });

  it("reads a sign only right after '(', and a sign against the change's direction as no amount", () => {
    const s = "(-673 ha), ( + 12 ha), -5 ha, (- 2";
    const at = (x: string): number => s.indexOf(x) + x.length;
    expect(signBefore(s, at("(-"))).toBe("-");
    expect(signBefore(s, at("( + "))).toBe("+");
    expect(signBefore(s, at(" -"))).toBe("");
    expect(signBefore(s, at("(- "))).toBe("-");
    expect(alarms("Tổng diện tích gieo trồng ước 40.831 ha, giảm 1,6% (+673 ha) so cùng kỳ.")).toEqual(["change_percent_mismatch"]);
  });

  it("property: a level, its fall in percent and the fall as a signed amount agree; a percentage 3 points off does not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2_000, max: 90_000 }), fc.integer({ min: 5, max: 60 }), (before, per) => {
        const d = Math.round((before * per) / 1000);
        const p = (d * 100) / before;
        const text = (x: number) => `Diện tích gieo trồng ước ${vi(before - d)} ha, giảm ${vi(x, 1)}% (-${vi(d)} ha) so cùng kỳ.`;
        expect(alarms(text(p))).toEqual([]);
        expect(alarms(text(p + 3))).toEqual(["change_percent_mismatch"]);
      }),
      { numRuns: 100 },
    );
  });
});
