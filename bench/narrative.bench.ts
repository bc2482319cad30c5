/**
 * checkNarrative speed (issue 13):
 * - 77 kB of real report prose (the seed reports 002–004, repeated: the corpora are written for
 *   the rules and far denser in the shapes they read than any report, so they are not "real
 *   prose"): ≤ 20 ms median, and ≤ 15× one pass of a simple number-finding regular expression
 *   over the same text, measured side by side in the same run, in the steady state (after the
 *   JIT's warm-up, see `settle`; a cold first call is what the 1 MB rows time);
 * - 10 kB, 100 kB, 1 MB and 10 MB of mixed prose (real prose interleaved with the adversarial
 *   inputs of issue 13: long breakdown lists, "gồm …;" lists, runs of combining marks, bidi
 *   overrides, counts before colons): time per byte within 1,3× of the 100 kB figure;
 * - every adversarial input at 1 MB, alone, through checkNarrative and validateInput: ≤ 1 s each
 *   (the worst is reported). The inputs come from `narrative-adversarial.ts` (the issue's nine and
 *   further shapes: one huge paragraph, many tiny ones, deep parentheses, digits only, markers
 *   alone, thousands of findings, and reports carrying 1 MB in a paragraph, a title, a footnote,
 *   runs, the document title, the unit name, or spread over 20.000 paragraphs). Unit tests never
 *   time anything; this is where speed is checked.
 *
 * A text over SEGMENT_LIMIT (60.000 UTF-16 units) is checked in pieces cut at safe paragraph ends
 * (check-narrative.ts), so no string of 65.536 units or more, which V8 makes in large-object
 * space at ~0,7 ms a copy, is made for it: the 1 MB and 10 MB rows gain from it. The 77 kB row
 * does not: that text is 59.312 units, under the limit, checked whole as before (cutting it costs
 * ~0,04 ms a piece), and its time is the tokenizer's and the rules'.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { adversarialReports, adversarialTexts, bytes, cpuOnce, realBlock } from "./narrative-adversarial.js";
import { formatViNumber } from "../src/format/index.js";
import { checkNarrative } from "../src/validation/narrative/index.js";
import { validateInput } from "../src/validation/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const here = dirname(fileURLToPath(import.meta.url));
const CORPORA = join(here, "../test/validation/narrative/corpora");
const KB = 1024;
const MB = KB * KB;
const TARGET_MS = 20;
const TARGET_REGEX_RATIO = 15;
const TARGET_SCALING = 1.3;
const TARGET_1MB_MS = 1000;


/** Every corpus sentence, once (for the mixed prose: dense in the shapes of issue 13). */
function corpusBlock(): string {
  const parts: string[] = [];
  for (const name of readdirSync(CORPORA).sort()) {
    if (!name.endsWith(".json")) continue;
    const corpus = JSON.parse(readFileSync(join(CORPORA, name), "utf8")) as { cases: { text?: string; paragraphs?: { text: string }[] }[] };
    parts.push(corpus.cases.map((c) => c.text ?? c.paragraphs?.map((p) => p.text).join("\n") ?? "").join("\n"));
  }
  return parts.join("\n\n");
}

/** `block` repeated and cut at a line break once `size` bytes are reached. */
function sized(block: string, size: number): string {
  const reps = Math.max(1, Math.ceil(size / bytes(block)));
  const text = Array.from({ length: reps }, () => block).join("\n\n");
  let cut = Math.min(text.length, size);
  while (cut > 0 && bytes(text.slice(0, cut)) > size) cut = Math.floor(cut * 0.98);
  const nl = text.lastIndexOf("\n", cut);
  return text.slice(0, nl > size / 2 ? nl : cut);
}

/** The adversarial inputs of issue 13 (the first nine shapes of the generator), each `size` bytes long. */
function adversarial(size: number): Record<string, string> {
  return Object.fromEntries(Object.entries(adversarialTexts(size)).slice(0, 9));
}

