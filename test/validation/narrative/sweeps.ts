/**
 * What every false-alarm sweep (real-sweep-N.json) must hold: verbatim passages with two figures or
 * more from pages no earlier file used, each page's address hashing (SHA-256) to 0–7; a verdict on
 * each finding of main when the sweep was built (a slip of the source with its arithmetic, or a false
 * alarm with the shape of its misreading); the slips still found; false alarms under ceilings, and
 * none that main did not raise or that a brief read as fixed.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkNarrative, type NarrativeFinding } from "../../../src/validation/narrative/index.js";
import { addressesIn, alarmsOf } from "./real-sets.js";

/** A finding on main when the sweep was built, and the verdict on it. */
export interface Judged {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly excerpt: string;
  readonly verdict: "slip" | "false alarm";
  /** A slip's wrong figure (the finding's excerpt holds it) and its arithmetic. */
  readonly figure?: string;
  readonly arithmetic?: string;
  /** A false alarm's misreading, and whether a brief read it. */
  readonly shape?: string;
  readonly fixed?: boolean;
}
export interface Passage {
  readonly address: string;
  readonly text: string;
  readonly findings?: readonly Judged[];
}

/** One sweep's file and the figures it pins. */
export interface Sweep {
  readonly file: string;
  readonly title: string;
  /** Pages at least. */
  readonly pages: number;
  /** Which files of this folder came before it (their pages must not be reused). */
  readonly earlier: RegExp;
  /** The verdicts recorded: findings, slips, false errors, false warnings. */
  readonly judged: readonly [number, number, number, number];
  /** Ceilings now, false errors and false warnings, and the history they come from. */
  readonly ceilings: readonly [number, number];
  readonly history: string;
  /** Who read the fixed shapes (for the test names). */
  readonly readBy: string;
}

/** The tests of one sweep. */
export function describeSweep(o: Sweep): void {
  const sweep = JSON.parse(readFileSync(new URL(`./${o.file}`, import.meta.url), "utf8")) as Passage[];
  const slipsOf = (p: Passage): Judged[] => (p.findings ?? []).filter((j) => j.verdict === "slip");
  const isSlip = (p: Passage, f: NarrativeFinding): boolean => slipsOf(p).some((s) => s.code === f.code && f.excerpt.includes(s.figure ?? "\u0000"));
  /** Every alarm raised now that is not one of its passage's slips. */
  const falseAlarms = sweep.flatMap((p) => alarmsOf(checkNarrative(p.text)).filter((f) => !isSlip(p, f)).map((f) => ({ address: p.address, f })));
  const [findings, slips, errorsThen, warningsThen] = o.judged;

  describe(o.title, () => {
    it(`holds at least 250 passages with two figures or more, from at least ${o.pages} pages, NFC`, () => {
      expect(sweep.length).toBeGreaterThanOrEqual(250);
      expect(new Set(sweep.map((p) => p.address)).size).toBeGreaterThanOrEqual(o.pages);
      expect(new Set(sweep.map((p) => p.text)).size).toBe(sweep.length);
      for (const p of sweep) {
        expect(p.address).toMatch(/^https?:\/\//u);
        expect(p.text).toBe(p.text.normalize("NFC"));
        expect((p.text.match(/\d+(?:[.,]\d+)*/gu) ?? []).length).toBeGreaterThanOrEqual(2);
      }
    });

    it("takes only pages whose address hashes to 0–7, none of an earlier file", () => {
      const earlier = addressesIn(readdirSync(new URL(".", import.meta.url)).filter((n) => n !== o.file && o.earlier.test(n)));
      expect(earlier.size).toBeGreaterThan(0);
      for (const p of sweep) {
        expect(createHash("sha256").update(p.address).digest("hex")).toMatch(/^[0-7]/u);
        expect(earlier.has(p.address)).toBe(false);
      }
    });

    it(`records a verdict on each of main's ${findings} findings: ${slips} slips, ${errorsThen} false errors and ${warningsThen} false warnings`, () => {
      const judged = sweep.flatMap((p) => (p.findings ?? []).map((j) => ({ p, j })));
      expect(judged.length).toBe(findings);
      expect(judged.filter(({ j }) => j.verdict === "slip").length).toBe(slips);
      expect(judged.filter(({ j }) => j.verdict === "false alarm" && j.severity === "error").length).toBe(errorsThen);
      expect(judged.filter(({ j }) => j.verdict === "false alarm" && j.severity === "warning").length).toBe(warningsThen);
      for (const { p, j } of judged) {
        expect(p.text).toContain(j.excerpt);
        if (j.verdict === "slip") expect(j.excerpt).toContain(j.figure ?? "\u0000");
        expect(j.verdict === "slip" ? j.arithmetic : j.shape).toMatch(/\S/u);
      }
    });

    it("still finds the sources' slips, each on its wrong figure", () => {
      const withSlips = sweep.filter((p) => slipsOf(p).length > 0);
      expect(withSlips.length).toBe(slips);
      for (const p of withSlips) {
        const found = alarmsOf(checkNarrative(p.text));
        for (const s of slipsOf(p)) expect(found.some((f) => f.code === s.code && f.excerpt.includes(s.figure ?? "\u0000")), `${s.code} ${s.figure}`).toBe(true);
      }
    });

    it(`raises at most ${o.ceilings[0]} false errors and ${o.ceilings[1]} false warnings (${o.history})`, () => {
      const errors = falseAlarms.filter(({ f }) => f.severity === "error");
      const warnings = falseAlarms.filter(({ f }) => f.severity === "warning");
      expect(errors.length, errors.map(({ f }) => `${f.code}: ${f.excerpt}`).join("\n")).toBeLessThanOrEqual(o.ceilings[0]);
      expect(warnings.length, warnings.map(({ f }) => `${f.code}: ${f.excerpt}`).join("\n")).toBeLessThanOrEqual(o.ceilings[1]);
    });

    it(`raises no false alarm it did not raise on main, and none of the shapes ${o.readBy} read`, () => {
      for (const { address, f } of falseAlarms) {
        const was = sweep.find((p) => p.address === address && p.text.includes(f.excerpt))?.findings?.find((j) => j.code === f.code && j.excerpt === f.excerpt);
        expect(was, `${f.code}: ${f.excerpt}`).toBeDefined();
        expect(was?.fixed, `${f.code}: ${f.excerpt}`).toBe(false);
      }
    });
  });
}
