import { describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../src/communes/index.js";
import { inboxSummary, type CycleEvent } from "../../src/cycle/index.js";
import { indexUnits } from "../../src/schema/unit.js";

const at = (day: number, hour = 9) => `2026-05-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+07:00`;
const e = (action: CycleEvent["action"], day: number, extra: Partial<CycleEvent> = {}): CycleEvent => ({
  actor: action === "submit" ? "xa" : "tinh.24",
  at: at(day),
  action,
  ...extra,
});

describe("inboxSummary", () => {
  const communes = UNITS_2025.units.filter((u) => u.parent === "24");
  const [a, b, c, d, f] = communes.map((u) => u.code) as [string, string, string, string, string];

  it("a province's communes from the real unit list: every one expected, each judged from its log", () => {
    expect(communes.length).toBeGreaterThan(90);
    const logs: Record<string, CycleEvent[]> = {
      [a]: [e("submit", 15), e("accept", 16)],
      [b]: [e("submit", 19)],
      [c]: [e("submit", 16), e("return", 17, { note: "Thiếu số hồ sơ trực tuyến." })],
      [d]: [e("excuse", 10, { note: "Đơn vị mới thành lập." })],
      [f]: [e("accept", 12), e("submit", 13)],
      "99999": [e("submit", 15)],
    };
    const inbox = inboxSummary(logs, { period: "202605", expected: UNITS_2025, parent: "24" });
    expect(inbox.deadline).toBe("2026-05-17");
    expect(inbox.units.map((u) => u.unit)).toEqual(communes.map((u) => u.code).sort());
    expect(inbox.units.find((u) => u.unit === a)).toEqual({
      unit: a,
      name: communes[0]?.name,
      status: "accepted",
      submitted: true,
      onTime: true,
      late: false,
      daysLate: 0,
      missing: false,
      returns: 0,
      accepted: true,
      excused: false,
      firstSubmittedAt: at(15),
      problems: [],
    });
    expect(inbox.units.find((u) => u.unit === b)).toMatchObject({ status: "submitted", late: true, daysLate: 2 });
    expect(inbox.units.find((u) => u.unit === c)).toMatchObject({ status: "returned", onTime: true, returns: 1 });
    expect(inbox.units.find((u) => u.unit === d)).toMatchObject({ status: "excused", missing: false, excused: true });
    // The refused event stays visible on the unit's row, with a path into the logs.
    const bad = inbox.units.find((u) => u.unit === f);
    expect(bad).toMatchObject({ status: "submitted", onTime: true });
    expect(bad?.problems.map((p) => [p.code, p.path])).toEqual([["illegal_transition", ["logs", f, 0, "action"]]]);
    expect(inbox.problems).toEqual(bad?.problems);
    expect(inbox.unexpected).toEqual(["99999"]);
    const n = communes.length;
    expect(inbox.totals).toEqual({
      expected: n,
      submitted: 4,
      onTime: 3,
      late: 1,
      missing: n - 5,
      returned: 1,
      accepted: 1,
      excused: 1,
      pending: 2,
    });
  });

  it("the same with a unit index or a list of codes; totals always add up", () => {
    const logs = { [a]: [e("submit", 15)] };
    const byIndex = inboxSummary(logs, { period: "202605", expected: indexUnits(UNITS_2025), parent: "24" });
    const byCodes = inboxSummary(logs, { period: "202605", expected: communes.map((u) => u.code) });
    expect(byIndex.totals).toEqual(byCodes.totals);
    const t = byIndex.totals;
    expect(t.submitted + t.missing + t.excused).toBe(t.expected);
    expect(t.onTime + t.late).toBe(t.submitted);
  });

  it("provinces reporting to the centre use the province deadline", () => {
    const inbox = inboxSummary({ "24": [e("submit", 20, { actor: "tinh.24" })] }, { period: "202605", level: "tinh", expected: UNITS_2025, parent: "VN" });
    expect(inbox.deadline).toBe("2026-05-20");
    expect(inbox.totals).toMatchObject({ expected: 34, submitted: 1, onTime: 1, missing: 33 });
  });

  it("an invalid period is a problem, not an exception", () => {
    const inbox = inboxSummary({}, { period: "2026Q5", expected: ["09487"] });
    expect(inbox.deadline).toBeUndefined();
    expect(inbox.problems.map((p) => p.code)).toEqual(["period_invalid"]);
    expect(inbox.totals.missing).toBe(1);
  });
});
