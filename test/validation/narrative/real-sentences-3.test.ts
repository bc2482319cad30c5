import { describe, expect, it } from "vitest";
import { caught, load, score } from "./real-score.js";
import { expectWellFormedSet } from "./real-sets.js";

// Issue 13, measured on a third set of REAL sentences (real-sentences-3.json, described in
// real-sentences-3.md): 84 verbatim sentences from 49 public pages that neither earlier set
// used, collected and measured before any rule changed (tune 4/40, held 4/38 caught), and 78
// one-figure mutations of them. The rules were tuned on the `tune` half; the `held` half was
// measured once after that, and what it reaches is asserted here.
const all = load("real-sentences-3.json");
const real = all.filter((r) => r.mutatedFrom === undefined);
const mutated = all.filter((r) => r.mutatedFrom !== undefined);

describe("narrative checker on a third set of real sentences", () => {
  it("holds at least 80 real sentences from 40 pages and 70 one-figure mutations of them", () => {
    expectWellFormedSet(all, { sentences: 80, mutations: 70, pages: 40 });
  });

  it("shares no page with the first two sets", () => {
    const earlier = new Set([...load("real-sentences.json"), ...load("real-sentences-2.json")].map((r) => r.source));
    for (const r of all) expect(earlier.has(r.source)).toBe(false);
  });

  it("splits by page: no page has sentences in both halves, and each half has mutations", () => {
    const halves = new Map<string, string>();
    for (const r of all) {
      expect(halves.get(r.source) ?? r.half).toBe(r.half);
      halves.set(r.source, r.half ?? "");
    }
    for (const half of ["tune", "held"] as const) expect(mutated.filter((m) => m.half === half).length).toBeGreaterThanOrEqual(35);
  });

  it("holds on the held-back half: no false error, false warnings ≤ 2%, at least 22 of its 38 mutations (21 before the readings of brief r5) and 2 of its 6 slips caught", () => {
    const s = score(all, "held");
    expect(s.mutated).toBe(38);
    expect(s.falseErrors).toBe(0);
    expect(s.falseWarnings / s.real).toBeLessThanOrEqual(0.02);
    expect(s.caught).toBeGreaterThanOrEqual(22);
    expect(s.slipsFound).toBeGreaterThanOrEqual(2);
  });

  it("keeps what the tune half reached: no false alarm, at least 32 of its 40 mutations (15 before the share sums of brief g2, 20 before the changes with their amount of brief r8, 23 before the averages past a time phrase of brief p11, 26 before the readings of brief r4 and the trade balances of brief r6, 32 before the classifications opened by 'Chia theo …,' of brief r5) and all 3 slips caught", () => {
    const s = score(all, "tune");
    expect(s.falseErrors).toBe(0);
    expect(s.falseWarnings).toBe(0);
    expect(s.caught).toBeGreaterThanOrEqual(33);
    expect(s.slipsFound).toBe(s.slips);
  });

  it("gives every miss its reason", () => {
    for (const m of mutated) if (!caught(m)) expect(m.missed ?? "").not.toBe("");
  });

  it.each(mutated.filter((m) => m.missed === undefined).map((m) => [m.changed, m] as const))("catches %s", (_c, m) => {
    expect(caught(m)).toBe(true);
  });
});
