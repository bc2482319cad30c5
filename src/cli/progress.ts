/**
 * Progress for long steps: each step prints "✓ <what> (1,2 giây)" when done; while it runs, a
 * terminal shows a live counter ("Tổng hợp 12/34 tỉnh…") that is cleared afterwards.
 */
import { performance } from "node:perf_hooks";
import type { Io } from "./io.js";
import { msg, num } from "./messages.js";

export interface Step {
  /** Updates the live line: "label: done/total". */
  readonly tick: (done: number, total: number) => void;
}

/** Runs one step of a longer job, printing its outcome and duration on stdout. */
export async function step<T>(io: Io, label: string, work: (s: Step) => T | Promise<T>, done?: (value: T) => string): Promise<T> {
  const t0 = performance.now();
  io.status?.(`… ${label}`);
  let last = 0;
  const tick = (n: number, total: number) => {
    const now = performance.now();
    if (now - last < 50 && n < total) return;
    last = now;
    io.status?.(`… ${label}: ${num(n)}/${num(total)}`);
  };
  const value = await work({ tick });
  io.status?.("");
  const seconds = (performance.now() - t0) / 1000;
  io.out(`✓ ${done ? done(value) : label} (${num(seconds, seconds < 10 ? 2 : 1)} ${msg.seconds})`);
  return value;
}
