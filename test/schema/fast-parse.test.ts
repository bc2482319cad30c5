import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { generateCommuneReport, sampleContext } from "../../src/sample/index.js";
import { ReportSchema } from "../../src/schema/index.js";
import { fastParse, NOT_SURE } from "../../src/schema/fast-parse.js";
import { prepare } from "../../src/schema/nfc-copy.js";
import { reportArb } from "../../src/testing/index.js";
import { units2025 } from "../../src/testing/units.js";
import { FIXTURE_NAMES, loadFixture } from "../fixtures/index.js";

/**
 * The fast accept path's contract (issue 17): for a valid input it gives exactly what the normal
 * path gives (the NFC copy, then zod), and for anything else either "not sure" or, again, exactly
 * what the normal path gives.
 */

/** The normal path: the NFC copy (any problem there is a failure), then zod. */
function normal(schema: z.ZodType, input: unknown): { ok: true; data: unknown } | { ok: false } {
  const { value, problems } = prepare(input, "vi");
  if (problems.length > 0) return { ok: false };
  const r = schema.safeParse(value);
  return r.success ? { ok: true, data: r.data } : { ok: false };
}

/** Every object's keys, in order, depth first: `toStrictEqual` does not look at the order. */
function keyOrder(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => keyOrder(x, out));
  else if (v !== null && typeof v === "object") {
    out.push(Object.keys(v).join(","));
    for (const x of Object.values(v)) keyOrder(x, out);
  }
  return out;
}

/** Asserts the contract for one input; returns whether the fast path answered. */
function agrees(schema: z.ZodType, input: unknown): boolean {
  const fast = fastParse(schema, input);
  if (fast === NOT_SURE) return false;
  const slow = normal(schema, input);
  expect(slow.ok).toBe(true);
  if (!slow.ok) return true;
  expect(fast).toStrictEqual(slow.data);
  expect(keyOrder(fast)).toEqual(keyOrder(slow.data));
  return true;
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const units = [...units2025().byCode.values()].filter((u) => u.level === "xa");
const context = sampleContext({ seed: 6, period: "202605", comparisons: true });
/** A few dozen synthetic communes, as files hold them (JSON text parsed back). */
const communes = units.filter((_, i) => i % 97 === 0).map((u) => json(generateCommuneReport(u, context)));

/** Every path in a JSON value, containers included (the root is `[]`). */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function get(v: unknown, path: readonly (string | number)[]): unknown {
  let cur = v;
  for (const p of path) cur = (cur as Record<string | number, unknown>)[p];
  return cur;
}

/** Sets `path` in `v` (a fresh copy); a root path replaces the whole value. */
function set(v: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = get(v, path.slice(0, -1)) as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return v;
}

const VIETNAMESE = ["Xã Đông Cứu", "Ủy ban nhân dân", "Tiếp nhận hồ sơ trực tuyến", "Hà Nội", "ỦY BAN"];

/** Strings that test the NFC fold: decomposed Vietnamese, controls, marks, surrogates, edges of the fast ranges. */
const trickyString = fc.oneof(
  fc.constantFrom(...VIETNAMESE.map((s) => s.normalize("NFD"))),
  fc.constantFrom(...VIETNAMESE),
  fc.constantFrom("", " ", "\u0000", "\u001f\u007f", "a\u0301", "\u0301", "\u2000", "\u2001x", "\ufb01", "K\u212a", "😀", "\ud800", "2026-05-20", "hs.tiep_nhan", "202605", "2026Q2"),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);

/** Any JSON value, with tricky strings. */
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), trickyString, fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(null, true, false, -1, 0, 1.5, 2 ** 53));

/** A key to add: the schema's own, unknown ones, prototype keys, keys in NFD. */
const keyArb = fc.oneof(
  fc.constantFrom("values", "stated", "flags", "body", "title", "unit", "code", "name", "extra", "__proto__", "constructor", "prototype", "hs.tiep_nhan", "Hs.x", "a", "id"),
  fc.constantFrom(...VIETNAMESE.map((s) => s.normalize("NFD"))),
  fc.string({ maxLength: 8 }),
);

