/** Runs the CLI in-process with captured output and a temporary working directory. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli.js";
import type { Io } from "../../src/cli/io.js";
import { ROOT } from "../package/built.js";

export { ROOT };
export const FIXTURES = join(ROOT, "test/fixtures");
export const COMMUNE = join(FIXTURES, "004-dong-cuu-2026-05.json");
export const PROVINCE = join(FIXTURES, "003-nghe-an-2026-02.json");

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** A fresh temporary directory; removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "de-an-06-cli-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `de-an-06 ...argv` in `cwd` and returns the exit code and what it printed. */
export async function run(argv: readonly string[], cwd: string = ROOT): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false, cwd };
  const code = await runCli(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
