/**
 * Hostile inputs for validation fuzzing, shared by `fuzz.test.ts` (3.003 inputs in the suite, 10.010 under CI)
 * and `scripts/fuzz-validate.ts` (as many as asked for): arbitrary JSON and JS values, the seed
 * fixtures with random fields replaced by hostile values, and a check of the shape of every
 * issue list `validateReport` returns.
 */
import fc from "fast-check";
import { FIXTURE_NAMES, fixtureText, type FixtureName } from "../fixtures/index.js";
import { hostileReports } from "../render/hostile-reports.js";
import { parseReport, safeParseReport, type Report } from "../../src/schema/index.js";
import { prepareValidator, validateReport, type ValidateOptions, type ValidationIssue } from "../../src/validation/index.js";

type Json = unknown;
type Key = string | number;

/** Prototype-ish keys that must never reach an object's prototype or break a look-up. */
export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"] as const;

/** Strings that look like numbers, dates or periods and are not, NFD text, controls, huge text. */
export const NASTY_STRINGS = [
  "",
  " ",
  "NaN",
  "-NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1e999",
  "0x1F",
  "1_000",
  "3.002648",
  "99,7%",
  "  12  ",
  "-0",
  "9007199254740993",
  "2026-02-30",
  "0000-00-00",
  "2026Q5",
  "202613",
  "2026N9",
  "2026-01-01_2025-01-01",
  "Ba\u0300o ca\u0301o Đe\u0302\u0300 a\u0301n 06",
  "U\u0309Y BAN NHA\u0302N DA\u0302N XA\u0303 \u0110O\u0302NG CU\u031B\u0301U",
  "TM\u002E ỦY BAN",
  "Lưu: VT",
  "BC-UBND",
  "\u0000\u0001\uFFFE\uD800",
  "😀👨‍👩‍👧🇻🇳",
  "\u202Egnp.exe\u202C",
  "x".repeat(10_000),
  "956/959 hồ sơ đạt tỷ lệ 99,8%; ".repeat(200),
  ...PROTO_KEYS,
];

/** Numbers at the edges: unsafe integers, NaN, infinities, negative zero, tiny and huge. */
export const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  -1e-300,
  5e-324,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 60,
  -(2 ** 60),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  16,
  100,
  976,
];

/** Nested arrays or objects `depth` deep (built without recursion). */
export function nested(depth: number, kind: "array" | "object"): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = kind === "array" ? [v] : { a: v };
  return v;
}

/**
 * A deep value, described rather than built, so that counterexamples print; {@link buildMutated}
 * builds it.
 */
export class Deep {
  constructor(
    readonly depth: number,
    readonly kind: "array" | "object",
  ) {}
  toString(): string {
    return `nested(${this.depth}, "${this.kind}")`;
  }
}

/** An object whose own key is `key`, even `__proto__` (as JSON.parse makes it). */
export function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

/**
 * Nesting depths of the deep values the suite uses. Past a few thousand levels the schema's
 * input walk overflows the stack (reported as `not_json`) and costs up to a second per input,
 * so the deepest ones run in `scripts/fuzz-validate.ts` only.
 */
export const SUITE_DEPTHS = [10, 300] as const;
/** Depths the fuzz script adds: deep enough to overflow the stack of any recursive walk. */
export const SCRIPT_DEPTHS = [10, 300, 3_000, 20_000] as const;

/** A value that can replace any field of a report: wrong types, edge numbers, traps. */
export const hostileValueWith = (depths: readonly number[]): fc.Arbitrary<unknown> => fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...NASTY_NUMBERS) },
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [[]], [null], Object.create(null)) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS).map((k) => withOwnKey(k, { polluted: true })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...depths), fc.constantFrom("array" as const, "object" as const))
      .map(([d, k]) => new Deep(d, k)),
  },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.normalize("NFD")) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        value: fc.constantFrom<unknown>(...NASTY_NUMBERS, "99,7"),
        decimals: fc.constantFrom<unknown>(-20, -8, 0, 1, 2, 16, 0.5, Number.NaN, "1"),
        qualifier: fc.constantFrom<unknown>("hơn", "gần", "khoảng", "ho\u031Bn", "x", 3),
        tolerance: fc.constantFrom<unknown>(1, -1, Number.NaN, 1e308),
        max: fc.constantFrom<unknown>(22, 0, -1, Number.NaN),
      },
      { requiredKeys: ["value"] },
    ),
  },
);

/** {@link hostileValueWith} the suite's depths. */
export const hostileValue: fc.Arbitrary<unknown> = hostileValueWith(SUITE_DEPTHS);

// ── The fixtures as mutable JSON, with every path into them ──────────────────────────────────

