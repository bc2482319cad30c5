import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CYCLE_ACTIONS,
  CYCLE_STATUSES,
  CYCLE_TRANSITIONS,
  applyCycleEvent,
  childrenReady,
  cycleState,
  initialCycleState,
  type CycleEvent,
  type CycleState,
} from "../../src/cycle/index.js";
import type { Problem } from "../../src/schema/problem.js";

const at = (day: number, hour = 9) => `2026-05-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+07:00`;
const ev = (action: CycleEvent["action"], day: number, extra: Partial<CycleEvent> = {}): CycleEvent => ({
  actor: action === "submit" ? "xa.09487" : "tinh.24",
  at: at(day),
  action,
  ...extra,
});
const reason: Problem = {
  code: "breakdown_mismatch",
  severity: "error",
  path: ["values", "nv.duoc_giao"],
  message: "“Tổng số nhiệm vụ được giao” là 16 nhưng các thành phần cộng lại được 20.",
  params: {},
};

function run(events: readonly CycleEvent[]): CycleState {
  const r = cycleState(events);
  expect(r.problems).toEqual([]);
  return r.state;
}

describe("applyCycleEvent: the allowed path", () => {
  it("draft → submitted → returned (with reasons) → submitted → accepted → consolidated", () => {
    let s = initialCycleState();
    const steps: [CycleEvent, string][] = [
      [ev("submit", 15), "submitted"],
      [ev("return", 16, { issues: [reason], note: "Sửa số nhiệm vụ." }), "returned"],
      [ev("submit", 16, { at: at(16, 15) }), "submitted"],
      [ev("accept", 17), "accepted"],
      [ev("consolidate", 18), "consolidated"],
    ];
    for (const [e, status] of steps) {
      const r = applyCycleEvent(s, e);
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
      s = r.state;
      expect(s.status).toBe(status);
      if (status === "returned") {
        expect(s.issues).toEqual([reason]);
        expect(s.note).toBe("Sửa số nhiệm vụ.");
      }
    }
    expect(s.history.map((h) => `${h.from}→${h.to}`)).toEqual([
      "draft→submitted",
      "submitted→returned",
      "returned→submitted",
      "submitted→accepted",
      "accepted→consolidated",
    ]);
    // Sending it again cleared the reviewer's reasons from the state (they stay in the history).
    expect(s.issues).toEqual([]);
    expect(s.note).toBeUndefined();
    expect(s.history[1]?.issues).toEqual([reason]);
  });

  it("reopening an accepted report needs a note and leaves an audit trail", () => {
    const accepted = run([ev("submit", 15), ev("accept", 16)]);
    const noNote = applyCycleEvent(accepted, ev("reopen", 20));
    expect(noNote.ok).toBe(false);
    expect(noNote.problems.map((p) => [p.code, p.path])).toEqual([["note_required", ["note"]]]);
    expect(noNote.problems[0]?.message).toBe("Thao tác “mở lại” cần ghi chú nêu lý do (để lại dấu vết kiểm tra).");
    const r = applyCycleEvent(accepted, ev("reopen", 20, { note: "  Số hồ sơ trực tuyến nhập nhầm, đề nghị sửa.  " }));
    expect(r.ok).toBe(true);
    expect(r.state.status).toBe("returned");
    expect(r.state.note).toBe("Số hồ sơ trực tuyến nhập nhầm, đề nghị sửa.");
    expect(r.state.history.at(-1)).toEqual({
      actor: "tinh.24",
      at: at(20),
      action: "reopen",
      note: "Số hồ sơ trực tuyến nhập nhầm, đề nghị sửa.",
      from: "accepted",
      to: "returned",
    });
    // …and the unit can send the corrected report.
    expect(applyCycleEvent(r.state, ev("submit", 21)).state.status).toBe("submitted");
  });

  it("excusing needs a note; an excused unit may still submit, and the excuse can be lifted", () => {
    const bad = applyCycleEvent(initialCycleState(), ev("excuse", 10));
    expect(bad.problems[0]?.code).toBe("note_required");
    const excused = run([ev("excuse", 10, { note: "Xã mới sáp nhập, chưa có bộ máy." })]);
    expect(excused.status).toBe("excused");
    expect(applyCycleEvent(excused, ev("submit", 12)).state.status).toBe("submitted");
    expect(applyCycleEvent(excused, ev("reopen", 12, { note: "Hủy miễn." })).state.status).toBe("draft");
  });

  it("does not mutate the state it is given", () => {
    const s = Object.freeze({ ...initialCycleState(), history: Object.freeze([]) as never });
    const r = applyCycleEvent(s, ev("submit", 15));
    expect(s.status).toBe("draft");
    expect(s.history).toHaveLength(0);
    expect(r.state.history).toHaveLength(1);
  });
});

