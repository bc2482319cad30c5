import { describe, expect, it } from "vitest";
import { alarms, caught, load, score } from "./real-score.js";
import { expectWellFormedSet } from "./real-sets.js";

// Issue 13, measured on a second set of REAL sentences (real-sentences-2.json, described in
// real-sentences-2.md): 83 verbatim sentences from 50 public pages, collected before any tuning,
// and 70 one-figure mutations of them. The set is split by page: the rules were tuned on the
// `tune` half; the `held` half is only measured, and what it reaches is asserted here.
const all = load();
const real = all.filter((r) => r.mutatedFrom === undefined);
const mutated = all.filter((r) => r.mutatedFrom !== undefined);

describe("narrative checker on a second set of real sentences", () => {
  it("holds at least 80 real sentences from their pages and 60 one-figure mutations of them", () => {
    expectWellFormedSet(all, { sentences: 80, mutations: 60 });
  });

  it("splits by page: no page has sentences in both halves, and each half has mutations", () => {
    const halves = new Map<string, string>();
    for (const r of all) {
      expect(halves.get(r.source) ?? r.half).toBe(r.half);
      halves.set(r.source, r.half ?? "");
    }
    for (const half of ["tune", "held"] as const) expect(mutated.filter((m) => m.half === half).length).toBeGreaterThanOrEqual(25);
  });

  it("raises the source's own slips", () => {
    const slips = real.filter((r) => r.slip !== undefined);
    expect(slips.length).toBe(3);
    for (const r of slips) expect(alarms(r).map((f) => f.code)).toEqual([r.expectCode]);
  });

  it("holds on the held-back half: no false error, false warnings ≤ 2%, at least 24 of its 29 mutations caught", () => {
    const s = score(all, "held");
    expect(s.mutated).toBe(29);
    expect(s.falseErrors).toBe(0);
    expect(s.falseWarnings / s.real).toBeLessThanOrEqual(0.02);
    expect(s.caught).toBeGreaterThanOrEqual(24);
  });

  it("keeps what the tune half reached: no false error, at least 39 of its 41 mutations caught (37 before the averages past a time phrase of brief p11, 38 before the averages written 'a tiêu chí/N xã' of brief r6)", () => {
    const s = score(all, "tune");
    expect(s.falseErrors).toBe(0);
    expect(s.falseWarnings).toBe(0);
    expect(s.caught).toBeGreaterThanOrEqual(39);
  });

  it.each(mutated.filter((m) => m.missed === undefined).map((m) => [m.changed, m] as const))("catches %s", (_c, m) => {
    expect(caught(m)).toBe(true);
  });
});
