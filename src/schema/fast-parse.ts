import { z } from "zod";
import { normalizeNfc } from "../format/nfc.js";

/**
 * A fast accept path for zod schemas (issue 17): the schema's definition (`schema._zod.def`) is
 * compiled, once per schema, into plain closures (no `eval`) that take raw JSON input — strings
 * not yet in NFC, keys not yet checked — and return exactly what `schema.safeParse(prepared).data`
 * returns for a valid input, where `prepared` is the NFC copy `safeParseReport` makes first: new
 * objects, defaults applied, unknown keys stripped from non-strict objects, keys in zod's order.
 * The NFC copy is folded into the same walk, so each object is built once.
 *
 * Anything the compiler is not sure of gives {@link NOT_SURE}, and the caller runs the normal
 * path (the NFC copy, then zod), which names every problem exactly as before. Correctness never
 * depends on the compiler knowing all of zod:
 * - a node or check it does not know (refine, transform, pipe, lazy, custom checks, string formats
 *   other than a regex or a date…) is handed to zod for that subtree (`sub.safeParse(copy)`);
 * - input the NFC copy would complain about (a prototype key, a function, a cycle, nesting past
 *   {@link MAX_DEPTH}) or would change in a way that matters (a key not in NFC, an object of
 *   another prototype) stops the whole walk (`bail`), whichever branch of a union meets it.
 *
 * The contract kept by every compiled closure: it returns {@link FAIL} only when zod would report
 * an issue for that value (so a union may go on with its next option, as zod does), and it returns
 * a value only after visiting the whole subtree the NFC copy would visit.
 */

/** What the fast path gives when it cannot vouch for the result: run the normal path. */
export const NOT_SURE: unique symbol = Symbol("not sure");

/** The deepest container the NFC copy accepts (the same limit as `safeParseReport`'s). */
export const MAX_DEPTH = 32;

/** Keys the NFC copy refuses (`forbidden_key`). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A character outside the plain-NFC ranges of {@link isPlainNfcText}. */
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1ea0-\u1ef9\u2002-\u206f]/;

/**
 * Whether `text` is already NFC without asking ICU: every character is its own NFC form and none
 * composes with the one before (no combining mark): U+0000–U+02FF (ASCII, Latin-1, Latin
 * Extended-A/B: đ, ơ, ư), U+1EA0–U+1EF9 (the precomposed Vietnamese letters: ế, ộ, ữ…) and
 * U+2002–U+206F (dashes, quotes, ellipsis; not U+2000–2001, which NFC maps to U+2002–2003). Keys
 * and ids are short: a loop over char codes costs less than calling a regular expression; prose
 * is long: the regular expression scans it several times faster than the loop.
 */
export function isPlainNfcText(text: string): boolean {
  const n = text.length;
  if (n > 24) return !MAYBE_NOT_NFC.test(text);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue;
    if (c >= 0x1ea0 ? c <= 0x1ef9 || (c >= 0x2002 && c <= 0x206f) : false) continue;
    return false;
  }
  return true;
}

/** `text` in Unicode NFC, in time linear in its length (long runs of marks are cut up). */
export function nfcText(text: string): string {
  return isPlainNfcText(text) ? text : normalizeNfc(text);
}

/** Result of a compiled closure for a value zod would not accept. */
const FAIL: unique symbol = Symbol("fail");
type Fail = typeof FAIL;

/** Thrown to stop the whole walk: the normal path must decide. */
const BAIL: unique symbol = Symbol("bail");
function bail(): never {
  throw BAIL;
}

/** A compiled schema: the parsed value of `v` (found at depth `d`), or {@link FAIL}. */
type Acceptor = (v: unknown, d: number) => unknown;

/** The parts of a zod v4 schema this compiler reads: its internals, never its declaration. */
interface ZodNode {
  readonly _zod: {
    readonly def: ZodDef;
    readonly traits?: { has(trait: string): boolean };
    readonly optin?: "optional" | "defaulted" | undefined;
    readonly optout?: "optional" | undefined;
    readonly values?: ReadonlySet<unknown> | undefined;
  };
}

interface ZodDef {
  readonly type: string;
  readonly check?: string;
  readonly checks?: readonly ZodNode[];
  readonly [key: string]: unknown;
}