describe("applyCycleEvent: refused events are problems, never exceptions", () => {
  it("accepting a report never submitted", () => {
    const e = ev("accept", 17);
    const r = applyCycleEvent(initialCycleState(), e);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejected).toBe(e);
    expect(r.state).toEqual(initialCycleState());
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: "illegal_transition", severity: "error", path: ["action"], params: { action: "accept", from: "draft" } });
    expect(r.problems[0]?.message).toBe(
      "Không thể tiếp nhận báo cáo chưa được gửi (đang ở trạng thái “dự thảo (chưa gửi)”): đơn vị phải gửi báo cáo trước.",
    );
    expect(applyCycleEvent(initialCycleState(), e, { locale: "en" }).problems[0]?.message).toBe(
      "Cannot accept a report that was not submitted (it is draft (not sent)): the unit must submit it first.",
    );
  });

  it("submitting after acceptance", () => {
    const accepted = run([ev("submit", 15), ev("accept", 16)]);
    const r = applyCycleEvent(accepted, ev("submit", 17));
    expect(r.problems[0]?.code).toBe("illegal_transition");
    expect(r.problems[0]?.message).toMatch(/^Không thể gửi lại báo cáo đã được tiếp nhận/);
    expect(r.state).toBe(accepted);
  });

  it("returning without reasons; an event earlier than the last one", () => {
    const submitted = run([ev("submit", 15)]);
    expect(applyCycleEvent(submitted, ev("return", 16)).problems.map((p) => [p.code, p.path])).toEqual([
      ["return_without_reasons", ["issues"]],
    ]);
    expect(applyCycleEvent(submitted, ev("return", 16, { issues: [reason] })).state.status).toBe("returned");
    const early = applyCycleEvent(submitted, ev("accept", 14));
    expect(early.problems.map((p) => p.code)).toEqual(["event_out_of_order"]);
  });

  it("malformed events: each faulty field has its own problem and path", () => {
    const r = applyCycleEvent(initialCycleState(), { actor: "", at: "16/05/2026", action: "approve", note: 3, issues: ["x"] });
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ["event_invalid", ["actor"]],
      ["event_invalid", ["at"]],
      ["event_invalid", ["action"]],
      ["event_invalid", ["note"]],
      ["event_invalid", ["issues"]],
    ]);
    expect(r.problems[1]?.message).toBe("Sự kiện không hợp lệ: trường “at” cần ngày giờ ISO, ví dụ 2026-05-16T09:30:00+07:00.");
    expect(applyCycleEvent(initialCycleState(), null).problems.map((p) => p.code)).toEqual(["event_invalid"]);
    expect(applyCycleEvent(initialCycleState(), { actor: "a", at: "2026-02-30T10:00:00Z", action: "submit" }).ok).toBe(false);
  });

  it("cycleState keeps going after a refused event and keeps it beside the problems", () => {
    const bad = ev("accept", 14);
    const r = cycleState([bad, ev("submit", 15), ev("submit", 16), ev("accept", 17)]);
    expect(r.state.status).toBe("accepted");
    expect(r.rejected).toEqual([
      { index: 0, event: bad },
      { index: 2, event: ev("submit", 16) },
    ]);
    expect(r.problems.map((p) => p.path)).toEqual([
      ["events", 0, "action"],
      ["events", 2, "action"],
    ]);
    expect(r.problems[1]?.message).toMatch(/đã được gửi và đang chờ tiếp nhận/);
  });
});

describe("a parent is accepted only after its children (DHIS2)", () => {
  const children = { expected: ["09487", "09490", "09493"], states: { "09487": "accepted", "09490": "consolidated" } as const };

  it("childrenReady lists the pending children; no state counts as draft", () => {
    expect(childrenReady(children.expected, children.states)).toEqual({ ready: false, pending: [{ unit: "09493", status: "draft" }] });
    expect(childrenReady(["a", "b"], { a: "excused", b: run([ev("submit", 15), ev("accept", 16)]) })).toEqual({ ready: true, pending: [] });
  });

  it("accept is refused until every expected child is accepted, consolidated or excused", () => {
    const province = run([ev("submit", 19)]);
    const r = applyCycleEvent(province, ev("accept", 21), { children });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: "children_not_accepted", params: { pending: 1, expected: 3, units: ["09493"] } });
    expect(r.problems[0]?.message).toBe(
      "Chưa thể tiếp nhận báo cáo tổng hợp: 1/3 đơn vị cấp dưới chưa được tiếp nhận hoặc miễn báo cáo: 09493.",
    );
    const excused = { ...children, states: { ...children.states, "09493": "excused" as const } };
    expect(applyCycleEvent(province, ev("accept", 21), { children: excused }).state.status).toBe("accepted");
  });
});

describe("properties", () => {
  const eventArb = fc.record({
    actor: fc.constantFrom("xa.09487", "tinh.24"),
    day: fc.integer({ min: 1, max: 28 }),
    action: fc.constantFrom(...CYCLE_ACTIONS),
    note: fc.option(fc.constantFrom("Lý do.", "", "  "), { nil: undefined }),
    withIssues: fc.boolean(),
  });
  const logArb = fc.array(eventArb, { maxLength: 25 }).map((xs) =>
    xs
      .sort((a, b) => a.day - b.day)
      .map((x): CycleEvent => ({
        actor: x.actor,
        at: at(x.day),
        action: x.action,
        ...(x.note === undefined ? {} : { note: x.note }),
        ...(x.withIssues ? { issues: [reason] } : {}),
      })),
  );

  it("every event is either applied (following the transition table) or refused with a problem; none is lost", () => {
    fc.assert(
      fc.property(logArb, (events) => {
        const r = cycleState(events);
        expect(r.state.history.length + r.rejected.length).toBe(events.length);
        expect(CYCLE_STATUSES).toContain(r.state.status);
        let from = "draft";
        for (const h of r.state.history) {
          expect(h.from).toBe(from);
          expect(CYCLE_TRANSITIONS[h.action][h.from]).toBe(h.to);
          from = h.to;
        }
        expect(r.state.status).toBe(from);
        for (const x of r.rejected) expect(r.problems.some((p) => p.path[1] === x.index)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("nothing is accepted that was not submitted just before; reopen and excuse always carry a note", () => {
    fc.assert(
      fc.property(logArb, (events) => {
        const h = cycleState(events).state.history;
        h.forEach((e) => {
          if (e.to === "accepted") expect(e.from).toBe("submitted");
          if (e.action === "reopen" || e.action === "excuse") expect((e.note ?? "").trim().length).toBeGreaterThan(0);
        });
      }),
    );
  });
});
