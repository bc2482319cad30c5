/**
 * The CLI's contact with the outside world, kept in one place: an `Io` (where text goes) that
 * tests replace, and the file helpers that turn every failure into a Vietnamese message.
 */
import { constants, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseReport, type Locale, type Problem, type Report } from "../index.js";
import { CliError, EXIT, cliLocale, msg } from "./messages.js";

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

/**
 * The largest input file read (32 MiB): a report is about 30 kB, a whole province's list of units
 * under 1 MB. Anything bigger is refused with a message instead of filling memory.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/**
 * How input files are opened: read-only and non-blocking, so that a FIFO put in place of a file
 * after it was looked at (or named *.json inside a folder) cannot make the read wait for a writer.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file as UTF-8 text (without a byte-order mark). Anything else is refused before
 * a byte is read: a FIFO, a device such as `/dev/zero`, a directory, or a file over
 * {@link MAX_INPUT_BYTES}. One `stat`, then one native call that opens (non-blocking), reads,
 * decodes and closes: the same call as the `readFileSync(path, "utf8")` floor of the country bench,
 * where an open, an fstat, a read and a close each cost a trip into Node (issue 17). (A device
 * swapped in between the stat and the read, one system call later, is not caught.) Synchronous:
 * for thousands of small files this is faster than Node's thread pool, and the CLI has nothing
 * else to do meanwhile.
 */
export function readInputText(io: Io, file: string): string {
  const path = resolve(io.cwd, file);
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    throw fsError(error, io, path);
  }
  if (info.isDirectory()) throw new CliError(msg.isDirectory(shown(io, path)));
  if (!info.isFile()) throw new CliError(msg.notRegularFile(shown(io, path)));
  if (info.size > MAX_INPUT_BYTES) throw new CliError(msg.tooLarge(shown(io, path), info.size, MAX_INPUT_BYTES));
  let text: string;
  try {
    // `flag` takes the numeric flags as `open` does (Node converts both the same way); its type
    // names only the string form, which has no way to say "non-blocking".
    text = readFileSync(path, { encoding: "utf8", flag: READ_FLAGS as unknown as string });
  } catch (error) {
    throw fsError(error, io, path);
  }
  // A file that grew past the limit after the stat is refused after the read.
  const bytes = text.length > MAX_INPUT_BYTES / 3 ? Buffer.byteLength(text, "utf8") : text.length;
  if (bytes > MAX_INPUT_BYTES) throw new CliError(msg.tooLarge(shown(io, path), bytes, MAX_INPUT_BYTES));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text read from `path`; bad JSON becomes a {@link CliError} with line and column. */
function parseJsonText(io: Io, path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const offset = jsonErrorOffset(text);
    throw new CliError(msg.badJson(shown(io, path), offset === undefined ? undefined : lineColumn(text, offset)));
  }
}

/** Reads and parses a JSON file; a missing or unusable file or bad JSON becomes a {@link CliError}. */
export async function readJson(io: Io, file: string): Promise<unknown> {
  return readJsonSync(io, file);
}

/** {@link readJson} without the promise: for loops over thousands of files, no microtask per file. */
export function readJsonSync(io: Io, file: string): unknown {
  const path = resolve(io.cwd, file);
  return parseJsonText(io, path, readInputText(io, path));
}

/** A report read from a file: parsed, or the schema problems that stop it. */
export type LoadedReport =
  | { readonly file: string; readonly ok: true; readonly report: Report }
  | { readonly file: string; readonly ok: false; readonly problems: readonly Problem[]; readonly fatal?: string };

/**
 * Reads one report file without throwing: a missing file, bad JSON or a schema failure is
 * returned as data so that a batch can go on with the other files.
 */
export async function loadReport(io: Io, file: string, locale: Locale = cliLocale()): Promise<LoadedReport> {
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
export async function readReport(io: Io, file: string, locale: Locale = cliLocale()): Promise<Report> {
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

/** A file a command writes: where, and what. */
export interface Output {
  readonly file: string;
  readonly data: string | Uint8Array;
}

/** A file's identity (device and inode, symbolic links followed), or undefined when it does not exist. */
function identity(path: string): string | undefined {
  const info = statSync(path, { throwIfNoEntry: false });
  return info === undefined ? undefined : `${info.dev}:${info.ino}`;
}

/**
 * Refuses, before any work is done, outputs that would overwrite each other or one of the inputs
 * (`rollup -o a.json --details a.json`, `render in.json -o in.json`): a usage error (exit 2).
 * Only an output that exists can be an input, so the inputs are looked at only then (by inode,
 * which catches links and `a/../a` spellings).
 */
export function checkOutputs(io: Io, outputs: readonly string[], inputs: readonly string[]): void {
  const seen = new Map<string, string>();
  const existing = new Map<string, string>();
  for (const out of outputs) {
    const path = resolve(io.cwd, out);
    const id = identity(path);
    const other = seen.get(path) ?? (id === undefined ? undefined : existing.get(id));
    if (other !== undefined) throw new CliError(msg.outputsCollide(other, out), EXIT.usage);
    seen.set(path, out);
    if (id !== undefined) existing.set(id, out);
  }
  if (existing.size === 0) return;
  // An existing output that is a plain file with one link (not a symbolic link, no hard link
  // elsewhere) can be an input only through that same name, perhaps reached through a linked
  // folder: only the inputs of that name need a look. Otherwise every input is looked at. A
  // whole-country run re-written in place so stats a handful of its 3.321 inputs, not all.
  let names: Set<string> | undefined = new Set<string>();
  for (const out of existing.values()) {
    const info = lstatSync(resolve(io.cwd, out), { throwIfNoEntry: false });
    if (info === undefined || !info.isFile() || info.nlink !== 1) {
      names = undefined;
      break;
    }
    names.add(basename(out));
  }
  for (const input of inputs) {
    if (names !== undefined && !names.has(basename(input))) continue;
    const id = identity(resolve(io.cwd, input));
    const out = id === undefined ? undefined : existing.get(id);
    if (out !== undefined) throw new CliError(msg.outputIsInput(shown(io, resolve(io.cwd, out))), EXIT.usage);
  }
}

/**
 * Writes every output or none: each goes to a temporary file beside its target, and only when all
 * are written are they renamed into place (a rename is atomic on one file system), so a failure
 * leaves the old files as they were and no half-written file. Returns the absolute paths.
 */
export async function writeOutputs(io: Io, outputs: readonly Output[], inputs: readonly string[] = []): Promise<string[]> {
  checkOutputs(io, outputs.map((o) => o.file), inputs);
  const staged: { temp: string; path: string }[] = [];
  let current = "";
  try {
    for (const o of outputs) {
      const path = resolve(io.cwd, o.file);
      current = path;
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${staged.length}.tmp`);
      staged.push({ temp, path });
      writeFileSync(temp, o.data, { flag: "wx" });
    }
    for (const { temp, path } of staged) {
      current = path;
      renameSync(temp, path);
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw new CliError(
      code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? msg.noWritePermission(shown(io, current))
        : msg.cannotWrite(shown(io, current), error instanceof Error ? error.message : String(error)),
    );
  }
  return staged.map((s) => s.path);
}

/** Writes one file atomically (see {@link writeOutputs}); failures become a {@link CliError}. */
export async function writeOutput(io: Io, file: string, data: string | Uint8Array, inputs: readonly string[] = []): Promise<string> {
  const [path] = await writeOutputs(io, [{ file, data }], inputs);
  return path!;
}