/** A value the NFC copy refuses outright: stop; any other mismatch is zod's plain failure. */
function reject(v: unknown): Fail {
  const t = typeof v;
  if (t === "function" || t === "symbol" || t === "bigint") bail();
  return FAIL;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The NFC copy of `v` at depth `d`, as `safeParseReport`'s `prepare` makes it, for a subtree
 * handed to zod; anything that copy would report as a problem stops the walk.
 */
function copyNfc(v: unknown, d: number): unknown {
  if (typeof v === "string") return nfcText(v);
  if (v === null || typeof v !== "object") {
    reject(v);
    return v;
  }
  if (d >= MAX_DEPTH) bail();
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) bail();
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copyNfc(v[i], d + 1);
    return out;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) bail();
  const out: Record<string, unknown> = {};
  const source = v as Record<string, unknown>;
  for (const key in source) {
    if (FORBIDDEN_KEYS.has(key) || !isPlainNfcText(key)) bail();
    out[key] = copyNfc(source[key], d + 1);
  }
  return out;
}

/** Walks a subtree that zod drops (an unknown key of a stripping object): stop if the copy would complain. */
function scanClean(v: unknown, d: number): void {
  if (v === null || typeof v !== "object") {
    reject(v);
    return;
  }
  if (d >= MAX_DEPTH) bail();
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) bail();
    for (let i = 0; i < v.length; i++) scanClean(v[i], d + 1);
    return;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) bail();
  const source = v as Record<string, unknown>;
  for (const key in source) {
    // A key in another form would be normalised by the copy; none can become a forbidden one.
    if (FORBIDDEN_KEYS.has(key) || FORBIDDEN_KEYS.has(nfcText(key))) bail();
    scanClean(source[key], d + 1);
  }
}

/** Hands a subtree to zod itself: exact for whatever the compiler does not know. */
function delegate(schema: ZodNode): Acceptor {
  const run = (schema as { safeParse?: (v: unknown) => { success: boolean; data?: unknown } }).safeParse;
  const parse =
    typeof run === "function"
      ? (v: unknown) => run.call(schema, v)
      : (v: unknown) => z.safeParse(schema as unknown as z.ZodType, v);
  return (v, d) => {
    const r = parse(copyNfc(v, d));
    return r.success ? r.data : FAIL;
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Code points of a string, as zod counts lengths (a surrogate pair is one). */
function codePointLength(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const enum Kind {
  /** `.normalize("NFC")`: a no-op on text already plain NFC. */
  Nfc,
  /** Any other overwrite (`.trim()`, `.toLowerCase()`…): zod's own function. */
  Tx,
  Min,
  Max,
  Length,
  Pattern,
  Gt,
  Gte,
  Lt,
  Lte,
  Int,
  Range,
}

interface Check {
  readonly kind: Kind;
  readonly n: number;
  readonly m: number;
  readonly re: RegExp | undefined;
  readonly tx: ((value: unknown) => unknown) | undefined;
}

const check = (kind: Kind, n = 0, m = 0, re?: RegExp, tx?: (value: unknown) => unknown): Check => ({ kind, n, m, re, tx });

/** zod's `NUMBER_FORMAT_RANGES`, with whether the format is an integer one. */
const NUMBER_FORMATS: Readonly<Record<string, readonly [number, number, boolean]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, true],
  int32: [-2147483648, 2147483647, true],
  uint32: [0, 4294967295, true],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38, false],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE, false],
};

interface References {
  /** The `when` zod gives length checks by default (run on anything with a length). */
  readonly lengthWhen: unknown;
  /** The source of zod's own `.normalize(form)` function, to recognise it. */
  readonly normalizeSource: string;
}

let references: References | undefined;
/** Read from schemas zod builds itself (once, on first compile), never assumed. */
function refs(): References {
  if (references === undefined) {
    const min = z.string().min(1)._zod.def.checks?.[0] as unknown as ZodNode;
    const normalize = z.string().normalize("NFC")._zod.def.checks?.[0] as unknown as ZodNode;
    references = { lengthWhen: min._zod.def.when, normalizeSource: String(normalize._zod.def.tx) };
  }
  return references;
}

/** Whether `tx` is zod's `.normalize("NFC")`: its very function, with the NFC form. */
function isNfcNormalize(tx: (value: unknown) => unknown): boolean {
  if (String(tx) !== refs().normalizeSource) return false;
  try {
    // Composes (NFC or NFKC), and leaves a compatibility ligature alone (not NFKC).
    return tx("A\u030a") === "\u00c5" && tx("\ufb01") === "\ufb01" && tx("\u1e9b\u0323") === "\u1e9b\u0323";
  } catch {
    return false;
  }
}

