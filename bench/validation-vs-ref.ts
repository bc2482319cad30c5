/**
 * validateReport side by side with the validator of an earlier commit, in one process: the
 * synthetic country (3,321 commune reports of `UNITS_2025`, deterministic seed), parsed by each
 * version's own schema, validated by each version in turn, passes interleaved (A, B, A, B…, the
 * order flipped every other round) and timed in CPU time, so the load of the shared machine falls
 * on both alike. Prints each version's median and the ratio.
 *
 *   node --import tsx bench/validation-vs-ref.ts [REF]   # REF defaults to 0d74206, before issue 14's catalog
 *
 * REF's `src/` is taken with `git archive` into a temporary folder (removed afterwards) that
 * borrows this checkout's node_modules. Not part of `npm run bench` (it needs git and a ref).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatViNumber } from "../src/format/index.js";
import { generateCountry } from "../src/sample/index.js";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const ref = process.argv[2] ?? "0d74206";
const PASSES = 12;

type Validate = (report: never) => readonly unknown[];

const dir = mkdtempSync(join(tmpdir(), "de-an-06-ref-"));
try {
  execFileSync("sh", ["-c", `git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(dir)}`], { cwd: here });
  symlinkSync(join(here, "node_modules"), join(dir, "node_modules"));
  const raw = JSON.parse(JSON.stringify(generateCountry({ seed: 6, period: "202605" }))) as unknown[];
  const subjects: { name: string; reports: never[]; validate: Validate; times: number[] }[] = [];
  for (const [name, root] of [
    [ref, dir],
    ["HEAD", here],
  ] as const) {
    const schema = (await import(join(root, "src/schema/index.ts"))) as { parseReport: (x: unknown) => never };
    const validation = (await import(join(root, "src/validation/index.ts"))) as { validateReport: Validate };
    subjects.push({ name, reports: raw.map((r) => schema.parseReport(structuredClone(r))), validate: validation.validateReport, times: [] });
  }
  let issues = 0;
  const pass = (s: (typeof subjects)[number]) => {
    const t0 = process.cpuUsage();
    for (const r of s.reports) issues += s.validate(r).length;
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  for (let k = 0; k < 3; k++) for (const s of subjects) pass(s);
  for (let k = 0; k < PASSES; k++) for (const s of k % 2 === 0 ? subjects : [...subjects].reverse()) s.times.push(pass(s));
  if (issues === 0) throw new Error("Không tìm thấy vấn đề nào: phép đo không chạy các quy tắc?");
  const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [before, now] = subjects.map((s) => median(s.times)) as [number, number];
  for (const s of subjects) {
    const m = median(s.times);
    console.log(`${s.name.padEnd(10)} trung vị ${formatViNumber(m, 1)} ms CPU/lượt (${formatViNumber(Math.round((raw.length * 1000) / m))} báo cáo/giây)`);
  }
  console.log(`Tỷ lệ HEAD / ${ref}: ${formatViNumber(now / before, 3)} (${PASSES} lượt xen kẽ, ${formatViNumber(raw.length)} báo cáo xã)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
