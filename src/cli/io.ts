/**
 * The CLI's contact with the outside world, kept in one place: an `Io` (where text goes) that
 * tests replace, and the file helpers that turn every failure into a Vietnamese message.
 */
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseReport, type Locale, type Problem, type Report } from "../index.js";
import { CliError, msg } from "./messages.js";

/** Where a command writes; `process` in real use, buffers in tests. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is a terminal: progress lines may then rewrite themselves. */
  readonly interactive: boolean;
  /** Replaces the current progress line on a terminal (no-op elsewhere); `""` clears it. */
  readonly status?: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** The real terminal. */
export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  interactive: process.stderr.isTTY === true,
  status: (text) => {
    if (process.stderr.isTTY === true) process.stderr.write(`\r\x1b[K${text}`);
  },
  cwd: process.cwd(),
};

/**
 * The package root (where package.json is): two levels above this file both as a source file
 * (`src/cli/io.ts`) and once bundled (`dist/cli/main.js`).
 */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A path as shown to the user: relative to the working directory when that is shorter. */
export function shown(io: Io, file: string): string {
  const rel = relative(io.cwd, file);
  return rel !== "" && !rel.startsWith("..") && rel.length < file.length ? rel : file;
}

function fsError(error: unknown, io: Io, file: string): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = shown(io, file);
  if (code === "ENOENT") return new CliError(msg.fileMissing(name));
  if (code === "EISDIR") return new CliError(msg.isDirectory(name));
  if (code === "EACCES" || code === "EPERM") return new CliError(msg.noPermission(name));
  return new CliError(msg.fileUnreadable(name, error instanceof Error ? error.message : String(error)));
}

/**
 * Where JSON.parse failed, as a character offset. V8 names the position in most messages but
 * not in "Unexpected token …", so the offset is then found by bisection: the shortest prefix
 * that fails for a reason other than ending too early ends just after the bad character.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const failure = (k: number): { position?: number; eof: boolean } | undefined => {
    try {
      JSON.parse(text.slice(0, k));
      return undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      const at = /position (\d+)/.exec(message);
      const position = at ? Number(at[1]) : undefined;
      return { ...(position === undefined ? {} : { position }), eof: /end of JSON input/.test(message) || (position ?? -1) >= k };
    }
  };
  const whole = failure(text.length);
  if (!whole) return undefined;
  if (whole.position !== undefined && !whole.eof) return whole.position;
  if (whole.eof) return Math.max(0, text.trimEnd().length);
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const f = failure(mid);
    if (f && !f.eof) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Reads and parses a JSON file; a missing file or bad JSON becomes a {@link CliError}. */
export async function readJson(io: Io, file: string): Promise<unknown> {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw fsError(error, io, path);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const offset = jsonErrorOffset(text);
    throw new CliError(msg.badJson(shown(io, path), offset === undefined ? undefined : lineColumn(text, offset)));
  }
}

/** A report read from a file: parsed, or the schema problems that stop it. */
export type LoadedReport =
  | { readonly file: string; readonly ok: true; readonly report: Report }
  | { readonly file: string; readonly ok: false; readonly problems: readonly Problem[]; readonly fatal?: string };

/**
 * Reads one report file without throwing: a missing file, bad JSON or a schema failure is
 * returned as data so that a batch can go on with the other files.
 */
export async function loadReport(io: Io, file: string, locale: Locale = "vi"): Promise<LoadedReport> {
  const path = resolve(io.cwd, file);
  let json: unknown;
  try {
    json = await readJson(io, path);
  } catch (error) {
    if (error instanceof CliError) return { file: path, ok: false, problems: [], fatal: error.message };
    throw error;
  }
  const parsed = safeParseReport(json, { locale });
  return parsed.success
    ? { file: path, ok: true, report: parsed.data }
    : { file: path, ok: false, problems: parsed.problems };
}

/** Reads one report and throws a {@link CliError} listing the schema problems if it is invalid. */
export async function readReport(io: Io, file: string, locale: Locale = "vi"): Promise<Report> {
  const loaded = await loadReport(io, file, locale);
  if (loaded.ok) return loaded.report;
  throw new CliError(loaded.fatal ?? msg.schemaFailed(shown(io, loaded.file), loaded.problems));
}

/** The `.json` files named, with directories expanded to the `.json` files they hold (sorted). */
export async function expandJsonInputs(io: Io, inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(io.cwd, input);
    // A path that cannot be read is passed on: reading it later gives the precise message.
    const isDir = await stat(path).then((s) => s.isDirectory(), () => false);
    if (!isDir) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith(".json")).sort();
    if (names.length === 0) throw new CliError(msg.emptyDirectory(shown(io, path)));
    files.push(...names.map((n) => join(path, n)));
  }
  return [...new Set(files)];
}

/** Writes a file, creating its directory; failures become a {@link CliError}. */
export async function writeOutput(io: Io, file: string, data: string | Uint8Array): Promise<string> {
  const path = resolve(io.cwd, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw new CliError(
      code === "EACCES" || code === "EPERM"
        ? msg.noWritePermission(shown(io, path))
        : msg.cannotWrite(shown(io, path), error instanceof Error ? error.message : String(error)),
    );
  }
  return path;
}