/**
 * The checks of a string, number or array schema (its own first when the schema is itself a
 * check, as `z.iso.date()` is), or `undefined` when one is not known (the node goes to zod).
 */
function compileChecks(schema: ZodNode, type: "string" | "number" | "array"): Check[] | undefined {
  const def = schema._zod.def;
  const list: ZodDef[] = [];
  if (schema._zod.traits?.has("$ZodCheck") === true || def.check !== undefined) list.push(def);
  for (const c of def.checks ?? []) list.push(c._zod.def);
  const out: Check[] = [];
  for (const c of list) {
    const when = c["when"];
    const lengthCheck = c.check === "min_length" || c.check === "max_length" || c.check === "length_equals";
    if (when !== undefined && !(lengthCheck && when === refs().lengthWhen)) return undefined;
    switch (c.check) {
      case "overwrite": {
        const tx = c["tx"];
        if (type !== "string" || typeof tx !== "function") return undefined;
        out.push(isNfcNormalize(tx as (value: unknown) => unknown) ? check(Kind.Nfc, 0, 0, undefined, tx as (value: unknown) => unknown) : check(Kind.Tx, 0, 0, undefined, tx as (value: unknown) => unknown));
        break;
      }
      case "min_length":
      case "max_length":
      case "length_equals": {
        if (type === "number") return undefined;
        const n = c.check === "min_length" ? c["minimum"] : c.check === "max_length" ? c["maximum"] : c["length"];
        if (typeof n !== "number") return undefined;
        out.push(check(c.check === "min_length" ? Kind.Min : c.check === "max_length" ? Kind.Max : Kind.Length, n));
        break;
      }
      case "string_format": {
        const pattern = c["pattern"];
        if (type !== "string" || !(c["format"] === "regex" || c["format"] === "date") || !(pattern instanceof RegExp)) return undefined;
        out.push(check(Kind.Pattern, 0, 0, pattern));
        break;
      }
      case "greater_than":
      case "less_than": {
        const value = c["value"];
        if (type !== "number" || typeof value !== "number") return undefined;
        const inclusive = c["inclusive"] === true;
        out.push(check(c.check === "greater_than" ? (inclusive ? Kind.Gte : Kind.Gt) : inclusive ? Kind.Lte : Kind.Lt, value));
        break;
      }
      case "number_format": {
        const range = NUMBER_FORMATS[String(c["format"] ?? "float64")];
        if (type !== "number" || range === undefined) return undefined;
        if (range[2]) out.push(check(Kind.Int));
        out.push(check(Kind.Range, range[0], range[1]));
        break;
      }
      default:
        return undefined;
    }
  }
  return out;
}

/** Length as zod measures it: code points for a string (only when the count is in doubt). */
function lengthOf(v: string | readonly unknown[], atLeast: number, atMost: number): number {
  const units = v.length;
  if (typeof v !== "string" || units < atLeast || units > atMost) return units;
  return codePointLength(v);
}

/** Runs string checks on `s` (`plain`: `s` is known to be NFC already); the result or FAIL. */
function runStringChecks(checks: readonly Check[], s: string, plain: boolean): string | Fail {
  let value = s;
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i]!;
    switch (c.kind) {
      case Kind.Nfc:
        if (!plain) value = c.tx!(value) as string;
        break;
      case Kind.Tx: {
        const next = c.tx!(value);
        if (typeof next !== "string") bail();
        value = next;
        plain = false;
        break;
      }
      case Kind.Min:
        // Fewer units than the floor can never reach it, twice as many always clear it.
        if (lengthOf(value, c.n, c.n * 2 - 1) < c.n) return FAIL;
        break;
      case Kind.Max:
        if (lengthOf(value, c.n + 1, Infinity) > c.n) return FAIL;
        break;
      case Kind.Length:
        if (lengthOf(value, c.n, c.n * 2) !== c.n) return FAIL;
        break;
      case Kind.Pattern:
        c.re!.lastIndex = 0;
        if (!c.re!.test(value)) return FAIL;
        break;
      default:
        bail();
    }
  }
  return value;
}

