/**
 * Hostile and degenerate inputs for the narrative checker (issue 13): every shape a text can take
 * to make a scanner slow — the long lists of the issue, runs of combining marks, bidi controls,
 * one huge paragraph, many tiny ones, deep parentheses, digits only, markers with nothing after
 * them, thousands of findings — each generated at any size, and reports carrying them in their
 * string fields. `narrative.bench.ts` times every one at 1 MB; run this file alone to see each
 * shape's time:
 *
 *   node --import tsx bench/narrative-adversarial.ts          # 1 MB: first call and warm, in ms
 *   node --import tsx bench/narrative-adversarial.ts 4        # 4 MB
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, "../test/fixtures/seeds");

/** UTF-8 size of a text. */
export const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/** The real prose: seeds 002–004, once. */
export function realBlock(): string {
  const parts: string[] = [];
  for (const name of readdirSync(SEEDS).sort()) if (/^00[234]_/.test(name)) parts.push(readFileSync(join(SEEDS, name), "utf8"));
  return parts.join("\n\n");
}

/** `unit` repeated to about `size` bytes. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / bytes(unit))));
}

/** Values 1…n written one after another, each in `shape` ("{n}" replaced), to about `size` bytes. */
function counting(shape: (n: number) => string, size: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let n = 1; total < size; n++) {
    const p = shape(n);
    parts.push(p);
    total += bytes(p);
  }
  return parts.join("");
}

/**
 * Every adversarial text, each about `size` bytes. The first nine are the inputs named in issue 13
 * (also interleaved in the mixed prose of the bench); the rest are further shapes.
 */
export function adversarialTexts(size: number): Record<string, string> {
  const half = Math.floor(size / 2);
  const real = realBlock();
  return {
    "trong đó, danh sách dài": `tiếp nhận 1000 hồ sơ, trong đó ${fill("1 hồ sơ, ", size)}`,
    "gồm …; danh sách dài": `tiếp nhận 1000 hồ sơ, gồm ${fill("1 hồ sơ; ", size)}`,
    "ngoặc tách tổng": `Tổng số 12 xã (${fill("1 xã và ", size)})`,
    "dấu kết hợp liền nhau": `a${"\u0301".repeat(half)}`,
    "văn bản NFD": fill("Đe\u0302\u0300 a\u0301n 06 tie\u0302\u0301p nha\u0323\u0302n 976 ho\u0302\u0300 so\u031b; ", size),
    "ký tự điều khiển hai chiều": fill("đạt tỷ lệ \u202E%8,99\u202C; ", size),
    "số đếm trước dấu hai chấm": fill("04 văn bản: ", size),
    "tăng/giảm liên tiếp": fill("tăng 5 hồ sơ so với (3 hồ sơ) ", size),
    "ngoặc không đóng": fill("12 hồ sơ (", size),
    // Further shapes.
    "một đoạn văn khổng lồ (văn bản thật, không xuống dòng)": fill(real.replace(/\s*\n\s*/g, " ") + " ", size),
    "rất nhiều đoạn ngắn": fill("Tiếp nhận 976 hồ sơ, đúng hạn 956/959 đạt 99,7%.\n", size),
    "rất nhiều danh sách ngắn": fill("Tiếp nhận 10 hồ sơ, trong đó 5 hồ sơ, 5 hồ sơ. ", size),
    "ngoặc lồng nhau sâu": `${"(".repeat(half / 2)}12 hồ sơ (5 hồ sơ và 7 hồ sơ)${")".repeat(half / 2)}`,
    "ngoặc lồng trong danh sách": `tiếp nhận 12 hồ sơ (trong đó ${fill("(1 hồ sơ ", size)}`,
    "toàn chữ số": "1234567890".repeat(Math.floor(size / 10)),
    "một số khổng lồ có dấu chấm": fill("123.", size) + "4",
    "chuỗi phân số": fill("1/2/", size),
    "chuỗi gạch nối": fill("1-2-", size),
    "chuỗi dấu phẩy": fill("1,", size),
    "phần trăm liên tiếp": fill("1% ", size),
    "phân số sai liên tiếp (rất nhiều kết quả)": fill("trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%; ", size),
    "ngày không có thật liên tiếp": fill("ngày 31 tháng 02 năm 2026, ", size),
    "từ chỉ dấu không có số": fill("trong đó bao gồm riêng bình quân trung bình tăng giảm số xã đã ", size),
    "số xã đã … liên tiếp": fill("số xã đã 5 xã ", size),
    "đại lượng ghi lại nhiều lần": counting((n) => `Còn ${n} nhiệm vụ chậm tiến độ kéo dài. `, size),
    "danh sách đánh số dài": `ban hành 1000 văn bản: ${fill("(1) văn bản; ", size)}`,
    "bình quân liên tiếp": fill("12 lớp với 1.830 học viên, bình quân 172 học viên/lớp, ", size),
    "số và đơn vị không dấu câu": counting((n) => `${n} hồ sơ `, size),
    "chữ không dấu câu": fill("hồ sơ ", size),
    "địa chỉ web liên tiếp": fill("http://a.vn/1 www.b.vn ", size),
    "ký tự ẩn giữa mọi chữ": fill("1\u200b2\u00ad", size),
    "đảo chiều không đóng, không xuống dòng": `\u202E${fill("99,8% hồ sơ ", size)}`,
    "đảo chiều liên tiếp": fill("\u202E", size),
    "xuống dòng liên tiếp": "\n".repeat(size),
    "dấu chấm liên tiếp": fill(". A", size),
    "khoảng trắng dài rồi số": `${" ".repeat(size)}12 hồ sơ`,
  };
}

