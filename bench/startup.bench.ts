/**
 * Start-up: `import("de-an-06")` (by name, as an application does: under Node that is the bundled
 * dist/node/index.js) in a fresh Node process, beside
 * `import("zod")` alone in a fresh process (zod is the floor: the core cannot load faster than
 * its schema library). Each round starts both, alternating which goes first, so load on the
 * machine hits both alike; the time is measured inside each process around the `import()` (Node's
 * own start, about 130 ms, is the same for both and left out). Target: core ≤ 1,3 × zod. On a
 * loaded machine wall time swings by half; CPU time (user + system) of the same import, shown
 * beside it, is steadier.
 * Also shown: the CLI's `de-an-06 schema` end to end (process start included), beside a bare
 * `node -e ""`.
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatViNumber } from "../src/format/index.js";
import type { Bench, BenchResult } from "./lib.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORE = "de-an-06";
const CLI = join(ROOT, "dist/cli/main.js");
// 25 rounds: at a load of 8–13 on this 2-core machine, 15 rounds gave CPU ratios from 1,11 to 1,39
// for the same build in three runs one after the other.
const ROUNDS = 25;
const TARGET = 1.3;

/** Milliseconds (wall and CPU) spent in `import(specifier)` in a fresh process. */
function importTime(specifier: string): { wall: number; cpu: number } {
  const code = `const c = process.cpuUsage(), t = performance.now(); await import(${JSON.stringify(specifier)});
    const w = performance.now() - t, u = process.cpuUsage(c); console.log(w, (u.user + u.system) / 1000);`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`import(${specifier}) thất bại: ${run.stderr}`);
  const [wall = Number.NaN, cpu = Number.NaN] = run.stdout.trim().split(" ").map(Number);
  return { wall, cpu };
}

/** Milliseconds from spawning `node …args` to its exit. */
function processTime(args: readonly string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} thoát với mã ${String(run.status)}`);
  return performance.now() - t0;
}

const stats = (name: string, times: number[]): Omit<BenchResult, "target" | "pass" | "throughput"> => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { name, medianMs: at(0.5), p95Ms: at(0.95), iterations: sorted.length };
};

export default (async (): Promise<readonly BenchResult[]> => {
  const core = { wall: [] as number[], cpu: [] as number[] };
  const zod = { wall: [] as number[], cpu: [] as number[] };
  const cli: number[] = [];
  const bare: number[] = [];
  importTime(CORE); // warm the file system cache
  importTime("zod");
  for (let i = 0; i < ROUNDS; i++) {
    for (const [list, specifier] of i % 2 === 0 ? ([[core, CORE], [zod, "zod"]] as const) : ([[zod, "zod"], [core, CORE]] as const)) {
      const t = importTime(specifier);
      list.wall.push(t.wall);
      list.cpu.push(t.cpu);
    }
    cli.push(processTime([CLI, "schema"]));
    bare.push(processTime(["-e", ""]));
  }
  const rows: BenchResult[] = [];
  for (const kind of ["wall", "cpu"] as const) {
    const what = kind === "wall" ? "" : ", thời gian CPU";
    const z = stats(`import("zod") trong tiến trình mới${what}`, zod[kind]);
    const c = stats(`import("de-an-06") trong tiến trình mới${what}`, core[kind]);
    const ratio = c.medianMs / z.medianMs;
    rows.push(z, { ...c, throughput: `${formatViNumber(ratio, 2)} × zod`, target: `≤ ${formatViNumber(TARGET, 1)} × zod`, pass: ratio <= TARGET });
  }
  rows.push(stats('node -e "" (khởi động Node)', bare), stats("de-an-06 schema (cả tiến trình)", cli));
  return rows;
}) satisfies Bench;
