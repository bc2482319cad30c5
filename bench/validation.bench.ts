/**
 * validateReport throughput on commune reports: the commune seed (004, real prose, five slips)
 * and the synthetic country (3,321 commune reports of `UNITS_2025`, deterministic seed), all
 * parsed by the schema first, as a province's system holds them. Every rule runs, the narrative
 * check of every paragraph included. Target ≥ 20.000 commune reports validated per second.
 *
 * Measured four ways: the one-call `validateReport` (sets the rules up on every call) and a
 * validator prepared once with `prepareValidator` (what a batch should use) on the synthetic
 * country, both held to the target; and the 004 seed with every rule and without the narrative
 * check. The seed carries 21 kB of real prose (a synthetic report has about 250 bytes), whose check by
 * `checkNarrative` (its own bench: `npm run bench -- narrative`) takes nearly all of its time;
 * that row is shown without a target, and the seed's figures and form without the prose are
 * held to it.
 */
import { formatViNumber } from "../src/format/index.js";
import { generateCountry } from "../src/sample/index.js";
import { parseReport, type Report } from "../src/schema/index.js";
import { prepareValidator, validateReport } from "../src/validation/index.js";
import { loadReport } from "../test/fixtures/index.js";
import { type Bench, type BenchResult, measure } from "./lib.js";

const TARGET_PER_SECOND = 20_000;
const PERIOD = "202605";

const perSecond = (reports: number, ms: number) => (reports * 1000) / ms;
const rate = (x: number) => `${formatViNumber(Math.round(x))} báo cáo/giây`;

export default (async (): Promise<readonly BenchResult[]> => {
  // Reports as they arrive from files (JSON text), then parsed by the schema once.
  const country: Report[] = (JSON.parse(JSON.stringify(generateCountry({ seed: 6, period: PERIOD }))) as unknown[]).map((r) =>
    parseReport(r),
  );
  const seed = loadReport("004-dong-cuu-2026-05");
  const seeds: Report[] = Array.from({ length: 500 }, () => seed);

  let issues = 0;
  const oneCall = (reports: readonly Report[]) => () => {
    for (const r of reports) issues += validateReport(r).length;
  };
  const validate = prepareValidator();
  const prepared = (reports: readonly Report[]) => () => {
    for (const r of reports) issues += validate(r).length;
  };
  const noProse = (reports: readonly Report[]) => () => {
    for (const r of reports) issues += validateReport(r, { narrative: false }).length;
  };

  const options = { iterations: 15, warmup: 3 };
  const n = formatViNumber(country.length);
  const a = await measure(`validateReport, ${n} xã giả lập`, oneCall(country), options);
  const b = await measure(`prepareValidator() rồi kiểm tra ${n} xã giả lập`, prepared(country), options);
  const c = await measure(`validateReport, báo cáo xã Đông Cứu (004) × 500`, oneCall(seeds), options);
  const d = await measure(`validateReport, 004 × 500, không kiểm tra lời văn`, noProse(seeds), options);
  if (issues === 0) throw new Error("Không tìm thấy vấn đề nào: phép đo không chạy các quy tắc?");

  const row = (r: typeof a, count: number) => {
    const x = perSecond(count, r.medianMs);
    return { ...r, throughput: rate(x), target: `≥ ${formatViNumber(TARGET_PER_SECOND)}/giây`, pass: x >= TARGET_PER_SECOND };
  };
  const { target: _t, pass: _p, ...seedRow } = row(c, seeds.length);
  return [row(a, country.length), row(b, country.length), seedRow, row(d, seeds.length)];
}) satisfies Bench;
