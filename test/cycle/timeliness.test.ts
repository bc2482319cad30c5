import { describe, expect, it } from "vitest";
import { cycleDeadline, cycleState, submissionTimeliness, type CycleEvent } from "../../src/cycle/index.js";
import { DEFAULT_DEADLINE_RULE } from "../../src/schema/period.js";

const submit = (at: string): CycleEvent => ({ actor: "xa.09487", at, action: "submit" });

describe("deadlines (Nghị định 09/2019 cut-off, level deadlines as options)", () => {
  it("defaults: commune the 17th, province the 20th, national the 24th of the period's last month", () => {
    expect(cycleDeadline({ period: "202605", level: "xa" })).toBe("2026-05-17");
    expect(cycleDeadline({ period: "202605", level: "tinh" })).toBe("2026-05-20");
    expect(cycleDeadline({ period: "202605", level: "bo" })).toBe("2026-05-24");
    expect(cycleDeadline({ period: "2026Q2", level: "xa" })).toBe("2026-06-17");
    expect(cycleDeadline({ period: "2026", level: "tinh" })).toBe("2026-12-20");
    expect(cycleDeadline({ period: "202605", level: "tinh", agency: true })).toBe("2026-05-17");
  });

  it("a province's own rule or a fixed date overrides them; an invalid period is a problem", () => {
    expect(cycleDeadline({ period: "202605", level: "xa", deadlines: { ...DEFAULT_DEADLINE_RULE, unit: { xa: 1, tinh: 6, bo: 10 } } })).toBe("2026-05-15");
    expect(cycleDeadline({ period: "202605", level: "xa", deadline: "2026-05-16" })).toBe("2026-05-16");
    const t = submissionTimeliness([submit("2026-05-16T09:00:00+07:00")], { period: "202613", level: "xa" });
    expect(t.deadline).toBeUndefined();
    expect(t.problems.map((p) => [p.code, p.path])).toEqual([["period_invalid", ["period"]]]);
    expect(t.status).toBe("on_time");
  });
});

describe("submissionTimeliness", () => {
  const options = { period: "202605", level: "xa" } as const;

  it("judges the calendar day in Vietnam: 23:30 on the 17th is on time, 00:10 on the 18th is late", () => {
    expect(submissionTimeliness([submit("2026-05-17T23:30:00+07:00")], options).status).toBe("on_time");
    expect(submissionTimeliness([submit("2026-05-17T23:30:00")], options).status).toBe("on_time");
    // 17:10 UTC on the 17th is 00:10 on the 18th in Hà Nội.
    const late = submissionTimeliness([submit("2026-05-17T17:10:00Z")], options);
    expect(late).toMatchObject({ status: "late", daysLate: 1, deadline: "2026-05-17" });
    expect(late.submissions).toEqual([{ at: "2026-05-17T17:10:00Z", date: "2026-05-18", daysLate: 1 }]);
  });

  it("the first submission decides; every submission is listed in time order", () => {
    const state = cycleState([
      submit("2026-05-16T10:00:00+07:00"),
      { actor: "tinh.24", at: "2026-05-16T15:00:00+07:00", action: "return", note: "Thiếu số liệu." },
      submit("2026-05-20T08:00:00+07:00"),
    ]).state;
    const t = submissionTimeliness(state, options);
    expect(t.status).toBe("on_time");
    expect(t.submissions.map((s) => s.daysLate)).toEqual([0, 3]);
  });

  it("not submitted, or excused", () => {
    expect(submissionTimeliness([], options)).toEqual({ deadline: "2026-05-17", status: "not_submitted", daysLate: 0, submissions: [], problems: [] });
    const excused = [{ actor: "tinh.24", at: "2026-05-10T08:00:00+07:00", action: "excuse", note: "Miễn kỳ này." } as const];
    expect(submissionTimeliness(excused, options).status).toBe("excused");
    const lifted = [...excused, { actor: "tinh.24", at: "2026-05-11T08:00:00+07:00", action: "reopen", note: "Hủy miễn." } as const];
    expect(submissionTimeliness(lifted, options).status).toBe("not_submitted");
  });
});
