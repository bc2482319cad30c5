/**
 * A tsup plugin that makes the Node bundle (dist/node) pure ASCII, with its source maps kept exact.
 *
 * Why: Node reads an ES module's file and decodes it; text that is all ASCII decodes to a one-byte
 * string, which is faster to decode and to parse than the two-byte string any other character
 * forces (issue 17: about 2 ms of the core's start-up, measured by importing copies of the bundle
 * side by side). esbuild already writes strings and template literals with `\u` escapes
 * (`charset: "ascii"`, its default) but leaves regular expression literals as written, and the
 * core's Vietnamese patterns (`/tháng[ ]+…/u`) keep the whole file two-byte.
 *
 * What: every character outside ASCII left in the output becomes `\uXXXX` (a pair of them above
 * U+FFFF), which means the same character in a regular expression (with or without the `u` flag,
 * inside a class or not), a string or an identifier. The one place it would not is right after a
 * backslash (`\ệ`), which the build refuses. A pattern's `.source` shows the escape; nothing in
 * the SDK reads `.source`. The plugin returns a source map from the escaped text to esbuild's, with
 * a mapping at each of esbuild's positions, which tsup folds into esbuild's map.
 */

/** A tsup plugin that rewrites each output chunk, with a source map of the rewrite (or leaves it: `undefined`). */
export interface ChunkPlugin {
  name: string;
  renderChunk: (code: string, info: { path: string; map?: unknown }) => { code: string; map?: RawMap } | undefined;
}

/** The tsup plugin (tsup's `plugins` option): escapes the chunks that contain non-ASCII text. */
export function asciiOutput(): ChunkPlugin {
  return {
    name: "ascii-output",
    renderChunk(code, info) {
      if (!NON_ASCII.test(code)) return undefined;
      return escapeNonAscii(code, info.map, info.path);
    },
  };
}

/** The fields of a version-3 source map this plugin reads and writes. */
export interface RawMap {
  version: 3;
  sources: string[];
  names: string[];
  mappings: string;
}

const NON_ASCII = /[^\u0000-\u007f]/;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One Base64 VLQ value of a source map. */
function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

/** The first VLQ value of a segment: its generated column, relative to the segment before it. */
function firstVlq(segment: string): number {
  let v = 0;
  let shift = 0;
  for (let i = 0; i < segment.length; i++) {
    const digit = B64.indexOf(segment[i] ?? "");
    v |= (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return v & 1 ? -(v >>> 1) : v >>> 1;
}

const hex = (unit: number) => `\\u${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * `code` with every non-ASCII UTF-16 unit written `\uXXXX`, and (when `map` is esbuild's map of
 * `code`) a map from the escaped text back to `code`: one mapping per mapping of `map`, moved right
 * by the escapes before it on its line. `file` names `code` in that map and in errors.
 */
export function escapeNonAscii(code: string, map: unknown, file: string): { code: string; map?: RawMap } {
  const lines = code.split("\n");
  // Per line, the columns (in `code`) of escaped units: each adds 5 units to the line.
  const escapedAt: number[][] = [];
  const out = lines.map((line, row) => {
    const at: number[] = [];
    let text = "";
    let from = 0;
    for (let col = 0; col < line.length; col++) {
      const unit = line.charCodeAt(col);
      if (unit < 0x80) continue;
      let backslashes = 0;
      while (line[col - 1 - backslashes] === "\\") backslashes++;
      if (backslashes % 2 === 1) {
        throw new Error(`${file}:${row + 1}:${col + 1}: a non-ASCII character after a backslash cannot be written as \\u`);
      }
      text += line.slice(from, col) + hex(unit);
      from = col + 1;
      at.push(col);
    }
    escapedAt.push(at);
    return at.length === 0 ? line : text + line.slice(from);
  });
  const escaped = out.join("\n");
  // Each escaped unit before a column moves it 5 units on (columns come in order within a line).
  const remapped = remapColumns(map, file, (line, col) => {
    const at = escapedAt[line] ?? [];
    // How many escaped units come before `col` (binary search: a line may hold thousands).
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] ?? 0) < col) lo = mid + 1;
      else hi = mid;
    }
    return col + 5 * lo;
  });
  return remapped === undefined ? { code: escaped } : { code: escaped, map: remapped };
}

/**
 * A map from text rewritten within its lines back to the text esbuild mapped (`map`, esbuild's
 * map of it, or undefined when it has none): every mapped column of esbuild's map, at `line`
 * and `col`, moves to `column(line, col)` in the rewritten text, and maps to `col`. Two mappings
 * that land on one column keep the first (two places inside one rewritten expression). Shared by
 * this plugin and startup-output.ts.
 */
export function remapColumns(map: unknown, file: string, column: (line: number, col: number) => number): RawMap | undefined {
  const mappings = typeof map === "string" ? (JSON.parse(map) as { mappings?: unknown }).mappings : (map as { mappings?: unknown } | null | undefined)?.mappings;
  if (typeof mappings !== "string") return undefined;
  const rows: string[] = [];
  let lastLine = 0;
  let lastCol = 0;
  mappings.split(";").forEach((row, line) => {
    let col = 0;
    let lastNewCol = 0;
    const segments: string[] = [];
    for (const segment of row.split(",")) {
      if (segment === "") continue;
      col += firstVlq(segment);
      const newCol = column(line, col);
      if (segments.length > 0 && newCol === lastNewCol) continue;
      segments.push(vlq(newCol - lastNewCol) + vlq(0) + vlq(line - lastLine) + vlq(col - lastCol));
      lastNewCol = newCol;
      lastLine = line;
      lastCol = col;
    }
    rows.push(segments.join(","));
  });
  return { version: 3, sources: [file], names: [], mappings: rows.join(";") };
}
