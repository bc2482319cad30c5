import { FORBIDDEN_KEYS, MAX_DEPTH as FAST_MAX_DEPTH, isPlainNfcText, nfcText } from "./fast-parse.js";
import type { SchemaProblemCode } from "./messages.js";
import type { Locale, Problem } from "./problem.js";
import { problem } from "./zod-problem.js";

/**
 * The NFC copy `safeParseReport` makes of its input before zod sees it (internal: not exported by
 * the entries). The fast accept path (`fast-parse.ts`) folds the same copy into its walk; this is
 * the path that names every problem.
 */

/**
 * How deep a report's JSON may nest. The deepest field of a valid report is 6 levels down; the
 * limit keeps a hostile file (thousands of nested arrays) from costing seconds or the stack.
 */
const MAX_DEPTH = FAST_MAX_DEPTH;

/** `text` in Unicode NFC, in time linear in its length (long runs of marks are cut up). */
const nfc = nfcText;

/**
 * Whether `v` is plain JSON data that the copy below would reproduce exactly: arrays and objects
 * of the built-in prototypes (what `JSON.parse` and object literals give), every string and key
 * already NFC, no forbidden key, no function, symbol or bigint, no cycle, at most
 * {@link MAX_DEPTH} deep. Such input goes to the schema as it is: zod builds new objects and
 * arrays for its output, so the parsed report still shares nothing with the input. The scan
 * only reads (no allocation besides the stack of open containers), and costs a fifth of a copy.
 * Anything else, even a key to normalise, goes through the copy, which names every problem.
 */
function isPlainNfc(v: unknown, open: object[]): boolean {
  if (typeof v === "string") return isPlainNfcText(v);
  if (v === null || typeof v !== "object") return typeof v !== "function" && typeof v !== "symbol" && typeof v !== "bigint";
  if (open.length >= MAX_DEPTH || open.includes(v)) return false;
  open.push(v);
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (let i = 0; i < v.length; i++) if (!isPlainNfc(v[i], open)) return false;
  } else {
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    const source = v as Record<string, unknown>;
    // `for…in` walks V8's cached key list without allocating one; with Object.prototype as the
    // prototype it meets the own enumerable keys (and, if something polluted Object.prototype,
    // that key too, which only sends the input to the copy).
    for (const key in source) {
      if (!isPlainNfcText(key) || FORBIDDEN_KEYS.has(key) || !isPlainNfc(source[key], open)) return false;
    }
  }
  open.pop();
  return true;
}

/**
 * Copies JSON-like input with every string and key in NFC, collecting forbidden keys
 * (`__proto__`, `constructor`, `prototype`) and non-JSON values as problems instead of dropping them.
 *
 * One new object or array per input object or array, built as plain literals (V8 keeps them in
 * its fast shape, which zod then reads fast); forbidden keys are never assigned, so a plain `{}`
 * is safe. Cycles are found on the stack of open containers (at most {@link MAX_DEPTH} deep).
 */
export function prepare(input: unknown, locale: Locale): { value: unknown; problems: Problem<SchemaProblemCode>[] } {
  const problems: Problem<SchemaProblemCode>[] = [];
  if (isPlainNfc(input, [])) return { value: input, problems };
  // The containers being copied, outermost first; a cycle meets one of them again.
  const open: object[] = [];
  // One path, pushed and popped as the walk goes; copied only when a problem names it.
  const path: (string | number)[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return nfc(v);
    if (v === null || typeof v !== "object") {
      if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") {
        problems.push(problem("not_json", [...path], { type: typeof v }, locale));
      }
      return v;
    }
    if (open.includes(v)) {
      problems.push(problem("not_json", [...path], { type: "cycle" }, locale));
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      problems.push(problem("too_deep", [...path], { max: MAX_DEPTH }, locale));
      return undefined;
    }
    open.push(v);
    let out: unknown[] | Record<string, unknown>;
    if (Array.isArray(v)) {
      const copy = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        copy[i] = walk(v[i]);
        path.pop();
      }
      out = copy;
    } else {
      const copy: Record<string, unknown> = {};
      const source = v as Record<string, unknown>;
      for (const key of Object.keys(source)) {
        const nkey = nfc(key);
        path.push(nkey);
        if (FORBIDDEN_KEYS.has(nkey)) problems.push(problem("forbidden_key", [...path], { key: nkey }, locale));
        else copy[nkey] = walk(source[key]);
        path.pop();
      }
      out = copy;
    }
    open.pop();
    return out;
  };
  return { value: walk(input), problems };
}
