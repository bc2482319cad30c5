/**
 * Helpers of the build plugins' tests (ascii-output, startup-output): where a piece of code
 * stands, a hand-made source map of a code onto itself, and a count of the patterns made through
 * the global `RegExp`. The map is written here by hand, not with the plugins' own VLQ writer, so
 * that a fault in that writer cannot hide in both the map and its test.
 */
import { expect } from "vitest";

/** 0-based line and column of the first `needle` in `code`. */
export function position(code: string, needle: string): { line: number; column: number } {
  const i = code.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const before = code.slice(0, i);
  return { line: before.split("\n").length - 1, column: i - (before.lastIndexOf("\n") + 1) };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const vlq = (n: number): string => {
  let x = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = "";
  do {
    let d = x & 31;
    x >>>= 5;
    if (x) d |= 32;
    s += B64[d];
  } while (x);
  return s;
};

/**
 * The `mappings` of a minimal map of `code` onto itself (generated = original), with one segment
 * where each `name=` starts, as esbuild's map would have one where each name starts.
 */
export function selfMappings(code: string, names: readonly string[]): string {
  const rows: string[][] = code.split("\n").map(() => []);
  const lastGen = rows.map(() => 0);
  let lastLine = 0;
  let lastCol = 0;
  for (const { line, column } of names.map((n) => position(code, `${n}=`))) {
    rows[line]?.push(vlq(column - (lastGen[line] ?? 0)) + vlq(0) + vlq(line - lastLine) + vlq(column - lastCol));
    lastGen[line] = column;
    lastLine = line;
    lastCol = column;
  }
  return rows.map((r) => r.join(",")).join(";");
}

/**
 * Runs `run` while every `new RegExp(…)` is counted (a literal is not: it does not go through the
 * global), and gives the global back after it. `made()` is the count since the start or the last
 * `reset()`.
 */
export function countingRegExps<T>(run: (counter: { made: () => number; reset: () => void }) => T): T {
  const Native = RegExp;
  let n = 0;
  globalThis.RegExp = new Proxy(Native, { construct: (t, a) => (n++, Reflect.construct(t, a as [string, string])) });
  try {
    return run({ made: () => n, reset: () => { n = 0; } });
  } finally {
    globalThis.RegExp = Native;
  }
}