/** Mixed prose: real prose and corpus sentences with one adversarial input of 2 kB after every 8 kB. */
function mixed(size: number): string {
  const real = sized(`${realBlock()}\n\n${corpusBlock()}`, 8 * KB);
  const bad = Object.values(adversarial(2 * KB));
  const pieces: string[] = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const piece = i % 2 === 0 ? real : (bad[(i >> 1) % bad.length] ?? "");
    pieces.push(piece);
    total += bytes(piece) + 2;
  }
  return sized(pieces.join("\n\n"), size);
}

/**
 * CPU time (user + system, ms) of one call of `fn`, averaged over `reps` calls. On a shared
 * machine (the bench box runs other jobs) wall time charges a run for the time it waited for a
 * core; CPU time does not, so ratios and limits are judged on it, wall time shown beside.
 */
function cpuOf(fn: () => unknown, reps: number): number {
  return (
    cpuOnce(() => {
      for (let r = 0; r < reps; r++) fn();
    }) / reps
  );
}

/**
 * Calls `fn` in batches of 20 until the JIT has done its work: until a batch's process CPU time is
 * within 10% of its wall time (V8 compiles hot functions on background threads, and
 * `process.cpuUsage` charges their time to whatever is being measured: in a fresh process the
 * checker's calls 50–150 took 5–7 ms of CPU in 3,2–3,4 ms of wall time, and the regex pass measured
 * beside them 0,39 ms instead of its 0,21 ms) and its median call is within 5% of the batch before.
 * At least 8 batches, at most 40. Returns the number of calls made. The cold cost of a first call is not
 * hidden by this: the 1 MB rows below time single calls.
 */
function settle(fn: () => unknown): number {
  let previous = Number.NaN;
  let calls = 0;
  for (let batch = 0; batch < 40; batch++) {
    const times: number[] = [];
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < 20; i++) times.push(cpuOnce(fn));
    const c = process.cpuUsage(c0);
    const wall = performance.now() - w0;
    calls += 20;
    const now = median(times);
    if (batch >= 7 && (c.user + c.system) / 1000 <= wall * 1.1 && Math.abs(now - previous) <= previous * 0.05) break;
    previous = now;
  }
  return calls;
}

function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Median CPU times of `a` (one call a sample) and `b` (`repsB` calls a sample, averaged), their
 * samples taken in turn, in alternating order, so both are measured over the same seconds of the
 * run: a load that comes and goes on the shared machine weighs on both sides alike instead of on
 * whichever block of samples it fell in (measured one block after the other, the ratio of the
 * same tree moved between 14× and 24× from run to run).
 */
function cpuSideBySide(a: () => unknown, b: () => unknown, samples: number, repsB: number): [number, number] {
  for (let i = 0; i < 5; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i % 2 === 0) {
      ta.push(cpuOf(a, 1));
      tb.push(cpuOf(b, repsB));
    } else {
      tb.push(cpuOf(b, repsB));
      ta.push(cpuOf(a, 1));
    }
  }
  return [median(ta), median(tb)];
}

