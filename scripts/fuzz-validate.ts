/**
 * Long fuzzing of `validateReport` and `safeParseReport`, outside the test suite (which runs 3.003
 * inputs, 10.010 under CI): the same properties (`test/validation/fuzz-inputs.ts`) with deeper nesting
 * (up to 20.000 levels) and as many runs as asked for.
 *
 *   npm run fuzz                          # 1.000.000 runs (about an hour on 2 cores)
 *   npm run fuzz -- --runs 50000          # fewer
 *   npm run fuzz -- --seed 42             # replay a run (the seed is printed at the start)
 *
 * Exit code 1 at the first failure, with the property, the seed, the path to replay and the
 * shrunk counterexample.
 */
const USAGE = `Cách dùng: npm run fuzz -- [--runs N] [--seed S]

Thử validateReport và safeParseReport trên đầu vào ngẫu nhiên, lồng sâu tới 20.000 tầng.
  --runs N     số lần chạy (mặc định 1.000.000, khoảng một giờ trên 2 nhân)
  --seed S     hạt giống, để chạy lại đúng một lần trước (in ra lúc bắt đầu)
  -h, --help   hướng dẫn này`;

const KNOWN = new Set(["--runs", "--seed", "--help", "-h"]);
const unknown = process.argv.slice(2).filter((a) => a.startsWith("-") && !KNOWN.has(a.split("=")[0] ?? a));
if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
if (unknown.length > 0) {
  console.error(`Tùy chọn không hợp lệ: ${unknown.join(", ")}.\n\n${USAGE}`);
  process.exit(2);
}

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const runs = Number(option("runs") ?? 1_000_000);
const seed = Number(option("seed") ?? Date.now() % 2 ** 31);
if (!Number.isSafeInteger(runs) || runs <= 0 || !Number.isSafeInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}

// Loaded only now: `--help` and a wrong option answer at once, without loading fast-check, the
// fixtures and the whole SDK.
const [{ default: fc }, { formatViNumber }, { fuzzProperties, SCRIPT_DEPTHS }] = await Promise.all([
  import("fast-check"),
  import("../src/format/index.js"),
  import("../test/validation/fuzz-inputs.js"),
]);

let inputs = 0;
const properties = fuzzProperties(SCRIPT_DEPTHS, (n) => (inputs += n));
console.log(`Fuzz validateReport/safeParseReport: ${formatViNumber(runs)} lần chạy, seed ${seed}`);
const started = performance.now();
let failed = false;
for (const p of properties) {
  const numRuns = Math.max(1, Math.round(runs * p.share));
  const t0 = performance.now();
  const before = inputs;
  // In chunks, so that a long run shows progress; each chunk its own derived seed.
  const chunk = 20_000;
  for (let done = 0, k = 0; done < numRuns; done += chunk, k++) {
    const n = Math.min(chunk, numRuns - done);
    const details = fc.check(p.property, { numRuns: n, seed: seed + k });
    if (details.failed) {
      console.error(`\n✗ ${p.name}\n${fc.defaultReportMessage(details) ?? ""}`);
      console.error(`Chạy lại: npm run fuzz -- --seed ${seed} (đoạn ${k} của thuộc tính này, seed ${seed + k}, path ${details.counterexamplePath ?? "?"})`);
      failed = true;
      break;
    }
    process.stdout.write(`\r\x1b[K  ${p.name.slice(0, 60)}… ${formatViNumber(done + n)}/${formatViNumber(numRuns)}`);
  }
  if (failed) break;
  const s = (performance.now() - t0) / 1000;
  process.stdout.write(`\r\x1b[K✓ ${p.name}: ${formatViNumber(inputs - before)} đầu vào, ${formatViNumber(s, 1)} s\n`);
}
const total = (performance.now() - started) / 1000;
console.log(`${failed ? "Dừng ở lỗi đầu tiên sau" : "Xong:"} ${formatViNumber(inputs)} đầu vào trong ${formatViNumber(total, 1)} s.`);
process.exitCode = failed ? 1 : 0;

// A module (for the top-level await above), with nothing to export.
export {};