type Mutation = (v: unknown, pick: number) => unknown;

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  // A random node replaced by a random JSON value (a wrong type, a bad number, a tricky string).
  anyJson.map((value): Mutation => (v, pick) => {
    const all = paths(v);
    return set(v, all[pick % all.length]!, value);
  }),
  // A string leaf replaced by its decomposed form or a tricky string.
  trickyString.map((s): Mutation => (v, pick) => {
    const all = paths(v).filter((p) => typeof get(v, p) === "string");
    if (all.length === 0) return v;
    const path = all[pick % all.length]!;
    return set(v, path, pick % 3 === 0 ? String(get(v, path)).normalize("NFD") : s);
  }),
  // A key added to a random object.
  fc.tuple(keyArb, anyJson).map(([key, value]): Mutation => (v, pick) => {
    const all = paths(v).filter((p) => {
      const x = get(v, p);
      return x !== null && typeof x === "object" && !Array.isArray(x);
    });
    if (all.length === 0) return v;
    const path = all[pick % all.length]!;
    return set(v, [...path, key], value);
  }),
  // A key removed.
  fc.constant<Mutation>((v, pick) => {
    const all = paths(v).filter((p) => p.length > 0 && typeof p[p.length - 1] === "string");
    if (all.length === 0) return v;
    const path = all[pick % all.length]!;
    delete (get(v, path.slice(0, -1)) as Record<string, unknown>)[path[path.length - 1] as string];
    return v;
  }),
);

