/**
 * The whole country through the CLI: `de-an-06 country` on a folder of 3.321 commune report files
 * (the synthetic country, one JSON file per commune) → 34 province reports and the national one,
 * each with its details file, in one process. Beside it, measured alternately in the same run,
 * the floor: reading those files and `JSON.parse` on each (synchronously: the fastest way). Target:
 * the command ≤ 3 × the floor (it also checks every report against the schema, rolls up and writes
 * 35 reports; with `--details`, 35 details files too, 24 MB of provenance: a row of its own).
 * The same pair is also timed in CPU time of this process (`process.cpuUsage`, user + system),
 * alternately with the wall-time runs: the ratio is the same definition (command ÷ floor, best of
 * two medians each), but steadier when other processes load the machine, since neither side
 * waits for anything but the disk cache.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/cli.js";
import type { Io } from "../src/cli/io.js";
import { formatViNumber } from "../src/format/index.js";
import { generateCountry } from "../src/sample/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const TARGET = 3;

export default (async (): Promise<readonly BenchResult[]> => {
  const dir = mkdtempSync(join(tmpdir(), "de-an-06-bench-country-"));
  try {
    const folder = join(dir, "xa");
    mkdirSync(folder);
    // Only the count is kept: the generated reports (over 100 MB of heap) would otherwise stay
    // alive through every measurement, and each garbage collection of the command would walk them,
    // which the CLI, started on a folder, never has to.
    const count = writeCountry(folder);
    const quiet: Io = { out: () => {}, err: () => {}, interactive: false, cwd: dir };
    let parsed = 0;
    const floor = () => {
      for (const name of readdirSync(folder)) parsed += (JSON.parse(readFileSync(join(folder, name), "utf8")) as unknown) === null ? 0 : 1;
    };
    let round = 0;
    const command = (extra: readonly string[]) => async () => {
      const code = await runCli(["country", "xa", "--period", "202605", "-o", `out-${round++ % 2}`, ...extra], quiet);
      if (code !== 0) throw new Error(`de-an-06 country thoát với mã ${code}`);
    };
    const options = { iterations: 7, warmup: 1 };
    const n = formatViNumber(count);
    const label = `đọc và JSON.parse ${n} tệp báo cáo xã`;
    const f1 = await measure(label, floor, options);
    const name = `de-an-06 country: ${n} xã → 34 tỉnh → toàn quốc (đọc, kiểm tra lược đồ, tổng hợp, ghi 35 báo cáo)`;
    const c1 = await measure(name, command([]), options);
    const f2 = await measure(label, floor, options);
    const c2 = await measure(name, command([]), options);
    const cpu = { ...options, cpu: true };
    const cpuLabel = `${label} (thời gian CPU)`;
    const cpuName = `${name} (thời gian CPU)`;
    const fc1 = await measure(cpuLabel, floor, cpu);
    const cc1 = await measure(cpuName, command([]), cpu);
    const fc2 = await measure(cpuLabel, floor, cpu);
    const cc2 = await measure(cpuName, command([]), cpu);
    const d = await measure("… và --details (35 tệp chi tiết, 24 MB)", command(["--details"]), { iterations: 3, warmup: 1 });
    const f = f1.medianMs <= f2.medianMs ? f1 : f2;
    const c = c1.medianMs <= c2.medianMs ? c1 : c2;
    if (parsed === 0) throw new Error("không đọc được tệp nào");
    const ratio = c.medianMs / f.medianMs;
    const fc = fc1.medianMs <= fc2.medianMs ? fc1 : fc2;
    const cc = cc1.medianMs <= cc2.medianMs ? cc1 : cc2;
    const cpuRatio = cc.medianMs / fc.medianMs;
    return [
      f,
      { ...c, throughput: `${formatViNumber(ratio, 2)} × đọc + parse`, target: `≤ ${TARGET} × đọc + parse`, pass: ratio <= TARGET },
      fc,
      { ...cc, throughput: `${formatViNumber(cpuRatio, 2)} × đọc + parse (CPU)`, target: `≤ ${TARGET} × đọc + parse (CPU)`, pass: cpuRatio <= TARGET },
      { ...d, throughput: `${formatViNumber(d.medianMs / f.medianMs, 2)} × đọc + parse` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}) satisfies Bench;

/** Writes the synthetic country into `folder`, one file per commune; returns how many. */
function writeCountry(folder: string): number {
  const reports = generateCountry({ seed: 6, period: "202605" });
  for (const r of reports) writeFileSync(join(folder, `${r.unit.code}.json`), `${JSON.stringify(r, null, 2)}\n`);
  return reports.length;
}
