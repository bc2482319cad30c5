/**
 * A tiny benchmark harness: runs a function repeatedly after a warm-up and reports the median
 * and 95th percentile in milliseconds. Speed goals are checked here, never in unit tests.
 */
import { performance } from "node:perf_hooks";

export interface BenchResult {
  /** What was measured. */
  readonly name: string;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly iterations: number;
  /** Optional throughput, e.g. "24.000 báo cáo/giây". */
  readonly throughput?: string;
  /** The goal, e.g. "≤ 25 ms" — and whether this run met it. */
  readonly target?: string;
  readonly pass?: boolean;
}

export interface MeasureOptions {
  readonly iterations?: number;
  readonly warmup?: number;
  /**
   * Time each run in CPU time of this process (user + system) instead of wall time: steadier when
   * other processes load the machine, for work that never waits on I/O.
   */
  readonly cpu?: boolean;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs `fn` `warmup` times, then `iterations` times, timing each run. */
export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  options: MeasureOptions = {},
): Promise<Omit<BenchResult, "target" | "pass" | "throughput">> {
  const iterations = options.iterations ?? 30;
  const warmup = options.warmup ?? 5;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const clock = options.cpu === true ? cpuMs : () => performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = clock();
    await fn();
    times.push(clock() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { name, medianMs: at(0.5), p95Ms: at(0.95), iterations };
}

/** A benchmark file's default export: runs its measurements and returns the results. */
export type Bench = () => Promise<readonly BenchResult[]>;