describe("fastParse on valid reports", () => {
  it("gives exactly zod's report for the synthetic communes (never 'not sure')", () => {
    for (const c of communes) expect(agrees(ReportSchema, c)).toBe(true);
  });

  it("gives exactly zod's report for the fixtures, in NFC and in NFD", () => {
    for (const name of FIXTURE_NAMES) {
      const fixture = loadFixture(name);
      expect(agrees(ReportSchema, fixture)).toBe(true);
      // Every string in NFD: the fold normalises them as the copy does, still in one walk.
      const nfd = JSON.parse(JSON.stringify(fixture), (_k, v: unknown) => (typeof v === "string" ? v.normalize("NFD") : v)) as unknown;
      expect(agrees(ReportSchema, nfd)).toBe(true);
    }
  });

  it("gives exactly zod's report for the testing entry's reports, at every level", () => {
    fc.assert(
      fc.property(fc.constantFrom("xa" as const, "tinh" as const, "bo" as const).chain((level) => reportArb(fc, { level })), (r) => {
        expect(agrees(ReportSchema, r)).toBe(true);
        expect(agrees(ReportSchema, json(r))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("fastParse on broken reports", () => {
  it("is 'not sure' or exactly what the normal path gives, whatever is changed", () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...communes, ...FIXTURE_NAMES.map((n) => loadFixture(n))), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.nat(), (base, mutations, pick) => {
        let v: unknown = json(base);
        mutations.forEach((m, i) => {
          v = m(v, pick + i * 7919);
        });
        runs++;
        if (agrees(ReportSchema, v)) answered++;
      }),
      { numRuns: 250 },
    );
    // Some mutations keep a report valid (a key removed that has a default, a string in NFD):
    // the fast path answers those, so the property did not hold only by saying "not sure".
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(runs);
  });

  it("says 'not sure' for what the NFC copy refuses, even where zod would drop it", () => {
    const base = json(communes[0]) as Record<string, unknown>;
    const proto = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(fastParse(ReportSchema, { ...base, values: { ...(base["values"] as object), ...proto } })).toBe(NOT_SURE);
    expect(fastParse(ReportSchema, { ...base, origin: () => "author" })).toBe(NOT_SURE);
    expect(fastParse(ReportSchema, { ...base, unit: { ...(base["unit"] as object), name: 1n } })).toBe(NOT_SURE);
    // Too deep for the copy, inside a part zod would strip.
    let deep: unknown = "x";
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const Loose = z.object({ a: z.string() });
    expect(fastParse(Loose, { a: "y", b: deep })).toBe(NOT_SURE);
    expect(fastParse(Loose, { a: "y", b: { constructor: 1 } })).toBe(NOT_SURE);
    expect(fastParse(Loose, { a: "y", b: { c: () => 1 } })).toBe(NOT_SURE);
    expect(fastParse(Loose, { a: "y", b: { c: 1 } })).toStrictEqual({ a: "y" });
    // An object of another prototype: the copy would rebuild it; the normal path decides.
    expect(fastParse(Loose, Object.assign(Object.create(null) as object, { a: "y" }))).toBe(NOT_SURE);
  });

  it("keeps the error lists of safeParseReport: a valid report with a dangling reference still fails", async () => {
    const { safeParseReport } = await import("../../src/schema/index.js");
    const base = json(loadFixture("004-dong-cuu-2026-05")) as Record<string, unknown>;
    const r = safeParseReport({ ...base, at: { "hs.tiep_nhan": "no-such-node" } });
    expect(r.success).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(["unknown_node"]);
  });
});

/** A recursive node, declared as the body's is (a getter in the shape). */
interface Tree {
  name: string;
  kids: Tree[];
}
const TreeSchema: z.ZodType<Tree> = z.strictObject({
  name: z.string().normalize("NFC").min(1),
  get kids(): z.ZodDefault<z.ZodArray<z.ZodType<Tree>>> {
    return z.array(TreeSchema).default([]);
  },
});

/** Schemas beyond the report's, each with inputs near its edge. */
const zoo: readonly { name: string; schema: z.ZodType; near: fc.Arbitrary<unknown> }[] = [
  {
    name: "stripping object, optional and default",
    schema: z.object({ a: z.string().min(2).max(4), b: z.number().int().optional(), c: z.array(z.boolean()).max(2).default([]) }),
    near: fc.record({ a: trickyString, b: fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)), c: fc.oneof(fc.array(fc.boolean(), { maxLength: 3 }), fc.constant(undefined)), d: anyJson }, { requiredKeys: [] }),
  },
  {
    name: "loose object",
    schema: z.looseObject({ a: z.string().normalize("NFC") }),
    near: fc.record({ a: trickyString, b: anyJson, [VIETNAMESE[0]!.normalize("NFD")]: anyJson }, { requiredKeys: ["a"] }),
  },
  {
    name: "union: first option that accepts",
    schema: z.union([z.strictObject({ k: z.literal("x"), v: z.number() }), z.object({ k: z.string() }), z.string().regex(/^a/)]),
    near: fc.oneof(fc.record({ k: fc.constantFrom("x", "y", 1), v: fc.oneof(fc.integer(), fc.string()), w: anyJson }, { requiredKeys: ["k"] }), trickyString, fc.constantFrom("abc", "a\u0301")),
  },
  {
    name: "refine and transform (handed to zod)",
    schema: z.object({ p: z.string().refine((s) => s.length % 2 === 0), t: z.string().transform((s) => s.length).optional(), q: z.number().pipe(z.number().max(5)).optional() }),
    near: fc.record({ p: trickyString, t: fc.oneof(trickyString, fc.constant(undefined)), q: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(undefined)) }, { requiredKeys: ["p"] }),
  },
  {
    name: "record of catalog ids",
    schema: z.record(z.string().regex(/^[a-z]+(\.[a-z_]+)+$/), z.union([z.number().nonnegative(), z.null(), z.boolean()])),
    near: fc.dictionary(fc.constantFrom("hs.tiep_nhan", "a.b", "x", "A.b", "constructor", "ab.c_d"), fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(null), fc.boolean(), fc.string())),
  },
  {
    name: "nullable, default, enum",
    schema: z.strictObject({ n: z.number().positive().nullable().default(null), e: z.enum(["a", "b"]).default("a"), l: z.literal(["Hà Nội", 2]).optional() }),
    near: fc.record({ n: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constant(null), fc.constant(undefined)), e: fc.constantFrom("a", "b", "c", undefined), l: fc.constantFrom("Hà Nội", "Hà Nội".normalize("NFD"), 2, 3) }, { requiredKeys: [] }),
  },
  {
    name: "string overwrites and lengths in code points",
    schema: z.object({ t: z.string().trim().min(1), e: z.string().length(2) }),
    near: fc.record({ t: fc.constantFrom(" a ", "  ", "x"), e: fc.constantFrom("ab", "😀😀", "😀", "a\u0301", "abc") }),
  },
  {
    name: "dates and NFC with a maximum length",
    schema: z.object({ d: z.iso.date(), m: z.string().normalize("NFC").max(3) }),
    near: fc.record({ d: fc.constantFrom("2026-05-20", "2026-02-30", "2026-5-1"), m: fc.oneof(trickyString, fc.constantFrom("Hà", "Hà".normalize("NFD"), "Hàn", "Hàng")) }),
  },
  {
    name: "recursive tree",
    schema: TreeSchema,
    near: fc.letrec((tie) => ({
      tree: fc.record({ name: trickyString, kids: fc.oneof({ depthSize: "small" }, fc.constant(undefined), fc.array(tie("tree"), { maxLength: 2 })) }, { requiredKeys: ["name"] }),
    })).tree,
  },
];

describe("fastParse on other schemas", () => {
  for (const { name, schema, near } of zoo) {
    it(`${name}: 'not sure' or exactly the normal path`, () => {
      let answered = 0;
      fc.assert(
        fc.property(fc.oneof(near, anyJson), (input) => {
          if (agrees(schema, input)) answered++;
        }),
        { numRuns: 150 },
      );
      expect(answered).toBeGreaterThan(0);
    });
  }
});