/** A report shaped like the commune seed (004), for the validateInput rows. */
export function seedReport(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(here, "../test/fixtures/004-dong-cuu-2026-05.json"), "utf8")) as Record<string, unknown>;
}

interface BodyNodeJson {
  title?: string;
  paragraphs: unknown[];
  children: BodyNodeJson[];
  [k: string]: unknown;
}

/**
 * Reports that carry hostile text in their string fields: a 1 MB paragraph, title, footnote, run,
 * document title; 1 MB spread over many paragraphs; a deep heading tree.
 */
export function adversarialReports(size: number): Record<string, unknown> {
  const bad = adversarialTexts(size);
  const withBody = (edit: (body: BodyNodeJson[], report: Record<string, unknown>) => void): Record<string, unknown> => {
    const r = seedReport();
    edit(r.body as BodyNodeJson[], r);
    return r;
  };
  const out: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(bad)) {
    out[`đoạn văn: ${name}`] = withBody((body) => {
      body[0]!.paragraphs = [text];
    });
  }
  const list = bad["trong đó, danh sách dài"]!;
  const marks = bad["dấu kết hợp liền nhau"]!;
  const bidi = bad["ký tự điều khiển hai chiều"]!;
  out["tiêu đề mục 1 MB (dấu kết hợp)"] = withBody((body) => {
    body[0]!.title = marks;
  });
  out["chú thích 1 MB (danh sách)"] = withBody((_, r) => {
    r.footnotes = [{ id: "1", paragraphs: [list] }];
  });
  out["đoạn văn bằng các run 1 MB (đảo chiều)"] = withBody((body) => {
    body[0]!.paragraphs = [{ runs: [{ text: bidi.slice(0, bidi.length / 2) }, { text: bidi.slice(bidi.length / 2), bold: true }] }];
  });
  out["tiêu đề văn bản 1 MB (dấu kết hợp)"] = withBody((_, r) => {
    (r.document as Record<string, unknown>).title = marks;
  });
  out["tên đơn vị 1 MB (dấu kết hợp)"] = withBody((_, r) => {
    (r.unit as Record<string, unknown>).name = marks;
  });
  out["1 MB chia thành 20.000 đoạn"] = withBody((body) => {
    const p = "Tiếp nhận 976 hồ sơ, trong đó 956 hồ sơ đúng hạn, đạt 99,7%; còn 32 nhiệm vụ chậm tiến độ kéo dài.";
    body[0]!.paragraphs = Array.from({ length: Math.floor(size / bytes(p)) }, (_, i) => p.replace("32", String(i % 50)));
  });
  out["cây mục sâu 1.000 tầng"] = withBody((body) => {
    let node: BodyNodeJson = { title: "Mục", paragraphs: [fill("Tiếp nhận 976 hồ sơ. ", 1000)], children: [] };
    for (let d = 0; d < 1000; d++) node = { title: `Mục ${d}`, paragraphs: [fill("Tiếp nhận 976 hồ sơ. ", size / 1000)], children: [node] };
    body.push(node);
  });
  return out;
}

/** CPU time (ms) of one call. */
export function cpuOnce(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

// Run alone: every shape's CPU time through checkNarrative and validateInput, slowest first: the
// first call on it (what the bench measures: the JIT is still compiling the paths this shape takes,
// and process CPU counts its background threads) and the best of two more (warm).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { checkNarrative } = await import("../src/validation/narrative/index.js");
  const { validateInput } = await import("../src/validation/index.js");
  const mb = Number(process.argv[2] ?? 1);
  const size = Math.round(mb * 1024 * 1024);
  checkNarrative(realBlock());
  validateInput(seedReport());
  const rows: [string, string, number, number, number][] = [];
  const time = (fn: string, name: string, run: () => number): void => {
    let n = 0;
    const first = cpuOnce(() => (n = run()));
    rows.push([fn, name, first, Math.min(cpuOnce(run), cpuOnce(run)), n]);
  };
  for (const [name, text] of Object.entries(adversarialTexts(size))) time("checkNarrative", name, () => checkNarrative(text).length);
  for (const [name, report] of Object.entries(adversarialReports(size))) time("validateInput", name, () => validateInput(report).issues.length);
  rows.sort((a, b) => b[3] - a[3]);
  console.log("  first    warm");
  for (const [fn, name, first, warm, n] of rows) console.log(`${first.toFixed(0).padStart(7)} ${warm.toFixed(0).padStart(7)} ms  ${fn.padEnd(15)} ${name} (${n})`);
}