const texts = new Map<FixtureName, string>(FIXTURE_NAMES.map((n) => [n, fixtureText(n)]));
/** Parsed once: the starting point of "shape-preserving" mutations. */
const parsed = new Map<FixtureName, string>(FIXTURE_NAMES.map((n) => [n, JSON.stringify(parseReport(JSON.parse(texts.get(n)!)))]));

function allPaths(root: unknown): Key[][] {
  const out: Key[][] = [];
  const stack: [unknown, Key[]][] = [[root, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (path.length > 0) out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  return out.sort((a, b) => (a.join("\u0000") < b.join("\u0000") ? -1 : 1));
}

const paths = new Map<FixtureName, Key[][]>(FIXTURE_NAMES.map((n) => [n, allPaths(JSON.parse(texts.get(n)!))]));
/** Paths into the figures (values, stated, flags, comparisons): where the rules read numbers. */
const figurePaths = new Map<FixtureName, Key[][]>(
  FIXTURE_NAMES.map((n) => [n, paths.get(n)!.filter((p) => ["values", "stated", "flags", "comparisons"].includes(String(p[0])))]),
);

/** One edit of a report: replace the value at a path, delete it, or add a key to an object. */
export type Mutation =
  | { readonly op: "set"; readonly at: number; readonly value: unknown }
  | { readonly op: "delete"; readonly at: number }
  | { readonly op: "add"; readonly at: number; readonly key: string; readonly value: unknown };

const mutationWith = (hostileValue: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> => fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("add" as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.constantFrom("hs.tiep_nhan", "nv.duoc_giao", "tl.ho_so_dung_han", "x"), fc.string({ maxLength: 8 })),
      value: hostileValue,
    }),
  },
);

const build = (v: unknown) => (v instanceof Deep ? nested(v.depth, v.kind) : v);

function apply(root: unknown, list: readonly Key[][], mutation: Mutation): void {
  if (list.length === 0) return;
  const m = mutation.op === "delete" ? mutation : { ...mutation, value: build(mutation.value) };
  const path = list[m.at % list.length]!;
  let parent: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return;
    parent = (parent as Record<Key, unknown>)[k];
  }
  if (parent === null || typeof parent !== "object") return;
  const last = path[path.length - 1]!;
  const target = parent as Record<Key, unknown>;
  if (m.op === "set") Object.defineProperty(target, last, { value: m.value, enumerable: true, writable: true, configurable: true });
  else if (m.op === "delete") {
    if (Array.isArray(target) && typeof last === "number") target.splice(last, 1);
    else delete target[last];
  } else {
    const obj = target[last];
    if (obj !== null && typeof obj === "object" && !Array.isArray(obj)) {
      Object.defineProperty(obj, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    } else {
      Object.defineProperty(target, last, { value: withOwnKey(m.key, m.value), enumerable: true, writable: true, configurable: true });
    }
  }
}

/** A seed fixture (raw as stored, or as the schema parsed it) with 1–4 hostile edits. */
export interface MutatedFixture {
  readonly name: FixtureName;
  /** `raw`: the JSON file; `parsed`: the parser's output, so rules run on it directly when its shape survives. */
  readonly from: "raw" | "parsed";
  readonly mutations: readonly Mutation[];
  /** Only the figures were edited (the report keeps its shape more often). */
  readonly figuresOnly: boolean;
}

/** Builds the mutated report described by `m` (a fresh object every call). */
export function buildMutated(m: MutatedFixture): unknown {
  const root = JSON.parse(m.from === "raw" ? texts.get(m.name)! : parsed.get(m.name)!) as unknown;
  const list = (m.figuresOnly ? figurePaths : paths).get(m.name)!;
  for (const x of m.mutations) apply(root, list, x);
  return root;
}

/** Descriptions of mutated fixtures (printable counterexamples: fast-check shows the edits). */
export const mutatedFixture = (figuresOnly: boolean, depths: readonly number[] = SUITE_DEPTHS): fc.Arbitrary<MutatedFixture> =>
  fc.record({
    name: fc.constantFrom(...FIXTURE_NAMES),
    from: fc.constantFrom("raw" as const, "parsed" as const),
    mutations: fc.array(mutationWith(hostileValueWith(depths)), { minLength: 1, maxLength: 4 }),
    figuresOnly: fc.constant(figuresOnly),
  });

