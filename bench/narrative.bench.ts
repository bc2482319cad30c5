/**
 * checkNarrative over 75 kB of report prose (the seed reports 002–004 and the narrative corpus,
 * repeated): target ≤ 20 ms median.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkNarrative } from "../src/validation/narrative/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, "../test/fixtures/seeds");
const TARGET_BYTES = 75 * 1024;
const TARGET_MS = 20;

function prose(): string {
  const parts: string[] = [];
  for (const name of readdirSync(SEEDS).sort()) {
    if (/^00[234]_/.test(name)) parts.push(readFileSync(join(SEEDS, name), "utf8"));
  }
  const corpus = JSON.parse(readFileSync(join(here, "../test/validation/narrative/corpus.json"), "utf8")) as { text: string }[];
  parts.push(corpus.map((c) => c.text).join("\n\n"));
  const block = parts.join("\n\n");
  let text = block;
  while (Buffer.byteLength(text, "utf8") < TARGET_BYTES) text += `\n\n${block}`;
  // Cut at a paragraph break once past 75 kB.
  let cut = text.length;
  while (Buffer.byteLength(text.slice(0, cut), "utf8") > TARGET_BYTES + 4096) cut = text.lastIndexOf("\n\n", cut - 1);
  return text.slice(0, cut);
}

export default (async (): Promise<readonly BenchResult[]> => {
  const text = prose();
  const kb = Buffer.byteLength(text, "utf8") / 1024;
  let findings = 0;
  const r = await measure(`checkNarrative, ${kb.toFixed(0)} kB văn bản báo cáo`, () => {
    findings = checkNarrative(text, { includeChecks: true }).length;
  }, { iterations: 50, warmup: 10 });
  return [
    {
      ...r,
      throughput: `${((kb / 1024) / (r.medianMs / 1000)).toFixed(1).replace(".", ",")} MB/giây; ${findings} kết quả`,
      target: `≤ ${TARGET_MS} ms`,
      pass: r.medianMs <= TARGET_MS,
    },
  ];
}) satisfies Bench;