function numberPasses(checks: readonly Check[], v: number): boolean {
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i]!;
    switch (c.kind) {
      case Kind.Gt:
        if (!(v > c.n)) return false;
        break;
      case Kind.Gte:
        if (!(v >= c.n)) return false;
        break;
      case Kind.Lt:
        if (!(v < c.n)) return false;
        break;
      case Kind.Lte:
        if (!(v <= c.n)) return false;
        break;
      case Kind.Int:
        if (!Number.isSafeInteger(v)) return false;
        break;
      case Kind.Range:
        if (v < c.n || v > c.m) return false;
        break;
      default:
        bail();
    }
  }
  return true;
}

function arrayPasses(checks: readonly Check[], v: readonly unknown[]): boolean {
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i]!;
    const n = v.length;
    if (c.kind === Kind.Min ? n < c.n : c.kind === Kind.Max ? n > c.n : c.kind === Kind.Length ? n !== c.n : true) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Nodes

const compiled = new WeakMap<object, Acceptor>();

/**
 * The acceptor of `schema`, built on first use and kept per schema. A recursive schema (a body
 * node's `children`) meets itself while being built: it then gets a forward reference.
 */
function acceptor(schema: ZodNode): Acceptor {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  let built: Acceptor | undefined;
  compiled.set(schema, (v, d) => built!(v, d));
  try {
    built = build(schema);
  } catch {
    // A definition this compiler misread (another zod version): zod parses that subtree.
    built = delegate(schema);
  }
  compiled.set(schema, built);
  return built;
}

function build(schema: ZodNode): Acceptor {
  const def = schema._zod.def;
  const type = def.type;
  const hasChecks = (def.checks?.length ?? 0) > 0 || def.check !== undefined;
  switch (type) {
    case "string": {
      const checks = def["coerce"] === true ? undefined : compileChecks(schema, "string");
      if (checks === undefined) return delegate(schema);
      if (checks.length === 0) return (v) => (typeof v === "string" ? nfcText(v) : reject(v));
      return (v) => {
        if (typeof v !== "string") return reject(v);
        const plain = isPlainNfcText(v);
        return runStringChecks(checks, plain ? v : normalizeNfc(v), plain);
      };
    }
    case "number": {
      const checks = def["coerce"] === true ? undefined : compileChecks(schema, "number");
      if (checks === undefined) return delegate(schema);
      return (v) => (typeof v === "number" && Number.isFinite(v) ? (numberPasses(checks, v) ? v : FAIL) : reject(v));
    }
    case "boolean":
      if (hasChecks || def["coerce"] === true) return delegate(schema);
      return (v) => (typeof v === "boolean" ? v : reject(v));
    case "literal":
    case "enum": {
      const values = schema._zod.values;
      if (hasChecks || values === undefined) return delegate(schema);
      // The copy normalises strings first; a literal is compared with the copy's string.
      return (v) => {
        const value = typeof v === "string" ? nfcText(v) : v;
        return values.has(value) ? value : reject(v);
      };
    }
    case "optional": {
      const inner = def["innerType"] as ZodNode;
      if (hasChecks || schema._zod.traits?.has("$ZodExactOptional") === true || inner._zod.optin === "defaulted") return delegate(schema);
      const accept = acceptor(inner);
      return (v, d) => (v === undefined ? undefined : accept(v, d));
    }
    case "nullable": {
      if (hasChecks) return delegate(schema);
      const accept = acceptor(def["innerType"] as ZodNode);
      return (v, d) => (v === null ? null : accept(v, d));
    }
    case "default": {
      if (hasChecks) return delegate(schema);
      const accept = acceptor(def["innerType"] as ZodNode);
      // `defaultValue` is read each time, as zod does: a getter that gives a fresh copy.
      return (v, d) => {
        if (v === undefined) return def["defaultValue"];
        const r = accept(v, d);
        return r === undefined ? def["defaultValue"] : r;
      };
    }
    case "array":
      return arrayAcceptor(schema);
    case "object":
      return objectAcceptor(schema);
    case "record":
      return recordAcceptor(schema);
    case "union":
      return unionAcceptor(schema);
    default:
      return delegate(schema);
  }
}