/** Arbitrary JS values: JSON and beyond (null prototypes, boxed values, Maps, sparse arrays, prototype keys). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...PROTO_KEYS, "schemaVersion", "unit", "values", "document")),
  maxDepth: 4,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withBigInt: true,
});

/** Near-reports: every top-level field present, each one arbitrary JSON or a hostile value. */
export const nearReport: fc.Arbitrary<unknown> = fc.record({
  schemaVersion: fc.constantFrom<unknown>(1, "1", 2, null),
  unit: fc.oneof(fc.constant({ code: "09487", name: "Xã Đông Cứu", level: "xa" }), hostileValue),
  period: fc.oneof(fc.constantFrom("202605", "2026Q2", "2026S1", "2026N9", "2026"), hostileValue),
  document: hostileValue,
  // v1 body parts (migrated when schemaVersion is 1) and v2 ones, each well formed or hostile.
  preamble: fc.oneof(fc.array(fc.string()), hostileValue),
  sections: fc.oneof(fc.array(fc.record({ id: fc.constantFrom("1", "3", "9"), paragraphs: fc.array(fc.string()), items: fc.constant([]) })), hostileValue),
  body: fc.oneof(
    fc.array(fc.record({ numbering: fc.constantFrom("I.", "1.", "a)"), title: fc.string(), paragraphs: fc.array(fc.string()), outline: fc.constantFrom([], ["3"], ["9.9"]) })),
    hostileValue,
  ),
  footnotes: hostileValue,
  values: fc.oneof(fc.dictionary(fc.constantFrom("hs.tiep_nhan", "hs.da_giai_quyet", "hs.dung_han", "nv.duoc_giao", ...PROTO_KEYS), hostileValue), hostileValue),
  stated: hostileValue,
  flags: hostileValue,
});

/** Why an issue list is malformed, or `undefined` when every issue has the promised shape. */
export function issueShapeError(issues: unknown, locale: "vi" | "en" = "vi", input?: { readonly quotesAnything?: boolean }): string | undefined {
  if (!Array.isArray(issues)) return `not an array: ${typeof issues}`;
  for (const [n, i] of (issues as ValidationIssue[]).entries()) {
    const at = `issue ${n} (${String(i?.code)})`;
    if (i === null || typeof i !== "object") return `${at}: not an object`;
    if (typeof i.code !== "string" || !/^[a-z][a-z0-9_]*$/.test(i.code)) return `${at}: bad code`;
    if (i.severity !== "error" && i.severity !== "warning" && i.severity !== "info") return `${at}: bad severity ${String(i.severity)}`;
    if (!Array.isArray(i.path) || !i.path.every((p) => typeof p === "string" || (typeof p === "number" && Number.isInteger(p)))) {
      return `${at}: bad path`;
    }
    if (typeof i.message !== "string" || i.message.trim() === "") return `${at}: empty message`;
    // Vietnamese messages are written in Vietnamese: at least one letter with a diacritic or đ.
    if (locale === "vi" && !/[à-ỹđĐÀ-Ỹ]/u.test(i.message)) return `${at}: message not Vietnamese: ${i.message}`;
    // A parameter the message needed and did not get (arbitrary input may itself hold these words).
    if (input?.quotesAnything !== true && /\bundefined\b|\[object Object\]/.test(i.message)) return `${at}: unfilled message: ${i.message}`;
    if (i.params === null || typeof i.params !== "object" || Array.isArray(i.params)) return `${at}: bad params`;
    if (typeof i.rule !== "string" || i.rule === "") return `${at}: no rule`;
    // A rule that threw, or the engine that did: a crash caught is still a crash.
    if (i.code === "rule_failed" || i.code === "validation_failed") return `${at}: ${i.message} ${JSON.stringify(i.params)}`;
  }
  return undefined;
}

/** The parsed seed fixtures, for context (previous / children) in fuzz runs. */
export const parsedFixtures: ReadonlyMap<FixtureName, Report> = new Map(
  FIXTURE_NAMES.map((n) => [n, parseReport(JSON.parse(texts.get(n)!))]),
);

