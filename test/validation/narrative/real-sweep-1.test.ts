import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkNarrative, type NarrativeFinding } from "../../../src/validation/narrative/index.js";
import { addressesIn, alarmsOf } from "./real-sets.js";

// Issue 13, a false-alarm sweep (brief p12; real-sweep-1.json, described in real-sweep-1.md): 250
// verbatim passages of 1–4 sentences with at least two figures each, from 127 public pages of
// administrative and socio-economic report prose that no real-sentences or real-documents file used,
// each page's address hashing (SHA-256) to 0–7. No mutations: published prose is mostly right, so
// every finding on it is a real slip of the source or a false alarm. Every finding raised on main at
// 77dac15 was judged by hand and recorded beside its passage: 23 findings, of which 3 slips (with
// their arithmetic), 19 false errors and 1 false warning (each with the shape of its misreading).
// Brief p12 read three of their shapes (three more were read and measured, then left out for the
// size budget: real-sweep-1.md); the figures below are the tree's after it, as ceilings.

/** A finding on main at 77dac15 and the verdict on it. */
interface Judged {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly excerpt: string;
  readonly verdict: "slip" | "false alarm";
  /** A slip's wrong figure (the finding's excerpt holds it) and its arithmetic. */
  readonly figure?: string;
  readonly arithmetic?: string;
  /** A false alarm's misreading, and whether brief p12 read it. */
  readonly shape?: string;
  readonly fixed?: boolean;
}
interface Passage {
  readonly address: string;
  readonly text: string;
  readonly findings?: readonly Judged[];
}

const FILE = "real-sweep-1.json";
const sweep = JSON.parse(readFileSync(new URL(`./${FILE}`, import.meta.url), "utf8")) as Passage[];
const slipsOf = (p: Passage): Judged[] => (p.findings ?? []).filter((j) => j.verdict === "slip");
const isSlip = (p: Passage, f: NarrativeFinding): boolean => slipsOf(p).some((s) => s.code === f.code && f.excerpt.includes(s.figure ?? "\u0000"));

/** Every alarm raised now that is not one of its passage's slips. */
const falseAlarms = sweep.flatMap((p) => alarmsOf(checkNarrative(p.text)).filter((f) => !isSlip(p, f)).map((f) => ({ address: p.address, f })));

describe("narrative checker on a sweep of unseen real report prose", () => {
  it("holds at least 250 passages with two figures or more, from at least 80 pages, NFC", () => {
    expect(sweep.length).toBeGreaterThanOrEqual(250);
    expect(new Set(sweep.map((p) => p.address)).size).toBeGreaterThanOrEqual(80);
    expect(new Set(sweep.map((p) => p.text)).size).toBe(sweep.length);
    for (const p of sweep) {
      expect(p.address).toMatch(/^https?:\/\//u);
      expect(p.text).toBe(p.text.normalize("NFC"));
      expect((p.text.match(/\d+(?:[.,]\d+)*/gu) ?? []).length).toBeGreaterThanOrEqual(2);
    }
  });

  it("takes only pages whose address hashes to 0–7, none of an earlier set or document file", () => {
    const earlier = addressesIn(readdirSync(new URL(".", import.meta.url)).filter((n) => /^real-(?:sentences|documents)(?:-\d+)?\.json$/u.test(n)));
    expect(earlier.size).toBeGreaterThan(0);
    for (const p of sweep) {
      expect(createHash("sha256").update(p.address).digest("hex")).toMatch(/^[0-7]/u);
      expect(earlier.has(p.address)).toBe(false);
    }
  });

  it("records a verdict on each of main's 23 findings: 3 slips with their arithmetic, 19 false errors and 1 false warning with their shape", () => {
    const judged = sweep.flatMap((p) => (p.findings ?? []).map((j) => ({ p, j })));
    expect(judged.length).toBe(23);
    expect(judged.filter(({ j }) => j.verdict === "slip").length).toBe(3);
    expect(judged.filter(({ j }) => j.verdict === "false alarm" && j.severity === "error").length).toBe(19);
    expect(judged.filter(({ j }) => j.verdict === "false alarm" && j.severity === "warning").length).toBe(1);
    for (const { p, j } of judged) {
      expect(p.text).toContain(j.excerpt);
      if (j.verdict === "slip") expect(j.excerpt).toContain(j.figure ?? "\u0000");
      expect(j.verdict === "slip" ? j.arithmetic : j.shape).toMatch(/\S/u);
    }
  });

  it("still finds the sources' three slips, each on its wrong figure", () => {
    const withSlips = sweep.filter((p) => slipsOf(p).length > 0);
    expect(withSlips.length).toBe(3);
    for (const p of withSlips) {
      const found = alarmsOf(checkNarrative(p.text));
      for (const s of slipsOf(p)) expect(found.some((f) => f.code === s.code && f.excerpt.includes(s.figure ?? "\u0000")), `${s.code} ${s.figure}`).toBe(true);
    }
  });

  it("raises at most 8 false errors and 1 false warning (main at 77dac15: 19 and 1; 13 after brief p12, 12 with the readings of briefs p11 and p13, which never saw the sweep, 9 with p12's ratio per hundred kept at integration, 8 with brief p1's signed amounts, read on real-sweep-2.json)", () => {
    const errors = falseAlarms.filter(({ f }) => f.severity === "error");
    const warnings = falseAlarms.filter(({ f }) => f.severity === "warning");
    expect(errors.length, errors.map(({ f }) => `${f.code}: ${f.excerpt}`).join("\n")).toBeLessThanOrEqual(8);
    expect(warnings.length, warnings.map(({ f }) => `${f.code}: ${f.excerpt}`).join("\n")).toBeLessThanOrEqual(1);
  });

  it("raises no false alarm it did not raise on main, and none of the shapes brief p12 read", () => {
    for (const { address, f } of falseAlarms) {
      const was = sweep.find((p) => p.address === address && p.text.includes(f.excerpt))?.findings?.find((j) => j.code === f.code && j.excerpt === f.excerpt);
      expect(was, `${f.code}: ${f.excerpt}`).toBeDefined();
      expect(was?.fixed, `${f.code}: ${f.excerpt}`).toBe(false);
    }
  });
});