function arrayAcceptor(schema: ZodNode): Acceptor {
  const def = schema._zod.def;
  const checks = compileChecks(schema, "array");
  if (checks === undefined) return delegate(schema);
  const element = acceptor(def["element"] as ZodNode);
  return (v, d) => {
    if (!Array.isArray(v)) return reject(v);
    if (d >= MAX_DEPTH || Object.getPrototypeOf(v) !== Array.prototype) bail();
    const n = v.length;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const r = element(v[i], d + 1);
      if (r === FAIL) return FAIL;
      out[i] = r;
    }
    return checks.length === 0 || arrayPasses(checks, out) ? out : FAIL;
  };
}

/** How an object key behaves when absent or undefined, after zod's `optin` / `optout`. */
const enum KeyMode {
  /** Required: absent is an issue. */
  Required,
  /** `.optional()`: absent gives nothing, present is parsed (and kept, even as undefined). */
  Optional,
  /** `.default()`: always parsed, always kept. */
  Defaulted,
  /** Optional on the way in only: kept when present or when it gives a value. */
  OptionalIn,
}

function objectAcceptor(schema: ZodNode): Acceptor {
  const def = schema._zod.def;
  if ((def.checks?.length ?? 0) > 0) return delegate(schema);
  const shape = def["shape"] as Readonly<Record<string, ZodNode>>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return delegate(schema);
  const keys = Object.keys(shape);
  // Keys the copy would touch or that a plain object already answers (`"toString" in {}`).
  for (const key of keys) if (FORBIDDEN_KEYS.has(key) || !isPlainNfcText(key) || key in Object.prototype) return delegate(schema);
  const catchall = def["catchall"] as ZodNode | undefined;
  const strict = catchall !== undefined && catchall._zod.def.type === "never";
  const extra = catchall === undefined || strict ? undefined : acceptor(catchall);
  const index = new Map<string, number>(keys.map((k, i) => [k, i]));
  const modes: KeyMode[] = [];
  const accepts: Acceptor[] = [];
  for (const key of keys) {
    const field = shape[key]!;
    const optin = field._zod.optin;
    const optout = field._zod.optout === "optional";
    let mode: KeyMode;
    if (optin === undefined) mode = KeyMode.Required;
    else if (optin === "optional") mode = optout ? KeyMode.Optional : KeyMode.OptionalIn;
    else if (!optout) mode = KeyMode.Defaulted;
    else return delegate(schema); // `.default().optional()`: rare, zod decides
    modes.push(mode);
    accepts.push(acceptor(field));
  }
  const n = keys.length;
  return (v, d) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return reject(v);
    if (d >= MAX_DEPTH || Object.getPrototypeOf(v) !== Object.prototype) bail();
    const input = v as Record<string, unknown>;
    // Pass 1: the keys as written (own, enumerable: what the copy keeps).
    let known = 0;
    let others: string[] | undefined;
    for (const key in input) {
      if (index.has(key)) {
        known++;
        continue;
      }
      if (FORBIDDEN_KEYS.has(key) || !isPlainNfcText(key)) bail();
      if (strict) return FAIL; // unrecognized_keys
      if (extra === undefined) scanClean(input[key], d + 1);
      else (others ??= []).push(key);
    }
    // Pass 2: the shape, in its order (the order zod writes the keys in).
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const value = input[key];
      const has = value !== undefined || hasOwn.call(input, key);
      if (has) present++;
      switch (modes[i]) {
        case KeyMode.Required: {
          if (!has) return FAIL;
          const r = accepts[i]!(value, d + 1);
          if (r === FAIL) return FAIL;
          out[key] = r;
          break;
        }
        case KeyMode.Optional: {
          if (!has) break;
          const r = accepts[i]!(value, d + 1);
          if (r === FAIL) return FAIL;
          out[key] = r;
          break;
        }
        case KeyMode.Defaulted: {
          const r = accepts[i]!(value, d + 1);
          if (r === FAIL) return FAIL;
          out[key] = r;
          break;
        }
        default: {
          const r = accepts[i]!(value, d + 1);
          if (r === FAIL) return FAIL;
          if (r !== undefined || has) out[key] = r;
        }
      }
    }
    // An own key the first pass did not see is not enumerable: the copy would not have it.
    if (present !== known) bail();
    if (others !== undefined) {
      for (const key of others) {
        const r = extra!(input[key], d + 1);
        if (r === FAIL) return FAIL;
        out[key] = r;
      }
    }
    return out;
  };
}