const errorText = (e: unknown) => (e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
const polluted = () => Object.prototype.hasOwnProperty.call(Object.prototype, "polluted") || ({} as Record<string, unknown>).polluted !== undefined;

/**
 * Runs `validateReport` and `safeParseReport` on one input and says what went wrong, if anything:
 * a throw, a malformed issue list, a failed parse without problems, a polluted prototype.
 */
export function validationFailure(input: unknown, options: ValidateOptions = {}, quotesAnything = false): string | undefined {
  let issues: ValidationIssue[];
  try {
    issues = validateReport(input, options);
  } catch (e) {
    return `validateReport threw: ${errorText(e)}`;
  }
  const shape = issueShapeError(issues, options.locale ?? "vi", { quotesAnything });
  if (shape !== undefined) return `validateReport: ${shape}`;
  let parsed: ReturnType<typeof safeParseReport>;
  try {
    parsed = safeParseReport(input);
  } catch (e) {
    return `safeParseReport threw: ${errorText(e)}`;
  }
  if (typeof parsed.success !== "boolean" || !Array.isArray(parsed.problems)) return "safeParseReport: malformed result";
  if (!parsed.success && parsed.problems.length === 0) return "safeParseReport: failed without a problem";
  const problems = issueShapeError(parsed.problems.map((p) => ({ ...p, rule: "schema" })), "vi", { quotesAnything });
  if (problems !== undefined) return `safeParseReport: ${problems}`;
  if (polluted()) return "Object.prototype polluted";
  return undefined;
}

/** One fuzz property: its name, how many inputs one run feeds, and its share of the runs. */
export interface FuzzProperty {
  readonly name: string;
  /** Inputs validated per run (a report plus its context counts as two). */
  readonly inputsPerRun: number;
  /** Share of all runs (the shares add up to 1). */
  readonly share: number;
  readonly property: fc.IPropertyWithHooks<never[]> | fc.IProperty<unknown[]>;
}

const fail = (reason: string | undefined) => {
  if (reason !== undefined) throw new Error(reason);
};
const locale = fc.constantFrom("vi" as const, "en" as const);

/**
 * The fuzz properties, with deep values of the given depths: the suite runs them with
 * {@link SUITE_DEPTHS}, the script with {@link SCRIPT_DEPTHS}. `count` is called once per input.
 */
export function fuzzProperties(depths: readonly number[], count: (inputs: number) => void = () => {}): readonly FuzzProperty[] {
  const seed = parsedFixtures.get("004-dong-cuu-2026-05")!;
  const province = parsedFixtures.get("003-nghe-an-2026-02")!;
  const vi = prepareValidator();
  const en = prepareValidator({ locale: "en" });
  return [
    {
      name: "arbitrary JSON values",
      inputsPerRun: 1,
      share: 0.25,
      property: fc.property(fc.jsonValue({ maxDepth: 5 }), (json) => {
        count(1);
        fail(validationFailure(json, {}, true));
        // Almost no random JSON is a report: its issues are then the schema's.
        if (!safeParseReport(json).success && validateReport(json).some((i) => i.rule !== "schema")) {
          throw new Error("rules ran on input the schema rejected");
        }
      }),
    },
    {
      name: "arbitrary JS values and near-reports (prototype keys, null prototypes, Maps, BigInts, boxed values)",
      inputsPerRun: 1,
      share: 0.2,
      property: fc.property(fc.oneof(anyValue, nearReport), locale, (value, loc) => {
        count(1);
        fail(validationFailure(value, { locale: loc }, true));
      }),
    },
    {
      name: "seed fixtures with fields replaced, deleted or added (wrong types, huge numbers, NaN, deep nesting, __proto__, NFD)",
      inputsPerRun: 1,
      share: 0.25,
      // The prose of every paragraph is checked in one run out of four (the hostile-prose
      // property fuzzes the narrative check on its own).
      property: fc.property(mutatedFixture(false, depths), locale, fc.nat(3), (m, loc, n) => {
        count(1);
        fail(validationFailure(buildMutated(m), { locale: loc, narrative: n === 0 }));
      }),
    },
    {
      name: "hostile figures (values, stated, flags, comparisons), also as the previous report and as children",
      inputsPerRun: 2,
      share: 0.1,
      property: fc.property(mutatedFixture(true, depths), mutatedFixture(true, depths), fc.nat(3), (m, o, mode) => {
        count(2);
        const report = buildMutated(m);
        const other = buildMutated(o) as Report;
        const narrative = false;
        if (mode === 0) fail(validationFailure(report, { narrative }));
        else if (mode === 1) fail(validationFailure(report, { narrative, previous: other }));
        else if (mode === 2) fail(validationFailure(province, { narrative, children: [other, report as Report, seed] }));
        else fail(validationFailure(report, { narrative, previous: seed, children: [other], maxIssues: 5 }));
      }),
    },
    {
      name: "valid reports full of hostile prose (markup, controls, lone surrogates, NFD, emoji, bidi, 2.000-character strings)",
      inputsPerRun: 1,
      share: 0.2,
      property: fc.property(hostileReports, fc.boolean(), (report, english) => {
        count(1);
        const issues = (english ? en : vi)(report, { previous: seed });
        fail(issueShapeError(issues, english ? "en" : "vi"));
        // A report the schema accepted is checked by the rules, not rejected.
        if (issues.some((i) => i.rule === "schema")) throw new Error("schema issue on a parsed report");
        if (!safeParseReport(report).success) throw new Error("safeParseReport rejects a parsed report");
      }),
    },
  ];
}