export default (async (): Promise<readonly BenchResult[]> => {
  const rows: BenchResult[] = [];

  // 77 kB of real prose, side by side with one pass of a number-finding regular expression.
  const real = sized(realBlock(), 77 * KB);
  const kb = bytes(real) / KB;
  let findings = 0;
  let numbers = 0;
  const regex = await measure(`Một lượt biểu thức chính quy tìm số, ${kb.toFixed(0)} kB`, () => {
    numbers = 0;
    for (const _ of real.matchAll(/\d+(?:[.,]\d+)*/g)) numbers++;
  }, { iterations: 50, warmup: 10 });
  const narrative = await measure(`checkNarrative, ${kb.toFixed(0)} kB văn bản báo cáo`, () => {
    findings = checkNarrative(real, { includeChecks: true }).length;
  }, { iterations: 50, warmup: 10 });
  // Side by side in CPU time, sample by sample: the regex in batches of 20 (one pass is a
  // fraction of a millisecond). Measured once the JIT is done compiling the checker (`settle`):
  // before that, its background threads' CPU lands on both sides and the ratio of the same tree
  // read 17,5× where it reads 14,9× once settled.
  const warmed = settle(() => checkNarrative(real));
  const [narrativeCpu, regexCpu] = cpuSideBySide(
    () => checkNarrative(real),
    () => {
      for (const _ of real.matchAll(/\d+(?:[.,]\d+)*/g)) numbers += 0;
    },
    61,
    20,
  );
  const ratio = narrativeCpu / regexCpu;
  rows.push({ ...regex, throughput: `${numbers} số; CPU ${formatViNumber(regexCpu, 3)} ms` });
  rows.push({
    ...narrative,
    throughput: `${((kb / 1024) / (narrative.medianMs / 1000)).toFixed(1).replace(".", ",")} MB/giây; ${findings} kết quả; CPU ${formatViNumber(narrativeCpu, 2)} ms = ${formatViNumber(ratio, 1)}× biểu thức chính quy (sau ${warmed} lượt khởi động)`,
    target: `≤ ${TARGET_MS} ms CPU, ≤ ${TARGET_REGEX_RATIO}×`,
    pass: narrativeCpu <= TARGET_MS && ratio <= TARGET_REGEX_RATIO,
  });

  // Scaling on mixed prose: time per byte against the 100 kB figure.
  const sizes: [string, number, number][] = [
    ["10 kB", 10 * KB, 30],
    ["100 kB", 100 * KB, 15],
    ["1 MB", MB, 5],
    ["10 MB", 10 * MB, 3],
  ];
  const perByte = new Map<string, number>();
  const measured: [string, number, BenchResult][] = [];
  for (const [label, size, iterations] of sizes) {
    const text = mixed(size);
    const r = await measure(`checkNarrative, ${label} văn bản lẫn đầu vào xấu (CPU)`, () => checkNarrative(text), { iterations, warmup: Math.min(2, iterations), cpu: true });
    perByte.set(label, r.medianMs / bytes(text));
    measured.push([label, bytes(text), r]);
  }
  const base = perByte.get("100 kB") ?? Number.NaN;
  for (const [label, size, r] of measured) {
    const scale = (perByte.get(label) ?? Number.NaN) / base;
    rows.push({
      ...r,
      throughput: `${((size / MB) / (r.medianMs / 1000)).toFixed(1).replace(".", ",")} MB/giây; ${formatViNumber(scale, 2)}× tuyến tính từ 100 kB`,
      target: label === "100 kB" ? "mốc" : `≤ ${formatViNumber(TARGET_SCALING, 1)}× tuyến tính`,
      pass: label === "100 kB" ? true : scale <= TARGET_SCALING,
    });
  }

  // Every adversarial shape at 1 MB through checkNarrative, and every adversarial report (1 MB
  // in one of its fields) through validateInput: the worst of each. Timings live here, not in tests.
  let worstNarrative = 0;
  let worstInput = 0;
  let worstNarrativeName = "";
  let worstInputName = "";
  for (const [name, text] of Object.entries(adversarialTexts(MB))) {
    const n = cpuOnce(() => checkNarrative(text));
    if (n > worstNarrative) [worstNarrative, worstNarrativeName] = [n, name];
  }
  for (const [name, report] of Object.entries(adversarialReports(MB))) {
    const v = cpuOnce(() => validateInput(report));
    if (v > worstInput) [worstInput, worstInputName] = [v, name];
  }
  rows.push({
    name: "checkNarrative, đầu vào xấu 1 MB (chậm nhất, thời gian CPU)",
    medianMs: worstNarrative,
    p95Ms: worstNarrative,
    iterations: 1,
    throughput: worstNarrativeName,
    target: `≤ ${formatViNumber(TARGET_1MB_MS)} ms`,
    pass: worstNarrative <= TARGET_1MB_MS,
  });
  rows.push({
    name: "validateInput, báo cáo có đoạn văn xấu 1 MB (chậm nhất, thời gian CPU)",
    medianMs: worstInput,
    p95Ms: worstInput,
    iterations: 1,
    throughput: worstInputName,
    target: `≤ ${formatViNumber(TARGET_1MB_MS)} ms`,
    pass: worstInput <= TARGET_1MB_MS,
  });
  return rows;
}) satisfies Bench;