function recordAcceptor(schema: ZodNode): Acceptor {
  const def = schema._zod.def;
  const keyType = def["keyType"] as ZodNode;
  // Only string keys checked by a pattern (a catalog id): enumerated keys, loose or partial
  // records and keys of other types are zod's.
  if (
    (def.checks?.length ?? 0) > 0 ||
    def["mode"] === "loose" ||
    def["partial"] === true ||
    keyType._zod.def.type !== "string" ||
    keyType._zod.values !== undefined
  ) {
    return delegate(schema);
  }
  const keyChecks = keyType._zod.def["coerce"] === true ? undefined : compileChecks(keyType, "string");
  if (keyChecks === undefined) return delegate(schema);
  const value = acceptor(def["valueType"] as ZodNode);
  // The same few hundred catalog ids come back in every report: a key that passed once passes
  // again (its checks are pure: patterns and lengths, no overwrite function), so it is looked up.
  const pure = keyChecks.every((c) => c.kind !== Kind.Tx);
  const passed = new Map<string, string>();
  return (v, d) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return reject(v);
    if (d >= MAX_DEPTH || Object.getPrototypeOf(v) !== Object.prototype) bail();
    const input = v as Record<string, unknown>;
    if (pure && Object.getOwnPropertySymbols(input).length === 0) {
      // Keys come out as they went in: one spread copies them all, in the order zod writes them
      // (own enumerable keys, integer-like first), into an object of the input's shape, instead
      // of a new hidden class per key added; only values the schema changes are written back.
      const out: Record<string, unknown> = { ...input };
      for (const key in out) {
        if (!passed.has(key)) {
          if (FORBIDDEN_KEYS.has(key) || !isPlainNfcText(key)) bail();
          if (runStringChecks(keyChecks, key, true) === FAIL) return FAIL;
          if (passed.size < 4096) passed.set(key, key);
        }
        const x = out[key];
        const r = value(x, d + 1);
        if (r === FAIL) return FAIL;
        if (r !== x) out[key] = r;
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key in input) {
      let k = passed.get(key);
      if (k === undefined) {
        if (FORBIDDEN_KEYS.has(key) || !isPlainNfcText(key)) bail();
        const checked = runStringChecks(keyChecks, key, true);
        if (checked === FAIL) return FAIL; // invalid_key (a number would not pass a string key either)
        if (checked === "__proto__" || FORBIDDEN_KEYS.has(checked)) bail();
        k = checked;
        if (pure && passed.size < 4096) passed.set(key, k);
      }
      const r = value(input[key], d + 1);
      if (r === FAIL) return FAIL;
      out[k] = r;
    }
    return out;
  };
}

function unionAcceptor(schema: ZodNode): Acceptor {
  const def = schema._zod.def;
  // Exclusive unions (`z.xor`) and discriminated ones choose differently: zod's.
  if ((def.checks?.length ?? 0) > 0 || def["inclusive"] === false || def["discriminator"] !== undefined) return delegate(schema);
  const options = (def["options"] as readonly ZodNode[]).map((o) => acceptor(o));
  if (options.length === 1) return options[0]!;
  // The first option that accepts wins, as in zod: a FAIL is a certain "no" (see the contract).
  return (v, d) => {
    for (let i = 0; i < options.length; i++) {
      const r = options[i]!(v, d);
      if (r !== FAIL) return r;
    }
    return FAIL;
  };
}

/** Whether something (a polluted prototype) makes `for…in` meet keys a plain object does not own. */
function prototypesPolluted(): boolean {
  const probe = {};
  for (const _ in probe) return true;
  return false;
}

/**
 * The fast accept path: what `schema.safeParse(nfcCopy(input)).data` gives, when `input` is valid
 * and plain JSON data; {@link NOT_SURE} otherwise (then run the normal path). Never throws.
 *
 * @example
 * ```ts
 * const data = fastParse(ReportSchema, JSON.parse(text));
 * if (data === NOT_SURE) { … the NFC copy, then ReportSchema.safeParse … }
 * ```
 */
export function fastParse(schema: object, input: unknown): unknown {
  try {
    if (prototypesPolluted()) return NOT_SURE;
    const r = acceptor(schema as ZodNode)(input, 0);
    return r === FAIL ? NOT_SURE : r;
  } catch {
    // A bail, a hostile getter, a check that threw: the normal path says what it is.
    return NOT_SURE;
  }
}
