/**
 * Runs every `bench/*.bench.ts` (each default-exports a {@link Bench}) one after the other and
 * prints one table: median and 95th percentile in ms, throughput, target and whether it was met.
 *
 *   npm run bench                 # all benchmarks (builds first)
 *   npm run bench -- rollup       # only files whose name contains "rollup"
 *   npm run bench -- --json       # machine-readable results
 *
 * Exit code 1 when a benchmark throws or a result misses its target, so a slow change is visible.
 * Every file runs in its own Node process, so the order of the files does not change the figures.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatViNumber } from "../src/format/index.js";
import type { Bench, BenchResult } from "./lib.js";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes("--json");
const filters = args.filter((a) => !a.startsWith("--"));

const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((q) => f.includes(q)))
  .sort();

interface Row extends BenchResult {
  readonly file: string;
}

const ms = (x: number) => (Number.isFinite(x) ? formatViNumber(x, x < 10 ? 3 : 1) : "–");

function table(rows: readonly Row[]): string {
  const head = ["Tệp", "Phép đo", "Trung vị (ms)", "p95 (ms)", "Lần", "Thông lượng", "Mục tiêu", "Đạt"];
  const body = rows.map((r) => [
    r.file,
    r.name,
    ms(r.medianMs),
    ms(r.p95Ms),
    String(r.iterations),
    r.throughput ?? "",
    r.target ?? "",
    r.pass === undefined ? "" : r.pass ? "✓" : "✗",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

const rows: Row[] = [];
let failed = 0;
if (files.length === 0) {
  console.error(`Không có tệp bench/*.bench.ts nào${filters.length ? ` khớp “${filters.join(", ")}”` : ""}.`);
  process.exitCode = 1;
}
// Each file runs in a fresh Node process (this script with `--child`), so one benchmark's heap
// and JIT state do not slow the next; the child prints its rows as JSON on stdout.
const child = args.includes("--child");
async function runHere(file: string): Promise<readonly BenchResult[]> {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: Bench };
  if (typeof mod.default !== "function") throw new Error("thiếu `export default` kiểu Bench");
  return mod.default();
}
function runApart(file: string): readonly BenchResult[] {
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--child", file], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 2 ** 20,
  });
  if (run.status !== 0) throw new Error(`tiến trình con thoát với mã ${String(run.status ?? run.signal)}`);
  return JSON.parse(run.stdout) as BenchResult[];
}
if (child) {
  const file = files.find((f) => filters.includes(f));
  if (file === undefined) throw new Error(`--child cần tên một tệp bench: ${filters.join(", ")}`);
  console.log(JSON.stringify(await runHere(file)));
  process.exit(0);
}
for (const file of files) {
  if (!json) process.stderr.write(`… ${file}\n`);
  try {
    for (const r of runApart(file)) {
      rows.push({ file: basename(file, ".bench.ts"), ...r });
      if (r.pass === false) failed++;
    }
  } catch (error) {
    failed++;
    console.error(`✗ ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

const cpu = cpus()[0]?.model ?? "?";
const machine = `Node ${process.version}, ${cpus().length} × ${cpu}, ${formatViNumber(totalmem() / 2 ** 30, 1)} GiB RAM, ${process.platform}/${process.arch}`;
if (json) {
  console.log(JSON.stringify({ machine, results: rows }, null, 2));
} else {
  console.log(`\n${table(rows)}\n\nMáy: ${machine}`);
  if (failed > 0) console.log(`${failed} phép đo không đạt mục tiêu hoặc bị lỗi.`);
}
if (failed > 0) process.exitCode = 1;
