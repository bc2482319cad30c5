/**
 * `validateInput` on raw JSON (what arrives from a file or a request: NFC copy, schema, rules)
 * beside zod's `ReportSchema.safeParse` alone on the same raw input, measured alternately in one
 * run: the synthetic country (3.321 commune reports) and the commune seed 004 × 200 with
 * `narrative: false` (its 17 kB of real prose would otherwise be checked; that check has its own
 * bench). Target: validateInput ≤ 2 × safeParse, in CPU time. The floor is above 1 ×: the NFC copy of the
 * text and the rules come on top of the schema.
 */
import { formatViNumber } from "../src/format/index.js";
import { generateCountry } from "../src/sample/index.js";
import { ReportSchema } from "../src/schema/index.js";
import { validateInput } from "../src/validation/index.js";
import { loadFixture } from "../test/fixtures/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const TARGET = 2;

export default (async (): Promise<readonly BenchResult[]> => {
  const country = JSON.parse(JSON.stringify(generateCountry({ seed: 6, period: "202605" }))) as unknown[];
  const seeds = Array.from({ length: 200 }, () => loadFixture("004-dong-cuu-2026-05"));
  let failures = 0;
  const zod = (inputs: readonly unknown[]) => () => {
    for (const x of inputs) if (!ReportSchema.safeParse(x).success) failures++;
  };
  const ours = (inputs: readonly unknown[]) => () => {
    for (const x of inputs) if (!validateInput(x, { narrative: false }).report) failures++;
  };
  // CPU time: nothing here waits on I/O, and wall time on a shared machine swings by half.
  const options = { iterations: 15, warmup: 3, cpu: true };
  const rows: BenchResult[] = [];
  for (const [label, inputs] of [
    [`${formatViNumber(country.length)} xã giả lập`, country],
    ["báo cáo xã Đông Cứu (004) × 200, không kiểm tra lời văn", seeds],
  ] as const) {
    // Alternate the two, twice, and keep each one's better median: both see the same machine load.
    const z1 = await measure(`ReportSchema.safeParse, ${label}`, zod(inputs), options);
    const o1 = await measure(`validateInput, ${label}`, ours(inputs), options);
    const z2 = await measure(`ReportSchema.safeParse, ${label}`, zod(inputs), options);
    const o2 = await measure(`validateInput, ${label}`, ours(inputs), options);
    const z = z1.medianMs <= z2.medianMs ? z1 : z2;
    const o = o1.medianMs <= o2.medianMs ? o1 : o2;
    const ratio = o.medianMs / z.medianMs;
    rows.push(z, { ...o, throughput: `${formatViNumber(ratio, 2)} × safeParse`, target: `≤ ${TARGET} × safeParse`, pass: ratio <= TARGET });
  }
  if (failures > 0) throw new Error(`${formatViNumber(failures)} báo cáo không qua lược đồ: phép đo sai đầu vào`);
  return rows;
}) satisfies Bench;
