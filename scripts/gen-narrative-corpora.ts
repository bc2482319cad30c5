/**
 * Writes the per-rule narrative corpora (test/validation/narrative/corpora/<rule>.json) from
 * sentence frames written by hand for issue 13: each frame is one wording of a shape, filled
 * with figures drawn from a fixed seed (so the files are reproducible), once right and once with
 * one figure wrong. Frames alternate between the tune half (even frame index) and the held-back
 * half (odd), so a held-back sentence never shares its wording with a tuned one.
 *
 *   node --import tsx scripts/gen-narrative-corpora.ts
 *
 * The JSON files are the test data; this script only says how they were made.
 */
import { writeFileSync } from "node:fs";
import { formatViNumber } from "../src/format/number.js";
import type { CorpusCase } from "../test/validation/narrative/corpora/evaluate.js";

let seed = 20261130;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const vi = (n: number, d = 0): string => formatViNumber(Number(n.toFixed(d)), d);
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pct = (x: number, d = 1): string => vi(x, d).replace(/,0+$/, "");

/** A corpus case as the corpus tests read it, with where its frame came from. */
interface Case extends CorpusCase {
  readonly source?: string;
  /**
   * 2: a frame written after the first round was tuned, never tuned on. 3: a right sentence of a
   * shape whole real documents showed a false alarm on (real-documents.md), added after fixing it.
   */
  readonly round?: 2 | 3;
}

type Made = { right: string; wrong: string; figure: string } | { right: string; wrong?: undefined; figure?: undefined };
type Frame = () => Made;

function build(frames: readonly Frame[], traps: readonly (() => string)[], times = 2): Case[] {
  const out: Case[] = [];
  frames.forEach((f, i) => {
    for (let k = 0; k < times; k++) {
      const m = f();
      const half = i % 2 === 0 ? "tune" : "held";
      out.push({ text: m.right, wrong: false, half, frame: i });
      if (m.wrong !== undefined) out.push({ text: m.wrong, wrong: true, half, frame: i, figure: m.figure });
    }
  });
  traps.forEach((t, j) => {
    const i = frames.length + j;
    for (let k = 0; k < times; k++) out.push({ text: t(), wrong: false, half: i % 2 === 0 ? "tune" : "held", frame: i });
  });
  return out;
}

/** A total off by more than rounding: 6–25% away, at least 3. */
const off = (t: number): number => t + (rnd() < 0.5 ? -1 : 1) * Math.max(3, Math.round(t * (0.06 + rnd() * 0.19)));

// ---------------------------------------------------------------- splits
const split2 = (lo: number, hi: number) => {
  const a = int(lo, hi);
  const b = int(lo, hi);
  return { a, b, t: a + b };
};
const splits: Frame[] = [
  () => { const { a, b, t } = split2(10, 90); const w = off(t); return { right: `Đã triển khai ${t} điểm (${a} điểm ở xã và ${b} điểm ở phường).`, wrong: `Đã triển khai ${w} điểm (${a} điểm ở xã và ${b} điểm ở phường).`, figure: String(w) }; },
  () => { const { a, b, t } = split2(1000, 90000); const w = off(t); return { right: `Cấp ${vi(t)} thẻ căn cước (trong đó ${vi(a)} thẻ cấp mới, ${vi(b)} thẻ cấp đổi).`, wrong: `Cấp ${vi(w)} thẻ căn cước (trong đó ${vi(a)} thẻ cấp mới, ${vi(b)} thẻ cấp đổi).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(200, 9000); const w = off(t); return { right: `Trung tâm Phục vụ hành chính công tiếp nhận ${vi(t)} hồ sơ (gồm ${vi(a)} hồ sơ trực tuyến và ${vi(b)} hồ sơ trực tiếp).`, wrong: `Trung tâm Phục vụ hành chính công tiếp nhận ${vi(w)} hồ sơ (gồm ${vi(a)} hồ sơ trực tuyến và ${vi(b)} hồ sơ trực tiếp).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(5000, 400000); const w = off(t); return { right: `Kích hoạt ${vi(t)} tài khoản định danh điện tử (có ${vi(a)} tài khoản mức độ 2 và ${vi(b)} tài khoản mức độ 1).`, wrong: `Kích hoạt ${vi(w)} tài khoản định danh điện tử (có ${vi(a)} tài khoản mức độ 2 và ${vi(b)} tài khoản mức độ 1).`, figure: vi(w) }; },
  () => { const a = int(2, 9), b = int(5, 30), c = int(3, 20); const t = a + b + c; const w = off(t); return { right: `Tổ chức ${t} lớp tập huấn (${pad(a)} lớp cấp tỉnh, ${b} lớp cấp xã và ${c} lớp tại thôn, tổ dân phố).`, wrong: `Tổ chức ${w} lớp tập huấn (${pad(a)} lớp cấp tỉnh, ${b} lớp cấp xã và ${c} lớp tại thôn, tổ dân phố).`, figure: String(w) }; },
  () => { const { a, b, t } = split2(120, 4800); const w = off(t); return { right: `Đã giải ngân ${vi(t)} triệu đồng (${vi(a)} triệu đồng từ ngân sách tỉnh, ${vi(b)} triệu đồng từ ngân sách xã).`, wrong: `Đã giải ngân ${vi(w)} triệu đồng (${vi(a)} triệu đồng từ ngân sách tỉnh, ${vi(b)} triệu đồng từ ngân sách xã).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(300, 20000); const w = off(t); return { right: `Các hội nghị thu hút ${vi(t)} lượt người tham gia (${vi(a)} lượt trực tiếp; ${vi(b)} lượt trực tuyến).`, wrong: `Các hội nghị thu hút ${vi(w)} lượt người tham gia (${vi(a)} lượt trực tiếp; ${vi(b)} lượt trực tuyến).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(1000, 60000); const w = off(t); return { right: `Đã số hóa ${vi(t)} hồ sơ, giấy tờ (${vi(a)} hồ sơ cấp tỉnh và ${vi(b)} hồ sơ cấp xã).`, wrong: `Đã số hóa ${vi(w)} hồ sơ, giấy tờ (${vi(a)} hồ sơ cấp tỉnh và ${vi(b)} hồ sơ cấp xã).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(10, 400); const w = off(t); return { right: `Tiếp nhận, xử lý ${t} phản ánh, kiến nghị (trong đó: ${a} phản ánh về thủ tục hành chính, ${b} phản ánh về dịch vụ công trực tuyến).`, wrong: `Tiếp nhận, xử lý ${w} phản ánh, kiến nghị (trong đó: ${a} phản ánh về thủ tục hành chính, ${b} phản ánh về dịch vụ công trực tuyến).`, figure: String(w) }; },
  () => { const { a, b, t } = split2(50, 3000); const w = off(t); return { right: `Cấp ${vi(t)} tài khoản sử dụng dịch vụ công (${vi(a)} tài khoản cho công dân, ${vi(b)} tài khoản cho tổ chức).`, wrong: `Cấp ${vi(w)} tài khoản sử dụng dịch vụ công (${vi(a)} tài khoản cho công dân, ${vi(b)} tài khoản cho tổ chức).`, figure: vi(w) }; },
  () => { const { a, b } = split2(300, 900); const t = Math.round((a + b) / 100) * 100; const w = Math.round((a + b) * 1.45 / 100) * 100; return { right: `Có khoảng ${vi(t)} học viên tham gia (${vi(a)} học viên là cán bộ, công chức và ${vi(b)} học viên là người dân).`, wrong: `Có khoảng ${vi(w)} học viên tham gia (${vi(a)} học viên là cán bộ, công chức và ${vi(b)} học viên là người dân).`, figure: vi(w) }; },
  () => { const a = int(20, 90), b = int(20, 90), c = int(10, 60); const t = a + b + c; const w = off(t); return { right: `Có ${t} trường học thu học phí không dùng tiền mặt (${a} trường mầm non, ${b} trường tiểu học và ${c} trường trung học cơ sở).`, wrong: `Có ${w} trường học thu học phí không dùng tiền mặt (${a} trường mầm non, ${b} trường tiểu học và ${c} trường trung học cơ sở).`, figure: String(w) }; },
  () => { const { a, b, t } = split2(40, 900); const w = off(t); return { right: `Đã cấp ${vi(t)} chứng thư chữ ký số (${vi(a)} chứng thư cho cán bộ và ${vi(b)} cho người dân).`, wrong: `Đã cấp ${vi(w)} chứng thư chữ ký số (${vi(a)} chứng thư cho cán bộ và ${vi(b)} cho người dân).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(2000, 80000); const w = off(t); return { right: `Thực hiện ${vi(t)} giao dịch thanh toán trực tuyến (với ${vi(a)} giao dịch qua ngân hàng và ${vi(b)} giao dịch qua ví điện tử).`, wrong: `Thực hiện ${vi(w)} giao dịch thanh toán trực tuyến (với ${vi(a)} giao dịch qua ngân hàng và ${vi(b)} giao dịch qua ví điện tử).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(2, 12); const w = t + int(2, 4); return { right: `Toàn tỉnh có ${pad(t)} mô hình điểm (${pad(a)} mô hình cấp tỉnh, ${pad(b)} mô hình cấp xã).`, wrong: `Toàn tỉnh có ${pad(w)} mô hình điểm (${pad(a)} mô hình cấp tỉnh, ${pad(b)} mô hình cấp xã).`, figure: pad(w) }; },
  () => { const { a, b, t } = split2(5000, 300000); const w = off(t); return { right: `Đã làm sạch ${vi(t)} trường hợp dữ liệu dân cư (${vi(a)} trường hợp sai thông tin, ${vi(b)} trường hợp trùng lặp).`, wrong: `Đã làm sạch ${vi(w)} trường hợp dữ liệu dân cư (${vi(a)} trường hợp sai thông tin, ${vi(b)} trường hợp trùng lặp).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(20, 700); const w = off(t); return { right: `Lực lượng Công an tiếp nhận ${t} tin báo (${a} tin qua đường dây nóng, ${b} tin qua ứng dụng VNeID).`, wrong: `Lực lượng Công an tiếp nhận ${w} tin báo (${a} tin qua đường dây nóng, ${b} tin qua ứng dụng VNeID).`, figure: String(w) }; },
  () => { const { a, b, t } = split2(100, 1200); const w = off(t); return { right: `Cung cấp ${vi(t)} thủ tục hành chính trên Cổng Dịch vụ công quốc gia (${vi(a)} thủ tục toàn trình và ${vi(b)} thủ tục một phần).`, wrong: `Cung cấp ${vi(w)} thủ tục hành chính trên Cổng Dịch vụ công quốc gia (${vi(a)} thủ tục toàn trình và ${vi(b)} thủ tục một phần).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(1, 8); const w = t + int(2, 3); return { right: `Thành lập ${pad(t)} tổ công tác (${pad(a)} tổ cấp tỉnh và ${pad(b)} tổ cấp xã).`, wrong: `Thành lập ${pad(w)} tổ công tác (${pad(a)} tổ cấp tỉnh và ${pad(b)} tổ cấp xã).`, figure: pad(w) }; },
  () => { const { a, b, t } = split2(10, 60); const w = off(t); return { right: `Toàn tỉnh có ${t} xã, phường đã kết nối Trung tâm giám sát, điều hành thông minh (${a} xã và ${b} phường).`, wrong: `Toàn tỉnh có ${w} xã, phường đã kết nối Trung tâm giám sát, điều hành thông minh (${a} xã và ${b} phường).`, figure: String(w) }; },
  () => { const a = int(12, 95) / 10, b = int(12, 95) / 10; const t = a + b; const w = t + 2.5; return { right: `Tổng kinh phí ${vi(t, 1)} tỷ đồng (ngân sách trung ương ${vi(a, 1)} tỷ đồng, ngân sách địa phương ${vi(b, 1)} tỷ đồng).`, wrong: `Tổng kinh phí ${vi(w, 1)} tỷ đồng (ngân sách trung ương ${vi(a, 1)} tỷ đồng, ngân sách địa phương ${vi(b, 1)} tỷ đồng).`, figure: vi(w, 1) }; },
  () => { const { a, b, t } = split2(3, 40); const w = off(t); return { right: `Đoàn đã kiểm tra ${t} đơn vị (${a} đơn vị cấp tỉnh; ${b} đơn vị cấp xã).`, wrong: `Đoàn đã kiểm tra ${w} đơn vị (${a} đơn vị cấp tỉnh; ${b} đơn vị cấp xã).`, figure: String(w) }; },
];
const splitTraps: (() => string)[] = [
  () => { const t = int(3000, 9000), p = t - int(100, 900), d = int(100, 900); return `Tiếp nhận ${vi(t)} hồ sơ, trong đó ${vi(p)} hồ sơ trực tuyến (tăng ${vi(d)} hồ sơ so với cùng kỳ).`; },
  () => `12 tỉnh đã nhân rộng mô hình, gồm: tỉnh Bắc Ninh (4 mô hình), tỉnh Hưng Yên (2 mô hình) và 10 tỉnh khác.`,
  () => { const t = int(500, 3000); return `Đã cấp ${vi(t)} thẻ căn cước cho trẻ em (chiếm ${pct(int(300, 900) / 10)}% kế hoạch năm).`; },
  () => { const t = int(300, 1500); return `Tiếp nhận ${vi(t)} hồ sơ (tính đến ngày 15/02/2026) và ${vi(int(10, 99))} hồ sơ đang xử lý.`; },
  () => { const t = int(80, 140); return `Sau sắp xếp, toàn tỉnh có ${t} xã, phường (giảm ${int(100, 200)} đơn vị so với trước ngày 01/7/2025).`; },
  () => { const t = int(20, 90); return `Có ${t} điểm cầu (${int(2, 9)} điểm cầu tỉnh bạn tham dự trực tuyến) tham gia hội nghị.`; },
  () => { const a = int(100, 900), b = int(100, 900); return `Giải quyết ${vi(a + b)} hồ sơ (đúng hạn ${vi(a + b)} hồ sơ, đạt 100%).`; },
  () => { const t = int(10, 40); return `Tổ chức ${t} buổi tuyên truyền (mỗi buổi khoảng ${int(50, 200)} người).`; },
];

// ---------------------------------------------------------------- ratios
const ratio = () => { const w = int(40, 5000); const p = int(Math.ceil(w * 0.45), w - 1); return { p, w, r: (p / w) * 100 }; };
const far = (r: number): number => (r > 60 ? r - (8 + int(0, 12)) : r + (8 + int(0, 12)));
const ratios: Frame[] = [
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Có ${vi(p)} hồ sơ trên tổng số ${vi(w)} hồ sơ được giải quyết trước hạn (đạt ${pct(r)}%).`, wrong: `Có ${vi(p)} hồ sơ trên tổng số ${vi(w)} hồ sơ được giải quyết trước hạn (đạt ${pct(z)}%).`, figure: `${pct(z)}%` }; },
  () => { const w = int(40, 120), p = int(20, w - 1), r = (p / w) * 100, z = far(r); return { right: `${p}/${w} xã, phường đã kết nối Trung tâm giám sát, điều hành thông minh, chiếm ${pct(r)}%.`, wrong: `${p}/${w} xã, phường đã kết nối Trung tâm giám sát, điều hành thông minh, chiếm ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Tỷ lệ hồ sơ nộp trực tuyến đạt ${pct(r, 2)}% (${vi(p)}/${vi(w)} hồ sơ).`, wrong: `Tỷ lệ hồ sơ nộp trực tuyến đạt ${pct(z, 2)}% (${vi(p)}/${vi(w)} hồ sơ).`, figure: `${pct(z, 2)}%` }; },
  () => { const w = int(60, 600), p = int(30, w - 1), r = (p / w) * 100, z = far(r); return { right: `Đã có ${p} trong tổng số ${w} cơ sở khám chữa bệnh sử dụng thẻ căn cước thay thẻ bảo hiểm y tế, đạt ${pct(r)}%.`, wrong: `Đã có ${p} trong tổng số ${w} cơ sở khám chữa bệnh sử dụng thẻ căn cước thay thẻ bảo hiểm y tế, đạt ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const w = int(80, 400), p = int(Math.ceil(w * 0.55), w - 2), r = (p / w) * 100, z = Math.round(r - 18); return { right: `${p} trong số ${w} trường học đã triển khai thu phí không dùng tiền mặt (khoảng ${Math.round(r)}%).`, wrong: `${p} trong số ${w} trường học đã triển khai thu phí không dùng tiền mặt (khoảng ${z}%).`, figure: `${z}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Kích hoạt ${vi(p)}/${vi(w)} tài khoản định danh điện tử đã cấp, đạt tỷ lệ ${pct(r, 2)}%.`, wrong: `Kích hoạt ${vi(p)}/${vi(w)} tài khoản định danh điện tử đã cấp, đạt tỷ lệ ${pct(z, 2)}%.`, figure: `${pct(z, 2)}%` }; },
  () => { const w = int(200, 4000), p = int(Math.ceil(w * 0.72), Math.floor(w * 0.88)), r = (p / w) * 100, z = Math.floor(r / 10) * 10 - 10; return { right: `Đã số hóa ${vi(p)}/${vi(w)} hồ sơ, đạt hơn ${Math.floor(r)}%.`, wrong: `Đã số hóa ${vi(p)}/${vi(w)} hồ sơ, đạt hơn ${z}%.`, figure: `${z}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Giải quyết đúng hạn ${vi(p)} hồ sơ trên tổng số ${vi(w)} hồ sơ đã giải quyết, tỷ lệ ${pct(r)}%.`, wrong: `Giải quyết đúng hạn ${vi(p)} hồ sơ trên tổng số ${vi(w)} hồ sơ đã giải quyết, tỷ lệ ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const w = int(40, 130), p = int(20, w - 1), r = (p / w) * 100, z = far(r); return { right: `Chỉ tiêu thanh toán không dùng tiền mặt tại chợ đạt ${pct(r)}% (${p}/${w} xã).`, wrong: `Chỉ tiêu thanh toán không dùng tiền mặt tại chợ đạt ${pct(z)}% (${p}/${w} xã).`, figure: `${pct(z)}%` }; },
  () => { const w = int(30, 130), p = int(15, w - 1), r = (p / w) * 100, z = far(r); return { right: `Có ${p} trên ${w} xã hoàn thành chỉ tiêu cấp căn cước, bằng ${pct(r)}%.`, wrong: `Có ${p} trên ${w} xã hoàn thành chỉ tiêu cấp căn cước, bằng ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Đã thu nhận ${vi(p)}/${vi(w)} hồ sơ cấp căn cước cho trẻ em dưới 6 tuổi (${pct(r)}%).`, wrong: `Đã thu nhận ${vi(p)}/${vi(w)} hồ sơ cấp căn cước cho trẻ em dưới 6 tuổi (${pct(z)}%).`, figure: `${pct(z)}%` }; },
  () => { const w = int(20, 90), p = int(10, w - 1), r = (p / w) * 100, z = far(r); return { right: `Tỷ lệ cơ quan có hệ thống họp trực tuyến là ${pct(r)}%, tương ứng ${p}/${w} cơ quan.`, wrong: `Tỷ lệ cơ quan có hệ thống họp trực tuyến là ${pct(z)}%, tương ứng ${p}/${w} cơ quan.`, figure: `${pct(z)}%` }; },
  () => { const w = int(100, 900), p = int(50, w - 1), r = (p / w) * 100, z = far(r); return { right: `Đã tái cấu trúc quy trình ${p}/${w} thủ tục hành chính, đạt ${pct(r)}% kế hoạch.`, wrong: `Đã tái cấu trúc quy trình ${p}/${w} thủ tục hành chính, đạt ${pct(z)}% kế hoạch.`, figure: `${pct(z)}%` }; },
  () => { const w = int(5000, 90000), p = int(Math.ceil(w * 0.81), Math.floor(w * 0.89)), r = (p / w) * 100, z = 95; return { right: `Gần ${Math.ceil(r)}% người dân trong độ tuổi (${vi(p)}/${vi(w)} người) đã có tài khoản định danh điện tử.`, wrong: `Gần ${z}% người dân trong độ tuổi (${vi(p)}/${vi(w)} người) đã có tài khoản định danh điện tử.`, figure: `${z}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Số hồ sơ trả kết quả điện tử là ${vi(p)} hồ sơ/tổng số ${vi(w)} hồ sơ, đạt ${pct(r)}%.`, wrong: `Số hồ sơ trả kết quả điện tử là ${vi(p)} hồ sơ/tổng số ${vi(w)} hồ sơ, đạt ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const w = int(10, 60), p = int(5, w - 1), r = (p / w) * 100, z = far(r); return { right: `Đã có ${p}/${w} đơn vị (chiếm ${pct(r)}%) hoàn thành kết nối dữ liệu.`, wrong: `Đã có ${p}/${w} đơn vị (chiếm ${pct(z)}%) hoàn thành kết nối dữ liệu.`, figure: `${pct(z)}%` }; },
  () => { const { p, w, r } = ratio(); const z = r > 60 ? r - 25 : r + 25; return { right: `Thanh toán không dùng tiền mặt ${vi(p)}/${vi(w)} giao dịch, xấp xỉ ${Math.round(r)}%.`, wrong: `Thanh toán không dùng tiền mặt ${vi(p)}/${vi(w)} giao dịch, xấp xỉ ${Math.round(z)}%.`, figure: `${Math.round(z)}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Tỷ lệ ${pct(r)}% (${vi(p)} trên tổng số ${vi(w)} hồ sơ) được ký số kết quả.`, wrong: `Tỷ lệ ${pct(z)}% (${vi(p)} trên tổng số ${vi(w)} hồ sơ) được ký số kết quả.`, figure: `${pct(z)}%` }; },
  () => { const w = int(50, 300), p = int(25, w - 1), r = (p / w) * 100, z = far(r); return { right: `Toàn tỉnh có ${w} xã, trong đó ${p} xã đã triển khai mô hình, đạt ${pct(r)}%.`, wrong: `Toàn tỉnh có ${w} xã, trong đó ${p} xã đã triển khai mô hình, đạt ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const w = int(1000, 30000), p = int(500, w - 1), r = (p / w) * 100, z = far(r); return { right: `Trong ${vi(w)} hồ sơ tiếp nhận có ${vi(p)}/${vi(w)} hồ sơ được số hóa kết quả, tương ứng ${pct(r)}%.`, wrong: `Trong ${vi(w)} hồ sơ tiếp nhận có ${vi(p)}/${vi(w)} hồ sơ được số hóa kết quả, tương ứng ${pct(z)}%.`, figure: `${pct(z)}%` }; },
];
const ratioTraps: (() => string)[] = [
  () => { const { p, w } = ratio(); return `Giải quyết ${vi(p)}/${vi(w)} hồ sơ, tăng ${pct(int(20, 150) / 10)}% so với cùng kỳ.`; },
  () => { const { p, w } = ratio(); return `Đã số hóa ${vi(p)}/${vi(w)} hồ sơ; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt ${pct(int(200, 900) / 10)}%.`; },
  () => { const w = int(40, 90), p = int(20, w - 1); return `Có ${p}/${w} xã đạt chuẩn, phấn đấu đến cuối năm đạt ${int(91, 99)}% số xã.`; },
  () => { const { p, w, r } = ratio(); return `Số thẻ đã trả ${vi(p)}/${vi(w)} thẻ (${pct(r)}%), còn lại ${pct(100 - r)}% đang chờ trả.`; },
  () => `Ngày 30/4 và 1/5, tỷ lệ hồ sơ trực tuyến đạt ${int(60, 90)}%.`,
  () => { const w = int(10, 40); return `Đạt ${w}/${w} chỉ tiêu (100%) theo Kế hoạch số 12/KH-UBND.`; },
];

// ---------------------------------------------------------------- averages
const avgPair = (nLo: number, nHi: number, per: [number, number]) => { const n = int(nLo, nHi); const t = n * int(per[0], per[1]) + int(0, n - 1); return { n, t, a: t / n }; };
const bad = (a: number): number => Math.round(a * (1.12 + rnd() * 0.2) + 2);
const averages: Frame[] = [
  () => { const { n, t, a } = avgPair(8, 30, [40, 200]); const w = bad(a); return { right: `Tổ chức ${n} lớp với ${vi(t)} học viên, bình quân ${vi(a, 1).replace(/,0$/, "")} học viên/lớp.`, wrong: `Tổ chức ${n} lớp với ${vi(t)} học viên, bình quân ${w} học viên/lớp.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(20, 130, [20, 400]); const w = bad(a); return { right: `${n} xã tiếp nhận ${vi(t)} hồ sơ, trung bình mỗi xã ${Math.round(a)} hồ sơ.`, wrong: `${n} xã tiếp nhận ${vi(t)} hồ sơ, trung bình mỗi xã ${w} hồ sơ.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(5, 20, [300, 1500]); const w = bad(a); return { right: `Trong ${n} ngày cao điểm đã cấp ${vi(t)} thẻ căn cước, bình quân ${vi(Math.round(a))} thẻ mỗi ngày.`, wrong: `Trong ${n} ngày cao điểm đã cấp ${vi(t)} thẻ căn cước, bình quân ${vi(w)} thẻ mỗi ngày.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgPair(10, 60, [30, 300]); const w = bad(a); return { right: `Hỗ trợ ${vi(t)} lượt người dân tại ${n} điểm, bình quân mỗi điểm ${Math.round(a)} lượt.`, wrong: `Hỗ trợ ${vi(t)} lượt người dân tại ${n} điểm, bình quân mỗi điểm ${w} lượt.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(20, 120, [50, 400]); const w = bad(a); return { right: `Chi ${vi(t)} triệu đồng cho ${n} xã, bình quân ${vi(a, 1).replace(/,0$/, "")} triệu đồng/xã.`, wrong: `Chi ${vi(t)} triệu đồng cho ${n} xã, bình quân ${vi(w)} triệu đồng/xã.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgPair(30, 300, [3, 9]); const w = bad(a) + 2; return { right: `Thành lập ${n} tổ công nghệ số cộng đồng với ${vi(t)} thành viên, trung bình ${vi(a, 1).replace(/,0$/, "")} thành viên/tổ.`, wrong: `Thành lập ${n} tổ công nghệ số cộng đồng với ${vi(t)} thành viên, trung bình ${w} thành viên/tổ.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(10, 40, [60, 200]); const w = Math.round(a * 1.5); return { right: `Đã tổ chức ${n} buổi tuyên truyền cho ${vi(t)} lượt người, bình quân khoảng ${Math.round(a / 10) * 10} lượt/buổi.`, wrong: `Đã tổ chức ${n} buổi tuyên truyền cho ${vi(t)} lượt người, bình quân khoảng ${w} lượt/buổi.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(3, 12, [800, 5000]); const w = bad(a); return { right: `Tiếp nhận ${vi(t)} hồ sơ trong ${n} tháng, bình quân ${vi(Math.round(a))} hồ sơ/tháng.`, wrong: `Tiếp nhận ${vi(t)} hồ sơ trong ${n} tháng, bình quân ${vi(w)} hồ sơ/tháng.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgPair(10, 80, [5, 40]); const w = bad(a); return { right: `Cấp ${vi(t)} tài khoản cho ${n} đơn vị, trung bình mỗi đơn vị được cấp ${Math.round(a)} tài khoản.`, wrong: `Cấp ${vi(t)} tài khoản cho ${n} đơn vị, trung bình mỗi đơn vị được cấp ${w} tài khoản.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(10, 60, [100, 600]); const w = bad(a); return { right: `Bình quân mỗi cán bộ một cửa xử lý ${Math.round(a)} hồ sơ (${vi(t)} hồ sơ, ${n} cán bộ).`, wrong: `Bình quân mỗi cán bộ một cửa xử lý ${w} hồ sơ (${vi(t)} hồ sơ, ${n} cán bộ).`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(8, 50, [100, 800]); const w = bad(a); return { right: `Năng suất bình quân đạt ${Math.round(a)} hồ sơ/cán bộ (${n} cán bộ giải quyết ${vi(t)} hồ sơ).`, wrong: `Năng suất bình quân đạt ${w} hồ sơ/cán bộ (${n} cán bộ giải quyết ${vi(t)} hồ sơ).`, figure: String(w) }; },
  () => { const n = int(2000, 9000), per = int(12, 30) / 10, t = Math.round(n * per * 1000) / 1e6; const w = vi(per + 0.9, 1); return { right: `Đã chi trả ${vi(t, 3).replace(/,?0+$/, "")} tỷ đồng an sinh xã hội cho ${vi(n)} người qua tài khoản, bình quân ${vi(per, 1)} triệu đồng/người.`, wrong: `Đã chi trả ${vi(t, 3).replace(/,?0+$/, "")} tỷ đồng an sinh xã hội cho ${vi(n)} người qua tài khoản, bình quân ${w} triệu đồng/người.`, figure: w }; },
  () => { const { n, t, a } = avgPair(20, 130, [8, 40]); const w = bad(a); return { right: `Hội nghị có ${n} điểm cầu với ${vi(t)} đại biểu tham dự, trung bình ${Math.round(a)} đại biểu mỗi điểm cầu.`, wrong: `Hội nghị có ${n} điểm cầu với ${vi(t)} đại biểu tham dự, trung bình ${w} đại biểu mỗi điểm cầu.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(7, 31, [500, 9000]); const w = bad(a); return { right: `Với ${vi(t)} lượt truy cập trong ${n} ngày, bình quân mỗi ngày có ${vi(Math.round(a))} lượt truy cập.`, wrong: `Với ${vi(t)} lượt truy cập trong ${n} ngày, bình quân mỗi ngày có ${vi(w)} lượt truy cập.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgPair(20, 130, [100, 700]); const w = bad(a); return { right: `Trong quý, ${n} bộ phận một cửa tiếp nhận ${vi(t)} hồ sơ, trung bình ${Math.round(a)} hồ sơ một bộ phận.`, wrong: `Trong quý, ${n} bộ phận một cửa tiếp nhận ${vi(t)} hồ sơ, trung bình ${w} hồ sơ một bộ phận.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(50, 900, [10, 90]); const w = bad(a); return { right: `Hệ thống ghi nhận ${vi(t)} giao dịch của ${n} doanh nghiệp, bình quân ${Math.round(a)} giao dịch/doanh nghiệp.`, wrong: `Hệ thống ghi nhận ${vi(t)} giao dịch của ${n} doanh nghiệp, bình quân ${w} giao dịch/doanh nghiệp.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(20, 200, [150, 900]); const w = bad(a); return { right: `Toàn tỉnh có ${n} trường với ${vi(t)} học sinh, bình quân ${Math.round(a)} học sinh/trường.`, wrong: `Toàn tỉnh có ${n} trường với ${vi(t)} học sinh, bình quân ${w} học sinh/trường.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(4, 20, [100, 900]); const w = bad(a); return { right: `Tổng kinh phí ${vi(t)} triệu đồng cho ${pad(n)} mô hình, bình quân ${Math.round(a)} triệu đồng một mô hình.`, wrong: `Tổng kinh phí ${vi(t)} triệu đồng cho ${pad(n)} mô hình, bình quân ${w} triệu đồng một mô hình.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(5, 40, [80, 900]); const w = bad(a); return { right: `Có ${vi(t)} thẻ căn cước được trả qua ${n} bưu cục, trung bình ${Math.round(a)} thẻ/bưu cục.`, wrong: `Có ${vi(t)} thẻ căn cước được trả qua ${n} bưu cục, trung bình ${w} thẻ/bưu cục.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(3, 9, [10, 30]); const w = bad(a); return { right: `${pad(n)} đoàn kiểm tra đã làm việc tại ${t} xã, bình quân ${vi(a, 1).replace(/,0$/, "")} xã/đoàn.`, wrong: `${pad(n)} đoàn kiểm tra đã làm việc tại ${t} xã, bình quân ${w} xã/đoàn.`, figure: String(w) }; },
];
const averageTraps: (() => string)[] = [
  () => `Thời gian giải quyết bình quân ${int(2, 9)} ngày/hồ sơ, giảm ${int(1, 3)} ngày so với năm 2025.`,
  () => `Tổ chức ${int(10, 30)} lớp, bình quân mỗi lớp có ${int(2, 4)} giảng viên hướng dẫn.`,
  () => `Điểm trung bình chỉ số phục vụ người dân đạt ${int(800, 950) / 10} điểm.`,
  () => `Tiếp nhận ${vi(int(1000, 9000))} hồ sơ, bình quân thời gian xử lý ${int(10, 40)} giờ mỗi hồ sơ.`,
  () => `Mỗi xã bố trí ${int(2, 5)} cán bộ hỗ trợ; bình quân ${int(20, 80)} lượt người dân được hướng dẫn mỗi ngày.`,
  () => { const n = int(10, 30); return `Đã tổ chức ${n} hội nghị với ${vi(n * int(100, 200))} đại biểu; bình quân mỗi hội nghị kéo dài ${int(2, 4)} giờ.`; },
];

// ---------------------------------------------------------------- differences
const dBad = (d: number): number => d + Math.max(3, Math.round(Math.abs(d) * (0.15 + rnd() * 0.3)));
const differences: Frame[] = [
  () => { const b = int(2000, 9000), d = int(150, 900), a = b + d, w = dBad(d); return { right: `Tiếp nhận ${vi(a)} hồ sơ, tăng ${vi(d)} hồ sơ so với tháng trước (${vi(b)} hồ sơ).`, wrong: `Tiếp nhận ${vi(a)} hồ sơ, tăng ${vi(w)} hồ sơ so với tháng trước (${vi(b)} hồ sơ).`, figure: vi(w) }; },
  () => { const a = int(2000, 9000), d = int(150, 900), b = a + d, w = dBad(d); return { right: `Cấp ${vi(a)} thẻ căn cước, giảm ${vi(d)} thẻ so với cùng kỳ năm 2025 (${vi(b)} thẻ).`, wrong: `Cấp ${vi(a)} thẻ căn cước, giảm ${vi(w)} thẻ so với cùng kỳ năm 2025 (${vi(b)} thẻ).`, figure: vi(w) }; },
  () => { const b = int(10, 90) * 100, z = int(8, 45), a = Math.round(b * (1 + z / 100)), w = z + int(6, 15); return { right: `Số tài khoản kích hoạt tăng ${z}% (từ ${vi(b)} lên ${vi(a)} tài khoản).`, wrong: `Số tài khoản kích hoạt tăng ${w}% (từ ${vi(b)} lên ${vi(a)} tài khoản).`, figure: `${w}%` }; },
  () => { const p1 = int(600, 900) / 10, pp = int(5, 60) / 10, p2 = p1 + pp, w = pp + 1.5; return { right: `Tỷ lệ hồ sơ trực tuyến đạt ${pct(p2)}%, tăng ${pct(pp)} điểm phần trăm so với cùng kỳ (${pct(p1)}%).`, wrong: `Tỷ lệ hồ sơ trực tuyến đạt ${pct(p2)}%, tăng ${pct(w)} điểm phần trăm so với cùng kỳ (${pct(p1)}%).`, figure: pct(w) }; },
  () => { const p1 = int(900, 990) / 10, pp = int(3, 40) / 10, p2 = p1 - pp, w = pp + 1.2; return { right: `Tỷ lệ trả kết quả đúng hạn giảm ${pct(pp)} điểm phần trăm (từ ${pct(p1)}% xuống ${pct(p2)}%).`, wrong: `Tỷ lệ trả kết quả đúng hạn giảm ${pct(w)} điểm phần trăm (từ ${pct(p1)}% xuống ${pct(p2)}%).`, figure: pct(w) }; },
  () => { const b = int(10, 90) * 1000, z = int(10, 60), a = Math.round(b * (1 + z / 100)), w = z + int(8, 20); return { right: `Số lượt truy cập tăng từ ${vi(b)} lên ${vi(a)} lượt, tăng ${z}%.`, wrong: `Số lượt truy cập tăng từ ${vi(b)} lên ${vi(a)} lượt, tăng ${w}%.`, figure: `${w}%` }; },
  () => { const b = int(500, 1500) / 10, d = int(50, 300) / 10, a = b + d, w = d + 4; return { right: `Thu ngân sách từ dịch vụ công trực tuyến đạt ${vi(a, 1)} tỷ đồng, tăng ${vi(d, 1)} tỷ đồng so với năm trước (${vi(b, 1)} tỷ đồng).`, wrong: `Thu ngân sách từ dịch vụ công trực tuyến đạt ${vi(a, 1)} tỷ đồng, tăng ${vi(w, 1)} tỷ đồng so với năm trước (${vi(b, 1)} tỷ đồng).`, figure: vi(w, 1) }; },
  () => { const a = int(5, 60), d = int(5, 40), b = a + d, w = dBad(d); return { right: `Số hồ sơ quá hạn là ${a} hồ sơ, giảm ${d} hồ sơ so với quý trước là ${b} hồ sơ.`, wrong: `Số hồ sơ quá hạn là ${a} hồ sơ, giảm ${w} hồ sơ so với quý trước là ${b} hồ sơ.`, figure: String(w) }; },
  () => { const b = int(20, 80), d = int(3, 20), a = b + d, w = d + int(3, 6); return { right: `Có ${a} xã hoàn thành, tăng thêm ${d} xã so với kỳ báo cáo trước (${b} xã).`, wrong: `Có ${a} xã hoàn thành, tăng thêm ${w} xã so với kỳ báo cáo trước (${b} xã).`, figure: String(w) }; },
  () => { const b = int(10, 90) * 1000, z = int(10, 40), a = Math.round(b * (1 + z / 100)), w = z + 15; return { right: `Kích hoạt ${vi(a)} tài khoản, tăng khoảng ${z}% so với cùng kỳ (${vi(b)} tài khoản).`, wrong: `Kích hoạt ${vi(a)} tài khoản, tăng khoảng ${w}% so với cùng kỳ (${vi(b)} tài khoản).`, figure: `${w}%` }; },
  () => { const b = int(200, 900), z = int(5, 30), a = Math.round(b * (1 + z / 100)), w = z + int(7, 15); return { right: `Doanh số thanh toán không dùng tiền mặt đạt ${vi(a)} triệu đồng, tăng ${z}% so với tháng trước (${vi(b)} triệu đồng).`, wrong: `Doanh số thanh toán không dùng tiền mặt đạt ${vi(a)} triệu đồng, tăng ${w}% so với tháng trước (${vi(b)} triệu đồng).`, figure: `${w}%` }; },
  () => { const b = int(20, 90) * 100, z = int(5, 40), a = Math.round(b * (1 - z / 100)), w = z + int(7, 15); return { right: `Số lượt khai thác dữ liệu giảm ${z}%, từ ${vi(b)} lượt xuống ${vi(a)} lượt.`, wrong: `Số lượt khai thác dữ liệu giảm ${w}%, từ ${vi(b)} lượt xuống ${vi(a)} lượt.`, figure: `${w}%` }; },
  () => { const p1 = int(400, 800) / 10, pp = int(10, 90) / 10, p2 = p1 + pp, w = pp + 2; return { right: `Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt ${pct(p2)}% (cùng kỳ ${pct(p1)}%), tăng ${pct(pp)} điểm phần trăm.`, wrong: `Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt ${pct(p2)}% (cùng kỳ ${pct(p1)}%), tăng ${pct(w)} điểm phần trăm.`, figure: pct(w) }; },
  () => { const b = int(10, 90) * 1000 + int(0, 999), d = int(500, 5000), a = b + d, w = dBad(d); return { right: `Tổng số thuê bao di động có chữ ký số là ${vi(a)}, tăng ${vi(d)} thuê bao so với tháng trước (${vi(b)}).`, wrong: `Tổng số thuê bao di động có chữ ký số là ${vi(a)}, tăng ${vi(w)} thuê bao so với tháng trước (${vi(b)}).`, figure: vi(w) }; },
  () => { const b = int(2000, 9000), z = int(5, 40), a = Math.round(b * (1 + z / 100)), w = z + int(8, 15); return { right: `Tiếp nhận ${vi(a)} hồ sơ trực tuyến, tăng ${z}% so với cùng kỳ năm 2025 (${vi(b)} hồ sơ).`, wrong: `Tiếp nhận ${vi(a)} hồ sơ trực tuyến, tăng ${w}% so với cùng kỳ năm 2025 (${vi(b)} hồ sơ).`, figure: `${w}%` }; },
  () => { const a = int(5, 40), d = int(3, 30), b = a + d, w = d + int(3, 8); return { right: `Số vụ việc vi phạm giảm từ ${b} vụ xuống còn ${a} vụ, giảm ${d} vụ.`, wrong: `Số vụ việc vi phạm giảm từ ${b} vụ xuống còn ${a} vụ, giảm ${w} vụ.`, figure: String(w) }; },
  () => { const p1 = int(50, 150) / 10, pp = int(5, 40) / 10, p2 = p1 - pp, w = pp + 2; return { right: `Tỷ lệ hồ sơ quá hạn là ${pct(p2)}%, giảm ${pct(pp)} điểm phần trăm so với cùng kỳ (${pct(p1)}%).`, wrong: `Tỷ lệ hồ sơ quá hạn là ${pct(p2)}%, giảm ${pct(w)} điểm phần trăm so với cùng kỳ (${pct(p1)}%).`, figure: pct(w) }; },
  () => { const b = int(100, 900), d = int(20, 200), a = b + d, w = dBad(d); return { right: `Số học viên tham gia tăng ${d} người (từ ${b} lên ${a} người).`, wrong: `Số học viên tham gia tăng ${w} người (từ ${b} lên ${a} người).`, figure: String(w) }; },
  () => { const b = int(2, 9), d = int(1, 5), a = b + d, w = d + 3; return { right: `Đến nay đã có ${pad(a)} mô hình, tăng ${pad(d)} mô hình so với năm 2025 (${pad(b)} mô hình).`, wrong: `Đến nay đã có ${pad(a)} mô hình, tăng ${pad(w)} mô hình so với năm 2025 (${pad(b)} mô hình).`, figure: pad(w) }; },
  () => { const b = int(10, 40) / 10, d = int(2, 9) / 10, a = b + d, w = d + 0.6; return { right: `Thanh toán ${vi(a, 1)} triệu lượt, tăng ${vi(d, 1)} triệu lượt so với cùng kỳ (${vi(b, 1)} triệu lượt).`, wrong: `Thanh toán ${vi(a, 1)} triệu lượt, tăng ${vi(w, 1)} triệu lượt so với cùng kỳ (${vi(b, 1)} triệu lượt).`, figure: vi(w, 1) }; },
];
const differenceTraps: (() => string)[] = [
  () => { const t = int(3000, 9000), p = t - int(100, 900); return `Tiếp nhận ${vi(t)} hồ sơ, trong đó ${vi(p)} hồ sơ trực tuyến (tăng ${vi(int(100, 900))} hồ sơ so với cùng kỳ).`; },
  () => `Tỷ lệ hồ sơ trực tuyến đạt ${int(60, 90)}%, tăng ${int(3, 15)}% so với cùng kỳ.`,
  () => `Chỉ số cải cách hành chính tăng ${int(1, 5)} bậc so với năm 2024 (xếp thứ ${int(5, 30)}).`,
  () => { const a = int(2000, 9000); return `Tiếp nhận ${vi(a)} hồ sơ, tăng so với tháng trước; trong đó ${vi(a - int(100, 900))} hồ sơ trực tuyến.`; },
  () => `Giảm ${int(20, 60)}% thời gian đi lại của người dân (từ ngày 01/7/2025 đến ngày 14/02/2026).`,
  () => { const b = int(100, 900); return `Số hồ sơ tăng từ ${b} hồ sơ trong tháng 01/2026 lên mức cao nhất trong năm.`; },
];

// ---------------------------------------------------------------- list counts
const items = {
  docs: ["Kế hoạch triển khai Đề án 06 năm 2026", "Công văn đôn đốc thu nhận hồ sơ cấp căn cước", "Quyết định kiện toàn Tổ công tác triển khai Đề án 06", "Thông báo phân công nhiệm vụ thành viên Tổ công tác", "Kế hoạch kiểm tra việc thực hiện Đề án 06"],
  papers: ["căn cước", "giấy phép lái xe", "thẻ bảo hiểm y tế", "giấy khai sinh", "giấy chứng nhận đăng ký xe"],
  models: ["chợ không dùng tiền mặt", "trường học số", "bệnh viện dùng căn cước thay thẻ bảo hiểm y tế", "khu dân cư an toàn", "thôn thông minh"],
  solutions: ["bổ sung kinh phí", "nâng cấp đường truyền", "đào tạo cán bộ", "hướng dẫn nghiệp vụ", "tăng cường kiểm tra"],
  fields: ["cải cách thể chế", "cải cách thủ tục hành chính", "xây dựng đội ngũ cán bộ", "chuyển đổi số", "cải cách tài chính công"],
  services: ["đăng ký khai sinh", "đăng ký thường trú", "cấp đổi giấy phép lái xe", "cấp phiếu lý lịch tư pháp", "đăng ký kết hôn"],
  units: ["Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân xã Đông Cứu", "Trung tâm Phục vụ hành chính công tỉnh", "Công an xã Phú Hòa", "Bảo hiểm xã hội khu vực"],
  agencies: ["Bảo hiểm xã hội tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"],
  apps: ["VNeID", "VssID", "Cổng Dịch vụ công quốc gia", "ứng dụng ngân hàng số", "iHanoi"],
  difficulties: ["thiếu thiết bị", "đường truyền chập chờn", "nhân lực còn mỏng", "kinh phí hạn hẹp", "người dân chưa quen thao tác"],
  communes: ["xã Tân Lập", "xã Đông Cứu", "xã Phú Hòa", "xã Bình Minh", "xã Quảng Phú"],
  targets: ["cấp căn cước", "kích hoạt định danh điện tử mức độ 2", "làm sạch dữ liệu dân cư", "số hóa hồ sơ", "thanh toán trực tuyến"],
};
const take = (list: readonly string[], n: number): string[] => list.slice(0, n);
const and = (xs: readonly string[]): string => (xs.length < 2 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} và ${xs[xs.length - 1]}`);
const numbered = (xs: readonly string[], sep = "; "): string => xs.map((x, i) => `(${i + 1}) ${x}`).join(sep);
const listFrame = (make: (count: string, xs: string[]) => string, list: readonly string[], fmt: (n: number) => string = String): Frame => () => {
  const n = int(3, Math.min(5, list.length));
  const xs = take(list, n);
  const w = rnd() < 0.5 ? n + 1 : n - 1;
  return { right: make(fmt(n), xs), wrong: make(fmt(w), xs), figure: fmt(w) };
};
const listCounts: Frame[] = [
  listFrame((c, xs) => `Ban hành ${c} văn bản: ${numbered(xs)}.`, items.docs, pad),
  listFrame((c, xs) => `Hướng dẫn tích hợp ${c} nhóm giấy tờ: ${and(xs)}.`, items.papers, pad),
  listFrame((c, xs) => `Triển khai ${c} mô hình điểm gồm: ${xs.join("; ")}.`, items.models),
  listFrame((c, xs) => `Kiến nghị ${c} nội dung sau: ${numbered(xs)}.`, items.solutions, pad),
  // Shape seen at https://tailieuthamkhao.com/nang-cao-chat-luong-cung-ung-dich-vu-hanh-chinh-cong-tinh-quang-binh-22-75654: "4 lĩnh vực cải cách: (1) …, (2) …, (3) … và (4) …".
  listFrame((c, xs) => `Xác định ${c} lĩnh vực trọng tâm: ${xs.map((x, i) => `(${i + 1}) ${x}`).slice(0, -1).join(", ")} và (${xs.length}) ${xs[xs.length - 1]}.`, items.fields),
  listFrame((c, xs) => `Có ${c} dịch vụ công thiết yếu được tích hợp: ${and(xs)}.`, items.services),
  listFrame((c, xs) => `Đã kiểm tra ${c} đơn vị:\n${xs.map((x) => `- ${x};`).join("\n")}`, items.units, pad),
  listFrame((c, xs) => `Ký kết ${c} quy chế phối hợp với: ${and(xs)}.`, items.agencies),
  listFrame((c, xs) => `Hướng dẫn người dân cài đặt ${c} ứng dụng gồm: ${xs.join(", ")}.`, items.apps),
  listFrame((c, xs) => `Tổ công tác đã xử lý ${c} kiến nghị: ${xs.map((x, i) => `${"abcde"[i]}) về ${x}`).join("; ")}.`, items.solutions, pad),
  listFrame((c, xs) => `Nhận diện ${c} khó khăn, vướng mắc: ${and(xs)}.`, items.difficulties),
  listFrame((c, xs) => `Có ${c} xã chưa hoàn thành chỉ tiêu: ${and(xs)}.`, items.communes, pad),
  listFrame((c, xs) => `Rà soát ${c} thủ tục hành chính đủ điều kiện cung cấp toàn trình:\n${xs.map((x, i) => `${i + 1}) ${x[0]!.toUpperCase()}${x.slice(1)};`).join("\n")}`, items.services),
  listFrame((c, xs) => `Hoàn thành ${c} chỉ tiêu của Đề án 06 gồm: ${xs.join(", ")}.`, items.targets),
  listFrame((c, xs) => `Đề nghị Bộ Công an hỗ trợ ${c} nội dung: ${and(xs)}.`, items.solutions, pad),
  listFrame((c, xs) => `Đề xuất ${c} giải pháp: ${xs.map((x, i) => `${["một", "hai", "ba", "bốn", "năm"][i]} là, ${x}`).join("; ")}.`, items.solutions),
  listFrame((c, xs) => `Tham mưu ${c} văn bản chỉ đạo, điều hành như sau: ${numbered(xs, ", ")}.`, items.docs, pad),
  listFrame((c, xs) => `Thí điểm ${c} mô hình:\n${xs.map((x) => `+ Mô hình ${x}.`).join("\n")}`, items.models),
  listFrame((c, xs) => `Phối hợp với ${c} cơ quan, đơn vị: ${xs.join("; ")}.`, items.agencies, pad),
  listFrame((c, xs) => `Tập trung vào ${c} nhiệm vụ sau đây: ${xs.map((x, i) => `${i + 1}) ${x}`).join("; ")}.`, items.targets),
];
const listTraps: (() => string)[] = [
  () => `12 tỉnh đã nhân rộng mô hình, gồm: tỉnh Bắc Ninh (4 mô hình), tỉnh Hưng Yên (2 mô hình) và 10 tỉnh khác.`,
  () => `Ban hành 02 văn bản chỉ đạo (Kế hoạch số 12/KH-UBND, Công văn số 345/UBND-NC).`,
  () => { const a = int(100, 900), b = int(10, 99); return `Tiếp nhận ${vi(a + b)} hồ sơ gồm: ${vi(a)} hồ sơ trực tuyến, ${b} hồ sơ trực tiếp.`; },
  () => `Đạt ${int(5, 7)}/7 tiêu chí: hạ tầng, nhân lực, dữ liệu, dịch vụ, an ninh.`,
  () => `Tổng số 120 xã: 80 xã đã kết nối, 40 xã đang triển khai.`,
  () => `Thời gian: 02 ngày, từ ngày 15/3/2026 đến ngày 16/3/2026.`,
];

// ---------------------------------------------------------------- part larger than whole
const pw = (lo: number, hi: number) => { const w = int(lo, hi); const p = int(Math.ceil(w * 0.3), w - 1); const q = w + Math.max(2, Math.round(w * (0.05 + rnd() * 0.3))); return { w, p, q }; };
const partWhole: Frame[] = [
  () => { const { w, p, q } = pw(2000, 9000); return { right: `Tiếp nhận ${vi(w)} hồ sơ; riêng hồ sơ trực tuyến ${vi(p)} hồ sơ.`, wrong: `Tiếp nhận ${vi(w)} hồ sơ; riêng hồ sơ trực tuyến ${vi(q)} hồ sơ.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(40, 130); return { right: `Toàn tỉnh có ${w} xã, số xã đã hoàn thành là ${p} xã.`, wrong: `Toàn tỉnh có ${w} xã, số xã đã hoàn thành là ${q} xã.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(1000, 90000); return { right: `Đã cấp ${vi(w)} thẻ căn cước, trong đó ${vi(p)} thẻ cho trẻ em dưới 14 tuổi.`, wrong: `Đã cấp ${vi(w)} thẻ căn cước, trong đó ${vi(q)} thẻ cho trẻ em dưới 14 tuổi.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(10000, 500000); return { right: `Đã kích hoạt ${vi(w)} tài khoản định danh điện tử, bao gồm ${vi(p)} tài khoản mức độ 2.`, wrong: `Đã kích hoạt ${vi(w)} tài khoản định danh điện tử, bao gồm ${vi(q)} tài khoản mức độ 2.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(100, 800); return { right: `Kết quả: ${p}/${w} xã đã triển khai mô hình.`, wrong: `Kết quả: ${q}/${w} xã đã triển khai mô hình.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(100, 1500); return { right: `Trong ${vi(w)} thủ tục hành chính được rà soát, số thủ tục đủ điều kiện cung cấp toàn trình là ${vi(p)} thủ tục.`, wrong: `Trong ${vi(w)} thủ tục hành chính được rà soát, số thủ tục đủ điều kiện cung cấp toàn trình là ${vi(q)} thủ tục.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(100, 600); return { right: `Tổng số ${w} cơ sở khám chữa bệnh, riêng cơ sở tuyến xã có ${p} cơ sở.`, wrong: `Tổng số ${w} cơ sở khám chữa bệnh, riêng cơ sở tuyến xã có ${q} cơ sở.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(1000, 20000); return { right: `Thu nhận ${vi(w)} hồ sơ cấp căn cước; trong số đó có ${vi(p)} hồ sơ cấp lần đầu.`, wrong: `Thu nhận ${vi(w)} hồ sơ cấp căn cước; trong số đó có ${vi(q)} hồ sơ cấp lần đầu.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(300, 9000); return { right: `Đã giải quyết ${vi(w)} hồ sơ, trong đó đúng hạn ${vi(p)} hồ sơ.`, wrong: `Đã giải quyết ${vi(w)} hồ sơ, trong đó đúng hạn ${vi(q)} hồ sơ.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(30, 400); return { right: `Có ${w} tổ công nghệ số cộng đồng, riêng khu vực nông thôn ${p} tổ.`, wrong: `Có ${w} tổ công nghệ số cộng đồng, riêng khu vực nông thôn ${q} tổ.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(1000, 90000); return { right: `Kết quả số hóa đạt ${vi(p)}/${vi(w)} hồ sơ.`, wrong: `Kết quả số hóa đạt ${vi(q)}/${vi(w)} hồ sơ.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(100, 900); return { right: `Toàn tỉnh có ${w} trường học; số trường đã thu học phí không dùng tiền mặt là ${p} trường.`, wrong: `Toàn tỉnh có ${w} trường học; số trường đã thu học phí không dùng tiền mặt là ${q} trường.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(10, 60); return { right: `Đã tổ chức ${w} lớp, bao gồm ${p} lớp cho cán bộ cấp xã.`, wrong: `Đã tổ chức ${w} lớp, bao gồm ${q} lớp cho cán bộ cấp xã.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(50, 900); return { right: `Tiếp nhận ${w} phản ánh, kiến nghị, trong đó mới có ${p} phản ánh được giải quyết.`, wrong: `Tiếp nhận ${w} phản ánh, kiến nghị, trong đó mới có ${q} phản ánh được giải quyết.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(10000, 900000); return { right: `Số người đã có tài khoản là ${vi(w)} người, trong đó ${vi(p)} người đã sử dụng dịch vụ công trực tuyến.`, wrong: `Số người đã có tài khoản là ${vi(w)} người, trong đó ${vi(q)} người đã sử dụng dịch vụ công trực tuyến.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(50, 700); return { right: `${p} trên tổng số ${w} điểm giao dịch đã lắp đặt thiết bị đọc căn cước.`, wrong: `${q} trên tổng số ${w} điểm giao dịch đã lắp đặt thiết bị đọc căn cước.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(500, 9000); return { right: `Giải ngân ${vi(w)} triệu đồng, riêng nguồn ngân sách tỉnh ${vi(p)} triệu đồng.`, wrong: `Giải ngân ${vi(w)} triệu đồng, riêng nguồn ngân sách tỉnh ${vi(q)} triệu đồng.`, figure: vi(q) }; },
  () => { const w = int(20, 90) * 100, p = Math.round(w * 0.4 / 100) * 100, q = Math.round(w * 1.3 / 100) * 100; return { right: `Hỗ trợ ${vi(w)} lượt người dân, trong đó hơn ${vi(p)} lượt người cao tuổi.`, wrong: `Hỗ trợ ${vi(w)} lượt người dân, trong đó hơn ${vi(q)} lượt người cao tuổi.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(200, 3000); return { right: `Thống kê ${vi(w)} doanh nghiệp, số doanh nghiệp đã sử dụng hóa đơn điện tử là ${vi(p)} doanh nghiệp.`, wrong: `Thống kê ${vi(w)} doanh nghiệp, số doanh nghiệp đã sử dụng hóa đơn điện tử là ${vi(q)} doanh nghiệp.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(20, 90); return { right: `Toàn tỉnh có ${w} xã, phường. Trong số này, ${p} xã, phường đã kết nối mạng truyền số liệu chuyên dùng.`, wrong: `Toàn tỉnh có ${w} xã, phường. Trong số này, ${q} xã, phường đã kết nối mạng truyền số liệu chuyên dùng.`, figure: String(q) }; },
];
const partTraps: (() => string)[] = [
  () => { const t = int(3000, 9000), p = t - int(100, 900); return `Tiếp nhận ${vi(t)} hồ sơ, trong đó ${vi(p)} hồ sơ trực tuyến (tăng ${vi(int(100, 900))} hồ sơ so với cùng kỳ).`; },
  () => `Có ${int(10, 40)} xã; riêng xã Đông Cứu tiếp nhận ${vi(int(500, 2000))} hồ sơ.`,
  () => { const w = int(100, 400); return `Toàn tỉnh có ${w} xã; riêng năm 2025 tăng ${int(5, 20)} xã nhờ sáp nhập.`; },
  () => `Tổng số 3.321 xã, trong đó 2.950 xã đã báo cáo đúng hạn.`,
  () => { const w = int(50, 90); return `Có ${w} xã, số hóa ${vi(int(1000, 9000))} hồ sơ, giấy tờ.`; },
  () => `Đã cấp ${vi(int(100, 900))} thẻ căn cước; riêng trong tháng 02/2026 đã cấp ${vi(int(1000, 5000))} thẻ lũy kế từ đầu năm.`,
];

// ---------------------------------------------------------------- the same quantity twice
type Doc = { right: { text: string; path: string }[]; wrong: { text: string; path: string }[]; figure: string };
const restate = (a: (x: string) => string, b: (x: string) => string, lo: number, hi: number, fmt: (n: number) => string = vi): (() => Doc) => () => {
  const x = int(lo, hi), y = x + int(1, 9);
  return {
    right: [{ text: a(fmt(x)), path: "Phần II" }, { text: b(fmt(x)), path: "Phần IV" }],
    wrong: [{ text: a(fmt(x)), path: "Phần II" }, { text: b(fmt(y)), path: "Phần IV" }],
    figure: fmt(y),
  };
};
const restatedFrames: (() => Doc)[] = [
  restate((x) => `Đến nay còn ${x} nhiệm vụ chậm tiến độ, chủ yếu do thiếu kinh phí.`, (x) => `Tồn tại: ${x} nhiệm vụ chậm tiến độ chưa được khắc phục dứt điểm.`, 10, 60),
  restate((x) => `Toàn tỉnh có ${x} xã chưa kết nối mạng truyền số liệu chuyên dùng.`, (x) => `Đề nghị Bộ hỗ trợ ${x} xã chưa kết nối mạng truyền số liệu chuyên dùng.`, 5, 40),
  restate((x) => `Đã cấp ${x} tài khoản định danh điện tử mức độ 2 cho cán bộ, công chức.`, (x) => `Kết quả nổi bật: ${x} tài khoản định danh điện tử mức độ 2 cho cán bộ đã được kích hoạt.`, 200, 5000),
  restate((x) => `Hiện có ${x} thủ tục hành chính chưa được số hóa kết quả.`, (x) => `Nhiệm vụ tháng tới: xử lý dứt điểm ${x} thủ tục hành chính chưa được số hóa kết quả.`, 10, 90),
  restate((x) => `Có ${x} hồ sơ trực tuyến toàn trình bị trả lại do sai thông tin.`, (x) => `Hạn chế: ${x} hồ sơ trực tuyến toàn trình bị trả lại, gây chậm trễ.`, 20, 300),
  restate((x) => `Tổ công tác phát hiện ${x} trường hợp dữ liệu dân cư sai lệch.`, (x) => `Đã chuyển ${x} trường hợp dữ liệu dân cư sai lệch cho Công an xã xác minh.`, 100, 5000),
  restate((x) => `Trên địa bàn có ${x} điểm giao dịch chưa lắp đặt thiết bị đọc căn cước.`, (x) => `Kiến nghị bố trí kinh phí cho ${x} điểm giao dịch chưa lắp đặt thiết bị đọc căn cước.`, 5, 90),
  restate((x) => `Ghi nhận ${x} camera giám sát an ninh trật tự đã kết nối.`, (x) => `Hệ thống hiện có ${x} camera giám sát an ninh trật tự đã kết nối về Trung tâm.`, 50, 900),
  restate((x) => `Có ${x} cơ sở giáo dục chưa triển khai thu học phí không dùng tiền mặt.`, (x) => `Nhiệm vụ quý I/2026: xử lý dứt điểm ${x} cơ sở giáo dục chưa triển khai thu học phí không dùng tiền mặt.`, 5, 60, pad),
  restate((x) => `Đã chi trả ${x} hồ sơ trợ cấp xã hội qua tài khoản ngân hàng.`, (x) => `Kết quả: ${x} hồ sơ trợ cấp xã hội qua tài khoản ngân hàng được chi trả đúng hạn.`, 300, 9000),
  restate((x) => `Còn ${x} tổ dân phố chưa có tổ công nghệ số cộng đồng hoạt động.`, (x) => `Khó khăn: ${x} tổ dân phố chưa có tổ công nghệ số cộng đồng hoạt động hiệu quả.`, 3, 40, pad),
  restate((x) => `Phát hiện ${x} tài khoản mạng xã hội đăng tin sai sự thật về Đề án 06.`, (x) => `Đã xử lý ${x} tài khoản mạng xã hội đăng tin sai sự thật về Đề án 06 theo quy định.`, 3, 50),
  restate((x) => `Đã số hóa ${x} hộ tịch điện tử dùng chung trên toàn tỉnh.`, (x) => `Cơ sở dữ liệu đã có ${x} hộ tịch điện tử dùng chung phục vụ tra cứu.`, 10000, 900000),
  restate((x) => `Có ${x} máy tính cấu hình thấp tại bộ phận một cửa cấp xã.`, (x) => `Đề nghị thay thế ${x} máy tính cấu hình thấp tại bộ phận một cửa cấp xã.`, 10, 200),
  restate((x) => `Tiếp nhận ${x} phản ánh kiến nghị qua ứng dụng VNeID trong kỳ.`, (x) => `Về phản ánh: ${x} phản ánh kiến nghị qua ứng dụng VNeID đã được trả lời.`, 10, 500),
  restate((x) => `Đang triển khai ${x} dự án công nghệ thông tin phục vụ Đề án 06.`, (x) => `Trong năm 2026 tiếp tục đầu tư ${x} dự án công nghệ thông tin phục vụ Đề án 06.`, 2, 12, pad),
  restate((x) => `Có ${x} cán bộ một cửa chưa được cấp chữ ký số cá nhân.`, (x) => `Đề nghị cấp bổ sung cho ${x} cán bộ một cửa chưa được cấp chữ ký số cá nhân.`, 5, 90),
  restate((x) => `Đã thu nhận ${x} mẫu sinh trắc học mống mắt của công dân.`, (x) => `Nổi bật là ${x} mẫu sinh trắc học mống mắt của công dân đã được cập nhật.`, 1000, 90000),
  restate((x) => `Phát hiện ${x} điểm kinh doanh dịch vụ cầm đồ vi phạm.`, (x) => `Xử phạt hành chính ${x} điểm kinh doanh dịch vụ cầm đồ vi phạm quy định.`, 2, 40),
  restate((x) => `Còn ${x} giấy tờ công dân chưa được tích hợp lên ứng dụng định danh.`, (x) => `Tiếp tục tích hợp ${x} giấy tờ công dân chưa được tích hợp lên ứng dụng định danh.`, 2, 20, pad),
];
const restatedTraps: (() => { text: string; path: string }[])[] = [
  () => { const x = int(10, 60); return [{ text: `Còn ${x} nhiệm vụ chậm tiến độ.`, path: "Phần II" }, { text: `So với tháng trước giảm ${int(2, 9)} nhiệm vụ chậm tiến độ.`, path: "Phần III" }]; },
  () => [{ text: `Trong tháng tiếp nhận ${vi(int(300, 900))} hồ sơ trực tuyến toàn trình.`, path: "Phần II" }, { text: `Lũy kế từ đầu năm tiếp nhận ${vi(int(3000, 9000))} hồ sơ trực tuyến toàn trình.`, path: "Phần II" }],
  () => [{ text: `Xã Tân Lập có ${int(10, 50)} tổ công nghệ số cộng đồng.`, path: "Phần II" }, { text: `Kế hoạch năm 2026 thành lập ${int(60, 90)} tổ công nghệ số cộng đồng.`, path: "Phần V" }],
  () => [{ text: `Có ${int(5, 20)} xã chưa kết nối mạng truyền số liệu chuyên dùng.`, path: "Phần II" }, { text: `Cùng kỳ năm 2025 có ${int(30, 60)} xã chưa kết nối mạng truyền số liệu chuyên dùng.`, path: "Phần II" }],
  () => [{ text: `Tiếp nhận ${vi(int(1000, 5000))} hồ sơ, trong đó ${vi(int(100, 900))} hồ sơ trực tuyến toàn trình.`, path: "Phần II" }, { text: `Tổng cộng có ${vi(int(6000, 9000))} hồ sơ trực tuyến toàn trình trong năm.`, path: "Phần III" }],
  () => [{ text: `Mục tiêu đến năm 2030: ${int(80, 99)} thủ tục hành chính được cung cấp trực tuyến toàn trình.`, path: "Phần V" }, { text: `Hiện có ${int(20, 60)} thủ tục hành chính được cung cấp trực tuyến toàn trình.`, path: "Phần II" }],
];


// ---------------------------------------------------------------- fresh held-back frames (round 2)
// Written after the first round had been tuned on both halves, and never tuned on: every case of
// these frames is held back, so the held-back score includes wordings the rules never saw.
const freshSplits: Frame[] = [
  () => { const { a, b, t } = split2(100, 5000); const w = off(t); return { right: `Năm 2025, Công an tỉnh đã thu nhận ${vi(t)} hồ sơ đề nghị cấp căn cước (${vi(a)} hồ sơ tại trụ sở, ${vi(b)} hồ sơ lưu động).`, wrong: `Năm 2025, Công an tỉnh đã thu nhận ${vi(w)} hồ sơ đề nghị cấp căn cước (${vi(a)} hồ sơ tại trụ sở, ${vi(b)} hồ sơ lưu động).`, figure: vi(w) }; },
  () => { const a = int(3, 30), b = int(3, 30), c = int(1, 9); const t = a + b + c; const w = t + int(3, 6); return { right: `Ra mắt ${t} tổ công nghệ số cộng đồng (gồm ${a} tổ ở phường, ${b} tổ ở xã, ${pad(c)} tổ ở đặc khu).`, wrong: `Ra mắt ${w} tổ công nghệ số cộng đồng (gồm ${a} tổ ở phường, ${b} tổ ở xã, ${pad(c)} tổ ở đặc khu).`, figure: String(w) }; },
  () => { const a = int(12, 60) / 10, b = int(12, 60) / 10; const t = a + b; const w = t + 1.4; return { right: `Tổng số tiền chi trả qua tài khoản là ${vi(t, 1)} tỷ đồng (lương hưu ${vi(a, 1)} tỷ đồng và trợ cấp ${vi(b, 1)} tỷ đồng).`, wrong: `Tổng số tiền chi trả qua tài khoản là ${vi(w, 1)} tỷ đồng (lương hưu ${vi(a, 1)} tỷ đồng và trợ cấp ${vi(b, 1)} tỷ đồng).`, figure: vi(w, 1) }; },
  () => { const { a, b, t } = split2(200, 3000); const w = off(t); return { right: `Đã xác thực ${vi(t)} lượt bằng căn cước gắn chip tại các cơ sở y tế (${vi(a)} lượt tại bệnh viện, ${vi(b)} lượt tại trạm y tế).`, wrong: `Đã xác thực ${vi(w)} lượt bằng căn cước gắn chip tại các cơ sở y tế (${vi(a)} lượt tại bệnh viện, ${vi(b)} lượt tại trạm y tế).`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(5, 60); const w = off(t); return { right: `Kiểm tra ${t} cơ sở kinh doanh có điều kiện về an ninh, trật tự (có ${a} cơ sở lưu trú và ${b} cơ sở kinh doanh karaoke).`, wrong: `Kiểm tra ${w} cơ sở kinh doanh có điều kiện về an ninh, trật tự (có ${a} cơ sở lưu trú và ${b} cơ sở kinh doanh karaoke).`, figure: String(w) }; },
  () => { const { a, b, t } = split2(1000, 9000); const w = off(t); return { right: `Hệ thống ghi nhận ${vi(t)} lượt đăng ký tạm trú trực tuyến (${vi(a)} lượt qua VNeID; ${vi(b)} lượt qua Cổng Dịch vụ công).`, wrong: `Hệ thống ghi nhận ${vi(w)} lượt đăng ký tạm trú trực tuyến (${vi(a)} lượt qua VNeID; ${vi(b)} lượt qua Cổng Dịch vụ công).`, figure: vi(w) }; },
];
const freshRatios: Frame[] = [
  () => { const w = int(30, 100), p = int(15, w - 1), r = (p / w) * 100, z = far(r); return { right: `Đến nay, ${p}/${w} cơ quan, đơn vị đã sử dụng hệ thống quản lý văn bản điều hành, đạt tỷ lệ ${pct(r)}%.`, wrong: `Đến nay, ${p}/${w} cơ quan, đơn vị đã sử dụng hệ thống quản lý văn bản điều hành, đạt tỷ lệ ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Trong kỳ có ${vi(p)} hồ sơ được giải quyết trực tuyến toàn trình trên tổng số ${vi(w)} hồ sơ tiếp nhận, chiếm ${pct(r, 2)}%.`, wrong: `Trong kỳ có ${vi(p)} hồ sơ được giải quyết trực tuyến toàn trình trên tổng số ${vi(w)} hồ sơ tiếp nhận, chiếm ${pct(z, 2)}%.`, figure: `${pct(z, 2)}%` }; },
  () => { const w = int(100, 900), p = int(Math.ceil(w * 0.6), w - 3), r = (p / w) * 100, z = Math.round(r) - 15; return { right: `Khoảng ${Math.round(r)}% số hộ kinh doanh tại chợ (${p}/${w} hộ) đã sử dụng mã QR để thanh toán.`, wrong: `Khoảng ${z}% số hộ kinh doanh tại chợ (${p}/${w} hộ) đã sử dụng mã QR để thanh toán.`, figure: `${z}%` }; },
  () => { const w = int(20, 80), p = int(10, w - 1), r = (p / w) * 100, z = far(r); return { right: `Số xã đã kết nối mạng truyền số liệu chuyên dùng là ${p} trong tổng số ${w} xã, bằng ${pct(r)}%.`, wrong: `Số xã đã kết nối mạng truyền số liệu chuyên dùng là ${p} trong tổng số ${w} xã, bằng ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { p, w, r } = ratio(); const z = far(r); return { right: `Tỷ lệ cấp căn cước cho công dân đủ điều kiện đạt ${pct(r)}%, tức ${vi(p)}/${vi(w)} trường hợp.`, wrong: `Tỷ lệ cấp căn cước cho công dân đủ điều kiện đạt ${pct(z)}%, tức ${vi(p)}/${vi(w)} trường hợp.`, figure: `${pct(z)}%` }; },
  () => { const w = int(10, 40), p = int(5, w - 1), r = (p / w) * 100, z = far(r); return { right: `${p}/${w} sở, ban, ngành (${pct(r)}%) đã cập nhật dữ liệu lên Kho dữ liệu dùng chung.`, wrong: `${p}/${w} sở, ban, ngành (${pct(z)}%) đã cập nhật dữ liệu lên Kho dữ liệu dùng chung.`, figure: `${pct(z)}%` }; },
];
const freshAverages: Frame[] = [
  () => { const { n, t, a } = avgPair(10, 40, [20, 90]); const w = bad(a); return { right: `Đoàn công tác lưu động đã đến ${n} thôn, làm thủ tục cho ${vi(t)} người, trung bình ${Math.round(a)} người một thôn.`, wrong: `Đoàn công tác lưu động đã đến ${n} thôn, làm thủ tục cho ${vi(t)} người, trung bình ${w} người một thôn.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(3, 9, [40, 300]); const w = bad(a); return { right: `Trong ${n} tuần triển khai, hệ thống tiếp nhận ${vi(t)} phản ánh, bình quân ${Math.round(a)} phản ánh/tuần.`, wrong: `Trong ${n} tuần triển khai, hệ thống tiếp nhận ${vi(t)} phản ánh, bình quân ${w} phản ánh/tuần.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(15, 90, [10, 60]); const w = bad(a); return { right: `Với ${n} máy kiosk và ${vi(t)} lượt sử dụng trong tháng, bình quân mỗi máy phục vụ ${Math.round(a)} lượt.`, wrong: `Với ${n} máy kiosk và ${vi(t)} lượt sử dụng trong tháng, bình quân mỗi máy phục vụ ${w} lượt.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(5, 30, [200, 900]); const w = bad(a); return { right: `Kinh phí hỗ trợ ${vi(t)} triệu đồng được phân bổ cho ${n} xã, trung bình ${Math.round(a)} triệu đồng mỗi xã.`, wrong: `Kinh phí hỗ trợ ${vi(t)} triệu đồng được phân bổ cho ${n} xã, trung bình ${w} triệu đồng mỗi xã.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(4, 12, [15, 60]); const w = bad(a); return { right: `Tổ chức ${pad(n)} đợt cao điểm, cấp ${t} giấy xác nhận, bình quân ${vi(a, 1).replace(/,0$/, "")} giấy/đợt.`, wrong: `Tổ chức ${pad(n)} đợt cao điểm, cấp ${t} giấy xác nhận, bình quân ${w} giấy/đợt.`, figure: String(w) }; },
  () => { const { n, t, a } = avgPair(20, 60, [100, 400]); const w = bad(a); return { right: `Bình quân mỗi điểm tiếp nhận ${Math.round(a)} hồ sơ trong quý (${n} điểm, ${vi(t)} hồ sơ).`, wrong: `Bình quân mỗi điểm tiếp nhận ${w} hồ sơ trong quý (${n} điểm, ${vi(t)} hồ sơ).`, figure: String(w) }; },
];
const freshDifferences: Frame[] = [
  () => { const b = int(500, 3000), d = int(50, 400), a = b + d, w = dBad(d); return { right: `Quý I/2026 cấp ${vi(a)} giấy phép lái xe trực tuyến, nhiều hơn quý trước ${vi(d)} giấy phép (quý IV/2025: ${vi(b)}).`, wrong: `Quý I/2026 cấp ${vi(a)} giấy phép lái xe trực tuyến, tăng ${vi(w)} giấy phép so với quý trước (quý IV/2025: ${vi(b)}).`, figure: vi(w) }; },
  () => { const b = int(40, 90) * 10, z = int(10, 50), a = Math.round(b * (1 - z / 100)), w = z + int(8, 15); return { right: `Thời gian chờ trung bình giảm ${z}%, từ ${b} phút xuống ${a} phút.`, wrong: `Thời gian chờ trung bình giảm ${w}%, từ ${b} phút xuống ${a} phút.`, figure: `${w}%` }; },
  () => { const p1 = int(300, 700) / 10, pp = int(20, 90) / 10, p2 = p1 + pp, w = pp + 2.5; return { right: `Tỷ lệ thanh toán trực tuyến tăng ${pct(pp)} điểm phần trăm, từ ${pct(p1)}% lên ${pct(p2)}%.`, wrong: `Tỷ lệ thanh toán trực tuyến tăng ${pct(w)} điểm phần trăm, từ ${pct(p1)}% lên ${pct(p2)}%.`, figure: pct(w) }; },
  () => { const b = int(1000, 5000), d = int(100, 900), a = b - d, w = dBad(d); return { right: `Số hồ sơ nộp trực tiếp còn ${vi(a)} hồ sơ, giảm ${vi(d)} hồ sơ so với cùng kỳ năm trước (${vi(b)} hồ sơ).`, wrong: `Số hồ sơ nộp trực tiếp còn ${vi(a)} hồ sơ, giảm ${vi(w)} hồ sơ so với cùng kỳ năm trước (${vi(b)} hồ sơ).`, figure: vi(w) }; },
  () => { const b = int(100, 400), z = int(10, 60), a = Math.round(b * (1 + z / 100)), w = z + int(8, 20); return { right: `Có ${a} doanh nghiệp tham gia hóa đơn điện tử khởi tạo từ máy tính tiền, tăng ${z}% so với cuối năm 2025 (${b} doanh nghiệp).`, wrong: `Có ${a} doanh nghiệp tham gia hóa đơn điện tử khởi tạo từ máy tính tiền, tăng ${w}% so với cuối năm 2025 (${b} doanh nghiệp).`, figure: `${w}%` }; },
  () => { const b = int(20, 80) / 10, d = int(3, 15) / 10, a = b + d, w = d + 0.8; return { right: `Nguồn thu phí, lệ phí trực tuyến đạt ${vi(a, 1)} tỷ đồng, tăng ${vi(d, 1)} tỷ đồng so với năm 2025 (${vi(b, 1)} tỷ đồng).`, wrong: `Nguồn thu phí, lệ phí trực tuyến đạt ${vi(a, 1)} tỷ đồng, tăng ${vi(w, 1)} tỷ đồng so với năm 2025 (${vi(b, 1)} tỷ đồng).`, figure: vi(w, 1) }; },
];
const freshLists: Frame[] = [
  listFrame((c, xs) => `Tổ chức ${c} hội nghị chuyên đề: ${xs.map((x) => `hội nghị về ${x}`).join("; ")}.`, items.solutions, pad),
  listFrame((c, xs) => `Đã kết nối ${c} cơ sở dữ liệu chuyên ngành với Cơ sở dữ liệu quốc gia về dân cư gồm ${and(xs)}.`, ["cơ sở dữ liệu hộ tịch", "cơ sở dữ liệu bảo hiểm", "cơ sở dữ liệu đất đai", "cơ sở dữ liệu giáo dục", "cơ sở dữ liệu y tế"]),
  listFrame((c, xs) => `Ban chỉ đạo giao ${c} nhóm nhiệm vụ trọng tâm:\n${xs.map((x, i) => `${i + 1}. ${x[0]!.toUpperCase()}${x.slice(1)}.`).join("\n")}`, items.targets),
  listFrame((c, xs) => `Có ${c} đơn vị chưa hoàn thành việc làm sạch dữ liệu, cụ thể: ${xs.join(", ")}.`, items.units, pad),
  listFrame((c, xs) => `Khen thưởng ${c} tập thể có thành tích xuất sắc: ${and(xs)}.`, items.agencies),
  listFrame((c, xs) => `Tiếp tục thực hiện ${c} giải pháp sau: ${xs.map((x, i) => `(${"abcdđ"[i]}) ${x}`).join("; ")}.`, items.solutions),
];
const freshParts: Frame[] = [
  () => { const { w, p, q } = pw(2000, 20000); return { right: `Toàn tỉnh có ${vi(w)} hộ kinh doanh; số hộ đã mở tài khoản thanh toán là ${vi(p)} hộ.`, wrong: `Toàn tỉnh có ${vi(w)} hộ kinh doanh; số hộ đã mở tài khoản thanh toán là ${vi(q)} hộ.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(100, 900); return { right: `Đã tiếp nhận ${w} tin báo, tố giác tội phạm; riêng tin báo qua ứng dụng VNeID là ${p} tin.`, wrong: `Đã tiếp nhận ${w} tin báo, tố giác tội phạm; riêng tin báo qua ứng dụng VNeID là ${q} tin.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(20, 99); return { right: `${p}/${w} trạm y tế xã đã khám chữa bệnh bằng căn cước.`, wrong: `${q}/${w} trạm y tế xã đã khám chữa bệnh bằng căn cước.`, figure: String(q) }; },
  () => { const { w, p, q } = pw(1000, 9000); return { right: `Trong ${vi(w)} lượt khám, chữa bệnh có ${vi(p)} lượt sử dụng căn cước thay thẻ bảo hiểm y tế.`, wrong: `Trong ${vi(w)} lượt khám, chữa bệnh có ${vi(q)} lượt sử dụng căn cước thay thẻ bảo hiểm y tế.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(300, 3000); return { right: `Đã cấp ${vi(w)} tài khoản định danh điện tử, bao gồm cả ${vi(p)} tài khoản cấp cho người nước ngoài.`, wrong: `Đã cấp ${vi(w)} tài khoản định danh điện tử, bao gồm cả ${vi(q)} tài khoản cấp cho người nước ngoài.`, figure: vi(q) }; },
  () => { const { w, p, q } = pw(50, 400); return { right: `Toàn tỉnh có ${w} trường trung học; trong số này mới có ${p} trường sử dụng học bạ số.`, wrong: `Toàn tỉnh có ${w} trường trung học; trong số này mới có ${q} trường sử dụng học bạ số.`, figure: String(q) }; },
];
const freshRestated: (() => Doc)[] = [
  restate((x) => `Qua rà soát, còn ${x} trường hợp công dân chưa được cấp căn cước do thiếu giấy tờ.`, (x) => `Kiến nghị hướng dẫn xử lý ${x} trường hợp công dân chưa được cấp căn cước do thiếu giấy tờ.`, 50, 900),
  restate((x) => `Hiện nay ${x} thôn, tổ dân phố chưa có sóng di động ổn định.`, (x) => `Khó khăn lớn nhất là ${x} thôn, tổ dân phố chưa có sóng di động ổn định.`, 3, 30, pad),
  restate((x) => `Có ${x} bộ thủ tục hành chính nội bộ đã được công bố trong kỳ.`, (x) => `Văn phòng đã tham mưu công bố ${x} bộ thủ tục hành chính nội bộ đã được chuẩn hóa.`, 2, 20, pad),
  restate((x) => `Đã tuyên truyền tại ${x} điểm sinh hoạt cộng đồng trên địa bàn.`, (x) => `Hoạt động tuyên truyền được tổ chức ở ${x} điểm sinh hoạt cộng đồng trên địa bàn tỉnh.`, 20, 300),
  restate((x) => `Ghi nhận ${x} sự cố mất kết nối hệ thống thông tin giải quyết thủ tục hành chính.`, (x) => `Trong tháng xảy ra ${x} sự cố mất kết nối hệ thống thông tin giải quyết thủ tục hành chính.`, 2, 30),
  restate((x) => `Đã bố trí ${x} cán bộ chuyên trách công nghệ thông tin cấp xã.`, (x) => `Toàn tỉnh mới có ${x} cán bộ chuyên trách công nghệ thông tin cấp xã, chưa đáp ứng yêu cầu.`, 20, 200),
];

// ---------------------------------------------------------------- round 3: shapes of issue 13 the real sentences showed
// Comparisons ("cao hơn … so với … (…)", "gấp 2,5 lần", "bằng 85% so với …"), lists after "là" /
// "như" / "gồm" with no colon or with a colon far from the count (count words: "ba văn bản"),
// and averages a sentence after their counts. Figures are drawn from their own seed (set below,
// after the earlier corpora are drawn), so the earlier files do not change. Frames alternate
// tune / held as above; frames marked NFD are checked as NFD text (field `nfd`).
const WORDS = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
const word = (n: number): string => WORDS[n - 2] ?? String(n);
const gapBad = (d: number): number => d + Math.max(3, Math.round(d * (0.2 + rnd() * 0.3)));
const comparisons: Frame[] = [
  () => { const b = int(2000, 9000), d = int(150, 900), a = b + d, w = gapBad(d); return { right: `Quý I/2026 tiếp nhận ${vi(a)} hồ sơ trực tuyến, nhiều hơn ${vi(d)} hồ sơ so với quý trước (${vi(b)} hồ sơ).`, wrong: `Quý I/2026 tiếp nhận ${vi(a)} hồ sơ trực tuyến, nhiều hơn ${vi(w)} hồ sơ so với quý trước (${vi(b)} hồ sơ).`, figure: vi(w) }; },
  () => { const p1 = int(400, 700) / 10, pp = int(20, 150) / 10, p2 = p1 + pp, w = pp + 2 + int(0, 30) / 10; return { right: `Tỷ lệ hồ sơ trực tuyến của tỉnh đạt ${pct(p2)}%, cao hơn ${pct(pp)} điểm phần trăm so với bình quân cả nước (${pct(p1)}%).`, wrong: `Tỷ lệ hồ sơ trực tuyến của tỉnh đạt ${pct(p2)}%, cao hơn ${pct(w)} điểm phần trăm so với bình quân cả nước (${pct(p1)}%).`, figure: pct(w) }; },
  () => { const a = int(1000, 6000), d = int(100, 900), b = a + d, w = gapBad(d); return { right: `Số hồ sơ nộp trực tiếp là ${vi(a)} hồ sơ, thấp hơn ${vi(d)} hồ sơ so với cùng kỳ năm 2025 (${vi(b)} hồ sơ).`, wrong: `Số hồ sơ nộp trực tiếp là ${vi(a)} hồ sơ, thấp hơn ${vi(w)} hồ sơ so với cùng kỳ năm 2025 (${vi(b)} hồ sơ).`, figure: vi(w) }; },
  () => { const a = int(20, 90), d = int(5, 40), b = a + d, w = d + int(4, 9); return { right: `Trong tháng, số phản ánh về thủ tục hành chính là ${a} phản ánh, ít hơn ${d} phản ánh so với tháng trước (${b} phản ánh).`, wrong: `Trong tháng, số phản ánh về thủ tục hành chính là ${a} phản ánh, ít hơn ${w} phản ánh so với tháng trước (${b} phản ánh).`, figure: String(w) }; },
  () => { const b = int(20, 90) / 10, k = int(15, 40) / 10, a = b * k, w = k + 0.8 + int(0, 7) / 10; return { right: `Doanh thu thanh toán trực tuyến đạt ${vi(a, 1)} tỷ đồng, gấp ${vi(k, 1)} lần so với cùng kỳ (${vi(b, 1)} tỷ đồng).`, wrong: `Doanh thu thanh toán trực tuyến đạt ${vi(a, 1)} tỷ đồng, gấp ${vi(w, 1)} lần so với cùng kỳ (${vi(b, 1)} tỷ đồng).`, figure: vi(w, 1) }; },
  () => { const b = int(20, 90) * 100, z = int(5, 30), a = Math.round(b * (1 + z / 100)), w = z + int(8, 15); return { right: `Đã cấp ${vi(a)} thẻ căn cước, vượt ${z}% so với kế hoạch (${vi(b)} thẻ).`, wrong: `Đã cấp ${vi(a)} thẻ căn cước, vượt ${w}% so với kế hoạch (${vi(b)} thẻ).`, figure: `${w}%` }; },
  () => { const b = int(1000, 9000), z = int(40, 95), a = Math.round((b * z) / 100), w = z + (z > 70 ? -int(8, 15) : int(8, 15)); return { right: `Số hồ sơ tiếp nhận trực tiếp ${vi(a)} hồ sơ, bằng ${z}% so với cùng kỳ (${vi(b)} hồ sơ).`, wrong: `Số hồ sơ tiếp nhận trực tiếp ${vi(a)} hồ sơ, bằng ${w}% so với cùng kỳ (${vi(b)} hồ sơ).`, figure: `${w}%` }; },
  () => { const b = int(2000, 9000), a = Math.round(b * (1.82 + rnd() * 0.15)), w = Math.round(b * (1.2 + rnd() * 0.25)); return { right: `Số tài khoản định danh điện tử được kích hoạt trong quý là ${vi(a)} tài khoản, gần gấp đôi cùng kỳ năm trước (${vi(b)} tài khoản).`, wrong: `Số tài khoản định danh điện tử được kích hoạt trong quý là ${vi(w)} tài khoản, gần gấp đôi cùng kỳ năm trước (${vi(b)} tài khoản).`, figure: vi(w) }; },
  () => { const b = int(200, 900) * 10, k = int(2, 5), a = b * k, w = k + 2; return { right: `Số giao dịch thanh toán qua ứng dụng VNeID tăng gấp ${k} lần, từ ${vi(b)} lên ${vi(a)} giao dịch.`, wrong: `Số giao dịch thanh toán qua ứng dụng VNeID tăng gấp ${w} lần, từ ${vi(b)} lên ${vi(a)} giao dịch.`, figure: String(w) }; },
  () => { const p1 = int(300, 600) / 10, pp = int(4, 12), p2 = p1 + pp, w = pp + int(3, 5); return { right: `Tỷ lệ dân số có căn cước gắn chip đạt ${pct(p2)}%, cao hơn khoảng ${pp} điểm phần trăm so với mức bình quân của khu vực (${pct(p1)}%).`, wrong: `Tỷ lệ dân số có căn cước gắn chip đạt ${pct(p2)}%, cao hơn khoảng ${w} điểm phần trăm so với mức bình quân của khu vực (${pct(p1)}%).`, figure: String(w) }; },
  () => { const b = int(12, 40) / 10, d = int(3, 9) / 10, a = b + d, w = d + 0.4 + int(0, 3) / 10; return { right: `Năm 2025 có ${vi(a, 1)} triệu lượt truy cập Cổng dịch vụ công của tỉnh, nhiều hơn ${vi(d * 1000)} nghìn lượt so với năm 2024 (${vi(b, 1)} triệu lượt).`, wrong: `Năm 2025 có ${vi(a, 1)} triệu lượt truy cập Cổng dịch vụ công của tỉnh, nhiều hơn ${vi(w * 1000)} nghìn lượt so với năm 2024 (${vi(b, 1)} triệu lượt).`, figure: vi(w * 1000) }; },
  () => { const p2 = int(500, 800) / 10, pp = int(20, 150) / 10, p1 = p2 + pp, w = pp + 2 + int(0, 20) / 10; return { right: `Tỷ lệ thủ tục hành chính cung cấp trực tuyến toàn trình đạt **${pct(p2)}%**, thấp hơn **${pct(pp)}** điểm phần trăm so với chỉ tiêu (${pct(p1)}%).`, wrong: `Tỷ lệ thủ tục hành chính cung cấp trực tuyến toàn trình đạt **${pct(p2)}%**, thấp hơn **${pct(w)}** điểm phần trăm so với chỉ tiêu (${pct(p1)}%).`, figure: pct(w) }; },
  () => { const a = int(3, 20), d = int(2, 9), b = a + d, w = d + int(3, 5); return { right: `Có ${pad(a)} xã đạt chuẩn chuyển đổi số, ít hơn ${pad(d)} xã so với kế hoạch (${pad(b)} xã).`, wrong: `Có ${pad(a)} xã đạt chuẩn chuyển đổi số, ít hơn ${pad(w)} xã so với kế hoạch (${pad(b)} xã).`, figure: pad(w) }; },
  () => { const b = int(200, 900), k = int(2, 4), a = b * k + int(0, b - 1), w = k + 2; return { right: `Số hồ sơ thanh toán phí trực tuyến đạt ${vi(a)} hồ sơ, tăng ${k} lần so với năm 2024 (${vi(b)} hồ sơ).`, wrong: `Số hồ sơ thanh toán phí trực tuyến đạt ${vi(a)} hồ sơ, tăng ${w} lần so với năm 2024 (${vi(b)} hồ sơ).`, figure: String(w) }; },
  () => { const b = int(1000, 9000), k = int(2, 4), a = Math.round(b * (k + 0.1 + rnd() * 0.6)), w = k + 2; return { right: `Lượt truy cập ứng dụng trong tháng đạt ${vi(a)} lượt, gấp hơn ${k} lần tháng trước (${vi(b)} lượt).`, wrong: `Lượt truy cập ứng dụng trong tháng đạt ${vi(a)} lượt, gấp hơn ${w} lần tháng trước (${vi(b)} lượt).`, figure: String(w) }; },
  () => { const b = int(20, 90), d = int(3, 20), a = b + d, w = d + int(4, 8); return { right: `Toàn tỉnh đã thành lập ${a} tổ công nghệ số cộng đồng, vượt ${d} tổ so với kế hoạch giao (${b} tổ).`, wrong: `Toàn tỉnh đã thành lập ${a} tổ công nghệ số cộng đồng, vượt ${w} tổ so với kế hoạch giao (${b} tổ).`, figure: String(w) }; },
  () => { const b = int(300, 3000), z = int(10, 60), a = Math.round(b * (1 + z / 100)), w = z + int(8, 20); return { right: `Số doanh nghiệp sử dụng hóa đơn điện tử năm 2025 là ${vi(a)} doanh nghiệp, cao hơn ${z}% so với năm 2024 (${vi(b)} doanh nghiệp).`, wrong: `Số doanh nghiệp sử dụng hóa đơn điện tử năm 2025 là ${vi(a)} doanh nghiệp, cao hơn ${w}% so với năm 2024 (${vi(b)} doanh nghiệp).`, figure: `${w}%` }; },
  () => { const b = int(10, 90) * 1000, d = int(500, 9000), a = b + d, w = gapBad(d); return { right: `Số lượt khai thác dữ liệu dân cư đạt ${vi(a)} lượt, nhiều hơn ${vi(d)} lượt so với kỳ trước (${vi(b)} lượt).`, wrong: `Số lượt khai thác dữ liệu dân cư đạt ${vi(a)} lượt, nhiều hơn ${vi(w)} lượt so với kỳ trước (${vi(b)} lượt).`, figure: vi(w) }; },
  () => { const b = int(20, 90) * 100, z = int(40, 90), a = Math.round((b * z) / 100) + int(-5, 5), w = z - int(20, 30); return { right: `Kinh phí đã giải ngân ${vi(a)} triệu đồng, bằng khoảng ${z}% so với dự toán (${vi(b)} triệu đồng).`, wrong: `Kinh phí đã giải ngân ${vi(a)} triệu đồng, bằng khoảng ${w}% so với dự toán (${vi(b)} triệu đồng).`, figure: `${w}%` }; },
  () => { const b = int(300, 900), a = b * 2 + int(-20, 20), w = Math.round(b * (1.3 + rnd() * 0.3)); return { right: `Trong tháng 3, cấp ${vi(a)} phiếu lý lịch tư pháp trực tuyến, gấp đôi so với tháng 2 (${vi(b)} phiếu).`, wrong: `Trong tháng 3, cấp ${vi(w)} phiếu lý lịch tư pháp trực tuyến, gấp đôi so với tháng 2 (${vi(b)} phiếu).`, figure: vi(w) }; },
];
const comparisonNfd = new Set([17, 18]);
const comparisonTraps: (() => string)[] = [
  () => `Tỷ lệ hồ sơ trực tuyến đạt ${pct(int(600, 950) / 10)}%, cao hơn cùng kỳ.`,
  () => `Số hồ sơ tăng cao hơn so với tháng trước, chủ yếu do ${int(5, 30)} xã mới triển khai.`,
  () => `Thanh toán bằng ${vi(int(100, 900))} tài khoản ngân hàng, gấp rút hoàn thành trước ngày 30/6/2026.`,
  () => `Đạt ${vi(int(2000, 9000))} hồ sơ, cao hơn ${vi(int(100, 900))} hồ sơ so với cùng kỳ.`,
  () => `Tỷ lệ đạt ${pct(int(800, 990) / 10)}%, cao hơn mức bình quân chung của cả nước là ${pct(int(500, 790) / 10)}%.`,
  () => `Người dân được hướng dẫn bằng ${int(2, 5)} hình thức khác nhau (${vi(int(100, 900))} lượt trực tiếp).`,
  () => `Nhiều hơn ${int(5, 20)} xã đã hoàn thành kết nối, trong đó ${int(2, 4)} xã thuộc vùng khó khăn.`,
  () => `Tỷ lệ hồ sơ trực tuyến đạt ${pct(int(600, 800) / 10)}%, tăng ${pct(int(10, 50) / 10)} điểm phần trăm; cao hơn bình quân cả nước (${pct(int(400, 590) / 10)}%).`,
  () => `Có ${int(20, 60)} xã hoàn thành, vượt kế hoạch đề ra (${int(10, 19)} xã).`,
  () => `Đã cấp ${vi(int(1000, 5000))} thẻ, ít hơn dự kiến do thiếu phôi thẻ; số lượt truy cập tháng 3 gấp đôi tháng 2.`,
  () => `Năm 2025 có ${vi(int(1000, 5000))} hồ sơ, cao hơn năm 2024 là ${vi(int(100, 900))} hồ sơ.`,
  () => `Tiếp nhận ${vi(int(3000, 9000))} hồ sơ, trong đó ${vi(int(1000, 2900))} hồ sơ trực tuyến (nhiều hơn ${vi(int(100, 900))} hồ sơ so với cùng kỳ).`,
];

const docs3 = ["Kế hoạch số 15/KH-UBND về triển khai Đề án 06", "Quyết định số 1053/QĐ-UBND công bố danh mục thủ tục", "Công văn số 395/UBND-VX về số hóa hồ sơ", "Chỉ thị số 04/CT-UBND về chuyển đổi số", "Hướng dẫn số 02/HD-CAT về cấp căn cước"];
const agencies3 = ["Công an tỉnh", "Sở Y tế", "Sở Tư pháp", "Bảo hiểm xã hội tỉnh", "Trung tâm Phục vụ hành chính công", "Sở Giáo dục và Đào tạo"];
const models3 = ["Mô hình chợ không dùng tiền mặt", "Mô hình trường học số", "Mô hình khám bệnh bằng căn cước", "Mô hình thôn thông minh", "Mô hình camera an ninh cộng đồng"];
const regions3 = ["Đồng bằng sông Hồng", "Bắc Trung Bộ và Duyên hải miền Trung", "Tây Nguyên", "Đông Nam Bộ", "Đồng bằng sông Cửu Long"];
const contents3 = ["Bổ sung kinh phí cho cấp xã", "Đào tạo cán bộ một cửa", "Nâng cấp đường truyền", "Hướng dẫn người dân tại nhà", "Kiểm tra định kỳ hằng quý"];
const platforms3 = ["Hệ thống thông tin giải quyết thủ tục hành chính", "Kho dữ liệu dùng chung", "Trung tâm giám sát điều hành thông minh", "Nền tảng họp trực tuyến", "Cổng thông tin điện tử tỉnh"];
const listsApart: Frame[] = [
  listFrame((c, xs) => `UBND tỉnh đã ban hành ${c} văn bản chỉ đạo là ${and(xs)}.`, docs3, word),
  listFrame((c, xs) => `Tỉnh có ${c} đơn vị dẫn đầu về tỷ lệ hồ sơ trực tuyến là ${and(xs)}.`, agencies3, pad),
  listFrame((c, xs) => `Năm 2025 triển khai ${c} mô hình điểm như ${and(xs)}.`, models3, word),
  listFrame((c, xs) => `Tỉnh xác định ${c} nhóm giải pháp trọng tâm để nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trong năm 2026 và các năm tiếp theo, đó là: ${xs.join("; ")}.`, items.solutions, pad),
  listFrame((c, xs) => `Hiện còn ${c} sở, ngành chưa kết nối dữ liệu gồm có ${and(xs)}.`, agencies3, word),
  listFrame((c, xs) => `Đoàn kiểm tra đã làm việc trực tiếp với ${c} đơn vị là ${xs.join(", ")}.`, agencies3, word),
  listFrame((c, xs) => `Bộ Công an hướng dẫn tích hợp ${c} loại giấy tờ lên ứng dụng VNeID gồm ${and(xs)}.`, items.papers, word),
  listFrame((c, xs) => `Đã ban hành **${c}** kế hoạch là ${and(xs)}.`, docs3, pad),
  listFrame((c, xs) => `Có ${c} cơ quan được Ủy ban nhân dân tỉnh khen thưởng là ${and(xs)}.`, agencies3, word),
  listFrame((c, xs) => `Tổ công tác đề xuất ${c} nội dung như ${and(xs)}.`, contents3, word),
  listFrame((c, xs) => `Trong kỳ, ${c} vùng có số doanh nghiệp thành lập mới tăng so với cùng kỳ năm trước về cả số lượng và vốn đăng ký, đó là: ${xs.join(", ")}.`, regions3, pad),
  listFrame((c, xs) => `Tỉnh đã số hóa và đưa vào khai thác ${c} cơ sở dữ liệu chuyên ngành gồm ${and(xs.map((x) => `cơ sở dữ liệu ${x}`))}.`, ["hộ tịch", "đất đai", "bảo hiểm", "giáo dục", "y tế"], word),
  listFrame((c, xs) => `Có ${c} xã được công nhận đạt chuẩn nông thôn mới nâng cao, cụ thể như sau: ${and(xs)}.`, items.communes, String),
  listFrame((c, xs) => `Hiện nay, ${c} địa phương có tỷ lệ cao nhất là ${and(xs.map((x, i) => `${x} với ${pct(99 - i * 1.3)}%`))}.`, ["Hà Tĩnh", "Nghệ An", "Quảng Trị", "Thanh Hóa", "Huế"], word),
  listFrame((c, xs) => `UBND tỉnh giao ${c} đơn vị chủ trì là ${and(xs)} thực hiện rà soát.`, agencies3, word),
  listFrame((c, xs) => `UBND tỉnh phê duyệt ${c} dự án công nghệ thông tin như ${and(xs)}.`, platforms3, pad),
  listFrame((c, xs) => `Đã tổ chức ${c} hội nghị sơ kết Đề án 06 là ${and(xs.map((x) => `Hội nghị ${x}`))}.`, ["cấp tỉnh", "khối cơ quan Đảng", "khối chính quyền", "khối doanh nghiệp", "cụm thi đua phía Bắc"], word),
  listFrame((c, xs) => `Hiện đang vận hành ${c} nền tảng số dùng chung là ${and(xs)}.`, platforms3, word),
  listFrame((c, xs) => `Sau nhiều đợt kiểm tra, ${c} chỉ tiêu của Đề án 06 chưa đạt theo lộ trình đề ra vì nhiều nguyên nhân khách quan và chủ quan, cụ thể là: ${xs.join("; ")}.`, items.targets, word),
  listFrame((c, xs) => `Ba tháng qua, Tổ công tác đã hướng dẫn ${c} thủ tục thiết yếu như ${and(xs.map((x) => x[0]!.toUpperCase() + x.slice(1)))}.`, items.services, pad),
];
const listsNfd = new Set([8, 9]);
const listTraps3: (() => string)[] = [
  () => `Trong năm 2025 đã ban hành nhiều văn bản như Kế hoạch số ${int(10, 99)}/KH-UBND, Công văn số ${int(100, 999)}/UBND-VX.`,
  () => `Tháng năm là thời điểm cao điểm cấp căn cước tại Công an xã Tân Lập.`,
  () => `Năm nay là năm thứ ba triển khai Đề án 06 tại Hà Tĩnh.`,
  () => `Hai năm qua là giai đoạn bứt phá của tỉnh trong chuyển đổi số.`,
  () => `Ba Đình là quận dẫn đầu về tỷ lệ hồ sơ trực tuyến, năm nay là ${int(60, 90)}%.`,
  () => `Có ${int(10, 30)} xã như Tân Lập, Đông Cứu đã hoàn thành; năm 2026 là năm Tỉnh tập trung cho các xã còn lại.`,
  () => `Năm năm qua là quãng thời gian Tỉnh đầu tư mạnh cho hạ tầng số.`,
  () => `Trong hai ngày, Đoàn đã làm việc với Công an tỉnh, Sở Y tế và Sở Tư pháp.`,
  () => `Mỗi năm, Tỉnh tổ chức ba đợt cao điểm là Đợt 1 vào quý I, Đợt 2 vào quý II và Đợt 3 vào quý III.`,
  () => `Có ${int(5, 9)} đơn vị hoàn thành sớm là nhờ sự vào cuộc của Công an xã.`,
];

const avgApart = (nLo: number, nHi: number, per: [number, number]) => { const n = int(nLo, nHi); const t = n * int(per[0], per[1]) + int(0, n - 1); return { n, t, a: t / n }; };
const avgBad = (a: number): number => Math.round(a * (1.15 + rnd() * 0.2) + 2);
const r1 = (a: number): string => vi(a, 1).replace(/,0$/, "");
const averagesApart: Frame[] = [
  () => { const { n, t, a } = avgApart(8, 30, [40, 200]); const w = avgBad(a); return { right: `Năm 2025, toàn tỉnh tổ chức ${n} lớp tập huấn kỹ năng số cho ${vi(t)} học viên. Bình quân mỗi lớp ${r1(a)} học viên.`, wrong: `Năm 2025, toàn tỉnh tổ chức ${n} lớp tập huấn kỹ năng số cho ${vi(t)} học viên. Bình quân mỗi lớp ${w} học viên.`, figure: String(w) }; },
  () => { const { n, t, a } = avgApart(20, 130, [50, 400]); const w = avgBad(a); return { right: `Trong quý I, ${n} bộ phận một cửa cấp xã đã tiếp nhận ${vi(t)} hồ sơ. Trung bình mỗi bộ phận tiếp nhận ${Math.round(a)} hồ sơ.`, wrong: `Trong quý I, ${n} bộ phận một cửa cấp xã đã tiếp nhận ${vi(t)} hồ sơ. Trung bình mỗi bộ phận tiếp nhận ${w} hồ sơ.`, figure: String(w) }; },
  () => { const n = int(5000, 15000), per = int(50, 150) / 10, t = Math.round((n * per) / 100) / 10; const w = vi(per + 2 + int(0, 10) / 10, 1); return { right: `Trong tháng, ${vi(n)} DN đăng ký thành lập mới với tổng vốn đăng ký ${vi(t, 1)} nghìn tỷ đồng. Vốn đăng ký bình quân một DN đạt ${vi((t * 1000) / n, 1)} tỷ đồng.`, wrong: `Trong tháng, ${vi(n)} DN đăng ký thành lập mới với tổng vốn đăng ký ${vi(t, 1)} nghìn tỷ đồng. Vốn đăng ký bình quân một DN đạt ${w} tỷ đồng.`, figure: w }; },
  () => { const { n, t, a } = avgApart(10, 60, [100, 600]); const w = avgBad(a); return { right: `Tổng kinh phí hỗ trợ là ${vi(t)} triệu đồng cho ${n} xã. Bình quân mỗi xã được hỗ trợ ${r1(a)} triệu đồng.`, wrong: `Tổng kinh phí hỗ trợ là ${vi(t)} triệu đồng cho ${n} xã. Bình quân mỗi xã được hỗ trợ ${vi(w)} triệu đồng.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgApart(20, 90, [30, 200]); const w = avgBad(a); return { right: `Hệ thống đã ghi nhận ${vi(t)} văn bản điện tử của ${n} UBND xã trong tháng. Bình quân mỗi UBND xã phát hành ${Math.round(a)} văn bản.`, wrong: `Hệ thống đã ghi nhận ${vi(t)} văn bản điện tử của ${n} UBND xã trong tháng. Bình quân mỗi UBND xã phát hành ${w} văn bản.`, figure: String(w) }; },
  () => { const { n, t, a } = avgApart(10, 80, [50, 500]); const w = avgBad(a); return { right: `Có ${n} HTX tham gia sàn thương mại điện tử với doanh thu ${vi(t)} triệu đồng. Bình quân mỗi HTX đạt ${r1(a)} triệu đồng.`, wrong: `Có ${n} HTX tham gia sàn thương mại điện tử với doanh thu ${vi(t)} triệu đồng. Bình quân mỗi HTX đạt ${w} triệu đồng.`, figure: String(w) }; },
  () => { const { n, t, a } = avgApart(5, 20, [100, 500]); const w = avgBad(a); return { right: `Đã tổ chức **${n}** đợt cấp căn cước lưu động, thu nhận **${vi(t)}** hồ sơ. Trung bình mỗi đợt thu nhận **${Math.round(a)}** hồ sơ.`, wrong: `Đã tổ chức **${n}** đợt cấp căn cước lưu động, thu nhận **${vi(t)}** hồ sơ. Trung bình mỗi đợt thu nhận **${w}** hồ sơ.`, figure: String(w) }; },
  () => { const { n, t, a } = avgApart(4, 15, [500, 3000]); const w = avgBad(a); return { right: `Trong ${n} ngày cao điểm, Công an tỉnh kích hoạt ${vi(t)} tài khoản định danh điện tử. Bình quân mỗi ngày kích hoạt ${vi(Math.round(a))} tài khoản.`, wrong: `Trong ${n} ngày cao điểm, Công an tỉnh kích hoạt ${vi(t)} tài khoản định danh điện tử. Bình quân mỗi ngày kích hoạt ${vi(w)} tài khoản.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgApart(10, 40, [100, 300]); const w = Math.round(a * 1.45 / 10) * 10; return { right: `Năm 2025 có ${vi(t)} lượt người dân được hỗ trợ tại ${n} điểm. Bình quân khoảng ${Math.round(a / 10) * 10} lượt mỗi điểm.`, wrong: `Năm 2025 có ${vi(t)} lượt người dân được hỗ trợ tại ${n} điểm. Bình quân khoảng ${w} lượt mỗi điểm.`, figure: String(w) }; },
  () => { const n = int(300, 900), t = int(12, 40) / 10, a = (t * 1e6) / n, w = Math.round(a * 1.3); return { right: `Cả nước đã cấp ${vi(t, 1)} triệu thẻ căn cước cho trẻ em qua ${n} điểm thu nhận. Bình quân mỗi điểm cấp ${vi(Math.round(a))} thẻ.`, wrong: `Cả nước đã cấp ${vi(t, 1)} triệu thẻ căn cước cho trẻ em qua ${n} điểm thu nhận. Bình quân mỗi điểm cấp ${vi(w)} thẻ.`, figure: vi(w) }; },
  () => { const n = int(2, 9), t = n * int(3, 12) + int(0, n - 1), a = t / n, w = vi(a + 2.5, 1); return { right: `Có ${pad(n)} đoàn kiểm tra làm việc tại ${t} xã. Trung bình mỗi đoàn kiểm tra ${r1(a)} xã.`, wrong: `Có ${pad(n)} đoàn kiểm tra làm việc tại ${t} xã. Trung bình mỗi đoàn kiểm tra ${w} xã.`, figure: w }; },
  () => { const { n, t, a } = avgApart(20, 200, [150, 900]); const w = avgBad(a); return { right: `Toàn tỉnh có ${n} trường với ${vi(t)} học sinh sử dụng học bạ số. Bình quân ${Math.round(a)} học sinh/trường.`, wrong: `Toàn tỉnh có ${n} trường với ${vi(t)} học sinh sử dụng học bạ số. Bình quân ${w} học sinh/trường.`, figure: String(w) }; },
  () => { const { n, t, a } = avgApart(3, 12, [800, 5000]); const w = avgBad(a); return { right: `Trong ${n} tháng, Trung tâm Phục vụ hành chính công tiếp nhận ${vi(t)} hồ sơ. Bình quân mỗi tháng tiếp nhận ${vi(Math.round(a))} hồ sơ.`, wrong: `Trong ${n} tháng, Trung tâm Phục vụ hành chính công tiếp nhận ${vi(t)} hồ sơ. Bình quân mỗi tháng tiếp nhận ${vi(w)} hồ sơ.`, figure: vi(w) }; },
  () => { const n = int(2000, 9000), per = int(12, 30) / 10, t = Math.round(n * per) / 1000; const w = vi(per + 0.9, 1); return { right: `Đã chi trả ${vi(t, 3).replace(/,?0+$/, "")} tỷ đồng trợ cấp qua tài khoản cho ${vi(n)} người. Trung bình mỗi người nhận ${vi(per, 1)} triệu đồng.`, wrong: `Đã chi trả ${vi(t, 3).replace(/,?0+$/, "")} tỷ đồng trợ cấp qua tài khoản cho ${vi(n)} người. Trung bình mỗi người nhận ${w} triệu đồng.`, figure: w }; },
  () => { const { n, t, a } = avgApart(8, 25, [10, 60]); const w = avgBad(a); return { right: `Năm 2025, ${n} Sở, ngành đã cung cấp ${t} dịch vụ công trực tuyến toàn trình. Trung bình mỗi Sở cung cấp ${r1(a)} dịch vụ.`, wrong: `Năm 2025, ${n} Sở, ngành đã cung cấp ${t} dịch vụ công trực tuyến toàn trình. Trung bình mỗi Sở cung cấp ${w} dịch vụ.`, figure: String(w) }; },
  () => { const { n, t, a } = avgApart(5, 40, [500, 9000]); const w = avgBad(a); return { right: `Trong tháng có ${vi(t)} lượt khai thác dữ liệu dân cư tại ${n} ngân hàng. Bình quân ${vi(Math.round(a))} lượt/ngân hàng.`, wrong: `Trong tháng có ${vi(t)} lượt khai thác dữ liệu dân cư tại ${n} ngân hàng. Bình quân ${vi(w)} lượt/ngân hàng.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgApart(30, 300, [3, 9]); const w = avgBad(a) + 2; return { right: `Có ${n} tổ công nghệ số cộng đồng hoạt động với ${vi(t)} thành viên. Trung bình mỗi tổ có ${r1(a)} thành viên.`, wrong: `Có ${n} tổ công nghệ số cộng đồng hoạt động với ${vi(t)} thành viên. Trung bình mỗi tổ có ${w} thành viên.`, figure: String(w) }; },
  () => { const { n, t, a } = avgApart(20, 90, [10, 60]); const w = avgBad(a); return { right: `Toàn tỉnh đã lắp đặt ${vi(t)} camera an ninh tại ${n} xã. Tính bình quân mỗi xã có ${Math.round(a)} camera.`, wrong: `Toàn tỉnh đã lắp đặt ${vi(t)} camera an ninh tại ${n} xã. Tính bình quân mỗi xã có ${w} camera.`, figure: String(w) }; },
  () => { const n = int(5000, 20000), t = int(300, 900), a = (t * 1e6) / n, w = Math.round(a * 1.3); return { right: `Năm 2025 thu ${vi(t)} triệu đồng phí, lệ phí trực tuyến từ ${vi(n)} hồ sơ. Bình quân ${vi(Math.round(a))} đồng một hồ sơ.`, wrong: `Năm 2025 thu ${vi(t)} triệu đồng phí, lệ phí trực tuyến từ ${vi(n)} hồ sơ. Bình quân ${vi(w)} đồng một hồ sơ.`, figure: vi(w) }; },
  () => { const { n, t, a } = avgApart(5, 30, [40, 300]); const w = avgBad(a); return { right: `Trong đợt cao điểm, ${n} tổ lưu động đã thu nhận ${vi(t)} hồ sơ cấp căn cước. Trung bình một tổ thu nhận ${Math.round(a)} hồ sơ.`, wrong: `Trong đợt cao điểm, ${n} tổ lưu động đã thu nhận ${vi(t)} hồ sơ cấp căn cước. Trung bình một tổ thu nhận ${w} hồ sơ.`, figure: String(w) }; },
];
const averagesNfd = new Set([6, 7]);
const averageTraps3: (() => string)[] = [
  () => `Tổ chức ${int(10, 30)} lớp cho ${vi(int(1000, 3000))} học viên. Bình quân mỗi lớp kéo dài ${int(2, 5)} ngày.`,
  () => `Có ${int(20, 90)} xã tiếp nhận ${vi(int(1000, 9000))} hồ sơ. Thời gian giải quyết bình quân ${int(2, 9)} ngày mỗi hồ sơ.`,
  () => `Điểm trung bình đạt ${pct(int(700, 950) / 10)} điểm. Có ${int(5, 30)} xã đạt trên ${int(80, 90)} điểm.`,
  () => `Tổ chức ${int(5, 20)} hội nghị cho ${vi(int(500, 3000))} đại biểu. Mỗi hội nghị kéo dài trung bình ${int(2, 4)} giờ.`,
  () => `Đã cấp ${vi(int(1000, 9000))} thẻ tại ${int(10, 40)} điểm. Bình quân thời gian chờ ${int(10, 30)} phút/người.`,
  () => `Tổ chức ${int(10, 30)} lớp cho ${vi(int(1000, 3000))} học viên.\nBình quân mỗi lớp có ${int(2, 4)} giảng viên hướng dẫn.`,
  () => `Có ${vi(int(5000, 9000))} DN thành lập mới. Số lao động bình quân một DN là ${int(5, 15)} người.`,
  () => `Tiếp nhận ${vi(int(1000, 9000))} hồ sơ tại ${int(10, 30)} xã. Bình quân mỗi xã bố trí ${int(2, 4)} cán bộ một cửa.`,
];

// ---------------------------------------------------------------- write
/** Fresh frames: every case held back, numbered after the first round's frames. */
function fresh(frames: readonly Frame[], after: number): Case[] {
  const out: Case[] = [];
  frames.forEach((f, i) => {
    for (let k = 0; k < 2; k++) {
      const m = f();
      out.push({ text: m.right, wrong: false, half: "held", frame: after + i, round: 2 });
      if (m.wrong !== undefined) out.push({ text: m.wrong, wrong: true, half: "held", frame: after + i, figure: m.figure, round: 2 });
    }
  });
  return out;
}

function buildDocs(frames: readonly (() => Doc)[], round: 1 | 2, after = 0): Case[] {
  const out: Case[] = [];
  frames.forEach((f, i) => {
    for (let k = 0; k < 2; k++) {
      const d = f();
      const half = round === 2 || i % 2 === 1 ? "held" : "tune";
      out.push({ paragraphs: d.right, wrong: false, half, frame: after + i, ...(round === 2 ? { round } : {}) });
      out.push({ paragraphs: d.wrong, wrong: true, half, frame: after + i, figure: d.figure, ...(round === 2 ? { round } : {}) });
    }
  });
  if (round === 2) return out;
  restatedTraps.forEach((t, j) => {
    const i = restatedFrames.length + j;
    for (let k = 0; k < 2; k++) out.push({ paragraphs: t(), wrong: false, half: i % 2 === 0 ? "tune" : "held", frame: i });
  });
  return out;
}

const corpora: Record<string, { codes: string[]; description: string; cases: Case[]; split?: string }> = {
  splits: { codes: ["split_total_mismatch", "parts_total_mismatch", "parts_exceed_total", "part_exceeds_whole"], description: "A total split in the parentheses that follow it.", cases: [...build(splits, splitTraps), ...fresh(freshSplits, 100)] },
  "ratio-statements": { codes: ["ratio_mismatch", "percent_mismatch"], description: "A part of a whole and the percentage stated for it.", cases: [...build(ratios, ratioTraps), ...fresh(freshRatios, 100)] },
  averages: { codes: ["average_mismatch"], description: "An average and the two figures it is the quotient of.", cases: [...build(averages, averageTraps), ...fresh(freshAverages, 100)] },
  differences: { codes: ["difference_mismatch", "change_percent_mismatch", "point_change_mismatch"], description: "A change and the two figures it is the change between.", cases: [...build(differences, differenceTraps), ...fresh(freshDifferences, 100)] },
  "list-count": { codes: ["list_count_mismatch"], description: "A count and the list that follows it.", cases: [...build(listCounts, listTraps), ...fresh(freshLists, 100)] },
  "part-whole": { codes: ["part_exceeds_whole"], description: "A part larger than its whole, in every wording.", cases: [...build(partWhole, partTraps), ...fresh(freshParts, 100)] },
  restated: { codes: ["quantity_restated"], description: "The same quantity stated twice in one document (paragraphs given to checkDocument).", cases: [...buildDocs(restatedFrames, 1), ...buildDocs(freshRestated, 2, 100)] },
};

// ---------------------------------------------------------------- precision traps (round 3)
// Right sentences only, of the shapes that whole real documents (real-documents.json) raised a
// false alarm on, written after those alarms were fixed. Numbered from 200 and split by frame
// parity like the first round. Generated after every other case, so the cases above keep their
// figures.
const tr = (lo: number, hi: number): number => int(lo, hi) / 10;
const precisionTraps: Record<string, readonly (() => string)[]> = {
  // A part's percentage with a base of its own ("đạt 26,6% dự toán") is not its share of the total.
  "ratio-statements": [
    () => { const a = tr(200, 600), b = tr(50, 190), c = tr(20, 120); return `Tổng thu ngân sách thực hiện ${vi(a + b + c, 1)} tỷ đồng, đạt ${pct(tr(200, 400))}% dự toán; trong đó: thuế, phí thực hiện ${vi(a, 1)} tỷ đồng, đạt ${pct(tr(200, 400))}% dự toán; thu từ đất ${vi(b, 1)} tỷ đồng, đạt ${pct(tr(300, 500))}% dự toán; thu khác ${vi(c, 1)} tỷ đồng, đạt ${int(20, 60)}% dự toán.`; },
    () => { const a = int(1000, 9000), b = int(500, 4000); return `Giải ngân ${vi(a + b)} triệu đồng vốn Đề án 06, trong đó vốn ngân sách tỉnh ${vi(a)} triệu đồng, đạt ${int(40, 95)}% kế hoạch, vốn ngân sách xã ${vi(b)} triệu đồng, đạt ${int(20, 90)}% kế hoạch.`; },
    () => { const t = int(5000, 90000), a = int(1000, t - 1); return `Cấp ${vi(t)} thẻ căn cước, trong đó ${vi(a)} thẻ cho trẻ em dưới 14 tuổi, đạt ${pct(tr(700, 990))}% chỉ tiêu được giao.`; },
    () => { const a = tr(800, 2000), b = tr(100, 700); return `Tổng chi ngân sách địa phương ${vi(a + b, 1)} tỷ đồng, trong đó chi thường xuyên ${vi(a, 1)} tỷ đồng đạt ${pct(tr(150, 300))}% dự toán, chi đầu tư phát triển ${vi(b, 1)} tỷ đồng đạt ${pct(tr(200, 450))}% dự toán.`; },
    () => { const t = int(300, 900), a = int(100, t - 50); return `Kim ngạch xuất khẩu đạt ${t} triệu USD, trong đó nông sản ${a} triệu USD, bằng ${int(90, 130)}% so với cùng kỳ.`; },
    () => { const a = int(20, 60), b = int(10, 40); return `Tuyển mới ${a + b} lớp bồi dưỡng kỹ năng số, gồm ${a} lớp cho cán bộ xã, đạt ${int(60, 99)}% kế hoạch năm, và ${b} lớp cho người dân, đạt ${int(30, 80)}% kế hoạch năm.`; },
  ],
  // Parts after one part that add up to it are its own breakdown ("có 286.950 đơn đủ điều kiện …;
  // qua xử lý có 41.952 đơn khiếu nại, …").
  splits: [
    () => { const a = int(2000, 9000), b = int(1000, 5000), c = int(5000, 30000), p = a + b + c, t = p + int(1000, 9000); return `Đã xử lý ${vi(t)} đơn, có ${vi(p)} đơn đủ điều kiện xử lý; qua xử lý có ${vi(a)} đơn khiếu nại, ${vi(b)} đơn tố cáo, ${vi(c)} đơn kiến nghị, phản ánh.`; },
    () => { const a = int(20, 60), b = int(10, 40), p = a + b, t = p + int(5, p - 1); return `Kiểm tra ${t} cơ sở kinh doanh có điều kiện, có ${p} cơ sở vi phạm; trong số vi phạm có ${a} cơ sở lưu trú, ${b} cơ sở karaoke.`; },
    () => { const a = int(100, 900), b = int(100, 900), p = a + b, t = p + int(50, p - 1); return `Tiếp nhận ${vi(t)} hồ sơ đăng ký cư trú, có ${vi(p)} hồ sơ nộp trực tuyến (${vi(a)} hồ sơ qua VNeID, ${vi(b)} hồ sơ qua Cổng Dịch vụ công).`; },
    () => { const a = int(30, 90), b = int(10, 50), c = int(5, 30), p = a + b + c, t = p + int(10, p - 1); return `Rà soát ${t} thủ tục hành chính, có ${p} thủ tục đề xuất đơn giản hóa, cụ thể ${a} thủ tục cắt giảm thành phần hồ sơ, ${b} thủ tục rút ngắn thời gian, ${c} thủ tục bãi bỏ.`; },
  ],
  // Not a whole: a number ending a name ("Covid-19"), more added (", có thêm"), a new level ("lên
  // 52 xã"), the last of several counts in the sentence before a sentence-opening "Trong đó".
  "part-whole": [
    () => `Triển khai các biện pháp phòng, chống dịch Covid-19, trong đó đã tổ chức ${int(25, 90)} đợt tiêm chủng lưu động.`,
    () => `Ban hành kế hoạch ứng phó với biến chủng SARS-CoV-2, trong đó bố trí ${int(5, 40)} chốt kiểm soát y tế.`,
    () => { const a = int(1, 3), b = int(1, 4), c = int(5, 12), t = int(40, 90); return `Phấn đấu đến hết năm có ít nhất ${a} xã đạt chuẩn nông thôn mới nâng cao, có thêm ${b} xã đạt chuẩn và ${c} xã cơ bản đạt chuẩn, nâng tổng số xã đạt chuẩn và cơ bản đạt chuẩn lên ${t} xã.`; },
    () => { const d = int(15, 40), e = int(10, 30), a = int(1, 3), b = int(2, 9); return `Toàn tỉnh có ${d + e} xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới. Năm nay phấn đấu có thêm ${a} xã đạt chuẩn nâng cao và ${b} xã cơ bản đạt chuẩn. Trong đó, có ${d} xã đạt chuẩn, ${e} xã cơ bản đạt chuẩn nông thôn mới.`; },
    () => { const a = int(5, 15), b = int(1, a - 1), t = int(60, 120); return `Trong năm đã công nhận ${a} xã đạt chuẩn, trong đó ${b} xã đạt chuẩn nâng cao, nâng tổng số xã đạt chuẩn của tỉnh lên ${t} xã.`; },
    () => { const a = int(2, 6), b = int(2, 6), d = int(10, 30); return `Đã khai trương ${a} điểm giao dịch tự động và ${b} điểm tiếp nhận lưu động. Trong đó, có ${d} lượt người dân được hỗ trợ ngay trong ngày đầu.`; },
  ],
  // A figure in the parenthesis after a change, with a change of its own, is a part that changed
  // too, not the earlier figure.
  differences: [
    () => { const a = int(100, 300) * 1000, b = int(80, 250) * 1000; return `Tổng lượt khách tham quan và lưu trú ước đạt ${vi(a + b)} lượt, tăng ${pct(tr(50, 200), 2)}% so với cùng kỳ năm trước (khách quốc tế khoảng ${vi(a)} lượt, tăng ${pct(tr(20, 150), 2)}%; khách trong nước khoảng ${vi(b)} lượt, tăng ${pct(tr(50, 250), 2)}%).`; },
    () => { const a = tr(1000, 3000), b = tr(100, 900); return `Thu ngân sách trên địa bàn đạt ${vi(a + b, 1)} tỷ đồng, tăng ${pct(tr(30, 180))}% so với cùng kỳ (thu nội địa ${vi(a, 1)} tỷ đồng, giảm ${pct(tr(10, 90))}%).`; },
    () => { const a = int(1000, 5000), d = int(100, 900), d2 = int(50, d); return `Cấp ${vi(a + int(500, 2000))} thẻ căn cước, tăng ${vi(d)} thẻ so với tháng trước (thẻ cấp mới ${vi(a)} thẻ, tăng ${vi(d2)} thẻ).`; },
    () => { const a = int(200, 900), b = int(100, 500); return `Số doanh nghiệp thành lập mới là ${a + b}, tăng ${int(5, 30)}% so với cùng kỳ (khu vực dịch vụ ${a} doanh nghiệp, tăng ${int(2, 40)}%; công nghiệp ${b} doanh nghiệp, giảm ${int(2, 20)}%).`; },
  ],
  // A colon inside the list opens a list of its own; "… và Sản xuất, cấp, quản lý …" may join two
  // items, the last holding commas.
  "list-count": [
    () => { const n = [6, 9][int(0, 1)]!, xs = items.solutions.slice(0, int(2, 4)); return `Kết quả ${n} tháng đầu năm 2026 được Ban Chỉ đạo đánh giá: các bộ, ngành, địa phương đã thực hiện khá đồng bộ, đạt được một số kết quả quan trọng, bao gồm: ${xs.map((x, i) => `(${i + 1}) ${x}`).join("; ")}.`; },
    () => { const xs = items.targets.slice(0, int(2, 3)); return `Thông báo ${int(4, 9)} tháng năm 2026 của Tổ công tác nêu rõ: nhiều nhiệm vụ đã hoàn thành, cụ thể như sau: ${xs.map((x, i) => `(${i + 1}) ${x}`).join("; ")}.`; },
    () => `Hoàn thành ${pad(2)} dự án: Cơ sở dữ liệu quốc gia về dân cư và Sản xuất, cấp, quản lý căn cước công dân.`,
    () => `Đưa vào vận hành ${pad(2)} hệ thống: Cổng Dịch vụ công của tỉnh và Hệ thống thông tin giải quyết thủ tục hành chính, kết nối, chia sẻ dữ liệu dùng chung.`,
  ],
};
/** Document traps of the restated rule: statements of different periods are different quantities. */
const restatedPeriodTraps: readonly (() => { text: string; path: string }[])[] = [
  () => [{ text: `Trong tháng, cả nước có ${vi(int(2000, 5000))} doanh nghiệp quay trở lại hoạt động, giảm ${pct(tr(10, 500))}% so với tháng trước.`, path: "Phần I" }, { text: `Tính chung 11 tháng năm 2025, có ${vi(int(30000, 60000))} doanh nghiệp quay trở lại hoạt động, tăng ${pct(tr(10, 200))}% so với cùng kỳ năm 2024.`, path: "Phần I" }],
  () => [{ text: `Quý I/2026, tỉnh cấp mới và điều chỉnh vốn ${int(5, 20)} dự án đầu tư nước ngoài với tổng vốn ${vi(tr(100, 2000), 1)} triệu USD.`, path: "Phần II" }, { text: `Đến nay, trên địa bàn tỉnh có ${int(200, 600)} dự án đầu tư nước ngoài còn hiệu lực.`, path: "Phần II" }],
  () => [{ text: `Năm 2025 có ${int(100, 300)} cơ sở giáo dục triển khai học bạ số cho học sinh.`, path: "Phần II" }, { text: `Năm 2024 mới có ${int(20, 90)} cơ sở giáo dục triển khai học bạ số cho học sinh.`, path: "Phần III" }],
  () => [{ text: `Tháng 3/2026 tiếp nhận ${int(100, 900)} hồ sơ đăng ký khai sinh trực tuyến qua VNeID.`, path: "Phần II" }, { text: `6 tháng đầu năm 2026 tiếp nhận ${vi(int(1000, 5000))} hồ sơ đăng ký khai sinh trực tuyến qua VNeID.`, path: "Phần III" }],
];
for (const [rule, traps] of Object.entries(precisionTraps)) {
  traps.forEach((t, j) => {
    const frame = 200 + j;
    for (let k = 0; k < 2; k++) corpora[rule]!.cases.push({ text: t(), wrong: false, half: frame % 2 === 0 ? "tune" : "held", frame, round: 3 });
  });
}
pushRestatedTraps(200, restatedPeriodTraps);
// ---------------------------------------------------------------- real set 3 shapes (round 2)
// Shapes the tune half of real-sentences-3.json showed, written after that round was tuned and
// held back like every round-2 frame. Drawn after all the frames above, so their cases are
// unchanged.
const pctOf = (d: number, base: number): number => (d * 100) / base;
const farPct = (r: number): number => r + (r > 30 ? -1 : 1) * (6 + int(0, 9));
const set3Differences: Frame[] = [
  () => { const a = int(40, 900), d = int(5, 80), b = a + d, r = pctOf(d, b), z = farPct(r); return { right: `Trong tháng xảy ra ${a} vụ tai nạn giao thông; so với cùng kỳ giảm ${d} vụ (giảm ${pct(r, 2)}%).`, wrong: `Trong tháng xảy ra ${a} vụ tai nạn giao thông; so với cùng kỳ giảm ${d} vụ (giảm ${pct(z, 2)}%).`, figure: `${pct(z, 2)}%` }; },
  () => { const a = int(2000, 9000), d = int(100, 900), b = a - d, r = pctOf(d, b), z = farPct(r); return { right: `Đã tiếp nhận ${vi(a)} hồ sơ trực tuyến toàn trình. So với quý trước tăng ${vi(d)} hồ sơ (+${pct(r, 1)}%).`, wrong: `Đã tiếp nhận ${vi(a)} hồ sơ trực tuyến toàn trình. So với quý trước tăng ${vi(d)} hồ sơ (+${pct(z, 1)}%).`, figure: `${pct(z, 1)}%` }; },
  () => { const v = int(30, 90), x = int(10, 40), y = int(20, 80), dv = int(3, 20), dy = int(4, 30), ry = pctOf(dy, y + dy), z = farPct(ry); return { right: `Năm 2025 xảy ra ${v} vụ cháy, làm chết ${x} người, bị thương ${y} người; so với năm trước giảm ${dv} vụ (-${pct(pctOf(dv, v + dv), 2)}%), giảm ${dy} người bị thương (-${pct(ry, 2)}%).`, wrong: `Năm 2025 xảy ra ${v} vụ cháy, làm chết ${x} người, bị thương ${y} người; so với năm trước giảm ${dv} vụ (-${pct(pctOf(dv, v + dv), 2)}%), giảm ${dy} người bị thương (-${pct(z, 2)}%).`, figure: `${pct(z, 2)}%` }; },
];
const set3DifferenceTraps: (() => string)[] = [
  () => `Số hồ sơ nộp qua VNeID tăng ${int(100, 900)} hồ sơ (${int(10, 60)}%) so với cùng kỳ.`,
  () => { const a = int(1000, 9000), d = int(100, 900); return `Trong tháng ${int(1, 12)}.${int(2015, 2025)}, toàn tỉnh cấp ${vi(a)} thẻ căn cước, giảm ${d} thẻ (giảm ${pct(pctOf(d, a + d), 1)}%) so với tháng trước; cấp ${vi(int(10000, 20000))} giấy xác nhận khác.`; },
];
const set3Breakdowns: Frame[] = [
  () => { const a = int(2000, 9000), b = int(2000, 9000), t = a + b, w = a + t + int(100, 900); return { right: `Cổng dịch vụ công ghi nhận ${vi(t)} lượt truy cập, tăng ${int(5, 40)}% so với cùng kỳ. Trong đó, ${vi(a)} lượt từ thiết bị di động.`, wrong: `Cổng dịch vụ công ghi nhận ${vi(t)} lượt truy cập, tăng ${int(5, 40)}% so với cùng kỳ. Trong đó, ${vi(w)} lượt từ thiết bị di động.`, figure: vi(w) }; },
  () => { const a = int(2000, 9000), b = int(20000, 90000), t = a + b, w = off(t); return { right: `Năm 2025 đón ${vi(t)} lượt khách, bằng ${int(80, 130)}% kế hoạch, trong đó khách quốc tế ${vi(a)} lượt, khách nội địa ${vi(b)} lượt.`, wrong: `Năm 2025 đón ${vi(w)} lượt khách, bằng ${int(80, 130)}% kế hoạch, trong đó khách quốc tế ${vi(a)} lượt, khách nội địa ${vi(b)} lượt.`, figure: vi(w) }; },
];
set3Breakdowns.push(
  () => { const a = int(800, 1900), b = int(500, 1500), t = a + b, w = off(t); const q = (): string => pct(int(150, 450) / 10); return { right: `Thu nội địa đạt ${vi(t)} tỷ đồng, bằng ${q()}% dự toán, tăng ${q()}% so với cùng kỳ, gồm: thu thuế, phí đạt ${vi(a)} tỷ đồng, bằng ${q()}% dự toán; thu tiền sử dụng đất đạt ${vi(b)} tỷ đồng, bằng ${q()}% dự toán.`, wrong: `Thu nội địa đạt ${vi(w)} tỷ đồng, bằng ${q()}% dự toán, tăng ${q()}% so với cùng kỳ, gồm: thu thuế, phí đạt ${vi(a)} tỷ đồng, bằng ${q()}% dự toán; thu tiền sử dụng đất đạt ${vi(b)} tỷ đồng, bằng ${q()}% dự toán.`, figure: vi(w) }; },
);
set3DifferenceTraps.push(
  () => { const a = int(50, 200) * 1000, b = int(20, 40) * 1000; return `Trong tháng ${int(1, 12)}.${int(2015, 2025)} tổng lượt khách ước đạt ${vi(a + b)} lượt, tăng ${pct(int(500, 2000) / 100, 2)}% so với cùng kỳ năm trước (khách quốc tế khoảng ${vi(a)} lượt, tăng ${pct(int(100, 900) / 100, 2)}%; khách trong nước khoảng ${vi(b)} lượt, tăng ${pct(int(100, 2000) / 100, 2)}%).`; },
);
const set3BreakdownTraps: (() => string)[] = [
  () => { const t = int(100, 200) * 1_000_000 + int(0, 999_999), p = int(40, 60) * 1_000_000 + int(0, 999_999); return `Đến nay đã tiêm tổng cộng ${vi(t)} liều vắc xin. Trong đó, tiêm đủ 2 mũi đạt ${vi(p)} liều (chiếm ${pct(int(450, 650) / 10)}% dân số).`; },
  () => { const b = int(200, 800), t = int(50, 400); return `Chênh lệch thu chi năm 2025 dương ${t} tỷ đồng. Trong đó, tổng thu ${vi(b + t)} tỷ đồng và tổng chi ${vi(b)} tỷ đồng.`; },
  () => `Tổng chi ước 10 tháng ${vi(int(5000, 9000))} tỷ đồng, đạt ${int(60, 90)}% dự toán, trong đó, ${int(3, 9)}/${int(10, 16)} nhiệm vụ chi đạt tiến độ; kế đến là chi thường xuyên ${vi(int(3000, 4000))} tỷ đồng.`,
];
const set3ShareTraps: (() => string)[] = [
  () => `Hồ sơ quá hạn là ${vi(int(100, 900))} hồ sơ, chiếm tỷ lệ ${pct(int(5, 40) / 10)}% và đang giải quyết ${vi(int(2000, 9000))} hồ sơ (trong hạn ${vi(int(1000, 1900))} hồ sơ).`,
];
/** Frames of set 3, every case held back (round 2), numbered from 300 after the round-2 frames and the precision traps (200…). */
function set3(frames: readonly Frame[], traps: readonly (() => string)[]): Case[] {
  const out = fresh(frames, 300);
  traps.forEach((t, j) => {
    for (let k = 0; k < 2; k++) out.push({ text: t(), wrong: false, half: "held", frame: 300 + frames.length + j, round: 2 });
  });
  return out;
}
corpora.differences!.cases.push(...set3(set3Differences, set3DifferenceTraps));
corpora.splits!.cases.push(...set3(set3Breakdowns, set3BreakdownTraps));
corpora["ratio-statements"]!.cases.push(...set3([], set3ShareTraps));
// ---------------------------------------------------------------- brief n4: parts a sentence away,
// fractions read as dates (sums stated after their parts were read too, then left out for the
// size budget: see the commit that removed them). Drawn from a seed of their own, after
// every corpus above is built, so adding them changes none of the others' figures.
seed = 20261204;
/** A total too low for its parts: 6–25% under, at least 3. */
const under = (t: number): number => t - Math.max(3, Math.round(t * (0.06 + rnd() * 0.19)));
const three = (lo: number, hi: number) => { const a = int(lo, hi), b = int(lo, hi), c = int(lo, hi); return { a, b, c, t: a + b + c }; };
const nextParts: Frame[] = [
  () => { const { a, b, t } = split2(800, 9000); const w = off(t); const z = pct(int(30, 250) / 10); return { right: `Tiếp nhận ${vi(t)} hồ sơ, tăng ${z}% so với cùng kỳ. Trong đó, ${vi(a)} hồ sơ trực tuyến, ${vi(b)} hồ sơ trực tiếp.`, wrong: `Tiếp nhận ${vi(w)} hồ sơ, tăng ${z}% so với cùng kỳ. Trong đó, ${vi(a)} hồ sơ trực tuyến, ${vi(b)} hồ sơ trực tiếp.`, figure: vi(w) }; },
  () => { const { a, b, c, t } = three(300, 6000); const w = under(t); const z = pct(int(10, 90) / 10); return { right: `Năm 2025, toàn tỉnh có ${vi(t)} doanh nghiệp thành lập mới, tăng ${z}% so với năm 2024. Theo khu vực kinh tế: khu vực dịch vụ có ${vi(a)} doanh nghiệp; khu vực công nghiệp và xây dựng có ${vi(b)} doanh nghiệp; khu vực nông, lâm nghiệp và thủy sản có ${vi(c)} doanh nghiệp.`, wrong: `Năm 2025, toàn tỉnh có ${vi(w)} doanh nghiệp thành lập mới, tăng ${z}% so với năm 2024. Theo khu vực kinh tế: khu vực dịch vụ có ${vi(a)} doanh nghiệp; khu vực công nghiệp và xây dựng có ${vi(b)} doanh nghiệp; khu vực nông, lâm nghiệp và thủy sản có ${vi(c)} doanh nghiệp.`, figure: vi(w) }; },
  () => { const { a, b, c, t } = three(200, 3000); const w = under(t); return { right: `Đã cấp ${vi(t)} thẻ căn cước. Cụ thể: ${vi(a)} thẻ cấp mới, ${vi(b)} thẻ cấp đổi, ${vi(c)} thẻ cấp lại.`, wrong: `Đã cấp ${vi(w)} thẻ căn cước. Cụ thể: ${vi(a)} thẻ cấp mới, ${vi(b)} thẻ cấp đổi, ${vi(c)} thẻ cấp lại.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(300, 5000); const w = off(t); const d = int(20, 250); return { right: `Trong quý, Bộ phận Một cửa giải quyết ${vi(t)} hồ sơ, giảm ${d} hồ sơ so với quý trước. Bao gồm: ${vi(a)} hồ sơ đúng hạn và ${vi(b)} hồ sơ quá hạn.`, wrong: `Trong quý, Bộ phận Một cửa giải quyết ${vi(w)} hồ sơ, giảm ${d} hồ sơ so với quý trước. Bao gồm: ${vi(a)} hồ sơ đúng hạn và ${vi(b)} hồ sơ quá hạn.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(4, 40); const w = under(t); return { right: `Tổ chức ${t} lớp tập huấn kỹ năng số. Theo cấp hành chính: ${pad(a)} lớp cấp tỉnh, ${b} lớp cấp xã.`, wrong: `Tổ chức ${w} lớp tập huấn kỹ năng số. Theo cấp hành chính: ${pad(a)} lớp cấp tỉnh, ${b} lớp cấp xã.`, figure: String(w) }; },
  () => { const t = int(2000, 90000), p = int(Math.ceil(t * 0.3), t - 1), q = t + Math.max(5, Math.round(t * (0.05 + rnd() * 0.3))); const z = pct(int(20, 190) / 10); return { right: `Kích hoạt ${vi(t)} tài khoản định danh điện tử, tăng ${z}% so với tháng trước. Trong số này, ${vi(p)} tài khoản mức độ 2.`, wrong: `Kích hoạt ${vi(t)} tài khoản định danh điện tử, tăng ${z}% so với tháng trước. Trong số này, ${vi(q)} tài khoản mức độ 2.`, figure: vi(q) }; },
  () => { const { a, b, t } = split2(50, 4000); const w = off(t); return { right: `Trên địa bàn có ${vi(t)} người được hướng dẫn cài đặt ứng dụng VNeID. Trong đó, nam ${vi(a)} người, nữ ${vi(b)} người.`, wrong: `Trên địa bàn có ${vi(w)} người được hướng dẫn cài đặt ứng dụng VNeID. Trong đó, nam ${vi(a)} người, nữ ${vi(b)} người.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(500, 30000); const w = under(t); const d = vi(int(100, 900)); return { right: `Số hóa ${vi(t)} hồ sơ, giấy tờ, tăng ${d} hồ sơ so với kỳ trước. Cụ thể, ${vi(a)} hồ sơ cấp tỉnh, ${vi(b)} hồ sơ cấp xã.`, wrong: `Số hóa ${vi(w)} hồ sơ, giấy tờ, tăng ${d} hồ sơ so với kỳ trước. Cụ thể, ${vi(a)} hồ sơ cấp tỉnh, ${vi(b)} hồ sơ cấp xã.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(150, 6000); const w = under(t); return { right: `Giải ngân ${vi(t)} triệu đồng cho các nhiệm vụ của Đề án. Theo nguồn vốn: ngân sách trung ương ${vi(a)} triệu đồng, ngân sách địa phương ${vi(b)} triệu đồng.`, wrong: `Giải ngân ${vi(w)} triệu đồng cho các nhiệm vụ của Đề án. Theo nguồn vốn: ngân sách trung ương ${vi(a)} triệu đồng, ngân sách địa phương ${vi(b)} triệu đồng.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(20, 900); const w = off(t); return { right: `Tiếp nhận, xử lý **${t}** phản ánh, kiến nghị. Trong đó, **${a}** phản ánh đã giải quyết, **${b}** phản ánh chưa giải quyết.`, wrong: `Tiếp nhận, xử lý **${w}** phản ánh, kiến nghị. Trong đó, **${a}** phản ánh đã giải quyết, **${b}** phản ánh chưa giải quyết.`, figure: String(w) }; },
  () => { const { a, b, t } = split2(30, 600); const w = under(t); return { right: `Lắp đặt ${t} camera giám sát an ninh, trật tự. Theo địa bàn: ${a} camera tại khu vực đô thị, ${b} camera tại khu vực nông thôn.`, wrong: `Lắp đặt ${w} camera giám sát an ninh, trật tự. Theo địa bàn: ${a} camera tại khu vực đô thị, ${b} camera tại khu vực nông thôn.`, figure: String(w) }; },
  () => { const { a, b, t } = split2(1000, 40000); const w = under(t); return { right: `Toàn tỉnh thu nhận ${vi(t)} hồ sơ cấp căn cước. Trong số đó, ${vi(a)} hồ sơ cấp lần đầu và ${vi(b)} hồ sơ cấp đổi.`, wrong: `Toàn tỉnh thu nhận ${vi(w)} hồ sơ cấp căn cước. Trong số đó, ${vi(a)} hồ sơ cấp lần đầu và ${vi(b)} hồ sơ cấp đổi.`, figure: vi(w) }; },
  () => { const a = int(4, 9) / 10, b = int(4, 9) / 10, t = a + b, w = Math.round((t - 0.4) * 10) / 10; return { right: `Cấp ${vi(t, 1)} triệu thẻ căn cước gắn chip. Cụ thể: ${vi(a, 1)} triệu thẻ tại trụ sở, ${vi(b, 1)} triệu thẻ qua các đợt cấp lưu động.`, wrong: `Cấp ${vi(w, 1)} triệu thẻ căn cước gắn chip. Cụ thể: ${vi(a, 1)} triệu thẻ tại trụ sở, ${vi(b, 1)} triệu thẻ qua các đợt cấp lưu động.`, figure: vi(w, 1) }; },
  () => { const { a, b, t } = split2(20, 800); const w = off(t); return { right: `Trong tháng 02/2026, tiếp nhận ${t} tin báo về an ninh, trật tự. Bao gồm: ${a} tin qua ứng dụng VNeID, ${b} tin qua đường dây nóng.`, wrong: `Trong tháng 02/2026, tiếp nhận ${w} tin báo về an ninh, trật tự. Bao gồm: ${a} tin qua ứng dụng VNeID, ${b} tin qua đường dây nóng.`, figure: String(w) }; },
  () => { const t = int(12, 60) * 100, a = Math.round(t * 0.6), b = t - a + int(10, 90), w = Math.floor((a + b) / 200) * 100; return { right: `Hỗ trợ hơn ${vi(t)} lượt người dân làm thủ tục trực tuyến. Cụ thể: ${vi(a)} lượt tại bộ phận một cửa, ${vi(b)} lượt tại nhà.`, wrong: `Hỗ trợ hơn ${vi(w)} lượt người dân làm thủ tục trực tuyến. Cụ thể: ${vi(a)} lượt tại bộ phận một cửa, ${vi(b)} lượt tại nhà.`, figure: vi(w) }; },
];
const nextPartTraps: (() => string)[] = [
  () => `Tiếp nhận ${vi(int(2000, 9000))} hồ sơ. Trong đó, lĩnh vực đất đai chiếm tỷ lệ cao nhất (${int(20, 45)}%).`,
  () => `Tiếp nhận ${vi(int(2000, 9000))} hồ sơ. Trong đó, có ${int(3, 20)} xã chưa phát sinh hồ sơ trực tuyến.`,
  () => { const t = int(1000, 3000); return `Tiếp nhận ${vi(t)} hồ sơ. Số hồ sơ quá hạn giảm mạnh so với năm trước. Trong đó, ${vi(t + int(100, 900))} hồ sơ trực tuyến, ${vi(int(100, 900))} hồ sơ trực tiếp.`; },
  () => `Cấp ${vi(int(500, 3000))} thẻ căn cước. Cụ thể hóa kế hoạch năm 2026, Công an tỉnh đặt chỉ tiêu ${vi(int(20000, 90000))} thẻ.`,
  () => { const t = int(1000, 3000); return `Đến ngày 15/02/2026, tiếp nhận ${vi(t)} hồ sơ. Theo báo cáo của Sở Nội vụ: ${vi(t + int(100, 900))} hồ sơ đã được số hóa, ${vi(int(100, 900))} hồ sơ đang xử lý.`; },
  () => { const { a, b, t } = split2(500, 5000); return `Tiếp nhận ${vi(t)} hồ sơ, tăng ${vi(int(100, 400))} hồ sơ so với cùng kỳ. Trong đó, ${vi(a)} hồ sơ trực tuyến (tăng ${vi(int(50, 99))} hồ sơ), ${vi(b)} hồ sơ trực tiếp.`; },
  () => { const t = int(3000, 9000); return `Cấp ${vi(t)} tài khoản dịch vụ công. Cụ thể: ${vi(int(100, 900))} tài khoản cho công chức, ${vi(int(100, 900))} tài khoản cho học sinh.`; },
  () => `Năm 2025 có ${vi(int(1000, 5000))} doanh nghiệp thành lập mới. Theo lĩnh vực: thương mại dẫn đầu với ${vi(int(300, 900))} doanh nghiệp, tiếp đến là xây dựng với ${vi(int(100, 290))} doanh nghiệp.`,
  () => `Tiếp nhận ${vi(int(1000, 5000))} hồ sơ. Trong số này, lĩnh vực tư pháp có số hồ sơ trực tuyến cao nhất.`,
  () => { const t = int(20, 60); return `Có ${t} xã hoàn thành. Cụ thể, xã Tân Lập và xã Đông Cứu về đích sớm ${int(5, 20)} ngày.`; },
];

const fracs = () => { const w = int(3, 12), p = int(1, w), q = int(w + 1, Math.min(28, w + 9)); return { w, p, q }; };
const fractionFrames: Frame[] = [
  () => { const { w, p, q } = fracs(); return { right: `Có ${p}/${w} xã hoàn thành chỉ tiêu cấp căn cước cho công dân đủ điều kiện.`, wrong: `Có ${q}/${w} xã hoàn thành chỉ tiêu cấp căn cước cho công dân đủ điều kiện.`, figure: `${q}/${w}` }; },
  () => { const { w, p, q } = fracs(); return { right: `Đến nay, ${p}/${w} huyện, thành phố đạt tỷ lệ hồ sơ trực tuyến trên 80%.`, wrong: `Đến nay, ${q}/${w} huyện, thành phố đạt tỷ lệ hồ sơ trực tuyến trên 80%.`, figure: `${q}/${w}` }; },
  () => { const { w, p, q } = fracs(); return { right: `Hoàn thành ${p}/${w} chỉ tiêu của Kế hoạch năm 2026.`, wrong: `Hoàn thành ${q}/${w} chỉ tiêu của Kế hoạch năm 2026.`, figure: `${q}/${w}` }; },
  () => { const { w, p, q } = fracs(); return { right: `Với ${p}/${w} đơn vị công an cấp xã hoàn thành thu nhận hồ sơ, tỉnh về đích sớm.`, wrong: `Với ${q}/${w} đơn vị công an cấp xã hoàn thành thu nhận hồ sơ, tỉnh về đích sớm.`, figure: `${q}/${w}` }; },
  () => { const w = int(4, 12), p = int(2, w - 1), r = (p / w) * 100, z = far(r); return { right: `Có ${pad(p)}/${pad(w)} xã đạt chuẩn chuyển đổi số, đạt ${pct(r)}%.`, wrong: `Có ${pad(p)}/${pad(w)} xã đạt chuẩn chuyển đổi số, đạt ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { w, p, q } = fracs(); return { right: `Có đến ${p}/${w} sở, ngành hoàn thành kết nối dữ liệu với hệ thống của tỉnh.`, wrong: `Có đến ${q}/${w} sở, ngành hoàn thành kết nối dữ liệu với hệ thống của tỉnh.`, figure: `${q}/${w}` }; },
  () => { const w = int(5, 12), p = int(2, w - 1), r = (p / w) * 100, z = far(r); return { right: `Có ${p}/${w} trường học đã triển khai học bạ số (${pct(r)}%).`, wrong: `Có ${p}/${w} trường học đã triển khai học bạ số (${pct(z)}%).`, figure: `${pct(z)}%` }; },
  () => { const { w, p, q } = fracs(); return { right: `Kết quả: **${p}/${w}** cơ quan chuyên môn cấp tỉnh đã sử dụng chữ ký số.`, wrong: `Kết quả: **${q}/${w}** cơ quan chuyên môn cấp tỉnh đã sử dụng chữ ký số.`, figure: `${q}/${w}` }; },
  () => { const { w, p, q } = fracs(); return { right: `Tỉnh đạt ${p}/${w} tiêu chí về hạ tầng số.`, wrong: `Tỉnh đạt ${q}/${w} tiêu chí về hạ tầng số.`, figure: `${q}/${w}` }; },
  () => { const w = int(4, 12), p = int(2, w - 1), r = (p / w) * 100, z = far(r); return { right: `Tỷ lệ bệnh viện sử dụng căn cước thay thẻ bảo hiểm y tế đạt ${pct(r)}% (${p}/${w} bệnh viện).`, wrong: `Tỷ lệ bệnh viện sử dụng căn cước thay thẻ bảo hiểm y tế đạt ${pct(z)}% (${p}/${w} bệnh viện).`, figure: `${pct(z)}%` }; },
  () => { const w = int(4, 12), p = int(2, w - 1), r = (p / w) * 100, z = far(r); return { right: `Toàn tỉnh có ${pad(p)}/${pad(w)} đơn vị hoàn thành số hóa hồ sơ, đạt tỷ lệ ${pct(r)}%.`, wrong: `Toàn tỉnh có ${pad(p)}/${pad(w)} đơn vị hoàn thành số hóa hồ sơ, đạt tỷ lệ ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { w, p, q } = fracs(); return { right: `Qua kiểm tra, ${p}/${w} xã đáp ứng yêu cầu về hạ tầng mạng.`, wrong: `Qua kiểm tra, ${q}/${w} xã đáp ứng yêu cầu về hạ tầng mạng.`, figure: `${q}/${w}` }; },
];
const dm = () => { const d = int(13, 28), m = int(1, 12); return `${d}/${m}`; };
const fractionTraps: (() => string)[] = [
  () => `Ngày ${dm()} xã tổ chức ra quân cao điểm cấp căn cước.`,
  () => `Dịp ${dm()} các xã tổ chức tuyên truyền về Đề án 06.`,
  () => `Đến ${dm()}/2026 đã cấp ${vi(int(1000, 9000))} thẻ căn cước.`,
  () => `Từ ${dm()} đến ${dm()}, tiếp nhận ${vi(int(1000, 9000))} hồ sơ.`,
  () => `Trước ${dm()} các xã hoàn thành làm sạch dữ liệu.`,
  () => `Sáng ${dm()} đoàn công tác kiểm tra ${int(3, 9)} xã.`,
  () => `Hội nghị ngày ${dm()} có ${int(20, 90)} điểm cầu tham dự.`,
  () => `Đến ${dm()} phải hoàn thành 100% hồ sơ cấp căn cước cho trẻ em.`,
  () => `Vào ${dm()} hệ thống dừng hoạt động để nâng cấp trong ${int(2, 6)} giờ.`,
  () => `Theo Kế hoạch số ${int(10, 99)}/KH-UBND ngày ${dm()}/2025, tỉnh giao ${int(10, 40)} chỉ tiêu.`,
  () => `Tháng ${int(1, 12)}/2026 cấp ${vi(int(1000, 9000))} thẻ căn cước, đạt ${int(80, 99)}% kế hoạch.`,
  () => { const n = int(20, 90); return `Tổng số tiêu chí đạt được: ${vi(n * 15)} tiêu chí/${n} xã, tăng ${int(2, 9)} tiêu chí so với năm 2025.`; },
];


// Round 2 of the three corpora above: written after their first round was tuned (and after the
// held-back half was measured once: 18/21 for next-sentence-parts, see the commit), never tuned on.
const freshNextParts: Frame[] = [
  () => { const { a, b, t } = split2(200, 3000); const w = off(t); const z = pct(int(5, 60) / 10); return { right: `Toàn tỉnh đã giải quyết ${vi(t)} hồ sơ thủ tục hành chính, giảm ${z}% so với tháng trước. Trong đó: trước và đúng hạn ${vi(a)} hồ sơ; quá hạn ${vi(b)} hồ sơ.`, wrong: `Toàn tỉnh đã giải quyết ${vi(w)} hồ sơ thủ tục hành chính, giảm ${z}% so với tháng trước. Trong đó: trước và đúng hạn ${vi(a)} hồ sơ; quá hạn ${vi(b)} hồ sơ.`, figure: vi(w) }; },
  () => { const { a, b, c, t } = three(20, 400); const w = under(t); return { right: `Năm 2025 có ${t} dự án chuyển đổi số được phê duyệt. Phân theo nguồn vốn: ${a} dự án ngân sách tỉnh, ${b} dự án ngân sách trung ương, ${c} dự án xã hội hóa.`, wrong: `Năm 2025 có ${w} dự án chuyển đổi số được phê duyệt. Phân theo nguồn vốn: ${a} dự án ngân sách tỉnh, ${b} dự án ngân sách trung ương, ${c} dự án xã hội hóa.`, figure: String(w) }; },
  () => { const { a, b, t } = split2(40, 2000); const w = under(t); return { right: `Lực lượng Công an đã làm sạch ${vi(t)} trường hợp dữ liệu. Trong số này, ${vi(a)} trường hợp sai thông tin và ${vi(b)} trường hợp trùng lặp.`, wrong: `Lực lượng Công an đã làm sạch ${vi(w)} trường hợp dữ liệu. Trong số này, ${vi(a)} trường hợp sai thông tin và ${vi(b)} trường hợp trùng lặp.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(2, 15); const w = t - int(2, 3); return { right: `Ban hành ${pad(t)} văn bản chỉ đạo, điều hành. Theo loại văn bản: ${pad(a)} kế hoạch, ${pad(b)} công văn.`, wrong: `Ban hành ${pad(w)} văn bản chỉ đạo, điều hành. Theo loại văn bản: ${pad(a)} kế hoạch, ${pad(b)} công văn.`, figure: pad(w) }; },
];
const freshFractions: Frame[] = [
  () => { const { w, p, q } = fracs(); return { right: `Tính đến nay ${pad(p)}/${pad(w)} phường đã lắp đặt camera kết nối Trung tâm điều hành.`, wrong: `Tính đến nay ${pad(q)}/${pad(w)} phường đã lắp đặt camera kết nối Trung tâm điều hành.`, figure: `${pad(q)}/${pad(w)}` }; },
  () => { const w = int(4, 12), p = int(2, w - 1), r = (p / w) * 100, z = far(r); return { right: `Đã có ${p}/${w} bệnh viện triển khai bệnh án điện tử, chiếm ${pct(r)}%.`, wrong: `Đã có ${p}/${w} bệnh viện triển khai bệnh án điện tử, chiếm ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { w, p, q } = fracs(); return { right: `Thẩm định, công nhận ${p}/${w} thôn đạt tiêu chí thôn thông minh.`, wrong: `Thẩm định, công nhận ${q}/${w} thôn đạt tiêu chí thôn thông minh.`, figure: `${q}/${w}` }; },
];

Object.assign(corpora, {
  "next-sentence-parts": { codes: ["parts_exceed_total", "parts_total_mismatch", "part_exceeds_whole"], description: "A total and its parts listed in the next sentence, opened by 'Trong đó', 'Cụ thể', 'Bao gồm', 'Trong số này' or a classification ('Theo lĩnh vực:'), the total maybe followed by its own change.", cases: [...build(nextParts, nextPartTraps, 3), ...fresh(freshNextParts, 100)] },
  fractions: { codes: ["part_exceeds_whole", "percent_mismatch", "ratio_mismatch"], description: "Fractions that also read as days and months ('13/12 xã', '05/06 xã', 'có đến 5/4 huyện'): a part above its whole, or a share that does not match; dates stay dates.", cases: [...build(fractionFrames, fractionTraps, 3), ...fresh(freshFractions, 100)] },
});
// Round 3: drawn from their own seed, after the earlier corpora, which stay as they were.
seed = 20261213;
const SPLIT3 = "Frame index parity: sentences of even frames are the tune half, of odd frames the held-back half (field `half`); frames after the last sentence frame are right sentences that look like the shape and are not it. Cases with `nfd: true` are checked as NFD text.";
const marked = (cases: Case[], nfd: ReadonlySet<number>): Case[] => cases.map((c) => (nfd.has(c.frame) ? { ...c, nfd: true } : c));
corpora.comparisons = { codes: ["difference_mismatch", "change_percent_mismatch", "point_change_mismatch", "multiple_mismatch", "ratio_mismatch"], description: "A stated gap, multiple or proportion against the two figures it compares ('cao hơn … so với … (…)', 'gấp 2,5 lần', 'bằng 85% so với cùng kỳ (…)').", cases: marked(build(comparisons, comparisonTraps), comparisonNfd), split: SPLIT3 };
corpora["lists-apart"] = { codes: ["list_count_mismatch"], description: "A count (in figures or in words) and the list after 'là', 'như', 'gồm' with no colon, or after a colon far from the count.", cases: marked(build(listsApart, listTraps3), listsNfd), split: SPLIT3 };
corpora["averages-apart"] = { codes: ["average_mismatch"], description: "An average a sentence after its two counts, or divided by an acronym ('bình quân một DN').", cases: marked(build(averagesApart, averageTraps3), averagesNfd), split: SPLIT3 };

// ---------------------------------------------------------------- brief n8: sums stated after their parts
// The stated-sums corpus of brief n4 (written with its rule, left out with it for the old size
// budget), put back with the rule. Drawn from a seed of its own after every other block, so
// every other corpus keeps its figures.
seed = 20261206;
const sums: Frame[] = [
  () => { const { a, b, t } = split2(1000, 6000); const w = off(t); return { right: `Tiếp nhận mới ${vi(a)} hồ sơ, hồ sơ tồn kỳ trước chuyển sang là ${vi(b)}, lũy kế đã và đang giải quyết trong kỳ là ${vi(t)} hồ sơ.`, wrong: `Tiếp nhận mới ${vi(a)} hồ sơ, hồ sơ tồn kỳ trước chuyển sang là ${vi(b)}, lũy kế đã và đang giải quyết trong kỳ là ${vi(w)} hồ sơ.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(300, 9000); const w = off(t); return { right: `Trong quý tiếp nhận ${vi(a)} hồ sơ trực tuyến, ${vi(b)} hồ sơ trực tiếp, tổng cộng ${vi(t)} hồ sơ.`, wrong: `Trong quý tiếp nhận ${vi(a)} hồ sơ trực tuyến, ${vi(b)} hồ sơ trực tiếp, tổng cộng ${vi(w)} hồ sơ.`, figure: vi(w) }; },
  () => { const a = int(20, 90), b = int(2, 12), t = a + b, w = t + int(3, 8); return { right: `Đã có ${a} xã hoàn thành và trong tháng thêm ${pad(b)} xã, nâng tổng số xã hoàn thành lên ${t} xã.`, wrong: `Đã có ${a} xã hoàn thành và trong tháng thêm ${pad(b)} xã, nâng tổng số xã hoàn thành lên ${w} xã.`, figure: String(w) }; },
  () => { const { a, b, c, t } = three(100, 3000); const w = off(t); return { right: `Cấp mới ${vi(a)} thẻ, cấp đổi ${vi(b)} thẻ, cấp lại ${vi(c)} thẻ, tổng số thẻ đã cấp là ${vi(t)} thẻ.`, wrong: `Cấp mới ${vi(a)} thẻ, cấp đổi ${vi(b)} thẻ, cấp lại ${vi(c)} thẻ, tổng số thẻ đã cấp là ${vi(w)} thẻ.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(2000, 90000); const w = off(t); return { right: `Cổng thông tin ghi nhận ${vi(a)} lượt truy cập từ máy tính và ${vi(b)} lượt từ thiết bị di động, tổng cộng là ${vi(t)} lượt.`, wrong: `Cổng thông tin ghi nhận ${vi(a)} lượt truy cập từ máy tính và ${vi(b)} lượt từ thiết bị di động, tổng cộng là ${vi(w)} lượt.`, figure: vi(w) }; },
  () => { const a = int(12, 95) / 10, b = int(12, 95) / 10, t = a + b, w = t + 1.5; return { right: `Giải ngân ${vi(a, 1)} tỷ đồng từ ngân sách tỉnh, ${vi(b, 1)} tỷ đồng từ ngân sách xã, tổng cộng ${vi(t, 1)} tỷ đồng.`, wrong: `Giải ngân ${vi(a, 1)} tỷ đồng từ ngân sách tỉnh, ${vi(b, 1)} tỷ đồng từ ngân sách xã, tổng cộng ${vi(w, 1)} tỷ đồng.`, figure: vi(w, 1) }; },
  () => { const { a, b, t } = split2(5000, 90000); const w = off(t); return { right: `Số tài khoản kích hoạt trước đó là ${vi(a)} tài khoản, trong kỳ kích hoạt thêm ${vi(b)} tài khoản, cộng dồn ${vi(t)} tài khoản.`, wrong: `Số tài khoản kích hoạt trước đó là ${vi(a)} tài khoản, trong kỳ kích hoạt thêm ${vi(b)} tài khoản, cộng dồn ${vi(w)} tài khoản.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(2, 9); const w = t + int(2, 5); return { right: `Tổ chức ${pad(a)} hội nghị trực tiếp, ${pad(b)} hội nghị trực tuyến, tổng số hội nghị là ${pad(t)} hội nghị.`, wrong: `Tổ chức ${pad(a)} hội nghị trực tiếp, ${pad(b)} hội nghị trực tuyến, tổng số hội nghị là ${pad(w)} hội nghị.`, figure: pad(w) }; },
  () => { const a = int(5, 40), b = int(3, 20), t = a + b + int(50, 300), w = a + b - int(3, Math.min(8, a + b - 1)); return { right: `Trong tháng thành lập thêm ${a} tổ công nghệ số cộng đồng và kiện toàn ${b} tổ, nâng tổng số tổ lên ${t} tổ.`, wrong: `Trong tháng thành lập thêm ${a} tổ công nghệ số cộng đồng và kiện toàn ${b} tổ, nâng tổng số tổ lên ${w} tổ.`, figure: String(w) }; },
  () => { const { a, b, t } = split2(500, 20000); const w = off(t); return { right: `Thu nhận ${vi(a)} hồ sơ căn cước tại trụ sở, ${vi(b)} hồ sơ lưu động tại nhà, tổng cộng **${vi(t)}** hồ sơ.`, wrong: `Thu nhận ${vi(a)} hồ sơ căn cước tại trụ sở, ${vi(b)} hồ sơ lưu động tại nhà, tổng cộng **${vi(w)}** hồ sơ.`, figure: vi(w) }; },
  () => { const a = int(1000, 3000), b = int(1000, 3000), s0 = a + b, t = Math.floor(s0 / 100) * 100, w = Math.round(s0 * 1.3 / 100) * 100; return { right: `Tổng đài tiếp nhận ${vi(a)} cuộc gọi hỗ trợ và ${vi(b)} cuộc gọi phản ánh, tổng cộng hơn ${vi(t)} cuộc gọi.`, wrong: `Tổng đài tiếp nhận ${vi(a)} cuộc gọi hỗ trợ và ${vi(b)} cuộc gọi phản ánh, tổng cộng hơn ${vi(w)} cuộc gọi.`, figure: vi(w) }; },
  () => { const { a, b, t } = split2(2, 9); const w = t + int(2, 4); return { right: `Ban hành ${pad(a)} văn bản cấp tỉnh, ${pad(b)} văn bản cấp xã, tổng cộng ${pad(t)} văn bản chỉ đạo.`, wrong: `Ban hành ${pad(a)} văn bản cấp tỉnh, ${pad(b)} văn bản cấp xã, tổng cộng ${pad(w)} văn bản chỉ đạo.`, figure: pad(w) }; },
  () => { const a = int(11, 19) / 10, b = int(2, 9) / 10, t = a + b, w = t + 0.6; return { right: `Đã cấp ${vi(a, 1)} triệu tài khoản định danh mức độ 2, ${vi(b, 1)} triệu tài khoản mức độ 1, tổng cộng ${vi(t, 1)} triệu tài khoản.`, wrong: `Đã cấp ${vi(a, 1)} triệu tài khoản định danh mức độ 2, ${vi(b, 1)} triệu tài khoản mức độ 1, tổng cộng ${vi(w, 1)} triệu tài khoản.`, figure: vi(w, 1) }; },
  () => { const { a, b, t } = split2(100, 2000); const w = off(t); return { right: `Hồ sơ tồn đầu kỳ ${vi(a)} hồ sơ, hồ sơ mới tiếp nhận ${vi(b)} hồ sơ, luỹ kế phải giải quyết ${vi(t)} hồ sơ.`, wrong: `Hồ sơ tồn đầu kỳ ${vi(a)} hồ sơ, hồ sơ mới tiếp nhận ${vi(b)} hồ sơ, luỹ kế phải giải quyết ${vi(w)} hồ sơ.`, figure: vi(w) }; },
];
const sumTraps: (() => string)[] = [
  () => `Trong tháng cấp mới ${vi(int(100, 900))} tài khoản cho cá nhân và ${vi(int(10, 99))} tài khoản cho tổ chức, nâng tổng số tài khoản lên ${vi(int(20000, 90000))} tài khoản.`,
  () => `Trong tháng tiếp nhận ${vi(int(100, 900))} hồ sơ trực tuyến, ${vi(int(100, 900))} hồ sơ trực tiếp; lũy kế từ đầu năm ${vi(int(5000, 9000))} hồ sơ.`,
  () => `Có ${int(10, 20)} cơ quan phát sinh hồ sơ trực tuyến với tổng số ${vi(int(1000, 3000))} hồ sơ.`,
  () => `Tiếp nhận ${vi(int(1000, 3000))} hồ sơ, tăng ${vi(int(100, 900))} hồ sơ so với cùng kỳ, lũy kế từ đầu năm ${vi(int(5000, 9000))} hồ sơ.`,
  () => `Đã số hóa ${vi(int(100, 900))} hồ sơ trên tổng số ${vi(int(1000, 3000))} hồ sơ tiếp nhận.`,
  () => `Tiếp nhận ${vi(int(100, 900))} hồ sơ đất đai, ${vi(int(100, 900))} hồ sơ tư pháp; tổng số hồ sơ toàn tỉnh là ${vi(int(5000, 9000))} hồ sơ.`,
  () => { const { a, b, t } = split2(300, 3000); return `Tiếp nhận ${vi(t)} hồ sơ, trong đó ${vi(a)} hồ sơ trực tuyến, ${vi(b)} hồ sơ trực tiếp, tổng cộng ${vi(t)} hồ sơ.`; },
  () => { const { a, b, t } = split2(300, 3000); return `Giải quyết ${vi(a)} hồ sơ tại ${int(10, 40)} xã, ${vi(b)} hồ sơ tại ${int(5, 20)} phường, tổng cộng ${vi(t)} hồ sơ.`; },
  () => `Cấp ${vi(int(100, 900))} thẻ tại trụ sở, ${vi(int(100, 900))} thẻ lưu động, cộng dồn từ đầu năm ${vi(int(9000, 20000))} thẻ.`,
  () => `Tổng cộng ${vi(int(1000, 5000))} hồ sơ được tiếp nhận, gồm ${vi(int(100, 900))} hồ sơ trực tuyến và nhiều hồ sơ trực tiếp.`,
];
const freshSums: Frame[] = [
  () => { const { a, b, t } = split2(200, 4000); const w = off(t); return { right: `Trong tháng tiếp nhận ${vi(a)} hồ sơ, kỳ trước chuyển qua ${vi(b)} hồ sơ, tổng số hồ sơ phải giải quyết là ${vi(t)} hồ sơ.`, wrong: `Trong tháng tiếp nhận ${vi(a)} hồ sơ, kỳ trước chuyển qua ${vi(b)} hồ sơ, tổng số hồ sơ phải giải quyết là ${vi(w)} hồ sơ.`, figure: vi(w) }; },
  () => { const { a, b, c, t } = three(10, 300); const w = off(t); return { right: `Kiểm tra ${a} cơ sở lưu trú, ${b} cơ sở kinh doanh karaoke và ${c} cơ sở cầm đồ, tổng cộng ${t} cơ sở.`, wrong: `Kiểm tra ${a} cơ sở lưu trú, ${b} cơ sở kinh doanh karaoke và ${c} cơ sở cầm đồ, tổng cộng ${w} cơ sở.`, figure: String(w) }; },
  () => { const a = int(100, 900), b = int(10, 90), t = a + b, w = t + int(15, 60); return { right: `Năm 2025 đã có ${a} điểm thanh toán không dùng tiền mặt, quý I/2026 phát triển thêm ${b} điểm, nâng tổng số điểm lên ${t} điểm.`, wrong: `Năm 2025 đã có ${a} điểm thanh toán không dùng tiền mặt, quý I/2026 phát triển thêm ${b} điểm, nâng tổng số điểm lên ${w} điểm.`, figure: String(w) }; },
  () => { const { a, b, t } = split2(1000, 30000); const w = off(t); return { right: `Chi trả qua tài khoản cho ${vi(a)} người hưởng lương hưu, ${vi(b)} người hưởng trợ cấp, tổng cộng ${vi(t)} người.`, wrong: `Chi trả qua tài khoản cho ${vi(a)} người hưởng lương hưu, ${vi(b)} người hưởng trợ cấp, tổng cộng ${vi(w)} người.`, figure: vi(w) }; },
];
corpora["stated-sums"] = { codes: ["parts_total_mismatch", "parts_exceed_total"], description: "Parts joined by commas and the sum stated after them ('tổng cộng', ', tổng số … là', 'lũy kế', 'cộng dồn', 'nâng tổng số … lên').", cases: [...build(sums, sumTraps, 3), ...fresh(freshSums, 100)] };

// ---------------------------------------------------------------- real set 4 shapes (round 2)
// Shapes the tune half of real-sentences-4.json showed (brief n9), written after that half was
// tuned on and held back like every round-2 frame, numbered from 400. Drawn from a seed of their
// own after every corpus above is built, so no earlier case changes.
seed = 20261213;
const cutPct = (r: number): string => pct(Math.floor(r * 100) / 100, 2);
const set4Differences: Frame[] = [
  () => { const a = int(300, 9000), d = int(20, 400), r = pctOf(d, a + d), z = farPct(r); return { right: `Năm 2025 toàn tỉnh xảy ra ${vi(a)} vụ tai nạn lao động (giảm ${d} vụ, tương ứng với ${pct(r, 1)}% so với năm 2024).`, wrong: `Năm 2025 toàn tỉnh xảy ra ${vi(a)} vụ tai nạn lao động (giảm ${d} vụ, tương ứng với ${pct(z, 1)}% so với năm 2024).`, figure: `${pct(z, 1)}%` }; },
  () => { const a = int(200, 900), d = int(5, 60), r = pctOf(d, a - d), z = farPct(r); return { right: `Số người chết vì tai nạn giao thông: ${a} người, tăng ${pad(d)} người tương ứng ${cutPct(r)}% so với cùng kỳ.`, wrong: `Số người chết vì tai nạn giao thông: ${a} người, tăng ${pad(d)} người tương ứng ${pct(z, 2)}% so với cùng kỳ.`, figure: `${pct(z, 2)}%` }; },
  () => { const a1 = int(100, 600), d1 = int(5, 90), a2 = int(50, 300), d2 = int(3, 40), r2 = pctOf(d2, a2 - d2), z = farPct(r2); const head = `Số vụ cháy: ${vi(a1 + a2)} vụ (trong đó, khu vực đô thị: ${a1} vụ, giảm ${d1} vụ tương ứng với ${pct(pctOf(d1, a1 + d1), 2)}% so với năm trước; khu vực nông thôn: ${a2} vụ, tăng ${d2} vụ tương ứng với `; return { right: `${head}${pct(r2, 2)}% so với năm trước).`, wrong: `${head}${pct(z, 2)}% so với năm trước).`, figure: `${pct(z, 2)}%` }; },
];
const set4DifferenceTraps: (() => string)[] = [
  () => { const a = int(300, 900), d = int(10, 90); return `Toàn tỉnh xảy ra ${a} vụ cháy, tăng ${d} vụ, tương ứng ${pct(int(20, 90) / 10)}% tổng số vụ cháy của cả vùng.`; },
  () => { const a = int(100, 900), d = int(3, 40); return `Khu vực nông thôn: ${a} vụ, tăng ${pad(d)} vụ tương ứng với ${cutPct(pctOf(d, a - d))}% so với năm trước.`; },
];
const set4Shares: Frame[] = [
  () => { const h = int(3000, 20000), p = int(Math.round(h * 0.2), Math.round(h * 0.6)), k = p * int(4, 6) + int(1, 50), K = h * 5 + int(100, 900), r = pctOf(p, h), z = farPct(r); return { right: `Toàn huyện có ${vi(h)} hộ = ${vi(K)} khẩu; hộ nghèo ${vi(p)} hộ = ${vi(k)} khẩu chiếm ${pct(r, 2)}% theo chuẩn nghèo mới.`, wrong: `Toàn huyện có ${vi(h)} hộ = ${vi(K)} khẩu; hộ nghèo ${vi(p)} hộ = ${vi(k)} khẩu chiếm ${pct(z, 2)}% theo chuẩn nghèo mới.`, figure: `${pct(z, 2)}%` }; },
];
const set4ShareTraps: (() => string)[] = [
  () => { const h = int(3000, 20000), p = int(Math.round(h * 0.2), Math.round(h * 0.6)), K = h * 4 + int(100, 900), k = Math.round((p * K) / h) + int(200, 900); return `Xã có ${vi(h)} hộ tương đương ${vi(K)} khẩu; hộ cận nghèo ${vi(p)} hộ tương đương ${vi(k)} khẩu, chiếm ${pct(pctOf(k, K), 2)}%.`; },
];
const set4SplitTraps: (() => string)[] = [
  () => { const n = int(60, 300), a = int(10, n - 10); return `Toàn tỉnh có ${n} cử tri từ 100 tuổi trở lên (${a} cụ ông và ${n - a} cụ bà; cụ cao tuổi nhất ${int(105, 116)} tuổi, sinh năm ${int(1909, 1920)}).`; },
];
function set4(frames: readonly Frame[], traps: readonly (() => string)[]): Case[] {
  const out = fresh(frames, 400);
  traps.forEach((t, j) => {
    for (let k = 0; k < 2; k++) out.push({ text: t(), wrong: false, half: "held", frame: 400 + frames.length + j, round: 2 });
  });
  return out;
}
corpora.differences!.cases.push(...set4(set4Differences, set4DifferenceTraps));
corpora["ratio-statements"]!.cases.push(...set4(set4Shares, set4ShareTraps));
corpora.splits!.cases.push(...set4([], set4SplitTraps));
// Parts in parentheses after a level and its change ("662 vụ, giảm 58 vụ … (trong đó, …: 503 vụ;
// …: 159 vụ)"): the parts are of the level, not of the change. Frames from 410.
const set4LevelParts: Frame[] = [
  () => { const a1 = int(200, 900), a2 = int(50, 400), d = int(10, 90), x = int(8, 40); return { right: `Số vụ cháy: ${vi(a1 + a2)} vụ, giảm ${d} vụ so với năm 2024 (trong đó, khu vực đô thị: ${a1} vụ; khu vực nông thôn: ${a2} vụ).`, wrong: `Số vụ cháy: ${vi(a1 + a2)} vụ, giảm ${d} vụ so với năm 2024 (trong đó, khu vực đô thị: ${a1 + x} vụ; khu vực nông thôn: ${a2} vụ).`, figure: String(a1 + x) }; },
  () => { const a1 = int(300, 900), a2 = int(100, 300), d = int(20, 90), r = pctOf(d, a1 + a2 + d), x = int(8, 40); const tail = (b: number): string => `(trong đó, khu vực có quan hệ lao động: ${b} người, giảm ${pad(int(3, 9))} người; khu vực không có hợp đồng lao động: ${a2} người, tăng ${pad(int(2, 9))} người).`; return { right: `Số người chết vì tai nạn lao động: ${vi(a1 + a2)} người, giảm ${d} người tương ứng ${pct(r, 2)}% so với năm 2024 ${tail(a1)}`, wrong: `Số người chết vì tai nạn lao động: ${vi(a1 + a2)} người, giảm ${d} người tương ứng ${pct(r, 2)}% so với năm 2024 ${tail(a1 - x)}`, figure: String(a1 - x) }; },
];
const set4LevelPartTraps: (() => string)[] = [
  () => { const d1 = int(10, 90), d2 = int(10, 90); return `Số hồ sơ quá hạn: ${vi(int(300, 900))} hồ sơ, giảm ${d1 + d2} hồ sơ so với quý trước (trong đó, cấp tỉnh: ${d1} hồ sơ; cấp xã: ${d2} hồ sơ).`; },
];
{
  const out = fresh(set4LevelParts, 410);
  set4LevelPartTraps.forEach((t, j) => {
    for (let k = 0; k < 2; k++) out.push({ text: t(), wrong: false, half: "held", frame: 410 + set4LevelParts.length + j, round: 2 });
  });
  corpora.splits!.cases.push(...out);
}
// Inspection results: what is recommended splits what was found, with no marker ("phát hiện …
// b, kiến nghị thu hồi a1, kiến nghị khác a2"). Frames from 420.
const set4Inspections: Frame[] = [
  () => { const a = tr(100, 900), b = tr(50, 600), x = tr(30, 200); return { right: `Thanh tra tỉnh ban hành kết luận ${int(8, 30)} cuộc, phát hiện vi phạm về kinh tế hơn ${vi(a + b, 1)} tỷ đồng, kiến nghị thu hồi hơn ${vi(a, 1)} tỷ đồng, kiến nghị khác hơn ${vi(b, 1)} tỷ đồng; đã thu được ${vi(a / 2, 1)} tỷ đồng.`, wrong: `Thanh tra tỉnh ban hành kết luận ${int(8, 30)} cuộc, phát hiện vi phạm về kinh tế hơn ${vi(a + b, 1)} tỷ đồng, kiến nghị thu hồi hơn ${vi(a, 1)} tỷ đồng, kiến nghị khác hơn ${vi(b + x, 1)} tỷ đồng; đã thu được ${vi(a / 2, 1)} tỷ đồng.`, figure: vi(b + x, 1) }; },
  () => { const b = int(300, 900), a = int(100, b - 50), w = b + int(60, 400); return { right: `Qua thanh tra lĩnh vực đất đai, phát hiện ${int(5, 30)} đơn vị vi phạm với số tiền ${b} triệu đồng, thu hồi kịp thời ${a} triệu đồng.`, wrong: `Qua thanh tra lĩnh vực đất đai, phát hiện ${int(5, 30)} đơn vị vi phạm với số tiền ${b} triệu đồng, thu hồi kịp thời ${w} triệu đồng.`, figure: String(w) }; },
];
const set4InspectionTraps: (() => string)[] = [
  () => { const b = tr(100, 900), a = tr(50, 90); return `Phát hiện sai phạm ${vi(b, 1)} tỷ đồng; kiến nghị thu hồi ${vi(a, 1)} tỷ đồng; đã thu hồi ${vi(a / 2, 1)} tỷ đồng và xử lý kỷ luật ${int(3, 20)} cá nhân.`; },
  () => `Thanh tra phát hiện ${int(5, 40)} đơn vị vi phạm, kiến nghị thu hồi ${vi(tr(100, 900), 1)} tỷ đồng và ${vi(tr(10, 90), 1)} ha đất.`,
];
{
  const out = fresh(set4Inspections, 420);
  set4InspectionTraps.forEach((t, j) => {
    for (let k = 0; k < 2; k++) out.push({ text: t(), wrong: false, half: "held", frame: 420 + set4Inspections.length + j, round: 2 });
  });
  corpora.splits!.cases.push(...out);
}

// Averages per year over a span of years: a range ("Từ năm 2002 - 2021") or a count in words in
// the sentence before ("trong năm năm gần đây … . Trung bình mỗi năm …"). Frames from 400.
const yearWords = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
const set4Averages: Frame[] = [
  () => { const y1 = int(2000, 2015), n = int(5, 20), y2 = y1 + n - 1, avg = int(50, 900), t = avg * n + int(0, Math.floor((n - 1) / 2)), w = Math.round(avg * (1.2 + rnd() * 0.4)); return { right: `Từ năm ${y1} - ${y2}, toàn tỉnh có ${vi(t)} HTX thành lập mới, bình quân ${vi(avg)} HTX thành lập/năm.`, wrong: `Từ năm ${y1} - ${y2}, toàn tỉnh có ${vi(t)} HTX thành lập mới, bình quân ${vi(w)} HTX thành lập/năm.`, figure: vi(w) }; },
  () => { const n = int(2, 10), avg = int(20, 400), t = avg * n + int(0, Math.floor((n - 1) / 2)), w = Math.round(avg * (0.6 + rnd() * 0.2)); return { right: `Trong ${yearWords[n - 2]} năm gần đây, toàn tỉnh ghi nhận ${vi(t)} vụ cháy rừng. Trung bình mỗi năm xảy ra ${vi(avg)} vụ.`, wrong: `Trong ${yearWords[n - 2]} năm gần đây, toàn tỉnh ghi nhận ${vi(t)} vụ cháy rừng. Trung bình mỗi năm xảy ra ${vi(w)} vụ.`, figure: vi(w) }; },
];
const set4AverageTraps: (() => string)[] = [
  () => { const n = int(3, 8), a = int(100, 400), b = int(10, 90); return `Trong ${yearWords[n - 2]} năm qua, huyện có ${vi(a)} vụ tai nạn, năm 2025 có ${b} vụ. Trung bình mỗi năm xảy ra ${vi(Math.round(a / n))} vụ.`; },
];
corpora.averages!.cases.push(...set4(set4Averages, set4AverageTraps));

// ---------------------------------------------------------------- real documents 2 (brief g4)
// Right sentences of the shapes new whole real documents (real-documents-2.json) raised a false
// alarm on, written after those alarms were fixed: a part "đạt" its own plan after a total whose
// plan is in parentheses; a listed item's own percentage after a fraction; a rank "thứ 21/63"
// before "Trong đó"; periods "6 tháng đầu năm … so với 6 tháng đầu năm …"; a plan's range "từ
// 7,0% đến 7,5%"; "A; B và C" (three items or two); time limits "15 ngày làm việc kể từ …"; and
// a total's plan in parentheses before "trong đó" ("đạt 58,6% kế hoạch (1.666 hồ sơ), trong đó …").
// Frames 700–799, split by parity; a seed of their own, drawn after every corpus above.
seed = 20261701;
const g4Names = ["Sở Y tế", "Sở Tài chính", "Sở Công Thương", "Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Sở Giao thông vận tải"];
const g4Pick = (n: number): string[] => {
  const xs = [...g4Names];
  const out: string[] = [];
  while (out.length < n) out.push(xs.splice(int(0, xs.length - 1), 1)[0] as string);
  return out;
};
const g4Periods = ["6 tháng đầu năm", "9 tháng năm", "quý I năm", "năm"];
const g4Traps: Record<string, readonly (() => string)[]> = {
  "ratio-statements": [
    () => { const a = int(5000, 12000), b = int(1000, 4000), p = Math.round((a + b) * (1.6 + rnd())), t = a + b; return `Tổng thu ngân sách nhà nước ${g4Periods[int(0, 2)]} ${int(2022, 2025)} là ${vi(t)} tỷ đồng, đạt ${pct((t * 100) / p)}% so với nghị quyết đề ra (${vi(p)} tỷ đồng) và tăng ${pct(tr(10, 90))}% so với cùng kỳ; trong đó, thu nội địa ${vi(a)} tỷ đồng, đạt ${pct(tr(400, 990), 2)}% và thu xuất nhập khẩu là ${vi(b)} tỷ đồng, đạt ${int(40, 99)}%.`; },
    () => { const a = int(300, 900), b = int(100, 500), p = Math.round((a + b) * (1.5 + rnd())), t = a + b; return `Giải ngân vốn đầu tư công ${vi(t)} tỷ đồng, bằng ${pct((t * 100) / p)}% kế hoạch vốn năm (${vi(p)} tỷ đồng), trong đó vốn ngân sách tỉnh ${vi(a)} tỷ đồng, đạt ${int(40, 95)}%, vốn ngân sách trung ương ${vi(b)} tỷ đồng, đạt ${int(30, 90)}%.`; },
    () => { const b = int(3, 9), a = int(1, b - 1); return `Tại lễ tôn vinh năm ${int(2023, 2025)}, đã có ${a}/${b} dịch vụ công trực tuyến thiết yếu của Đề án 06 được đánh giá xuất sắc, gồm thông báo lưu trú (${int(80, 99)}%).`; },
    () => { const b = int(8, 20), a = int(2, b - 2); return `Có ${a}/${b} xã hoàn thành số hóa dữ liệu hộ tịch, gồm xã Tân Lập (${pct(tr(900, 999))}%) và xã Hòa Bình (${pct(tr(900, 999))}%).`; },
  ],
  splits: [
    () => { const a = int(300, 900), b = int(100, 600), t = a + b, p = Math.round(t * (1.4 + rnd())); return `Tiếp nhận ${vi(t)} hồ sơ, đạt ${pct((t * 100) / p)}% kế hoạch năm (${vi(p)} hồ sơ), trong đó ${vi(a)} hồ sơ trực tuyến, ${vi(b)} hồ sơ trực tiếp.`; },
    () => { const a = int(20, 90), b = int(10, 60), t = a + b, p = Math.round(t * (1.3 + rnd())); return `Năm ${int(2023, 2025)} đã tổ chức ${t} lớp bồi dưỡng, bằng ${pct((t * 100) / p)}% chỉ tiêu được giao (${p} lớp), trong đó ${a} lớp cấp tỉnh và ${b} lớp cấp xã.`; },
  ],
  "part-whole": [
    () => { const r = int(5, 40); return `Chỉ số DTI năm ${int(2022, 2025)} của tỉnh xếp thứ ${r}/63 tỉnh, thành phố. Trong đó, chính quyền số ở vị trí thứ ${int(1, 60)}, kinh tế số ở vị trí thứ ${int(1, 60)} và xã hội số ở vị trí thứ ${int(1, 60)} trong 63 tỉnh, thành phố.`; },
    () => { const r = int(3, 30); return `Chỉ số hài lòng của tỉnh xếp hạng ${r}/63 cả nước, trong đó có ${int(34, 60)} chỉ số thành phần cao hơn mức trung bình của 63 tỉnh, thành phố.`; },
  ],
  differences: [
    () => { const n = [3, 6, 9][int(0, 2)] as number, y = int(2021, 2025); return `Tổng sản phẩm trên địa bàn (GRDP) ${n} tháng đầu năm ước tính tăng ${pct(tr(30, 120), 2)}% so với ${n} tháng đầu năm ${y - 1}.`; },
    () => { const n = [5, 7, 10, 11][int(0, 3)] as number, y = int(2021, 2025); return `Chỉ số sản xuất toàn ngành công nghiệp ${n} tháng năm ${y} ước tăng ${pct(tr(20, 150))}% so với ${n} tháng năm ${y - 1}.`; },
    () => { const a = tr(50, 80); return `Tổng sản phẩm trên địa bàn năm ${int(2022, 2025)} tăng ${pct(tr(70, 110), 2)}% so với năm trước (vượt kế hoạch đề ra là từ ${pct(a)}% đến ${pct(a + 0.5)}%).`; },
    () => { const a = int(5, 12); return `Thu ngân sách nhà nước trên địa bàn tăng ${pct(tr(80, 200))}% so với cùng kỳ (mục tiêu phấn đấu cả năm tăng từ ${a}% đến ${a + 2}%).`; },
  ],
  "list-count": [
    () => `Ở ${pad(3)} trụ cột chính: chính quyền số đạt 0,${int(5000, 8999)} điểm, xếp thứ ${int(1, 63)}; kinh tế số đạt 0,${int(5000, 8999)} điểm, xếp thứ ${int(1, 63)} và xã hội số đạt 0,${int(5000, 8999)} điểm, xếp thứ ${int(1, 63)}.`,
    () => { const [a, b, c] = g4Pick(3); return `Đạt kết quả chỉ số dưới 80% có ${pad(3)} đơn vị là: ${a}; ${b} và ${c}.`; },
    () => `Còn ${pad(4)} nhiệm vụ chậm tiến độ: số hóa hồ sơ; làm sạch dữ liệu dân cư; cấp chữ ký số và thanh toán trực tuyến.`,
    () => { const [a, b, c] = g4Pick(3); return `Tham gia tổ công tác có ${pad(3)} cơ quan: ${a}; ${b} và ${c} (cơ quan thường trực).`; },
  ],
};
const g4Limits = ["công nhận ban vận động thành lập hội", "thành lập hội", "phê duyệt điều lệ hội", "đổi tên hội", "cấp giấy phép xây dựng", "gia hạn giấy phép xây dựng"];
const g4RestatedTraps: readonly (() => { text: string; path: string }[])[] = [
  () => { const [x, y] = [g4Limits[int(0, 2)], g4Limits[int(3, 5)]]; return [{ text: `1 | Thủ tục ${x} | ${int(10, 15)} ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ | Đăng ký |`, path: "Bảng 1" }, { text: `2 | Thủ tục ${y} | ${int(20, 30)} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ | Đăng ký |`, path: "Bảng 1" }]; },
  () => [{ text: `Thời hạn giải quyết thủ tục cấp giấy phép là ${int(15, 20)} ngày làm việc kể từ ngày nhận đủ hồ sơ.`, path: "Mục 1" }, { text: `Thủ tục gia hạn giấy phép được giải quyết trong ${int(5, 10)} ngày làm việc kể từ ngày nhận đủ hồ sơ.`, path: "Mục 2" }],
];
for (const [rule, traps] of Object.entries(g4Traps)) {
  traps.forEach((t, j) => {
    const frame = 700 + (rule === "differences" ? 10 : rule === "list-count" ? 20 : rule === "part-whole" ? 30 : rule === "splits" ? 50 : 0) + j;
    for (let k = 0; k < 2; k++) corpora[rule]!.cases.push({ text: t(), wrong: false, half: frame % 2 === 0 ? "tune" : "held", frame, round: 3 });
  });
}
pushRestatedTraps(740, g4RestatedTraps);
// ---------------------------------------------------------------- real set 5 shapes (round 2)
// Shapes the tune half of real-sentences-5.json raised false alarms on (brief g5), written after
// that half was tuned on and held back like every round-2 frame, numbered from 800: pairs "a/b"
// that are no fractions, people on boats, thresholds, a total split twice, place names ending in
// a claim word, names before a list's colon, lists pairing two kinds. Drawn from a seed of their
// own after every corpus above is built, so no earlier case changes.
seed = 20261801;
const g5Places = ["Nam Sách", "Bình Giang", "Thanh Hà", "Thanh Miện", "Kim Thành", "Gia Lộc", "Tứ Kỳ", "Ninh Giang"];
const g5Districts = ["Bảo Yên", "Sa Pa", "Bát Xát", "Si Ma Cai", "Bắc Hà", "Văn Bàn"];
const g5Split = (n: number, lo: number, hi: number): number[] => Array.from({ length: n }, () => int(lo, hi));
const g5Sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
/** A total split by kind in parentheses, then by place after "gồm:"; `bump` raises one place. */
const g5Twice = (bump: number) => {
  const xs = g5Split(int(3, 6), 2, 120), t = g5Sum(xs), a = int(1, t - 1), k = int(0, xs.length - 1);
  const list = xs.map((x, i) => `${g5Districts[i]} ${i === k ? x + bump : x}`).join(", ");
  return { text: `Trong đó, Lào Cai: ${t} người (${a} người chết, ${t - a} người mất tích), gồm: ${list}.`, figure: String((xs[k] ?? 0) + bump) };
};
const g5Frames: Record<string, Frame[]> = {
  splits: [
    () => { const r = g5Twice(0), w = g5Twice(int(8, 40)); return { right: r.text, wrong: w.text, figure: w.figure }; },
    () => { const a = int(300, 900), b = int(300, 900), c = int(300, 900), t = a + b + c, w = off(t); return { right: `Có ${vi(t)} ha lúa, hoa màu bị thiệt hại (Lạng Sơn ${vi(a)}, Cao Bằng ${vi(b)}, Thái Nguyên ${vi(c)}).`, wrong: `Có ${vi(w)} ha lúa, hoa màu bị thiệt hại (Lạng Sơn ${vi(a)}, Cao Bằng ${vi(b)}, Thái Nguyên ${vi(c)}).`, figure: vi(w) }; },
  ],
  "list-count": [
    () => { const k = int(2, 5), names = g5Places.slice(0, k).join(", "); return { right: `Đến nay, toàn tỉnh đã có ${k + 1} địa phương hoàn thành dự toán năm là thị xã Chí Linh và các huyện: ${names}.`, wrong: `Đến nay, toàn tỉnh đã có ${k + 2} địa phương hoàn thành dự toán năm là thị xã Chí Linh và các huyện: ${names}.`, figure: String(k + 2) }; },
  ],
};
const g5Traps: Record<string, (() => string)[]> = {
  fractions: [
    () => { const p = int(2000, 9000), d = int(0, 9), q = p + int(300, 900); return `Trong tuần ghi nhận ${vi(p + int(500, 2000))} ca mắc sốt xuất huyết, số nhập viện là ${vi(p)}/${d}, so với tuần trước (${vi(q)}/${d + 1}) số nhập viện giảm ${pct(((q - p) * 100) / q)}%.`; },
    () => { const q = int(20000, 90000), d = int(10, 60); return `So với cùng kỳ năm trước (${vi(q)}/${d}) số mắc tăng ${vi(int(15, 48) / 10, 1)} lần, tử vong tăng ${int(5, 90)} trường hợp.`; },
  ],
  "ratio-statements": [
    () => `Quảng Trị ${int(5, 30)} người trên ${int(1, 4)} tàu cá bị lũ cuốn tại Cửa Việt, Cửa Gianh.`,
    () => `Đã đưa ${int(20, 90)} thuyền viên trên ${pad(int(2, 9))} tàu vào bờ an toàn.`,
  ],
  splits: [
    () => { const t = int(3000, 12000), a = int(100, 900), b = int(20, 90); return `Đã có ${vi(t)} sản phẩm OCOP đạt 3 sao trở lên; trong đó, có ${vi(a)} sản phẩm 4 sao và ${b} sản phẩm 5 sao.`; },
    () => { const t = int(200, 900); return `Toàn tỉnh có ${t} cử tri từ 80 tuổi trở lên, trong đó ${int(20, 90)} cử tri từ 100 tuổi.`; },
  ],
  "list-count": [
    () => `Tổ công nghệ số cộng đồng tại mỗi thôn có ${pad(4)} người gồm Cán bộ, công chức xã phụ trách thôn, Trưởng thôn, đại diện Chi đoàn thanh niên và đại diện Hội Phụ nữ thôn.`,
    () => `Đoàn kiểm tra có 03 thành viên gồm cán bộ, công chức Văn phòng UBND xã, đại diện Công an xã và đại diện Hội Nông dân.`,
    () => `Các huyện đã hoàn thành dự toán năm là: ${g5Places.slice(int(0, 2), 5).join(", ")}.`,
  ],
};
for (const [rule, frames] of Object.entries(g5Frames)) {
  const out = fresh(frames, 800);
  (g5Traps[rule] ?? []).forEach((t, j) => {
    for (let k = 0; k < 2; k++) out.push({ text: t(), wrong: false, half: "held", frame: 800 + frames.length + j, round: 2 });
  });
  corpora[rule]!.cases.push(...out);
}
for (const [rule, traps] of Object.entries(g5Traps)) {
  if (rule in g5Frames) continue;
  traps.forEach((t, j) => {
    for (let k = 0; k < 2; k++) corpora[rule]!.cases.push({ text: t(), wrong: false, half: "held", frame: 800 + j, round: 2 });
  });
}


// Items after a sentence-opening "Gồm:" that each open with a place's name after ";" (frames 810–811,
// drawn after the block above so its cases stay as they were): parts of the total before, not new
// clauses; after a mid-sentence "trong đó" such items may split the first part and are not read on.
{
  const places = ["Lào Cai", "Cao Bằng", "Tuyên Quang", "Sơn La", "Thanh Hóa", "Quảng Trị"];
  const causes = ["bị lũ cuốn", "do sạt lở đất", "do bị lật thuyền", "do cây đổ"];
  const items = (xs: readonly number[]): string => xs.map((x, i) => `${places[i]} ${x} người ${causes[i % causes.length]}`).join("; ");
  const frames: Frame[] = [
    () => { const xs = g5Split(int(3, 6), 1, 12), t = g5Sum(xs), k = int(0, xs.length - 1), w = xs.map((x, i) => (i === k ? x + int(4, 9) : x)); return { right: `Bên cạnh đó là ${t} người mất tích. Gồm: ${items(xs)}.`, wrong: `Bên cạnh đó là ${t} người mất tích. Gồm: ${items(w)}.`, figure: String(w[k]) }; },
  ];
  const traps: (() => string)[] = [
    () => { const x = int(3, 9), y = int(5, 20), d = x + y + int(3, 9), t = d + x + y + int(0, 5); return `Mưa lũ làm ${t} người chết và mất tích, trong đó ${d} người chết (Hà Giang ${x} người do sập nhà; Lai Châu ${y} người do sạt lở đất…).`; },
  ];
  const out = fresh(frames, 810);
  traps.forEach((t, j) => {
    for (let k = 0; k < 2; k++) out.push({ text: t(), wrong: false, half: "held", frame: 810 + frames.length + j, round: 2 });
  });
  corpora["next-sentence-parts"]!.cases.push(...out);
}
// ---------------------------------------------------------------- brief g2: shares of one whole
// Shares listed side by side that must add up to 100% (or not past it), fractions of one
// denominator that must not add up past it, and shares whose whole is written before them.
// Frames 600–699, a seed of their own: no earlier case changes, and other blocks merge around.
seed = 20261601;
const G2_SPLIT = "Frame index parity: sentences of even frames are the tune half, of odd frames the held-back half (field `half`); frames after the last sentence frame are right sentences that look like the shape and are not it. Cases with `nfd: true` are checked as NFD text. Frames numbered from 600 (brief g2).";
function g2Build(frames: readonly Frame[], traps: readonly (() => string)[], base: number, nfd: ReadonlySet<number>, times = 4): Case[] {
  const out: Case[] = [];
  const mark = (c: Case): Case => (nfd.has(c.frame) ? { ...c, nfd: true } : c);
  frames.forEach((f, i) => {
    const half = i % 2 === 0 ? "tune" : "held";
    for (let k = 0; k < times; k++) {
      const m = f();
      out.push(mark({ text: m.right, wrong: false, half, frame: base + i }));
      if (m.wrong !== undefined) out.push(mark({ text: m.wrong, wrong: true, half, frame: base + i, figure: m.figure }));
    }
  });
  traps.forEach((t, j) => {
    const i = frames.length + j;
    for (let k = 0; k < times; k++) out.push(mark({ text: t(), wrong: false, half: i % 2 === 0 ? "tune" : "held", frame: base + i }));
  });
  return out;
}
/** `n` shares of 100% with `d` decimals, each at least `min`, that add up to exactly 100. */
function sharesOf(n: number, d: number, min = 3): number[] {
  const unit = 10 ** d;
  const total = 100 * unit;
  const w = Array.from({ length: n }, () => 1 + rnd() * 4);
  const sw = w.reduce((a, b) => a + b, 0);
  const xs = w.map((x) => Math.max(min * unit, Math.round((x / sw) * total)));
  xs[n - 1] = total - xs.slice(0, n - 1).reduce((a, b) => a + b, 0);
  if ((xs[n - 1] as number) < min * unit) return sharesOf(n, d, min);
  return xs.map((x) => x / unit);
}
const sp = (x: number, d: number): string => vi(x, d);
/** A share moved far past rounding: 4–12 points (at least 0,5 for two decimals). */
const bump = (x: number): number => x + int(4, 12);
/** One share changed, the others kept: the changed one's place and text. */
function wrongOne(xs: readonly number[], d: number, at = int(0, xs.length - 1)): { ys: number[]; fig: string } {
  const ys = [...xs];
  ys[at] = bump(xs[at] as number);
  return { ys, fig: `${sp(ys[at] as number, d)}%` };
}
type ShareFrame = (xs: readonly string[]) => string;
const shareFrame = (n: number, d: number, f: ShareFrame): Frame => () => {
  const xs = sharesOf(n, d);
  const { ys, fig } = wrongOne(xs, d);
  return { right: f(xs.map((x) => sp(x, d))), wrong: f(ys.map((y) => sp(y, d))), figure: fig };
};
const shareSums: Frame[] = [
  shareFrame(4, 1, ([a, b, c, d]) => `Trong ${int(40, 300)} vụ tai nạn giao thông, nguyên nhân do vi phạm tốc độ chiếm ${a}%, không nhường đường chiếm ${b}%, sử dụng rượu bia chiếm ${c}%, còn lại ${d}% do các nguyên nhân khác.`),
  shareFrame(3, 1, ([a, b, c]) => `Cơ cấu hồ sơ tiếp nhận trong quý: trực tuyến ${a}%; trực tiếp ${b}%; qua dịch vụ bưu chính công ích ${c}%.`),
  shareFrame(2, 2, ([a, b]) => `Về cơ cấu tài khoản định danh điện tử đã kích hoạt, tài khoản mức độ 2 chiếm ${a}%, tài khoản mức độ 1 chiếm ${b}%.`),
  shareFrame(3, 1, ([a, b, c]) => `Phân theo lĩnh vực, hồ sơ tư pháp chiếm tỷ trọng ${a}%, hồ sơ đất đai chiếm ${b}%, các lĩnh vực khác chiếm ${c}% tổng số hồ sơ.`),
  () => { const xs = sharesOf(4, 1).slice(0, 3); const at = int(0, 2); const ys = [...xs]; ys[at] = (ys[at] as number) + (100 - xs.reduce((p, q) => p + q, 0)) + int(5, 15); const f = (v: readonly number[]) => `Trong đó, nhóm thủ tục đăng ký kinh doanh chiếm ${sp(v[0] as number, 1)}%, nhóm thủ tục đất đai chiếm ${sp(v[1] as number, 1)}%, nhóm thủ tục hộ tịch chiếm ${sp(v[2] as number, 1)}%.`; return { right: f(xs), wrong: f(ys), figure: `${sp(ys[at] as number, 1)}%` }; },
  () => { const xs = sharesOf(3, 0, 10); const ys = [...xs]; ys[0] = (xs[0] as number) + int(25, 35); const f = (v: readonly number[]) => `Người dùng ứng dụng VNeID theo độ tuổi: từ 14 đến 25 tuổi chiếm khoảng ${v[0]}%, từ 26 đến 60 tuổi chiếm khoảng ${v[1]}%, còn lại khoảng ${v[2]}% là người trên 60 tuổi.`; return { right: f(xs), wrong: f(ys), figure: `${ys[0]}%` }; },
  shareFrame(3, 1, ([a, b, c]) => `Cơ cấu nguồn vốn thực hiện Đề án gồm ngân sách trung ương ${a}%, ngân sách tỉnh ${b}%, ngân sách xã ${c}%.`),
  shareFrame(3, 1, ([a, b, c]) => `Tỷ trọng giao dịch qua ngân hàng chiếm ${a}%, qua ví điện tử chiếm ${b}%, qua các hình thức khác chiếm ${c}%.`),
  () => { const xs = sharesOf(3, 2); const N = int(20000, 90000); const ns = xs.map((x) => Math.round((x * N) / 100)); const ys = [...xs]; ys[2] = (xs[2] as number) + int(6, 14); const f = (v: readonly number[]) => `Phân theo ngành, lao động nông nghiệp ${vi(ns[0] as number)} người, chiếm ${sp(v[0] as number, 2)}%; lao động công nghiệp ${vi(ns[1] as number)} người, chiếm ${sp(v[1] as number, 2)}%; lao động dịch vụ ${vi(ns[2] as number)} người, chiếm ${sp(v[2] as number, 2)}%.`; return { right: f(xs), wrong: f(ys), figure: `${sp(ys[2] as number, 2)}%` }; },
  shareFrame(3, 1, ([a, b, c]) => `Kết quả khảo sát, số người hài lòng chiếm ${a}%, tạm hài lòng chiếm ${b}%, còn lại ${c}% chưa hài lòng với dịch vụ công trực tuyến.`),
  () => { const a = int(30, 60), b = int(10, 100 - a - 5), w = 100 - b + int(6, 20); const f = (x: number) => `Kinh phí thực hiện Đề án 06 năm 2026: ngân sách tỉnh chiếm ${x}%, ngân sách cấp xã chiếm ${b}%, phần còn lại do xã hội hóa.`; return { right: f(a), wrong: f(w), figure: `${w}%` }; },
  shareFrame(4, 2, ([a, b, c, d]) => `Cơ cấu doanh nghiệp theo quy mô: doanh nghiệp siêu nhỏ chiếm ${a}%, doanh nghiệp nhỏ chiếm ${b}%, doanh nghiệp vừa chiếm ${c}% và doanh nghiệp lớn chiếm ${d}%.`),
  shareFrame(3, 1, ([a, b, c]) => `Theo nguyên nhân, cháy do sự cố điện chiếm ${a}%; do sơ suất khi sử dụng lửa chiếm ${b}%; còn lại chiếm ${c}%.`),
  shareFrame(4, 2, ([a, b, c, d]) => `Dân số của xã gồm dân tộc Kinh chiếm ${a}%, dân tộc Tày chiếm ${b}%, dân tộc Nùng chiếm ${c}%, các dân tộc khác chiếm ${d}%.`),
  // Counts and their shares, the whole not written: each pair implies it.
  () => { const N = int(3000, 60000), ns = [int(N * 0.1, N * 0.3), int(N * 0.1, N * 0.25), int(N * 0.05, N * 0.2)].map(Math.round), xs = ns.map((n) => (n * 100) / N), at = int(0, 2), ys = xs.map((x, i) => (i === at ? x + int(3, 8) : x)); const f = (v: readonly number[]) => `Phân theo trình độ, lao động có trình độ đại học ${vi(ns[0] as number)} người, chiếm ${sp(v[0] as number, 2)}%; cao đẳng ${vi(ns[1] as number)} người, chiếm ${sp(v[1] as number, 2)}%; trung cấp ${vi(ns[2] as number)} người, chiếm ${sp(v[2] as number, 2)}%.`; return { right: f(xs), wrong: f(ys), figure: `${sp(ys[at] as number, 2)}%` }; },
  () => { const N = int(2000, 20000), ns = [int(N * 0.05, N * 0.15), int(N * 0.05, N * 0.15), int(N * 0.1, N * 0.3)].map(Math.round), xs = ns.map((n) => (n * 100) / N), at = int(0, 2), ys = xs.map((x, i) => (i === at ? x * 1.5 + 2 : x)); const f = (v: readonly number[]) => `Rà soát cuối năm, hộ nghèo ${vi(ns[0] as number)} hộ (chiếm ${sp(v[0] as number, 1)}%), hộ cận nghèo ${vi(ns[1] as number)} hộ (chiếm ${sp(v[1] as number, 1)}%), hộ mới thoát nghèo ${vi(ns[2] as number)} hộ (chiếm ${sp(v[2] as number, 1)}%).`; return { right: f(xs), wrong: f(ys), figure: `${sp(ys[at] as number, 1)}%` }; },
];
const shareSumTraps: (() => string)[] = [
  () => `Tỷ lệ hồ sơ trực tuyến đạt ${pct(int(600, 950) / 10)}%, tỷ lệ thanh toán trực tuyến đạt ${pct(int(600, 950) / 10)}%, tỷ lệ số hóa kết quả đạt ${pct(int(600, 950) / 10)}%.`,
  () => `Hồ sơ trực tuyến chiếm ${pct(int(600, 850) / 10)}% tổng số hồ sơ tiếp nhận và chiếm ${pct(int(600, 850) / 10)}% tổng số hồ sơ đã giải quyết.`,
  () => `Hồ sơ trực tuyến chiếm ${pct(int(600, 850) / 10)}%, năm 2025 chiếm ${pct(int(500, 590) / 10)}%.`,
  () => { const a = int(55, 75), b = int(20, a - 10); return `Khu vực thành thị chiếm ${a}%, trong đó nội thành chiếm ${b}%; khu vực nông thôn chiếm ${100 - a}%.`; },
  () => `Tỷ lệ hồ sơ quá hạn giảm từ ${pct(int(50, 120) / 10)}% xuống còn ${pct(int(5, 40) / 10)}%; tỷ lệ hồ sơ trực tuyến tăng từ ${pct(int(400, 600) / 10)}% lên ${pct(int(650, 900) / 10)}%.`,
  () => `Cấp căn cước cho trẻ em chiếm ${int(60, 95)}% so với kế hoạch, cấp đổi chiếm ${int(60, 95)}% so với kế hoạch năm.`,
  () => { const a = pct(int(600, 800) / 10, 1), b = pct(int(600, 800) / 10, 1); return `Xã A có ${int(3000, 9000)} hộ, hộ nghèo chiếm ${a}% của xã và chiếm ${b}% của cả huyện.`; },
  () => `Phân theo lĩnh vực, hồ sơ tư pháp chiếm ${pct(int(300, 500) / 10)}%, tăng ${pct(int(20, 90) / 10)}% so với cùng kỳ; hồ sơ đất đai chiếm ${pct(int(200, 400) / 10)}%, giảm ${pct(int(10, 50) / 10)}%.`,
];
const fracParts = (lo: number, hi: number, n = 3): { w: number; ps: number[] } => { const w = int(lo, hi); const ps: number[] = []; let left = w; for (let i = 0; i < n - 1; i++) { const p = int(1, Math.max(1, Math.floor(left / 2))); ps.push(p); left -= p; } ps.push(left); return ps.some((p) => p < 1) ? fracParts(lo, hi, n) : { w, ps }; };
type FracFrame = (ps: readonly string[], w: number) => string;
const fracFrame = (lo: number, hi: number, n: number, f: FracFrame, padded = false, over: readonly [number, number] = [1, 3]): Frame => () => {
  const { w, ps } = fracParts(lo, hi, n);
  const at = int(0, n - 1);
  const qs = [...ps];
  qs[at] = Math.min(w, (ps[at] as number) + int(over[0], over[1]));
  if (qs[at] === ps[at]) qs[at] = (ps[at] as number) - 1;
  const show = (x: number) => (padded ? pad(x) : String(x));
  return { right: f(ps.map(show), w), wrong: f(qs.map(show), w), figure: `${show(qs[at] as number)}/${w}` };
};
const fractionSums: Frame[] = [
  fracFrame(4, 12, 3, ([p, q, r], w) => `Qua điều tra, có ${p}/${w} vụ ngộ độc do vi sinh vật, ${q}/${w} vụ do hóa chất, còn lại ${r}/${w} vụ chưa xác định được nguyên nhân.`),
  fracFrame(20, 90, 3, ([p, q, r], w) => `Trong đó, ${p}/${w} xã có tỷ lệ hồ sơ trực tuyến trên 80%; ${q}/${w} xã từ 50% đến 80%; ${r}/${w} xã dưới 50%.`, false, [2, 6]),
  fracFrame(6, 20, 2, ([p, q], w) => `Có ${p}/${w} sở, ngành đạt mức tốt, còn lại ${q}/${w} sở, ngành đạt mức khá.`, true),
  fracFrame(5, 15, 3, ([p, q, r], w) => `Kết quả đánh giá: ${p}/${w} huyện đạt mức tốt, ${q}/${w} huyện đạt mức khá, ${r}/${w} huyện còn lại đạt mức trung bình.`),
  fracFrame(10, 40, 3, ([p, q, r], w) => `Trong ${w} trường hợp ngộ độc, ${p}/${w} trường hợp do thực phẩm bẩn, ${q}/${w} trường hợp do nấm độc, còn lại ${r}/${w} trường hợp chưa rõ nguyên nhân.`),
  fracFrame(20, 63, 3, ([p, q, r], w) => `Có ${p}/${w} tỉnh đạt tỷ lệ trên 90%, ${q}/${w} tỉnh đạt từ 70% đến 90% và ${r}/${w} tỉnh đạt dưới 70%.`, false, [2, 6]),
  fracFrame(8, 30, 3, ([p, q, r], w) => `Toàn huyện có ${p}/${w} xã đã hoàn thành, ${q}/${w} xã cơ bản hoàn thành, còn lại ${r}/${w} xã chưa hoàn thành.`, true),
  fracFrame(6, 24, 2, ([p, q], w) => `Kết quả đánh giá chuyển đổi số năm 2025, ${p}/${w} cơ quan xếp loại tốt; các cơ quan khác (${q}/${w}) xếp loại trung bình.`),
  fracFrame(30, 99, 3, ([p, q, r], w) => `Trong số đó, có ${p}/${w} trường có tỷ lệ học bạ số trên 95%, ${q}/${w} trường đạt từ 80% đến 95%, ${r}/${w} trường đạt tỷ lệ dưới 80%.`, false, [2, 8]),
  fracFrame(3, 9, 3, ([p, q, r], w) => `Qua kiểm tra ${pad(w)} cơ sở, ${p}/${w} cơ sở chấp hành tốt, ${q}/${w} cơ sở bị nhắc nhở, còn lại ${r}/${w} cơ sở bị xử phạt.`),
  fracFrame(10, 50, 3, ([p, q, r], w) => `Có ${p}/${w} đơn vị đạt điểm trên 90; ${q}/${w} đơn vị đạt từ 70 đến 90 điểm; ${r}/${w} đơn vị dưới 70 điểm.`, false, [2, 6]),
  fracFrame(4, 16, 2, ([p, q], w) => `Trong các vụ việc, ${p}/${w} vụ đã hòa giải thành, ${q}/${w} vụ còn lại đang tiếp tục giải quyết.`, true),
];
const fractionSumTraps: (() => string)[] = [
  () => { const w = int(30, 90); return `Có ${int(Math.ceil(w * 0.6), w)}/${w} xã đã kết nối Internet cáp quang, ${int(Math.ceil(w * 0.6), w)}/${w} xã đã có điểm phục vụ bưu chính.`; },
  () => { const w = int(5, 12); return `Có ${int(2, w - 1)}/${w} huyện đạt tỷ lệ dưới 3% và cả ${w}/${w} huyện đạt tỷ lệ dưới 10%.`; },
  () => { const w = int(10, 40), p = int(2, Math.floor(w / 3)), q = int(2, Math.floor(w / 3)); return `Có ${p}/${w} xã hoàn thành, ${q}/${w} xã đang triển khai, các xã còn lại chưa triển khai do thiếu kinh phí.`; },
  () => `Đơn vị đạt ${int(15, 20)}/20 điểm tiêu chí hạ tầng, ${int(15, 20)}/20 điểm tiêu chí dữ liệu và ${int(15, 20)}/20 điểm tiêu chí nhân lực.`,
  () => { const w = int(20, 60); return `Trong năm, ${int(Math.ceil(w / 2), w)}/${w} xã đạt chuẩn tiếp cận pháp luật, ${int(Math.ceil(w / 2), w)}/${w} xã đạt chuẩn nông thôn mới nâng cao.`; },
  () => { const w = int(20, 60), p = int(10, w - 5); return `Có ${p}/${w} xã đạt trên 80% và ${int(p, w)}/${w} xã đạt trên 50% hồ sơ trực tuyến.`; },
];
const pw2 = (lo: number, hi: number, rLo = 0.55, rHi = 0.98): { w: number; p: number; r: number } => { const w = int(lo, hi); const p = int(Math.ceil(w * rLo), Math.floor(w * rHi)); return { w, p, r: (p / w) * 100 }; };
const awayPct = (r: number): number => (r > 60 ? r - int(6, 20) - 0.37 : r + int(6, 20) + 0.37);
const sharesApart: Frame[] = [
  () => { const { w, p, r } = pw2(2000, 90000, 0.8); const z = awayPct(r); return { right: `Tổng số cử tri của xã là ${vi(w)}; số cử tri đã đi bầu là: ${vi(p)} (đạt tỷ lệ ${pct(r, 2)}%).`, wrong: `Tổng số cử tri của xã là ${vi(w)}; số cử tri đã đi bầu là: ${vi(p)} (đạt tỷ lệ ${pct(z, 2)}%).`, figure: `${pct(z, 2)}%` }; },
  () => { const { w, p, r } = pw2(500, 90000); const z = awayPct(r); return { right: `Các cơ quan đã tiếp nhận ${vi(w)} tin báo, tố giác tội phạm, trong đó đã giải quyết ${vi(p)} tin báo, tố giác, tỷ lệ giải quyết đạt ${pct(r, 2)}%.`, wrong: `Các cơ quan đã tiếp nhận ${vi(w)} tin báo, tố giác tội phạm, trong đó đã giải quyết ${vi(p)} tin báo, tố giác, tỷ lệ giải quyết đạt ${pct(z, 2)}%.`, figure: `${pct(z, 2)}%` }; },
  () => { const n = int(5000, 90000), w = int(Math.ceil(n * 0.9), n), { p, r } = (() => { const p = int(Math.ceil(w * 0.85), w - 1); return { p, r: (p / w) * 100 }; })(); const z = r - int(5, 15) - 0.3; return { right: `Đã tiếp nhận ${vi(n)} hồ sơ, đã giải quyết ${vi(w)} hồ sơ, trong đó giải quyết trước hạn và đúng hạn ${vi(p)} hồ sơ, đạt tỷ lệ đúng hạn ${pct(r, 2)}%.`, wrong: `Đã tiếp nhận ${vi(n)} hồ sơ, đã giải quyết ${vi(w)} hồ sơ, trong đó giải quyết trước hạn và đúng hạn ${vi(p)} hồ sơ, đạt tỷ lệ đúng hạn ${pct(z, 2)}%.`, figure: `${pct(z, 2)}%` }; },
  () => { const { w, p, r } = pw2(40, 900, 0.7); const z = awayPct(r); return { right: `Trung tâm điều hành tiếp nhận ${w} phản ánh, kiến nghị của người dân. Trong đó, ${p} kiến nghị đã được xử lý dứt điểm, đạt tỉ lệ ${pct(r)}%.`, wrong: `Trung tâm điều hành tiếp nhận ${w} phản ánh, kiến nghị của người dân. Trong đó, ${p} kiến nghị đã được xử lý dứt điểm, đạt tỉ lệ ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { w, p, r } = pw2(100, 3000); const z = awayPct(r); return { right: `Tòa án nhân dân tỉnh thụ lý ${vi(w)} vụ án; đã giải quyết ${vi(p)} vụ án (đạt ${pct(r)}%).`, wrong: `Tòa án nhân dân tỉnh thụ lý ${vi(w)} vụ án; đã giải quyết ${vi(p)} vụ án (đạt ${pct(z)}%).`, figure: `${pct(z)}%` }; },
  () => { const { w, p, r } = pw2(1000, 20000, 0.3, 0.8); const z = awayPct(r); return { right: `Tổng số hộ kinh doanh trên địa bàn là ${vi(w)} hộ. Số hộ đã sử dụng thanh toán không dùng tiền mặt là ${vi(p)} hộ, chiếm ${pct(r)}%.`, wrong: `Tổng số hộ kinh doanh trên địa bàn là ${vi(w)} hộ. Số hộ đã sử dụng thanh toán không dùng tiền mặt là ${vi(p)} hộ, chiếm ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { w, p, r } = pw2(3000, 60000, 0.4); const z = awayPct(r); return { right: `Tổng số học sinh được cấp căn cước là ${vi(w)}; số học sinh đã kích hoạt tài khoản định danh điện tử là ${vi(p)} (tỷ lệ ${pct(r, 2)}%).`, wrong: `Tổng số học sinh được cấp căn cước là ${vi(w)}; số học sinh đã kích hoạt tài khoản định danh điện tử là ${vi(p)} (tỷ lệ ${pct(z, 2)}%).`, figure: `${pct(z, 2)}%` }; },
  () => { const { w, p, r } = pw2(500, 20000, 0.8); const z = awayPct(r); return { right: `Trong năm, Sở Tư pháp tiếp nhận ${vi(w)} yêu cầu cấp phiếu lý lịch tư pháp, đã trả kết quả ${vi(p)} yêu cầu, tỷ lệ trả kết quả đạt ${pct(r, 2)}%.`, wrong: `Trong năm, Sở Tư pháp tiếp nhận ${vi(w)} yêu cầu cấp phiếu lý lịch tư pháp, đã trả kết quả ${vi(p)} yêu cầu, tỷ lệ trả kết quả đạt ${pct(z, 2)}%.`, figure: `${pct(z, 2)}%` }; },
  () => { const { w, p, r } = pw2(20, 300, 0.6); const z = awayPct(r); return { right: `Các tổ hòa giải thụ lý ${w} vụ việc; hòa giải thành ${p} vụ việc, tỷ lệ hòa giải thành ${pct(r)}%.`, wrong: `Các tổ hòa giải thụ lý ${w} vụ việc; hòa giải thành ${p} vụ việc, tỷ lệ hòa giải thành ${pct(z)}%.`, figure: `${pct(z)}%` }; },
  () => { const { w, p, r } = pw2(5000, 90000, 0.4, 0.75); const z = Math.round(r) + 22; return { right: `Tổng số tài khoản đã cấp là ${vi(w)}; số tài khoản đã kích hoạt là ${vi(p)}, đạt tỷ lệ khoảng ${Math.round(r)}%.`, wrong: `Tổng số tài khoản đã cấp là ${vi(w)}; số tài khoản đã kích hoạt là ${vi(p)}, đạt tỷ lệ khoảng ${z}%.`, figure: `${z}%` }; },
  () => { const { w, p, r } = pw2(500, 30000, 0.85); const z = awayPct(r); return { right: `Số hồ sơ đến hạn giải quyết là ${vi(w)} hồ sơ; đã trả kết quả trước và đúng hạn ${vi(p)} hồ sơ, tỷ lệ trả kết quả đúng hạn đạt ${pct(r, 2)}%.`, wrong: `Số hồ sơ đến hạn giải quyết là ${vi(w)} hồ sơ; đã trả kết quả trước và đúng hạn ${vi(p)} hồ sơ, tỷ lệ trả kết quả đúng hạn đạt ${pct(z, 2)}%.`, figure: `${pct(z, 2)}%` }; },
  () => { const { w, p, r } = pw2(1000, 9000, 0.5); const z = awayPct(r); return { right: `Tổng số lượt khám chữa bệnh là ${vi(w)} lượt. Trong đó có ${vi(p)} lượt sử dụng căn cước thay thẻ bảo hiểm y tế, tỷ lệ sử dụng căn cước đạt ${pct(r, 2)}%.`, wrong: `Tổng số lượt khám chữa bệnh là ${vi(w)} lượt. Trong đó có ${vi(p)} lượt sử dụng căn cước thay thẻ bảo hiểm y tế, tỷ lệ sử dụng căn cước đạt ${pct(z, 2)}%.`, figure: `${pct(z, 2)}%` }; },
];
const sharesApartTraps: (() => string)[] = [
  () => { const { w, p } = pw2(500, 9000); return `Đã số hóa ${vi(p)}/${vi(w)} hồ sơ; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt ${pct(int(200, 900) / 10)}%.`; },
  () => { const { w, p } = pw2(500, 9000); return `Tiếp nhận ${vi(w)} hồ sơ, đã giải quyết ${vi(p)} hồ sơ, tỷ lệ hồ sơ trực tuyến đạt ${pct(int(300, 900) / 10)}%.`; },
  () => { const { w, p } = pw2(500, 9000); return `Tổng số việc phải thi hành là ${vi(w)} việc; số việc có điều kiện là ${vi(p)} việc, đạt ${pct(int(300, 900) / 10)}% so với cùng kỳ.`; },
  () => { const { w, p } = pw2(5000, 90000, 0.2, 0.5); return `Đã cấp ${vi(w)} thẻ căn cước. Trong đó, cấp cho trẻ em ${vi(p)} thẻ (chiếm ${pct(int(300, 900) / 10)}% dân số dưới 14 tuổi).`; },
  () => { const { w, p, r } = pw2(100000, 900000, 0.85); return `Tiếp nhận ${vi(w)} tin báo, trong đó đã giải quyết ${vi(p)} tin báo, tỷ lệ giải quyết đạt ${vi(Math.floor(r * 100) / 100, 2)}%.`; },
  () => { const { w, p } = pw2(500, 9000); return `Tổng số hồ sơ tiếp nhận là ${vi(w)} hồ sơ. Đã giải quyết ${vi(p)} hồ sơ, tỷ lệ hồ sơ đúng hạn và sớm hạn đạt gần ${int(90, 99)}%.`; },
];
corpora["share-sums"] = { codes: ["parts_total_mismatch", "parts_exceed_total", "percent_mismatch"], description: "Shares of one whole listed side by side ('A chiếm p1%, B chiếm p2%, còn lại p3%', 'cơ cấu: … p1%; … p2%'): a closed list must add up to 100% by the interval rule, an open one must not exceed it, and counts listed with their shares must imply one whole; rates and shares of different wholes are never added.", cases: g2Build(shareSums, shareSumTraps, 600, new Set([601, 606, 612])), split: G2_SPLIT };
corpora["fraction-sums"] = { codes: ["parts_total_mismatch", "parts_exceed_total"], description: "Parts written as fractions of one whole ('3/6 vụ …, 1/6 vụ …, còn lại 2/6 vụ', '28/63 tỉnh trên 70%; 23/63 … từ 50% đến dưới 70%; 12/63 … dưới 50%'): they must not add up past the whole, and add up to it when the list holds the rest.", cases: g2Build(fractionSums, fractionSumTraps, 640, new Set([641, 644, 650])), split: G2_SPLIT };
corpora["shares-apart"] = { codes: ["percent_mismatch", "ratio_mismatch"], description: "A share whose whole is written before it, across ';' or in the sentence before, with the rate named by the part's own words ('tỷ lệ giải quyết đạt z%'), the counted thing named before the figure ('số cử tri đã đi bầu là: a'), or a part naming one of the whole's things.", cases: g2Build(sharesApart, sharesApartTraps, 670, new Set([671, 676, 682])), split: G2_SPLIT };
// ---------------------------------------------------------------- brief g1: remainders
// A total, the part done and what remains ("thụ lý a vụ, đã giải quyết b vụ, còn lại r vụ";
// "đang giải quyết r"; "r cử tri không tham gia"; "đạt 97%, còn 3%"). Frames numbered from 500,
// drawn from a seed of their own after every block above, so no earlier case changes.
seed = 20261501;
/** A remainder off by more than rounding: 15–60% away, at least 3. */
const offR = (r: number): number => r + (rnd() < 0.5 && r > 8 ? -1 : 1) * Math.max(3, Math.round(r * (0.15 + rnd() * 0.45)));
const done3 = (lo: number, hi: number, share: [number, number] = [0.6, 0.95]) => { const t = int(lo, hi); const d = Math.round(t * (share[0] + rnd() * (share[1] - share[0]))); return { t, d, r: t - d }; };
const REM_WORDS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
const remainders: Frame[] = [
  () => { const { t, d, r } = done3(40, 400); const w = offR(r); const z = pct((d / t) * 100); return { right: `Tòa án nhân dân huyện thụ lý ${t} vụ án, đã giải quyết ${d} vụ (đạt ${z}%), còn lại ${r} vụ.`, wrong: `Tòa án nhân dân huyện thụ lý ${t} vụ án, đã giải quyết ${d} vụ (đạt ${z}%), còn lại ${w} vụ.`, figure: String(w) }; },
  () => { const { t, d, r } = done3(800, 9000, [0.85, 0.98]); const w = offR(r); return { right: `Trung tâm Phục vụ hành chính công tiếp nhận ${vi(t)} hồ sơ; đã giải quyết ${vi(d)} hồ sơ, đang giải quyết ${vi(r)} hồ sơ.`, wrong: `Trung tâm Phục vụ hành chính công tiếp nhận ${vi(t)} hồ sơ; đã giải quyết ${vi(d)} hồ sơ, đang giải quyết ${vi(w)} hồ sơ.`, figure: vi(w) }; },
  () => { const { t, d, r } = done3(2000, 40000, [0.8, 0.97]); const w = d + Math.max(30, Math.round(r * 0.4)); return { right: `Tổng số hồ sơ đề nghị cấp căn cước là ${vi(t)}; đã trả kết quả ${vi(d)}, số hồ sơ còn tồn là ${vi(r)}.`, wrong: `Tổng số hồ sơ đề nghị cấp căn cước là ${vi(t)}; đã trả kết quả ${vi(w)}, số hồ sơ còn tồn là ${vi(r)}.`, figure: vi(w) }; },
  () => { const { t, d, r } = done3(1500, 9000, [0.93, 0.995]); const w = offR(r); return { right: `Danh sách cử tri niêm yết ${vi(t)} người; đi bầu ${vi(d)} người, có ${vi(r)} cử tri không tham gia bỏ phiếu.`, wrong: `Danh sách cử tri niêm yết ${vi(t)} người; đi bầu ${vi(d)} người, có ${vi(w)} cử tri không tham gia bỏ phiếu.`, figure: vi(w) }; },
  () => { const { t, d, r } = done3(80, 900); const w = offR(r); return { right: `Năm 2025, cơ quan điều tra tiếp nhận ${t} tin báo, tố giác về tội phạm. Đã giải quyết ${d} tin, còn lại ${r} tin đang xác minh.`, wrong: `Năm 2025, cơ quan điều tra tiếp nhận ${t} tin báo, tố giác về tội phạm. Đã giải quyết ${d} tin, còn lại ${w} tin đang xác minh.`, figure: String(w) }; },
  () => { const p = int(550, 980) / 10, q = Number((100 - p).toFixed(1)), w = Number((q + (q > 20 ? -1 : 1) * int(30, 80) / 10).toFixed(1)); return { right: `Tỷ lệ hồ sơ nộp trực tuyến đạt ${pct(p)}%, còn ${pct(q)}% hồ sơ nộp trực tiếp tại bộ phận một cửa.`, wrong: `Tỷ lệ hồ sơ nộp trực tuyến đạt ${pct(p)}%, còn ${pct(w)}% hồ sơ nộp trực tiếp tại bộ phận một cửa.`, figure: `${pct(w)}%` }; },
  () => { const { t, d, r } = done3(20, 130); const w = offR(r); return { right: `Toàn tỉnh có ${t} xã, phường phải hoàn thành kết nối; đã hoàn thành ${d}, chưa hoàn thành ${r}.`, wrong: `Toàn tỉnh có ${t} xã, phường phải hoàn thành kết nối; đã hoàn thành ${d}, chưa hoàn thành ${w}.`, figure: String(w) }; },
  () => { const a = int(20, 60), b = int(5, 20), c = int(2, 12), t = a + b + c, w = c + int(3, 8); return { right: `Trong năm giao ${t} nhiệm vụ, đã hoàn thành ${a} nhiệm vụ, đang thực hiện ${b} nhiệm vụ, chưa thực hiện ${pad(c)} nhiệm vụ.`, wrong: `Trong năm giao ${t} nhiệm vụ, đã hoàn thành ${a} nhiệm vụ, đang thực hiện ${b} nhiệm vụ, chưa thực hiện ${pad(w)} nhiệm vụ.`, figure: pad(w) }; },
  () => { const t = int(12, 30) / 10, d = int(Math.round(t * 5), Math.round(t * 9)) / 10, r = Number((t - d).toFixed(1)), w = Number((r + int(4, 9) / 10).toFixed(1)); return { right: `Kế hoạch cấp khoảng ${vi(t, 1)} triệu thẻ căn cước; đã cấp ${vi(d, 1)} triệu thẻ, còn lại khoảng ${vi(r * 1000)} nghìn thẻ.`, wrong: `Kế hoạch cấp khoảng ${vi(t, 1)} triệu thẻ căn cước; đã cấp ${vi(d, 1)} triệu thẻ, còn lại khoảng ${vi(w * 1000)} nghìn thẻ.`, figure: vi(w * 1000) }; },
  () => { const { t, d, r } = done3(4, 30, [0.5, 0.8]); const w = r + int(2, 4); return { right: `Thụ lý ${pad(t)} vụ việc dân sự, giải quyết ${pad(d)} vụ việc, còn ${pad(r)} vụ việc chuyển sang kỳ sau.`, wrong: `Thụ lý ${pad(t)} vụ việc dân sự, giải quyết ${pad(d)} vụ việc, còn ${pad(w)} vụ việc chuyển sang kỳ sau.`, figure: pad(w) }; },
  () => { const { t, d, r } = done3(60, 700); const w = offR(r); return { right: `Số đơn thư tiếp nhận: ${t} đơn; đã xử lý ${d} đơn, còn lại ${r} đơn chưa xử lý.`, wrong: `Số đơn thư tiếp nhận: ${t} đơn; đã xử lý ${d} đơn, còn lại ${w} đơn chưa xử lý.`, figure: String(w) }; },
  () => { const { t, d, r } = done3(100, 900); const w = t + Math.max(20, Math.round(r * 0.7)); return { right: `Tổng số vụ án phải giải quyết là ${t} vụ; đã giải quyết ${d} vụ, số vụ còn phải giải quyết là ${r} vụ.`, wrong: `Tổng số vụ án phải giải quyết là ${w} vụ; đã giải quyết ${d} vụ, số vụ còn phải giải quyết là ${r} vụ.`, figure: String(w) }; },
  () => { const { t, d, r } = done3(1000, 9000); const w = offR(r); return { right: `Tổng số việc phải thi hành ${vi(t)} việc, đã thi hành xong ${vi(d)} việc, còn ${vi(r)} việc đang tổ chức thi hành.`, wrong: `Tổng số việc phải thi hành ${vi(t)} việc, đã thi hành xong ${vi(d)} việc, còn ${vi(w)} việc đang tổ chức thi hành.`, figure: vi(w) }; },
  () => { const { t, d, r } = done3(3000, 90000); const w = offR(r); return { right: `Qua rà soát phát hiện ${vi(t)} trường hợp dữ liệu sai lệch, đã điều chỉnh ${vi(d)} trường hợp, còn lại ${vi(r)} trường hợp đang xác minh.`, wrong: `Qua rà soát phát hiện ${vi(t)} trường hợp dữ liệu sai lệch, đã điều chỉnh ${vi(d)} trường hợp, còn lại ${vi(w)} trường hợp đang xác minh.`, figure: vi(w) }; },
  () => { const p = int(800, 990) / 10, q = Number((100 - p).toFixed(1)), w = Number((q + int(25, 60) / 10).toFixed(1)); return { right: `Đã đạt ${pct(p)}% kế hoạch kích hoạt tài khoản định danh điện tử, còn lại ${pct(q)}% dự kiến hoàn thành trong quý IV.`, wrong: `Đã đạt ${pct(p)}% kế hoạch kích hoạt tài khoản định danh điện tử, còn lại ${pct(w)}% dự kiến hoàn thành trong quý IV.`, figure: `${pct(w)}%` }; },
  () => { const t = int(6, 10), d = int(2, 5), r = t + int(20, 60) - d, x = int(20, 60); const tot = t + x; const rr = tot - d; const w = rr + int(3, 7); return { right: `Năm 2025, chuyển sang ${t} bản án, thụ lý mới ${x} bản án; đã thi hành xong ${REM_WORDS[d]} bản án, số bản án còn đang theo dõi là ${rr + 0 * r}.`, wrong: `Năm 2025, chuyển sang ${t} bản án, thụ lý mới ${x} bản án; đã thi hành xong ${REM_WORDS[d]} bản án, số bản án còn đang theo dõi là ${w}.`, figure: String(w) }; },
  () => { const t = int(300, 900), d = int(Math.round(t * 0.7), Math.round(t * 0.8)), step = 100, r0 = t - d, hr = Math.floor(r0 / 10) * 10, w = (Math.floor(r0 / step) + 2) * step; return { right: `Tiếp nhận ${t} hồ sơ đăng ký thường trú, đã giải quyết ${d} hồ sơ, còn lại hơn ${hr} hồ sơ đang thẩm định.`, wrong: `Tiếp nhận ${t} hồ sơ đăng ký thường trú, đã giải quyết ${d} hồ sơ, còn lại hơn ${w} hồ sơ đang thẩm định.`, figure: String(w) }; },
  () => { const { t, d, r } = done3(50, 600); const w = offR(r); return { right: `Trong ${t} phản ánh, kiến nghị tiếp nhận qua hệ thống, đã trả lời ${d}, còn ${r} phản ánh đang được các sở, ngành xem xét.`, wrong: `Trong ${t} phản ánh, kiến nghị tiếp nhận qua hệ thống, đã trả lời ${d}, còn ${w} phản ánh đang được các sở, ngành xem xét.`, figure: String(w) }; },
  () => { const { t, d, r } = done3(100, 2000); const w = offR(r); return { right: `Số camera cần lắp đặt theo kế hoạch là ${vi(t)} camera, đã lắp đặt ${vi(d)} camera, còn thiếu ${vi(r)} camera.`, wrong: `Số camera cần lắp đặt theo kế hoạch là ${vi(t)} camera, đã lắp đặt ${vi(d)} camera, còn thiếu ${vi(w)} camera.`, figure: vi(w) }; },
  () => { const { t, d, r } = done3(5000, 60000); const w = offR(r); return { right: `Kế hoạch làm sạch ${vi(t)} hồ sơ hộ tịch; đến nay đã làm sạch ${vi(d)} hồ sơ, chưa làm sạch ${vi(r)} hồ sơ.`, wrong: `Kế hoạch làm sạch ${vi(t)} hồ sơ hộ tịch; đến nay đã làm sạch ${vi(d)} hồ sơ, chưa làm sạch ${vi(w)} hồ sơ.`, figure: vi(w) }; },
  () => { const { t, d, r } = done3(200, 3000); const w = offR(r); return { right: `Bộ phận một cửa tiếp nhận ${vi(t)} hồ sơ (đã giải quyết ${vi(d)} hồ sơ, đang giải quyết ${vi(r)} hồ sơ).`, wrong: `Bộ phận một cửa tiếp nhận ${vi(t)} hồ sơ (đã giải quyết ${vi(d)} hồ sơ, đang giải quyết ${vi(w)} hồ sơ).`, figure: vi(w) }; },
  () => { const a = int(300, 600) / 10, b = int(250, 500) / 10, c = Number((100 - a - b).toFixed(1)), w = Number((c + (c > 10 ? -1 : 1) * int(30, 80) / 10).toFixed(1)); return { right: `Kết quả giải quyết: ${pct(a)}% hồ sơ trước hạn, ${pct(b)}% hồ sơ đúng hạn, còn ${pct(c)}% hồ sơ quá hạn.`, wrong: `Kết quả giải quyết: ${pct(a)}% hồ sơ trước hạn, ${pct(b)}% hồ sơ đúng hạn, còn ${pct(w)}% hồ sơ quá hạn.`, figure: `${pct(w)}%` }; },
  () => { const { t, d, r } = done3(30, 120); const w = offR(r); return { right: `Toàn tỉnh có ${t} chợ truyền thống; ${d} chợ đã triển khai thanh toán không dùng tiền mặt, ${r} chợ còn lại đang triển khai.`, wrong: `Toàn tỉnh có ${t} chợ truyền thống; ${d} chợ đã triển khai thanh toán không dùng tiền mặt, ${w} chợ còn lại đang triển khai.`, figure: String(w) }; },
  () => { const { t, d, r } = done3(1000, 20000); const w = offR(r); return { right: `Trong tổng số ${vi(t)} tài khoản định danh điện tử đã cấp, ${vi(d)} tài khoản đã kích hoạt, ${vi(r)} tài khoản chưa kích hoạt.`, wrong: `Trong tổng số ${vi(t)} tài khoản định danh điện tử đã cấp, ${vi(d)} tài khoản đã kích hoạt, ${vi(w)} tài khoản chưa kích hoạt.`, figure: vi(w) }; },
];
const remainderTraps: (() => string)[] = [
  () => { const t = int(500, 3000), d = int(50, 200); return `Tiếp nhận ${vi(t)} hồ sơ, giảm ${d} hồ sơ so với cùng kỳ, còn ${int(20, 90)} hồ sơ đang giải quyết.`; },
  () => `Thời gian giải quyết thủ tục giảm từ 15 ngày còn ${int(3, 9)} ngày làm việc.`,
  () => `Xã Tân Lập tiếp nhận ${int(100, 900)} hồ sơ, còn xã Hòa Bình tiếp nhận ${int(100, 900)} hồ sơ.`,
  () => { const t = int(2000, 9000); return `Năm 2025 cấp ${vi(t)} thẻ căn cước, tăng ${int(100, 900)} thẻ so với năm 2024; còn ${int(20, 90)} hồ sơ đang chờ duyệt.`; },
  () => { const t = int(800, 3000), d = int(Math.round(t * 0.8), t - 50), d1 = d - int(5, 40); return `Tiếp nhận ${vi(t)} hồ sơ, đã giải quyết ${vi(d)} hồ sơ, trong đó đúng hạn ${vi(d1)} hồ sơ, còn ${d - d1} hồ sơ quá hạn.`; },
  () => { const p = int(600, 900) / 10; return `Có ${pct(p)}% hồ sơ nộp trực tuyến, tăng ${pct(int(20, 90) / 10)}% so với cùng kỳ; còn ${pct(Number((100 - p).toFixed(1)))}% hồ sơ nộp trực tiếp.`; },
  () => `Đến ngày 15/3/2026, đã giải quyết ${int(200, 900)} hồ sơ, còn ${int(10, 90)} hồ sơ đang giải quyết.`,
  () => { const a = int(40, 50), b = int(3, 9); return `Đã cấp khoảng ${a} triệu thẻ, dự kiến cấp ${b} triệu thẻ còn lại để hoàn thành mục tiêu ${a + b} triệu thẻ.`; },
  () => `Trung bình mỗi ngày tiếp nhận ${int(50, 200)} hồ sơ; còn ${int(10, 90)} hồ sơ tồn chưa giải quyết.`,
  () => { const t = int(1000, 3000), a = int(300, 800); return `Toàn xã có ${vi(t)} hộ, ${a} hộ đã có tài khoản ngân hàng, ${int(100, 400)} hộ chưa có thẻ bảo hiểm y tế.`; },
  () => { const t = int(500, 2000), a = int(200, t - 100); return `Tiếp nhận ${vi(t)} hồ sơ (trong đó có ${a} hồ sơ chưa đủ thành phần), đã giải quyết ${vi(t - int(10, 60))} hồ sơ.`; },
  () => { const t = int(100, 300), d = int(50, 90); return `Năm 2025 toàn tỉnh có ${t} vụ cháy; năm 2024 có ${d} vụ, còn năm 2023 có ${int(40, 120)} vụ.`; },
];
const remainderNfd = new Set([500, 505, 520]);
corpora.remainders = {
  // A total whose done and pending parts are in its own parenthesis is the split rule's ("… 826 hồ
  // sơ (đã giải quyết 713 hồ sơ, đang giải quyết 179 hồ sơ)"), and parts that exceed their total
  // ("Trong tổng số …, … đã kích hoạt, … chưa kích hoạt") the breakdown rules': judged once, by them.
  codes: ["remainder_mismatch", "split_total_mismatch", "parts_exceed_total", "parts_total_mismatch"],
  description: "A total, the part done and what remains ('thụ lý a vụ, đã giải quyết b vụ, còn lại r vụ'; 'đang giải quyết r'; 'chưa …'; 'r cử tri không tham gia'; 'đạt 97%, còn 3%'), the parts maybe in words or after a total in the sentence before.",
  cases: marked(build(remainders, remainderTraps).map((c) => ({ ...c, frame: c.frame + 500 })), remainderNfd),
  split: SPLIT3,
};

// ---------------------------------------------------------------- real documents set 3 (brief p2)
// Right sentences of the shapes the tune half of real-documents-3.json raised false alarms on,
// written after those alarms were fixed (rules/readings/): parts "đạt"/"bằng" their own base
// after a total whose own percentage names its base; the number of a step or a table before a
// list; one figure of two subjects in a ranking or of a village and its commune; a list that runs
// into the head of a second counted list. Frames 900–999, split by parity; a seed of its own,
// drawn after every block above, so no earlier case changes.
seed = 20261901;
{
  const bases = ["dự toán", "kế hoạch", "dự toán năm", "kế hoạch năm"];
  const ministries = ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Văn hoá, Thể thao và Du lịch", "Bộ Giáo dục và Đào tạo", "Bộ Tài nguyên và Môi trường", "Bộ Y tế", "Bộ Xây dựng"];
  const villages = ["Thôn Lầu Nàng", "Bản Nà Khương", "Làng O2", "Thôn Tân Lập", "Bản Phiêng Lanh"];
  const communes = ["Ia Lốp", "Vĩnh Sơn", "Vân Canh", "Mường Lát", "Tam Chung"];
  const p2Traps: Record<string, readonly (() => string)[]> = {
    "ratio-statements": [
      () => { const a = tr(8000, 30000), b = tr(3000, 20000), t = a + b; return `Tổng chi ngân sách nhà nước là ${vi(t, 1)} tỷ đồng, đạt ${pct(tr(600, 950), 2)}% ${bases[int(0, 3)]}, tăng ${pct(tr(50, 300), 2)}% so với cùng kỳ. Trong đó: Chi đầu tư phát triển là ${vi(b, 1)} tỷ đồng, đạt ${pct(tr(800, 1300), 2)}%, giảm ${pct(tr(50, 300), 2)}%; chi thường xuyên là ${vi(a, 1)} tỷ đồng, đạt ${pct(tr(500, 900), 2)}%, tăng ${pct(tr(50, 200), 2)}%.`; },
      () => { const a = tr(9000, 12000), b = tr(15000, 22000), t = a + b; return `Diện tích gieo cấy lúa đông xuân cả nước đạt ${vi(t, 1)} nghìn ha, bằng ${pct(tr(950, 1050))}% cùng kỳ năm trước, trong đó các địa phương phía Bắc đạt ${vi(a, 1)} nghìn ha, bằng ${pct(tr(950, 1050))}%; các địa phương phía Nam đạt ${vi(b, 1)} nghìn ha, bằng ${pct(tr(950, 1050))}%.`; },
      () => { const a = tr(500, 900), b = tr(200, 400), c = tr(30, 60), t = a + b + c; return `Vốn đầu tư thực hiện do địa phương quản lý ước đạt ${vi(t, 1)} nghìn tỷ đồng, bằng ${pct(tr(150, 300))}% kế hoạch năm và tăng ${pct(tr(50, 200))}% so với cùng kỳ năm trước, trong đó, vốn ngân sách nhà nước cấp tỉnh đạt ${vi(a, 1)} nghìn tỷ đồng, bằng ${int(15, 30)}% và tăng ${int(5, 25)}% so với cùng kỳ năm trước.`; },
    ],
    "part-whole": [
      () => `Bước ${int(2, 4)}: Tại ứng dụng VNeID, người dân cần kê khai các thông tin gồm số định danh cá nhân (12 chữ số trên thẻ căn cước) và số điện thoại để kích hoạt tài khoản.`,
      () => `Bảng ${int(1, 5)}: Kết quả tiếp nhận hồ sơ gồm ${int(12, 40)} thủ tục cấp tỉnh và ${int(10, 30)} thủ tục cấp xã.`,
    ],
    "list-count": [
      () => `Ba có là: Có căn cước công dân (CCCD) gắn chíp khi đến độ tuổi, có tài khoản định danh điện tử, có tham gia sử dụng dịch vụ công trực tuyến; 3 thực hiện là: Thực hiện nắm hộ, nắm người; thực hiện làm sạch dữ liệu dân cư; thực hiện thu nhận hồ sơ căn cước.`,
      () => `Hai không là: Không dùng giấy tờ (bản giấy), không dùng tiền mặt; ${pad(3)} nhiệm vụ trọng tâm là: số hóa hồ sơ; làm sạch dữ liệu; thanh toán trực tuyến.`,
      () => `Bốn đúng là: đúng người (công dân), đúng việc, đúng thời hạn, đúng quy định; ${int(2, 3) === 2 ? "2 không là: không phiền hà; không tiêu cực" : "3 không là: không phiền hà; không tiêu cực; không trễ hẹn"}.`,
    ],
  };
  const p2RestatedTraps: readonly (() => { text: string; path: string }[])[] = [
    () => { const [x, y] = [ministries[int(0, 2)], ministries[int(3, 5)]]; return [{ text: `Theo sau là ${x} với ${int(200, 900)} tỷ đồng vốn đầu tư thực hiện từ nguồn ngân sách nhà nước trong tháng 1. Xếp sau là ${y} với ${int(20, 190)} tỷ đồng vốn đầu tư thực hiện từ nguồn ngân sách nhà nước.`, path: "Mục 1" }]; },
    () => { const k = int(0, 4), a = int(3, 6); return [{ text: `${villages[k]}, xã ${communes[k]} có ${a} đồng bào dân tộc anh em cùng sinh sống; hộ nghèo chiếm ${int(40, 75)}%.`, path: "Đoạn 1" }, { text: `Theo Trưởng Công an xã ${communes[(k + 1) % 5]}, trên địa bàn xã có ${a + int(5, 12)} đồng bào dân tộc anh em cùng sinh sống.`, path: "Đoạn 2" }]; },
  ];
  for (const [rule, traps] of Object.entries(p2Traps)) {
    traps.forEach((t, j) => {
      const frame = 900 + (rule === "part-whole" ? 10 : rule === "list-count" ? 20 : 0) + j;
      for (let k = 0; k < 2; k++) corpora[rule]!.cases.push({ text: t(), wrong: false, half: frame % 2 === 0 ? "tune" : "held", frame, round: 3 });
    });
  }
  pushRestatedTraps(930, p2RestatedTraps);
}

/**
 * Pushes into a rule's corpus, from frame `base` on, each frame twice (its right sentence, and its
 * wrong one when it has one) and then each trap twice, split by the frame's parity (round 3).
 */
function push(rule: string, base: number, frames: readonly Frame[], traps: readonly (() => string)[]): void {
  frames.forEach((f, i) => {
    const frame = base + i;
    const half = frame % 2 === 0 ? "tune" : "held";
    for (let k = 0; k < 2; k++) {
      const m = f();
      corpora[rule]!.cases.push({ text: m.right, wrong: false, half, frame, round: 3 });
      if (m.wrong !== undefined) corpora[rule]!.cases.push({ text: m.wrong, wrong: true, half, frame, figure: m.figure, round: 3 });
    }
  });
  traps.forEach((t, j) => {
    const frame = base + frames.length + j;
    for (let k = 0; k < 2; k++) corpora[rule]!.cases.push({ text: t(), wrong: false, half: frame % 2 === 0 ? "tune" : "held", frame, round: 3 });
  });
}

/** Paragraphs of a report (text and path), the cases of the restated corpus. */
type Paragraphs = { text: string; path: string }[];

/** Restated frames from frame `base` on, each drawn twice: its right paragraphs and its wrong ones. */
function pushRestatedFrames(base: number, frames: readonly (() => { right: Paragraphs; wrong: Paragraphs; figure: string })[]): void {
  frames.forEach((d, j) => {
    const frame = base + j;
    const half = frame % 2 === 0 ? "tune" : "held";
    for (let k = 0; k < 2; k++) {
      const m = d();
      corpora.restated!.cases.push({ paragraphs: m.right, wrong: false, half, frame, round: 3 });
      corpora.restated!.cases.push({ paragraphs: m.wrong, wrong: true, half, frame, figure: m.figure, round: 3 });
    }
  });
}

/** Restated traps (right paragraphs that look like a restated figure) from frame `base` on, each drawn twice. */
function pushRestatedTraps(base: number, traps: readonly (() => Paragraphs)[]): void {
  traps.forEach((t, j) => {
    const frame = base + j;
    for (let k = 0; k < 2; k++) corpora.restated!.cases.push({ paragraphs: t(), wrong: false, half: frame % 2 === 0 ? "tune" : "held", frame, round: 3 });
  });
}

/** Marks the cases of `rule` in `frames` as checked in NFD. */
function markNfd(rule: string, frames: readonly number[]): void {
  const cases = corpora[rule]!.cases;
  cases.forEach((c, i) => {
    if (frames.includes(c.frame)) cases[i] = { ...c, nfd: true };
  });
}

// ---------------------------------------------------------------- real set 6 shapes (brief p3)
// Shapes the tune half of real-sentences-6.json raised false alarms on, written after fixing them
// (rules/readings/): a change with an approximation word and its percentage ("tăng gần 280
// nghìn …, tương ứng với tăng 5,9%"); a second average of a part after an average of the whole
// ("bình quân đạt x …/xã. Riêng n xã … bình quân y"); shares "A (chiếm p1%), B (p2%), còn lại …
// chiếm p3%"; numbered entries "3. A: Có b1 đơn vị …" "4. B: Có b2 đơn vị …". Frames 1000–1099,
// split by parity; a seed of their own, drawn after every corpus above, so no earlier case changes.
seed = 20262001;
{
  /** A change and how it is written: "gần d" a few units above it, "hơn d" a few below, "khoảng d" either side (d a multiple of ten). */
  const near = (lo: number, hi: number, how: "gần" | "hơn" | "khoảng"): { c: number; d: number } => { const d = int(Math.ceil(lo / 10), Math.floor(hi / 10)) * 10, g = int(3, 9); return { c: how === "gần" ? d - g : how === "hơn" ? d + g : d + (rnd() < 0.5 ? -1 : 1) * int(2, 4), d }; };
  const farP = (p: number): number => p + (p > 6 ? -1 : 1) * Math.max(3, p * 0.4);
  push("differences", 1000, [
    () => { const b = int(300, 800) / 100, { c, d } = near(120, 480, "gần"), now = b + c / 1000, p = (c / 10) / b, w = farP(p); const f = (x: number) => `Thu nhập bình quân đầu người năm 2025 ước đạt ${vi(now, 2)} triệu đồng/người/tháng, tăng gần ${d} nghìn đồng/người/tháng, tương ứng với tăng ${pct(x, 2)}% so với năm 2024.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
    () => { const b = int(2000, 9000), { c, d } = near(Math.round(b * 0.05), Math.round(b * 0.3), "hơn"), p = (c * 100) / b, w = farP(p); const f = (x: number) => `Năm 2025 tiếp nhận ${vi(b + c)} hồ sơ trực tuyến, tăng hơn ${vi(d)} hồ sơ, tương ứng tăng ${pct(x, 2)}% so với năm 2024.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
    () => { const b = int(300, 2000), { c, d } = near(Math.round(b * 0.08), Math.round(b * 0.35), "gần"), p = (c * 100) / b, w = farP(p); const f = (x: number) => `Toàn tỉnh xảy ra ${vi(b - c)} vụ tai nạn giao thông, giảm gần ${vi(d)} vụ (giảm ${pct(x, 2)}%) so với cùng kỳ.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
    () => { const b = int(40, 90) / 10, { c, d } = near(150, 900, "khoảng"), now = b + c / 1000, p = (c / 10) / b, w = farP(p); const f = (x: number) => `Tổng vốn huy động đạt ${vi(now, 2)} nghìn tỷ đồng, tăng khoảng ${d} tỷ đồng, tương ứng tăng ${pct(x, 2)}% so với đầu năm.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
  ], [
    () => { const b = int(2000, 9000), c = int(100, 900); return `Năm 2025 cấp ${vi(b + c)} thẻ căn cước, tăng gần ${vi(Math.ceil(c / 100) * 100)} thẻ, tương ứng tăng ${pct((c * 100) / b)}% so với năm 2024.`; },
  ]);
  push("averages", 1010, [], [
    () => { const x = int(120, 160) / 10, n = int(5, 20), y = Math.min(19, x + int(5, 30) / 10); return `Toàn tỉnh đã có ${vi(int(1500, 2500))} tiêu chí đạt chuẩn, bình quân đạt ${vi(x, 1)} tiêu chí/xã. Riêng ${n} xã phấn đấu đạt chuẩn trong năm nay, đã đạt bình quân ${vi(y, 1)} tiêu chí/xã.`; },
    () => { const x = int(25, 45), n = int(4, 12), y = x + int(5, 15); return `Năm 2025 tổ chức ${int(60, 150)} lớp tập huấn kỹ năng số, bình quân ${x} học viên/lớp; riêng ${n} lớp tại trung tâm huyện có bình quân ${y} học viên/lớp.`; },
    () => { const x = int(80, 200), n = int(3, 9), y = x + int(40, 120); return `Bình quân mỗi xã tiếp nhận ${x} hồ sơ trực tuyến mỗi tháng. Riêng ${n} xã ven đô tiếp nhận bình quân ${y} hồ sơ/xã.`; },
    () => { const x = int(30, 60) / 10, n = int(20, 80), y = x + int(5, 20) / 10; return `Thu nhập bình quân đạt ${vi(x, 1)} triệu đồng/người/tháng; riêng ${n} hộ tham gia mô hình đạt bình quân ${vi(y, 1)} triệu đồng/người/tháng.`; },
  ]);
  /** Three shares of one whole (one decimal) adding up to 100. */
  const three = (): number[] => { const a = int(300, 600), b = int(150, 1000 - a - 20), c = 1000 - a - b; return [a / 10, b / 10, c / 10]; };
  const spoil = (xs: readonly number[]): { ys: number[]; at: number } => { const at = int(0, 2), ys = [...xs]; ys[at] = Number(((xs[at] as number) + (rnd() < 0.5 && (xs[at] as number) > 12 ? -1 : 1) * int(40, 110) / 10).toFixed(1)); return { ys, at }; };
  const shareFrame6 = (f: (v: readonly number[]) => string): Frame => () => { const xs = three(), { ys, at } = spoil(xs); return { right: f(xs), wrong: f(ys), figure: `${pct(ys[at] as number)}%` }; };
  push("share-sums", 1020, [
    shareFrame6(([a, b, c]) => `Về dân tộc, chủ yếu là dân tộc Nùng (chiếm ${pct(a as number)}%), Tày (${pct(b as number)}%), còn lại là các dân tộc khác: Dao, Kinh, Hoa… chiếm ${pct(c as number)}%.`),
    shareFrame6(([a, b, c]) => `Trong tổng số hồ sơ, hồ sơ nộp trực tuyến (chiếm ${pct(a as number)}%), hồ sơ qua dịch vụ bưu chính (${pct(b as number)}%), còn lại là hồ sơ nộp trực tiếp chiếm ${pct(c as number)}%.`),
    shareFrame6(([a, b, c]) => `Lao động của xã làm nông nghiệp (chiếm ${pct(a as number)}%), công nghiệp – xây dựng (${pct(b as number)}%), còn lại là lao động dịch vụ chiếm ${pct(c as number)}%.`),
  ], [
    () => `Xã Tân Lập (chiếm ${pct(int(100, 300) / 10)}%), xã Hòa Bình (${pct(int(100, 300) / 10)}%) là hai địa phương có tỷ lệ hồ sơ trực tuyến cao nhất huyện.`,
    () => `Hồ sơ trực tuyến (chiếm ${pct(int(500, 700) / 10)}%), tăng (${pct(int(20, 90) / 10)}%) so với cùng kỳ; còn lại là hồ sơ trực tiếp.`,
  ]);
  const units6 = ["Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh", "Lạng Sơn"];
  const entry = (i: number, name: string): string => { const x = int(20, 90), y = int(5, 60), z = int(1, 3); return `${i}. ${name}: Có ${x + y + z} đơn vị hành chính cấp xã, gồm ${x} xã, ${y} phường và ${z} đặc khu.`; };
  const restatedTraps6: readonly (() => { text: string; path: string }[])[] = [
    () => { const i = int(1, 8), k = int(0, 4); return [{ text: `${entry(i, units6[k] as string)} ${entry(i + 1, units6[k + 1] as string)}`, path: "Phần I" }]; },
    () => { const k = int(0, 4); return [{ text: `- ${units6[k]}: ${int(200, 900)} hộ gia đình sử dụng nước sạch theo quy chuẩn.`, path: "Phần II" }, { text: `- ${units6[k + 1]}: ${int(200, 900)} hộ gia đình sử dụng nước sạch theo quy chuẩn.`, path: "Phần II" }]; },
  ];
  pushRestatedTraps(1030, restatedTraps6);
  // A whole counted in administrative units, split by their kinds, each counted by its own noun.
  const provinces6 = ["Tuyên Quang", "Lào Cai", "Phú Thọ", "Thái Nguyên", "Nghệ An", "Gia Lai"];
  const bump = (x: number): number => x + (rnd() < 0.5 && x > 12 ? -1 : 1) * Math.max(3, Math.round(x * (0.1 + rnd() * 0.3)));
  push("splits", 1040, [
    () => { const a = int(60, 140), b = int(3, 30), t = a + b, w = off(t), p = provinces6[int(0, 5)]; const f = (x: number) => `Tỉnh ${p} có tổng số đơn vị hành chính cấp xã là ${x} đơn vị (${a} xã, ${pad(b)} phường).`; return { right: f(t), wrong: f(w), figure: String(w) }; },
    () => { const a = int(20, 90), b = int(5, 60), c = int(1, 3), i = int(1, 9), k = int(0, 4), w = bump(a); const f = (x: number) => `${i}. ${units6[k]}: Có ${x + b + c} đơn vị hành chính cấp xã, gồm ${x} xã, ${b} phường và ${c} đặc khu.`; return { right: f(a), wrong: `${i}. ${units6[k]}: Có ${a + b + c} đơn vị hành chính cấp xã, gồm ${w} xã, ${b} phường và ${c} đặc khu.`, figure: `${w} xã` }; },
    () => { const a = int(10, 40), b = int(40, 120), t = a + b, w = off(t); const f = (x: number) => `Sau sắp xếp, toàn tỉnh còn ${x} đơn vị hành chính cấp xã (gồm ${a} phường và ${b} xã).`; return { right: f(t), wrong: f(w), figure: String(w) }; },
    () => { const a = int(12, 30), b = int(1, 3), w = bump(a); const f = (x: number) => `Huyện có ${x + b} đơn vị hành chính, gồm ${x} xã và ${pad(b)} thị trấn.`; return { right: f(a), wrong: `Huyện có ${a + b} đơn vị hành chính, gồm ${w} xã và ${pad(b)} thị trấn.`, figure: `${w} xã` }; },
  ], [
    () => { const t = int(100, 150); return `Toàn tỉnh có ${t} đơn vị hành chính cấp xã, trong đó ${int(40, t - 40)} xã đạt chuẩn nông thôn mới, ${int(5, 30)} phường đạt chuẩn văn minh đô thị.`; },
    () => { const t = int(60, 120); return `Đã kết nối mạng cho ${t} đơn vị (${int(20, 50)} xã, ${int(5, 20)} phường) trong quý I.`; },
  ]);
  // Shares after "Tỷ trọng", their parts opening with one word past it: they must not add up past 100%.
  const over = (xs: readonly number[]): { ys: number[]; at: number } => { const at = int(0, 2), ys = [...xs]; ys[at] = Number(((xs[at] as number) + int(30, 90) / 10).toFixed(2)); return { ys, at }; };
  const leadFrame = (f: (v: readonly number[]) => string): Frame => () => { const xs = three().map((x, i) => (i === 0 ? x + 0.04 : i === 1 ? x - 0.04 : x)), { ys, at } = over(xs); return { right: f(xs), wrong: f(ys), figure: `${pct(ys[at] as number, 2)}%` }; };
  push("share-sums", 1050, [
    leadFrame(([a, b, c]) => `Tỷ trọng khu vực công nghiệp - xây dựng chiếm ${pct(a as number, 2)}%, khu vực dịch vụ chiếm ${pct(b as number, 2)}% và khu vực nông, lâm nghiệp, thủy sản chiếm ${pct(c as number, 2)}%.`),
    leadFrame(([a, b, c]) => `Tỉ trọng nhóm hồ sơ đất đai chiếm ${pct(a as number, 2)}%; nhóm hồ sơ hộ tịch chiếm ${pct(b as number, 2)}%; nhóm hồ sơ kinh doanh chiếm ${pct(c as number, 2)}%.`),
  ], [
    () => `Tỷ trọng hồ sơ trực tuyến chiếm ${pct(int(300, 500) / 10)}%, hồ sơ trực tuyến toàn trình chiếm ${pct(int(200, 290) / 10)}%.`,
  ]);
  // A change and its percentage after "tương ứng tỷ lệ (tăng|giảm)": the earlier figure is the current one plus or minus the change.
  push("differences", 1060, [
    () => { const now = int(40, 150), d = int(20, 120), p = (d * 100) / (now + d), w = farP(p); const f = (x: number) => `Sau khi sắp xếp, toàn tỉnh còn ${now} đơn vị hành chính cấp xã, giảm ${d} đơn vị, tương ứng tỷ lệ giảm ${pct(x, 2)}%.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
    () => { const b = int(1000, 9000), d = int(Math.round(b * 0.05), Math.round(b * 0.4)), p = (d * 100) / b, w = farP(p); const f = (x: number) => `Năm 2025 tiếp nhận ${vi(b + d)} hồ sơ trực tuyến, tăng ${vi(d)} hồ sơ, tương ứng tỉ lệ tăng ${pct(x, 2)}% so với năm 2024.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
  ], [
    () => `Năm 2025 giảm ${int(100, 900)} hộ nghèo, tương ứng tỷ lệ hộ nghèo còn ${pct(int(10, 60) / 10)}%.`,
  ]);
  // A part in parentheses after a whole whose phrase holds a range opened by "từ".
  push("part-whole", 1070, [
    () => { const a = int(20, 90), b = int(3, a - 2), w = a + int(3, 30); const f = (x: number) => `Hiện có ${a} xã đạt từ 15 - 18 tiêu chí (trong đó có ${x} xã đã được công nhận đạt chuẩn nhưng bị sụt giảm tiêu chí); ${int(10, 40)} xã đạt từ 10 - 14 tiêu chí.`; return { right: f(b), wrong: f(w), figure: String(w) }; },
    () => { const a = int(10, 60), b = int(2, a - 1), w = a + int(2, 20); const f = (x: number) => `Toàn huyện có ${a} trường đạt từ 3-4 tiêu chí chuyển đổi số (trong đó có ${pad(x)} trường ở vùng đặc biệt khó khăn).`; return { right: f(b), wrong: f(w), figure: pad(w) }; },
  ], [
    () => `Có ${int(5, 20)} xã đạt từ 15 - 18 tiêu chí (trong đó có ${int(30, 90)} tiêu chí về hạ tầng số đã hoàn thành).`,
  ]);
}

// ---------------------------------------------------------------- real set 5 held shapes (brief p4)
// Shapes the held half of real-sentences-5.json raised false alarms on, spent as tune data on
// 2026-12-01 and written after fixing them (rules/readings/): a change in percent with its
// amount after "mức tăng/giảm" (checked: now − amount is the earlier figure); an average of a
// part after "Trong đó" whose total is the whole's, or a plan; shares each of its own whole
// ("trong tổng số N"); a whole inside a closed aside; area parts rounded where the sentence
// writes decimals; examples after ", như:"; "và" inside the items of a comma list; one thing
// acted on in two ways. Frames 1100–1199, split by parity; a seed of their own, drawn after
// every corpus above, so no earlier case changes.
seed = 20262101;
{
  const farP = (p: number): number => p + (p > 6 ? -1 : 1) * Math.max(3, p * 0.4);
  // "đạt A, tăng p% so với cùng kỳ với mức tăng d": p = d ÷ (A − d); "còn A, giảm p% … với mức giảm d": p = d ÷ (A + d).
  push("differences", 1100, [
    () => { const b = int(8000, 90000) / 100, d = int(Math.round(b * 4), Math.round(b * 25)) / 100, p = (d * 100) / b, w = farP(p); const f = (x: number) => `Số thuê bao điện thoại thông minh đã đạt ${vi(b + d, 2)} triệu thuê bao, tăng ${pct(x, 1)}% so với cùng kỳ năm 2024 với mức tăng ${vi(d, 2)} triệu thuê bao.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 1)}%` }; },
    () => { const b = int(1200, 9000), d = int(Math.round(b * 0.05), Math.round(b * 0.3)), p = (d * 100) / b, w = farP(p); const f = (x: number) => `Số hộ nghèo toàn tỉnh còn ${vi(b - d)} hộ, giảm ${pct(x, 1)}% so với cuối năm 2024, với mức giảm ${vi(d)} hộ.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 1)}%` }; },
    () => { const b = int(2000, 50000), d = int(Math.round(b * 0.06), Math.round(b * 0.4)), p = (d * 100) / b, w = farP(p); const f = (x: number) => `Năm 2025 tiếp nhận ${vi(b + d)} hồ sơ trực tuyến, tăng ${pct(x, 2)}% so với năm trước với mức tăng là ${vi(d)} hồ sơ.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
    () => { const b = int(300, 3000), d = int(Math.round(b * 0.05), Math.round(b * 0.35)), p = (d * 100) / b, w = farP(p); const f = (x: number) => `Toàn tỉnh xảy ra ${vi(b - d)} vụ cháy, nổ, giảm ${pct(x, 1)}% so với cùng kỳ với mức giảm ${vi(d)} vụ.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 1)}%` }; },
  ], []);
  push("averages", 1110, [], [
    () => { const a = int(300, 900), plan = int(200, a - 50), n = int(100, 400); return `Các xã đã gieo cấy được ${a} nghìn ha lúa, vượt xa so với kế hoạch là ${plan} nghìn tấn. Trong đó, đã có ${n} ha được thu hoạch, năng suất bình quân ${vi(int(45, 70) / 10, 1)} tấn/ha.`; },
    () => { const a = int(2000, 9000), n = int(20, 90); return `Toàn tỉnh có ${vi(a)} hộ nuôi trồng thủy sản với ${vi(int(3000, 9000))} tấn sản phẩm. Riêng ${n} hộ được hỗ trợ kỹ thuật, đạt bình quân ${vi(int(40, 90) / 10, 1)} tấn/hộ.`; },
    () => { const plan = int(500, 900), n = int(10, 40); return `Chỉ tiêu giao là ${plan} hồ sơ trực tuyến. Trong đó, ${n} xã đã hoàn thành, bình quân ${int(30, 90)} hồ sơ/xã.`; },
    () => { const a = int(40, 120), n = int(5, 20); return `Năm 2025 tổ chức ${a} lớp tập huấn cho ${vi(int(2000, 6000))} học viên. Trong đó, ${n} lớp dành cho cán bộ cấp xã, bình quân ${int(20, 45)} học viên/lớp.`; },
  ]);
  // Three shares, each after "trong tổng số N" of its own: each of its own whole, more than 100% together.
  const lvl = ["cấp tiểu học", "cấp trung học cơ sở", "cấp trung học phổ thông"];
  const ownShares = (noun: string, unit: string): { text: string; sum: number } => { let sum = 0; const text = lvl.map((l) => { const n = int(200, 9000), k = int(Math.round(n * 0.4), Math.round(n * 0.9)); sum += k; return `${l} có ${vi(k)} ${noun} trong tổng số ${vi(n)} ${unit} (chiếm tỷ lệ ${pct((k * 100) / n, 2)}%)`; }).join("; "); return { text, sum }; };
  push("share-sums", 1120, [], [
    () => { const o = ownShares("trường chuẩn quốc gia", "trường"); return `Đến hết năm học 2024-2025, toàn tỉnh có ${vi(o.sum)} trường đạt chuẩn quốc gia. Trong đó, ${o.text}.`; },
    () => `Về chuyển đổi số trong giáo dục, ${ownShares("trường dùng học bạ số", "trường").text}.`,
  ]);
  // A whole inside a closed parenthesis; the "số …" part after it is of another whole.
  push("part-whole", 1130, [], [
    () => { const a = int(1500, 4000), hi = int(300, 800), lo = int(2, 9); return `Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ngành là ${vi(a)} thủ tục (trong đó, Sở Tư pháp có số thủ tục nhiều nhất là ${hi} thủ tục; Sở Ngoại vụ có số thủ tục ít nhất là ${lo} thủ tục); số thủ tục hành chính thuộc thẩm quyền của cấp xã là ${vi(int(300, 1400))} thủ tục hành chính.`; },
    () => { const lo = int(2, 9); return `Toàn tỉnh có ${int(90, 160)} xã (xã nhỏ nhất có ${lo} thôn); số thôn đã có sóng di động là ${vi(int(600, 1500))} thôn.`; },
  ]);
  // Area parts written as whole hectares beside parts with decimals: each is rounded, and parts off by a rounding add up.
  const prov = ["Hà Giang", "Lai Châu", "Lào Cai", "Cao Bằng", "Tuyên Quang", "Yên Bái"];
  push("splits", 1140, [], [
    () => { const xs = [int(100, 300), int(100, 300), int(10, 40), int(10, 40), int(1, 5)], d = [int(5, 45) / 10, int(5, 45) / 10]; const t1 = xs[0]! + xs[1]! + d[0]! + d[1]!, t2 = xs.reduce((a, x) => a + x, 0) + (rnd() < 0.5 ? -1 : 1); return `Mưa lũ làm ${vi(Math.round(t1))} ha lúa bị ngập úng (${prov[0]} ${xs[0]} ha; ${prov[1]} ${xs[1]} ha; ${prov[2]} ${vi(d[0]!, 1)} ha; ${prov[3]}: ${vi(d[1]!, 1)} ha); ${vi(t2)} ha hoa màu bị thiệt hại (${xs.map((x, i) => `${prov[i]}: ${x} ha`).join("; ")}).`; },
    () => { const xs = [int(20, 90), int(20, 90), int(5, 20), int(1, 9)], t = xs.reduce((a, x) => a + x, 0) + (rnd() < 0.5 ? -1 : 1), d = int(5, 95) / 10; return `Diện tích rừng bị cháy là ${vi(t)} ha (${xs.map((x, i) => `${prov[i + 1]} ${x} ha`).join(", ")}), diện tích bị sạt lở ${vi(d, 1)} ha (${prov[5]} ${vi(d, 1)} ha).`; },
  ]);
  // ", như:" after a description: examples; "và" inside the items of a comma list as many as the count.
  const roles = ["Bí thư Chi bộ", "Trưởng thôn", "Tổ trưởng dân phố", "đại diện mặt trận", "các chi hội đoàn thể", "Bí thư Đoàn thanh niên"];
  const pillars = ["chuyển đổi nhận thức", "kiến tạo thể chế", "phát triển hạ tầng và nền tảng số", "thông tin và dữ liệu số", "hoạt động chuyển đổi số", "an toàn an ninh mạng", "đào tạo và phát triển nhân lực"];
  push("list-count", 1150, [], [
    () => { const n = int(6, 12), k = int(3, 5); return `Tổ Công nghệ số cộng đồng thôn ${int(1, 9)} được thành lập ngày ${int(1, 28)}/${int(1, 12)}/2025, gồm ${n} thành viên là những người hiểu biết công nghệ, tích cực hoạt động xã hội, như: ${roles.slice(0, k).join(", ")}.`; },
    () => { const n = int(5, 9); return `Ban chỉ đạo xã gồm ${n} đồng chí có kinh nghiệm chỉ đạo cơ sở, ví dụ như: ${roles.slice(1, 4).join(", ")}.`; },
    () => `Mỗi trụ cột gồm ${pillars.length} chỉ số chính: chỉ số đánh giá về ${pillars.join(", ")}.`,
    () => { const p = pillars.slice(1); return `Bộ tiêu chí đánh giá gồm ${p.length} nhóm: ${p.join(", ")}.`; },
  ]);
  // One thing acted on in two ways (reviewed, then newly issued): two quantities, not one restated.
  const restatedTraps5: readonly (() => { text: string; path: string }[])[] = [
    () => { const a = int(400, 900); return [{ text: `Văn phòng Ủy ban nhân dân tỉnh đã thẩm tra đối với ${a} thủ tục hành chính và ${int(100, 400)} quy định kinh doanh tại ${int(20, 80)} dự thảo văn bản. Các sở, ngành đã trình cấp có thẩm quyền ban hành mới ${int(100, a - 50)} thủ tục hành chính.`, path: "Phần I" }]; },
    () => { const a = int(300, 800); return [{ text: `Trong năm, các sở đã rà soát ${a} thủ tục hành chính thuộc thẩm quyền của tỉnh.`, path: "Phần I" }, { text: `Ủy ban nhân dân tỉnh đã công bố ${int(50, a - 50)} thủ tục hành chính thuộc thẩm quyền của tỉnh.`, path: "Phần II" }]; },
  ];
  pushRestatedTraps(1160, restatedTraps5);
}

// ---------------------------------------------------------------- real set 7 shapes (brief p7)
// Shapes the tune half of real-sentences-7.json raised false alarms on, written after fixing them
// (rules/readings/): a remainder of the clause before after ";" ("tiếp nhận b; đã giải quyết c,
// còn d"); items of a numbered list; parts of a list with shares of one whole read as what
// remains; a stage after ";" ("đủ điều kiện a1; đã giải quyết a2") and a rate of a scope
// ("thuộc thẩm quyền") not written; a group's average after an average; counts each with its
// share as wholes of the next; overlapping kinds of one whole past 100%; shares of the elected
// after "trên tổng số … ứng cử"; each unit's rate of its own cases; a rate cut at its second
// decimal; parts in an aside; done over planned above 100% with its rate; "A; B; C và D" of place
// names. Frames 1200–1299, split by parity; a seed of their own, drawn after every corpus above,
// so no earlier case changes.
seed = 20262201;
{
  const offN = (x: number): number => x + (rnd() < 0.5 && x > 40 ? -1 : 1) * Math.max(7, Math.round(x * (0.12 + rnd() * 0.3)));
  const farP = (p: number): number => p + (p > 30 ? -1 : 1) * (6 + int(0, 9));
  // "…; tiếp nhận b; đã giải quyết c, còn d": the remainder of b.
  push("remainders", 1200, [
    () => { const a = int(600, 1500), b = int(300, 900), c = int(Math.round(b * 0.4), Math.round(b * 0.8)), d = b - c, w = offN(d); const f = (x: number) => `Kết quả phân loại, xử lý qua tiếp dân: đã hướng dẫn, giải thích đối với ${vi(a)} vụ việc; tiếp nhận giải quyết ${vi(b)} vụ việc; đã giải quyết ${vi(c)} vụ việc, còn ${vi(x)} vụ việc đang giải quyết.`; return { right: f(d), wrong: f(w), figure: vi(w) }; },
    () => { const t = int(2000, 6000), b = int(800, 1800), c = int(Math.round(b * 0.5), Math.round(b * 0.9)), d = b - c, w = offN(d); const f = (x: number) => `Năm 2025, các cơ quan đã tiếp nhận ${vi(t)} đơn các loại; thụ lý ${vi(b)} đơn thuộc thẩm quyền; đã giải quyết ${vi(c)} đơn, còn lại ${vi(x)} đơn đang xem xét.`; return { right: f(d), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(3000, 9000), b = int(1000, 2900), c = int(Math.round(b * 0.6), Math.round(b * 0.95)), d = b - c, w = offN(d); const f = (x: number) => `Bộ phận một cửa đã hướng dẫn ${vi(a)} lượt công dân; tiếp nhận ${vi(b)} hồ sơ; đã trả kết quả ${vi(c)} hồ sơ, còn ${vi(x)} hồ sơ đang giải quyết.`; return { right: f(d), wrong: f(w), figure: vi(w) }; },
  ], [
    () => `Kết quả khảo sát cho thấy: i) có ${int(5, 40)}% hộ dân đã cài đặt ứng dụng VNeID; ii) có ${int(3, 9)} tính năng được người dân sử dụng nhiều nhất; iii) ${pct(tr(20, 150))}% người dân không sử dụng dịch vụ công trực tuyến.`,
    () => `Nghiên cứu chỉ ra: a) ${int(20, 60)}% doanh nghiệp đã dùng hóa đơn điện tử; b) có ${int(2, 8)} nhóm thủ tục được đánh giá ở mức khó; c) ${pct(tr(30, 200))}% doanh nghiệp chưa kết nối dữ liệu thuế.`,
    () => { const w = int(60, 95), c = w + int(20, 60), n = [int(12, 25), int(4, 10), int(2, 6), int(1, 3)]; const p = (x: number) => pct((x * 100) / w, 2); return `Tỉnh đã bầu đủ ${w} đại biểu Hội đồng nhân dân tỉnh trên tổng số ${c} đại biểu ứng cử, trong đó, ${n[0]} đại biểu nữ (${p(n[0]!)}%), ${n[1]} đại biểu người dân tộc thiểu số (${p(n[1]!)}%), ${n[2]} đại biểu không phải là đảng viên (${p(n[2]!)}%), ${n[3]} đại biểu tôn giáo (tỷ lệ ${p(n[3]!)}%).`; },
  ]);
  // A stage after ";" that opens on "đã", and a rate of a scope not written; a group's average after an average.
  push("part-whole", 1210, [
    () => { const t = int(20, 60) * 100, a = int(Math.round(t * 0.6), Math.round(t * 0.9)), w = t + int(13, 30) * 100 + int(1, 99), c = int(Math.round(a * 0.5), Math.round(a * 0.8)); const f = (x: number) => `Các cơ quan hành chính đã tiếp nhận hơn ${vi(t)} đơn các loại, trong đó đơn đủ điều kiện xử lý ${vi(x)} đơn; đã giải quyết ${vi(c)} đơn khiếu nại, tố cáo thuộc thẩm quyền, đạt gần ${int(85, 98)}%.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const t = int(1000, 5000), a = int(Math.round(t * 0.6), Math.round(t * 0.9)), w = t + int(200, 800), c = int(Math.round(a * 0.5), Math.round(a * 0.8)); const f = (x: number) => `Năm 2025 tiếp nhận ${vi(t)} hồ sơ, trong đó hồ sơ hợp lệ ${vi(x)} hồ sơ; đã giải quyết ${vi(c)} hồ sơ thuộc thẩm quyền cấp tỉnh, đạt ${pct(tr(900, 995))}%.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const x = tr(35, 60), y = x + tr(10, 30); return `Kết quả khảo sát cho thấy năm 2025 thu nhập bình quân của người dân đạt ${vi(x, 1)} triệu đồng/tháng, tăng ${int(2, 9)}% so với năm 2024.\n\nTrong đó đứng đầu là huyện Tân Uyên với mức thu nhập bình quân đầu người đạt hơn ${vi(y, 1)} triệu đồng/tháng.`; },
    () => { const x = int(25, 45), y = x + int(5, 20); return `Bình quân mỗi xã có ${x} hồ sơ trực tuyến mỗi ngày, trong đó xã dẫn đầu có bình quân ${y} hồ sơ/ngày.`; },
  ]);
  // Counts each with its own share, of a whole not written: no count is the whole of the next share, and kinds that overlap add up past 100%.
  const kinds7 = ["là phụ nữ", "là người dân tộc thiểu số", "là người ngoài Đảng", "tái cử", "là người trẻ tuổi (dưới 40 tuổi)"];
  const overlapping = (): { w: number; ns: number[] } => { const w = int(300, 600); const ns = [int(Math.round(w * 0.25), Math.round(w * 0.35)), int(Math.round(w * 0.1), Math.round(w * 0.2)), int(5, 20), int(Math.round(w * 0.35), Math.round(w * 0.45)), int(Math.round(w * 0.05), Math.round(w * 0.12))]; return ns.reduce((a, b) => a + b, 0) * 100 / w > 101 ? { w, ns } : overlapping(); };
  const structure = (w: number, ns: readonly number[], ps: readonly string[]): string => `Cơ cấu: ${ns[0]} người trúng cử ${kinds7[0]}, chiếm tỉ lệ ${ps[0]}%; ${ns.slice(1).map((n, i) => `người trúng cử ${kinds7[i + 1]} có ${n} người, chiếm tỉ lệ ${ps[i + 1]}%`).join("; ")}.`;
  push("share-sums", 1220, [
    () => { const { w, ns } = overlapping(), ps = ns.map((n) => pct((n * 100) / w, 2)), at = int(1, 4), ys = [...ps]; ys[at] = pct(farP((ns[at]! * 100) / w), 2); return { right: structure(w, ns, ps), wrong: structure(w, ns, ys), figure: `${ys[at]}%` }; },
  ], [
    () => { const { w, ns } = overlapping(); return structure(w, ns, ns.map((n) => pct((n * 100) / w, 2))); },
  ]);
  push("shares-apart", 1230, [], [
    () => { const { w, ns } = overlapping(); return structure(w, ns, ns.map((n) => pct((n * 100) / w, 2))); },
  ]);
  // A rate cut at its second decimal; counts in an aside that lists parts (the share rule's shapes; its corpus is not generated here).
  push("shares-apart", 1240, [
    () => { const t = int(3000, 9000); let g = int(Math.round(t * 0.7), Math.round(t * 0.95)); while (pct(Math.floor((g * 10000) / t) / 100, 2) === pct((g * 100) / t, 2)) g++; const w = farP((g * 100) / t); const f = (x: string) => `Tòa án nhân dân hai cấp đã thụ lý ${vi(t)} vụ án các loại, giải quyết ${vi(g)} vụ, đạt ${x}%.`; return { right: f(cutPct((g * 100) / t)), wrong: f(pct(w, 2)), figure: `${pct(w, 2)}%` }; },
    () => { const t = int(1000, 5000); let g = int(Math.round(t * 0.6), Math.round(t * 0.95)); while (pct(Math.floor((g * 10000) / t) / 100, 2) === pct((g * 100) / t, 2)) g++; const w = farP((g * 100) / t); const f = (x: string) => `Trong năm, Viện kiểm sát thụ lý ${vi(t)} tin báo, tố giác tội phạm, đã giải quyết ${vi(g)} tin, đạt tỷ lệ ${x}%.`; return { right: f(cutPct((g * 100) / t)), wrong: f(pct(w, 2)), figure: `${pct(w, 2)}%` }; },
  ], [
    () => { const a1 = int(100, 200), a2 = int(150, 300), a = a1 + a2, b = int(80, 150), c = int(1, 3), w = a + b + c; return `Về trình độ chuyên môn, trên đại học có ${a} người (tỷ lệ ${pct((a * 100) / w, 2)}% trong tổng số người trúng cử (trong đó, Tiến sĩ là ${a1} người, Thạc sĩ là ${a2} người); Trình độ đại học có ${b} người (${pct((b * 100) / w, 2)}%); dưới đại học có ${c} người (tỷ lệ ${pct((c * 100) / w, 2)}%).`; },
  ]);
  // Done over planned above 100%, with its rate (rounded, or cut).
  push("fractions", 1250, [
    () => { const b = int(20000, 80000), a = Math.round(b * (1 + int(50, 300) / 1000)), r = (a * 100) / b, w = r + (rnd() < 0.5 ? -1 : 1) * int(8, 20); const f = (x: number) => `Trong tháng, bệnh viện đã khám bệnh cho ${vi(a)}/${vi(b)} lượt người, đạt ${pct(x)}% chỉ tiêu kế hoạch, tăng ${pct(tr(50, 300))}% so với cùng kỳ.`; return { right: f(r), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const b = int(2000, 9000), a = Math.round(b * (1 + int(100, 2500) / 1000)), r = (a * 100) / b, w = r + (rnd() < 0.5 ? -1 : 1) * int(8, 20); const f = (x: number) => `Điều trị ngoại trú: ${vi(a)}/${vi(b)} lượt bệnh nhân, đạt ${pct(x)}% chỉ tiêu kế hoạch.`; return { right: f(r), wrong: f(w), figure: `${pct(w)}%` }; },
  ], [
    () => { const b = int(10000, 20000), a = Math.round(b * (1 + int(100, 200) / 1000)); return `Điều trị nội trú: ${vi(a)}/${vi(b)} lượt bệnh nhân, đạt ${pct(Math.floor((a * 1000) / b) / 10)}% chỉ tiêu kế hoạch.`; },
  ]);
  // "n thành phố gồm: A; B; C; D và E": place names, two of them joined by "và" in the last piece.
  const cities7 = ["Bến Cát", "Thủ Dầu Một", "Tân Uyên", "Thuận An", "Dĩ An", "Long Khánh", "Biên Hòa"];
  push("list-count", 1260, [
    () => { const n = int(4, 6), xs = cities7.slice(0, n), w = n + 2; const f = (x: number) => `Đây là tỉnh đầu tiên có ${x} thành phố gồm: ${xs.slice(0, -1).join("; ")} và ${xs[n - 1]}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const w = 4; const f = (x: number) => `Tỉnh đã thành lập ${pad(x)} sở mới gồm: Sở Tài chính; Sở Nội vụ; Sở Giáo dục và Đào tạo.`; return { right: f(3), wrong: f(w), figure: pad(w) }; },
  ], [
    () => { const n = int(4, 6), xs = cities7.slice(2, 2 + n); return `Tỉnh có ${n} thành phố trực thuộc gồm: ${xs.slice(0, -1).join("; ")} và ${xs[n - 1]}.`; },
  ]);
  // Each unit's rate of its own cases, written in the sentence before; their parts add up to the total.
  push("next-sentence-parts", 1270, [
    () => { const a = int(300, 900), b = int(3000, 8000), c1 = int(Math.round(a * 0.5), Math.round(a * 0.9)), c2 = int(Math.round(b * 0.5), Math.round(b * 0.9)), w = c1 + c2 - int(Math.round(c1 * 0.3), Math.round(c1 * 0.6)); const f = (x: number) => `Tòa án nhân dân tỉnh thụ lý ${vi(a)} vụ án các loại, tòa án nhân dân các huyện thụ lý ${vi(b)} vụ án các loại. Tòa án nhân dân hai cấp đã giải quyết ${vi(x)} vụ án. Trong đó, tòa án nhân dân tỉnh giải quyết ${vi(c1)} vụ (${pct((c1 * 100) / a)}%), tòa án nhân dân các huyện giải quyết ${vi(c2)} vụ (${pct((c2 * 100) / b)}%).`; return { right: f(c1 + c2), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const a = int(300, 900), b = int(3000, 8000), c1 = int(Math.round(a * 0.5), Math.round(a * 0.9)), c2 = int(Math.round(b * 0.5), Math.round(b * 0.9)); return `Tòa án nhân dân tỉnh thụ lý ${vi(a)} vụ án các loại, tòa án nhân dân các huyện thụ lý ${vi(b)} vụ án các loại. Tòa án nhân dân hai cấp đã giải quyết ${vi(c1 + c2)} vụ án. Trong đó, Tòa án nhân dân tỉnh giải quyết ${vi(c1)} vụ (${pct((c1 * 100) / a)}%); Tòa án nhân dân các huyện giải quyết ${vi(c2)} vụ (${pct((c2 * 100) / b)}%).`; },
  ]);
  // Overlapping kinds of a whole that is written, each with its share of it; a group's average after "riêng".
  const written7 = (w: number, ns: readonly number[], ps: readonly string[]): string => `Tổng số đại biểu trúng cử là ${w} người. Trong đó, ${ns.map((n, i) => `${n} người ${kinds7[i]}, chiếm tỉ lệ ${ps[i]}%`).join("; ")}.`;
  push("share-sums", 1280, [
    () => { const { w, ns } = overlapping(), ps = ns.map((n) => pct((n * 100) / w, 2)), at = int(0, 4), ms = [...ns]; ms[at] = offN(ns[at]!); return { right: written7(w, ns, ps), wrong: written7(w, ms, ps), figure: String(ms[at]) }; },
  ], [
    () => { const { w, ns } = overlapping(); return written7(w, ns, ns.map((n) => pct((n * 100) / w, 2))); },
  ]);
  push("part-whole", 1290, [], [
    () => { const x = tr(35, 60), y = x + tr(10, 30); return `Thu nhập bình quân đầu người của tỉnh đạt ${vi(x, 1)} triệu đồng/tháng; riêng huyện Tân Uyên đạt bình quân ${vi(y, 1)} triệu đồng/tháng.`; },
  ]);
}

// ---------------------------------------------------------------- real set 7 held shapes (brief p8)
// Shapes the held half of real-sentences-7.json raised false alarms on (read this round, then
// fixed in rules/readings/), written after fixing them: a part's own split in a parenthesis after
// it; a round "trên/hơn" whole with a scale word whose parts pass its last written digit; a count
// after "so với … (" (the level of another period); a part as large as its whole beside others
// (kinds that overlap); a pair "a/b" after a change in percent; a part's "bằng" rate above 100%; a
// rate cut at its first decimal where the whole is guessed; shares that make 100% before a share
// of another breakdown; a change in percent one unit of its second decimal off; a sentence that
// opens on a part or names another scope than a restated count's. Wrong frames keep the catches
// the narrower readings must not lose. Frames 1300–1349, split by parity; a seed of their own,
// drawn after every corpus above, so no earlier case changes.
seed = 20262301;
{
  const farP = (p: number): number => p + (p > 30 ? -1 : 1) * (6 + int(0, 9));
  // A part's own split in a parenthesis right after it: the total is the outer parts' sum.
  const nestedFarms = (t: number, a: number, b: number): string => { const a1 = int(1, Math.round(a / 3)), b1 = int(1, Math.round(b / 2)); return `Toàn huyện có ${vi(t)} cơ sở chăn nuôi tập trung. Trong đó, có ${vi(a)} cơ sở nuôi bò (${a1} cơ sở quy mô lớn, ${vi(a - a1)} cơ sở quy mô nhỏ), ${vi(b)} cơ sở nuôi gà (${b1} cơ sở quy mô vừa, ${vi(b - b1)} cơ sở quy mô nhỏ).`; };
  const nestedPermits = (t: number, a: number, b: number): string => { const a1 = int(Math.round(a * 0.3), Math.round(a * 0.7)), b1 = int(1, Math.round(b / 2)); return `Năm 2025, tỉnh cấp ${vi(t)} giấy phép xây dựng, trong đó ${vi(a)} giấy phép nhà ở riêng lẻ (${vi(a1)} giấy phép ở đô thị và ${vi(a - a1)} giấy phép ở nông thôn), ${vi(b)} giấy phép công trình công cộng (${b1} giấy phép cấp mới, ${vi(b - b1)} giấy phép điều chỉnh).`; };
  push("next-sentence-parts", 1300, [
    () => { const a = int(60, 400), b = int(200, 900), t = a + b, w = t - int(Math.round(a * 0.3), Math.round(a * 0.8)); return { right: nestedFarms(t, a, b), wrong: nestedFarms(w, a, b), figure: vi(w) }; },
    () => { const a = int(800, 3000), b = int(40, 300), t = a + b, w = t - int(Math.round(b * 0.4), Math.round(b * 0.9)) - int(20, 90); return { right: nestedPermits(t, a, b), wrong: nestedPermits(w, a, b), figure: vi(w) }; },
  ], [
    () => { const a = int(30, 200), b = int(100, 600), a1 = int(1, a - 1), b1 = int(1, b - 1); return `Ngành y tế ghi nhận ${vi(a + b)} ca bệnh truyền nhiễm. Trong đó, ${a} ca sốt xuất huyết (${a1} ca ở thành thị, ${a - a1} ca ở nông thôn), ${b} ca tay chân miệng (${b1} ca ở thành thị, ${b - b1} ca ở nông thôn).`; },
    () => { const a = int(2000, 9000), b = int(500, 3000), a1 = int(Math.round(a * 0.2), Math.round(a * 0.8)), b1 = int(Math.round(b * 0.2), Math.round(b * 0.8)); return `Đến nay đã có ${vi(a + b)} hộ kinh doanh dùng hóa đơn điện tử, trong đó có ${vi(a)} hộ nộp thuế khoán (${vi(a1)} hộ ở phường, ${vi(a - a1)} hộ ở xã), ${vi(b)} hộ kê khai (${vi(b1)} hộ ở phường, ${vi(b - b1)} hộ ở xã).`; },
  ]);
  // A round lower bound with a scale word: its parts may pass it up to the next step of its last non-zero digit.
  const harvest = (T: number, xs: readonly number[]): string => `Trong năm, toàn tỉnh thu hoạch trên ${T} nghìn tấn lúa. Trong đó, vụ đông xuân đạt trên ${xs[0]} nghìn tấn, vụ hè thu đạt trên ${xs[1]} nghìn tấn, vụ mùa đạt trên ${xs[2]} nghìn tấn.`;
  const visitors = (T: number, a: number, b: number): string => `Lượng khách du lịch đến tỉnh năm 2025 đạt hơn ${T} triệu lượt. Trong đó, khách đi trong ngày hơn ${a} triệu lượt, khách lưu trú hơn ${b} triệu lượt.`;
  push("next-sentence-parts", 1304, [
    () => { const T = int(2, 6) * 100, a = int(Math.round(T * 0.3), Math.round(T * 0.45)), b = int(Math.round(T * 0.2), Math.round(T * 0.3)), c = T + int(5, 60) - a - b, up = T + int(150, 190) - a - b - c; return { right: harvest(T, [a, b, c]), wrong: harvest(T, [a, b + up, c]), figure: String(b + up) }; },
    () => { const T = int(1, 4) * 10, a = int(Math.round(T * 0.6), Math.round(T * 0.8)), b = T + int(1, 8) - a, w = b + 10 + int(2, 6); return { right: visitors(T, a, b), wrong: visitors(T, a, w), figure: String(w) }; },
  ], [
    () => { const T = int(1, 9) * 100, a = int(Math.round(T * 0.3), Math.round(T * 0.6)), b = T + int(1, 60) - a; return `Toàn tỉnh có trên ${T} nghìn hộ dùng nước sạch. Trong đó, hộ dùng nước máy có trên ${a} nghìn hộ, hộ dùng nước giếng khoan hợp vệ sinh có trên ${b} nghìn hộ.`; },
    () => { const T = int(2, 8) * 100, a = int(Math.round(T * 0.5), Math.round(T * 0.7)), b = T + int(1, 80) - a; return `Năm 2025, sản lượng thủy sản đạt hơn ${T} nghìn tấn; trong đó, sản lượng khai thác đạt hơn ${a} nghìn tấn, sản lượng nuôi trồng đạt hơn ${b} nghìn tấn.`; },
  ]);
  // A count after "so với … (": the level of another period, not a part; a part as large as its whole beside others: kinds that overlap.
  push("part-whole", 1310, [], [
    () => { const t = int(3000, 9000), a = int(Math.round(t * 0.3), Math.round(t * 0.45)), b = t - a + int(100, 500); return `Số hồ sơ chuyển kỳ sau là ${vi(t)} hồ sơ, trong đó số hồ sơ quá hạn là ${vi(a)} hồ sơ, so với số hồ sơ quá hạn năm 2024 (${vi(b)} hồ sơ) giảm ${vi(b - a)} hồ sơ.`; },
    () => { const t = int(2000, 8000), a = int(Math.round(t * 0.6), Math.round(t * 0.8)), b = int(t - a + 10, a - 10); return `Tổng số vụ việc phải giải quyết là ${vi(t)} vụ việc, trong đó có ${vi(a)} vụ việc mới thụ lý, so với cùng kỳ năm trước (${vi(b)} vụ việc) tăng ${vi(a - b)} vụ việc.`; },
    () => { const n = int(20, 90), k = int(3, n - 5); return `Đợt này tỉnh tuyển dụng ${n} công chức cấp xã, trong đó có ${k} công chức nữ, ${n} công chức có trình độ đại học trở lên.`; },
    () => { const n = int(12, 40), k = int(2, n - 3); return `Kỳ họp đã bầu đủ ${n} ủy viên Ủy ban nhân dân huyện, trong đó có ${pad(k)} ủy viên nữ, ${n} ủy viên có trình độ lý luận chính trị cao cấp.`; },
  ]);
  // A pair "a/b" after a change in percent: the two levels, not a fraction.
  push("ratio-statements", 1314, [], [
    () => { const b = int(60, 400), a = int(Math.round(b * 0.6), b - 5), c = int(40, 200), d = int(Math.round(c * 0.5), c - 3); return `So với cùng kỳ năm 2024, số vụ tai nạn giao thông giảm ${pct(((b - a) * 100) / b)}% (${a}/${b} vụ), số người bị thương giảm ${pct(((c - d) * 100) / c)}% (${d}/${c} người).`; },
    () => { const b = tr(400, 900), a = b + tr(20, 150); return `Doanh thu từ hoạt động du lịch tăng ${pct(((a - b) * 100) / b)}% (${vi(a, 1)}/${vi(b, 1)} tỷ đồng) so với năm trước.`; },
  ]);
  // A rate cut at its first decimal where the whole is guessed among the counts before it.
  const cut1 = (r: number): string => pct(Math.floor(r * 10) / 10, 1);
  const cutOnly = (t: number, lo: number, hi: number): number => { let g = int(Math.round(t * lo), Math.round(t * hi)); while (cut1((g * 100) / t) === pct((g * 100) / t, 1)) g++; return g; };
  push("shares-apart", 1316, [
    () => { const t = int(8000, 40000), g = cutOnly(t, 0.8, 0.95), w = farP((g * 100) / t); const f = (x: string) => `Trong năm, Tòa án nhân dân hai cấp đã thụ lý ${vi(t)} vụ, tăng ${vi(int(300, 2000))} vụ so với năm trước; đã giải quyết ${vi(g)} vụ, đạt tỉ lệ ${x}%.`; return { right: f(cut1((g * 100) / t)), wrong: f(pct(w, 1)), figure: `${pct(w, 1)}%` }; },
    () => { const t = int(2000, 9000), g = cutOnly(t, 0.7, 0.95), w = farP((g * 100) / t); const f = (x: string) => `Cơ quan thi hành án dân sự tỉnh thụ lý ${vi(t)} việc; đã thi hành xong ${vi(g)} việc, đạt tỷ lệ ${x}%.`; return { right: f(cut1((g * 100) / t)), wrong: f(pct(w, 1)), figure: `${pct(w, 1)}%` }; },
  ], [
    () => { const t = int(1000, 6000), g = cutOnly(t, 0.6, 0.9); return `Năm 2025, Viện kiểm sát nhân dân tỉnh thụ lý ${vi(t)} tin báo, tố giác tội phạm; đã giải quyết ${vi(g)} tin, đạt ${cut1((g * 100) / t)}%.`; },
    () => { const t = int(500, 3000), g = cutOnly(t, 0.7, 0.98); return `Thanh tra tỉnh tiếp nhận ${vi(t)} đơn thư; đã xử lý ${vi(g)} đơn thư, đạt tỷ lệ ${cut1((g * 100) / t)}%.`; },
  ]);
  // A part's "bằng" rate above 100% after "Trong đó": its level against the same period, not its share.
  push("next-sentence-parts", 1320, [], [
    () => { const a = tr(8000, 20000), b = tr(3000, 9000), c = tr(500, 3000), t = a + b + c; return `Tổng sản lượng rau các loại ước đạt ${vi(t, 1)} tấn, tăng ${pct(tr(10, 90))}% so với cùng kỳ. Trong đó, rau ăn lá đạt ${vi(a, 1)} tấn, tăng ${pct(tr(5, 60))}%; rau ăn quả đạt ${vi(b, 1)} tấn, bằng ${pct(tr(1005, 1150), 2)}%; sản lượng nấm ước đạt ${vi(c, 1)} tấn, bằng ${pct(tr(1005, 1200), 2)}% so cùng kỳ.`; },
    () => { const t = int(800, 3000), a = int(Math.round(t * 0.3), Math.round(t * 0.7)); return `Kim ngạch xuất khẩu của tỉnh đạt ${vi(t)} triệu USD, trong đó xuất khẩu nông sản đạt ${vi(a)} triệu USD, bằng ${pct(tr(1020, 1300))}%.`; },
  ]);
  // Shares that make 100% with their counts, then a share of another breakdown of the same whole.
  const elected = (w: number, f: number, p1: string, p2: string, p3: string): string => `Kết quả bầu cử Hội đồng nhân dân huyện: cử tri bầu đủ ${w} đại biểu. Trong số người trúng cử có ${f} đại biểu nữ, chiếm tỷ lệ ${p1}%; ${w - f} đại biểu nam, chiếm ${p2}%; số đại biểu có trình độ đại học trở lên chiếm ${p3}%.`;
  const graduates = (w: number, f: number, p1: string, p2: string, p3: string): string => `Trong tổng số ${vi(w)} học viên tốt nghiệp, học viên nữ có ${vi(f)} người, chiếm ${p1}%; học viên nam có ${vi(w - f)} người, chiếm ${p2}%; học viên đạt loại giỏi chiếm ${p3}%.`;
  push("share-sums", 1322, [
    () => { const w = int(25, 60), f = int(Math.round(w * 0.2), Math.round(w * 0.45)), p1 = (f * 100) / w, p3 = pct(tr(700, 990)), wp = farP(p1); return { right: elected(w, f, pct(p1, 2), pct(100 - p1, 2), p3), wrong: elected(w, f, pct(wp, 2), pct(100 - p1, 2), p3), figure: `${pct(wp, 2)}%` }; },
    () => { const w = int(200, 900), f = int(Math.round(w * 0.3), Math.round(w * 0.6)), p1 = (f * 100) / w, p3 = pct(tr(150, 450)), wp = farP(100 - p1); return { right: graduates(w, f, pct(p1, 2), pct(100 - p1, 2), p3), wrong: graduates(w, f, pct(p1, 2), pct(wp, 2), p3), figure: `${pct(wp, 2)}%` }; },
  ], [
    () => { const w = int(30, 90), f = int(Math.round(w * 0.2), Math.round(w * 0.4)); return `Hội đồng nhân dân tỉnh khóa mới có ${w} đại biểu. Trong đó có ${f} đại biểu nữ, chiếm ${pct((f * 100) / w, 2)}%; ${w - f} đại biểu nam, chiếm ${pct(100 - (f * 100) / w, 2)}%; số đại biểu dưới 40 tuổi chiếm ${pct(tr(100, 300), 2)}%.`; },
    () => { const w = int(300, 1200), f = int(Math.round(w * 0.4), Math.round(w * 0.6)); return `Năm học 2024-2025, trường có ${vi(w)} sinh viên nhập học, trong đó sinh viên nữ có ${vi(f)} người, chiếm ${pct((f * 100) / w, 2)}%; sinh viên nam có ${vi(w - f)} người, chiếm ${pct(100 - (f * 100) / w, 2)}%; sinh viên người dân tộc thiểu số chiếm ${pct(tr(50, 300), 2)}%.`; },
  ]);
  // A change in percent to two decimals, one unit of its last digit off; a change far off is still wrong.
  const r2 = (x: number): number => Math.round(x * 100) / 100;
  const fires = (now: number, d: number, p: string): string => `Số vụ cháy trong năm là ${now} vụ, so với năm 2024 giảm ${pad(d)} vụ tương ứng ${p}%.`;
  const deaths = (now: number, d: number, p: string): string => `Số người chết vì tai nạn lao động: ${now} người, so với năm 2024 tăng ${d} người tương ứng với ${p}% so với năm 2024.`;
  push("differences", 1326, [
    () => { const now = int(300, 1500), d = int(5, 60), p = (d * 100) / (now + d), w = p * (1.3 + rnd() * 0.5); return { right: fires(now, d, pct(p, 2)), wrong: fires(now, d, pct(w, 2)), figure: `${pct(w, 2)}%` }; },
    () => { const now = int(400, 1200), d = int(10, 90), p = (d * 100) / (now - d), w = p * (1.3 + rnd() * 0.5); return { right: deaths(now, d, pct(p, 2)), wrong: deaths(now, d, pct(w, 2)), figure: `${pct(w, 2)}%` }; },
  ], [
    () => { const now = int(500, 2000), d = int(5, 40); return fires(now, d, pct(r2((d * 100) / (now + d)) + 0.01, 2)); },
    () => { const now = int(400, 1500), d = int(10, 90); return deaths(now, d, pct(r2((d * 100) / (now - d)) - 0.01, 2)); },
  ]);
  // A sentence that opens on a part, or names another scope, restates no quantity; one scope twice still does.
  const scopeTraps: readonly (() => { text: string; path: string }[])[] = [
    () => [{ text: `Từ đầu năm đến nay, toàn tỉnh tổ chức ${int(60, 200)} buổi đối thoại trực tiếp với người dân, tăng ${int(5, 30)} buổi so với cùng kỳ.`, path: "Phần II" }, { text: `Theo đó, tại Trung tâm Phục vụ hành chính công tỉnh tổ chức ${int(5, 30)} buổi đối thoại trực tiếp với người dân, các huyện tổ chức ${int(20, 50)} buổi.`, path: "Phần II" }],
    () => [{ text: `Chỉ tính riêng các tổ tuần tra kiểm soát giao thông trên các tuyến quốc lộ, tỉnh lộ đã phát hiện, xử lý ${vi(int(300, 2000))} trường hợp vi phạm nồng độ cồn, phạt tiền ${int(2, 9)} tỷ đồng.`, path: "Phần II" }, { text: `Công an các xã, phường đã phát hiện, xử lý ${vi(int(100, 900))} trường hợp vi phạm nồng độ cồn.`, path: "Phần II" }],
    () => [{ text: `Riêng khu vực các xã vùng cao, vùng sâu, vùng xa thuộc ba huyện phía tây của tỉnh hiện vẫn còn ${vi(int(200, 900))} hộ gia đình chưa mở tài khoản ngân hàng.`, path: "Phần III" }, { text: `Toàn tỉnh hiện có ${vi(int(1000, 5000))} hộ gia đình chưa mở tài khoản ngân hàng.`, path: "Phần III" }],
    () => [{ text: `Cả nước hiện có ${vi(int(300, 900))} xã chưa phủ sóng di động 4G.`, path: "Phần I" }, { text: `Tại tỉnh Lai Châu hiện có ${int(5, 40)} xã chưa phủ sóng di động 4G.`, path: "Phần II" }],
  ];
  const sameScope: readonly ((x: number, y: number) => { text: string; path: string }[])[] = [
    (x, y) => [{ text: `Toàn tỉnh có ${x} thôn chưa phủ sóng điện thoại di động.`, path: "Phần II" }, { text: `Khó khăn: toàn tỉnh còn ${y} thôn chưa phủ sóng điện thoại di động ổn định.`, path: "Phần IV" }],
    (x, y) => [{ text: `Tại xã Tân Lập có ${x} hộ dân chưa dùng điện lưới quốc gia.`, path: "Phần II" }, { text: `Đề nghị hỗ trợ tại xã Tân Lập ${y} hộ dân chưa dùng điện lưới quốc gia.`, path: "Phần IV" }],
  ];
  sameScope.forEach((f, j) => {
    const frame = 1330 + j;
    for (let k = 0; k < 2; k++) {
      const x = int(12, 80), y = x + int(3, 9);
      corpora.restated!.cases.push({ paragraphs: f(x, x), wrong: false, half: frame % 2 === 0 ? "tune" : "held", frame, round: 3 });
      corpora.restated!.cases.push({ paragraphs: f(x, y), wrong: true, half: frame % 2 === 0 ? "tune" : "held", frame, figure: String(y), round: 3 });
    }
  });
  pushRestatedTraps(1332, scopeTraps);
}

// ---------------------------------------------------------------- brief r8 shapes (issue 13 recall)
// Shapes grouped from the misses of real sets 2–7 (tune halves, and set 7's held half, declared
// read): a change in percent with its amount after it ("tăng p%, tương ứng tăng d", "(tăng d)")
// or a count change "= p%", the earlier figure not written; a change in percent followed by its
// two ends "(later/earlier)"; a list whose last item follows a serial comma (", và"), or in a
// parenthesis after a noun of up to four words. Frames
// 1350–1449 (four draws of each, split by parity), NFD in a few; a seed of their own, drawn after
// every corpus above, so no earlier case changes.
seed = 20262401;
{
  const r8 = (rule: string, base: number, frames: readonly Frame[], traps: readonly (() => string)[], nfd: ReadonlySet<number>): void => {
    const add = (c: Case): void => void corpora[rule]!.cases.push(nfd.has(c.frame) ? { ...c, nfd: true } : c);
    frames.forEach((f, i) => {
      const frame = base + i;
      const half = frame % 2 === 0 ? "tune" : "held";
      for (let k = 0; k < 4; k++) {
        const m = f();
        add({ text: m.right, wrong: false, half, frame });
        if (m.wrong !== undefined) add({ text: m.wrong, wrong: true, half, frame, figure: m.figure });
      }
    });
    traps.forEach((t, j) => {
      const frame = base + frames.length + j;
      for (let k = 0; k < 4; k++) add({ text: t(), wrong: false, half: frame % 2 === 0 ? "tune" : "held", frame });
    });
  };
  /** A change of `z` percent (3–40%) from an earlier count in [lo, hi]: earlier, amount, later (up or down). */
  const change = (lo: number, hi: number, up: boolean): { b: number; d: number; a: number; p: number } => { const b = int(lo, hi), d = Math.max(1, Math.round((b * int(30, 400)) / 1000)), a = up ? b + d : b - d; return { b, d, a, p: (d * 100) / b }; };
  /** The same with two decimals (amounts in "tỷ USD", "triệu lượt"). */
  const change2 = (lo: number, hi: number, up: boolean): { d: number; a: number; p: number } => { const b = int(lo * 100, hi * 100) / 100, d = Math.round(b * int(30, 400)) / 1000, a = Math.round((up ? b + d : b - d) * 100) / 100, d2 = Math.round(d * 100) / 100; return { d: d2, a, p: (d2 * 100) / (up ? a - d2 : a + d2) }; };
  /** A percentage clearly off: 6–14 points away. */
  const offP = (p: number): number => (p > 20 ? p - int(6, 14) : p + int(6, 14));
  const amounts: Frame[] = [
    () => { const { d, a, p } = change(2000, 9000, true), w = offP(p); const f = (x: number) => `Trong tháng, tiếp nhận ${vi(a)} hồ sơ trực tuyến, tăng ${pct(x)}%, tương ứng tăng ${vi(d)} hồ sơ so với cùng kỳ năm 2025.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { d, a, p } = change2(20, 90, true), w = offP(p); const f = (x: number) => `Kim ngạch xuất khẩu 6 tháng đầu năm đạt ${vi(a, 2)} tỷ USD, tăng ${pct(x)}%, tương ứng tăng ${vi(d, 2)} tỷ USD so với cùng kỳ năm trước.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { d, a, b } = change(20000, 90000, false), p = (d * 100) / b, w = offP(p); const f = (x: number) => `Số lượt khai thác dữ liệu dân cư đạt ${vi(a)} lượt, giảm ${pct(x)}% (giảm ${vi(d)} lượt) so với tháng trước.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { d, a, p } = change(5000, 30000, true), w = offP(p); const f = (x: number) => `Các cơ quan tư pháp đã thụ lý ${vi(a)} vụ việc, tăng ${vi(d)} vụ việc = ${pct(x)}% so với năm 2025.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { d, a, p } = change(60, 300, false), w = offP(p); const f = (x: number) => `Số hồ sơ quá hạn còn ${a} hồ sơ, giảm ${d} hồ sơ = ${pct(x)}% so với quý trước.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const b = int(3000, 9000) / 10, d = Math.round(b * int(30, 400)) / 1000, a = b + d, p = (Math.round(d * 10) * 100) / Math.round(b * 10), w = offP(p); const f = (x: number) => `Doanh thu từ dịch vụ công trực tuyến đạt ${vi(a, 1)} triệu đồng, tăng ${pct(x)}%, tương ứng tăng thêm ${vi(d, 1)} triệu đồng so với năm 2025.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { d, a, p } = change(10000, 400000, true), w = offP(p); const f = (x: number) => `Số tài khoản định danh điện tử được kích hoạt là ${vi(a)} tài khoản, tăng ${pct(x)}% (tăng ${vi(d)} tài khoản) so với cùng kỳ.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const b = int(200, 900) * 100, d = int(Math.round(b * 0.05), Math.round(b * 0.3)), a = Math.ceil((b + d) / 100) * 100, p = (d * 100) / (a - d), w = offP(p) + (p > 20 ? -4 : 4); const f = (x: number) => `Tổng lượt truy cập Cổng Dịch vụ công của tỉnh đạt gần ${vi(a)} lượt, tăng ${pct(x)}%, tương ứng tăng hơn ${vi(d)} lượt so với cùng kỳ.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const b = int(4, 9), d = int(1, 3), a = b + d, p = (d * 100) / b, w = p + int(12, 20); const f = (x: number) => `Đến nay toàn tỉnh có ${pad(a)} mô hình điểm, tăng ${pad(d)} mô hình = ${pct(x)}% so với năm 2025.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { d, a, p } = change2(2, 9, false), w = offP(p); const f = (x: number) => `Lượng khách du lịch đến tỉnh ước đạt ${vi(a, 2)} triệu lượt, giảm ${pct(x)}%, tương ứng giảm ${vi(d, 2)} triệu lượt so với cùng kỳ.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { d, a, p } = change(1000, 9000, true), w = offP(p); const f = (x: number) => `Trong quý, đã cấp ${vi(a)} thẻ căn cước, tăng ${pct(x, 2)}%, tương ứng với ${vi(d)} thẻ so với quý trước.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
    () => { const { d, a, p } = change(200, 900, false), w = offP(p); const f = (x: number) => `Năm 2025, toàn tỉnh xảy ra ${a} vụ tai nạn giao thông, giảm ${d} vụ = ${pct(x)}%; số người bị thương là ${int(100, 400)} người.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
  ];
  const amountTraps: (() => string)[] = [
    () => { const a = int(3000, 9000); return `Tiếp nhận ${vi(a)} hồ sơ, tăng ${int(5, 30)}% so với cùng kỳ (trong đó ${vi(a - int(500, 2000))} hồ sơ trực tuyến).`; },
    () => { const g = int(2000, 9000), n = int(20, 90); return `Tổng số án bị hủy là ${n} vụ = ${pct((n * 100) / g, 2)}% số án đã giải quyết, giảm ${int(5, 19)} vụ so với năm 2025.`; },
    () => { const a = int(3000, 9000); return `Đã giải quyết ${vi(a)} vụ, tăng ${vi(int(100, 900))} vụ so với năm trước = ${int(60, 95)}% tổng số vụ thụ lý.`; },
    () => `Tỷ lệ hồ sơ trực tuyến đạt ${int(60, 90)}%, tăng ${int(3, 15)}%, tương ứng ${vi(int(1000, 9000))} hồ sơ được tiếp nhận qua Cổng Dịch vụ công.`,
    () => `Số hồ sơ trực tuyến đạt ${vi(int(3000, 9000))} hồ sơ, tăng ${int(5, 20)}% (tăng lên ${int(60, 90)}% tổng số hồ sơ tiếp nhận).`,
    () => `Doanh thu từ dịch vụ công đạt ${vi(int(300, 900))} triệu đồng, tăng ${int(5, 30)}%, tương ứng ${vi(int(1000, 5000))} giao dịch thanh toán mới.`,
  ];
  r8("differences", 1350, amounts, amountTraps, new Set([1353, 1358]));
  /** A count and the same count a percentage higher or lower, the fraction later/earlier. */
  const pair = (lo: number, hi: number, up: boolean): { a: number; b: number; p: number } => { const b = int(lo, hi), a = Math.round(b * (up ? 1 + int(40, 500) / 1000 : 1 - int(40, 500) / 1000)); return { a, b, p: (Math.abs(a - b) * 100) / b }; };
  const ends: Frame[] = [
    () => { const { a, b, p } = pair(40, 300, false), w = offP(p); const f = (x: number) => `So với cùng kỳ năm 2025, số vụ cháy giảm ${pct(x)}% (${a}/${b} vụ).`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { a, b, p } = pair(2000, 90000, true), w = offP(p); const f = (x: number) => `Số hồ sơ nộp trực tuyến tăng ${pct(x)}% (${vi(a)}/${vi(b)} hồ sơ) so với tháng trước.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const y = int(50, 200) / 10, x = Math.round(y * (1 - int(60, 500) / 1000) * 10) / 10, p = ((y - x) * 100) / y, w = offP(p); const f = (z: number) => `Thiệt hại về tài sản giảm ${pct(z)}% (${vi(x, 1)}/${vi(y, 1)} tỷ đồng).`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { a, b, p } = pair(10000, 900000, true), w = offP(p); const f = (x: number) => `Lượt truy cập ứng dụng VNeID tăng ${pct(x, 2)}% (${vi(a)}/${vi(b)} lượt) so với quý trước.`; return { right: f(p), wrong: f(w), figure: `${pct(w, 2)}%` }; },
    () => { const { a, b, p } = pair(100, 900, false), w = Math.round(p) + (p > 25 ? -12 : 12); const f = (x: number) => `Số vụ vi phạm trật tự an toàn giao thông giảm khoảng ${x}% (${a}/${b} vụ) so với cùng kỳ.`; return { right: f(Math.round(p)), wrong: f(w), figure: `${w}%` }; },
    () => { const y = int(100, 900) / 10, x = Math.round(y * (1 + int(60, 500) / 1000) * 10) / 10, p = ((x - y) * 100) / y, w = offP(p); const f = (z: number) => `Kết quả thu phí, lệ phí trực tuyến tăng ${pct(z)}% (${vi(x, 1)}/${vi(y, 1)} triệu đồng).`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { a, b, p } = pair(20, 90, false), c = int(1, 5), w = offP(p); const f = (x: number) => `Trong tháng, số người bị thương giảm ${pct(x)}% (${a}/${b} người); số người chết không tăng không giảm (${c}/${c}).`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { a, b, p } = pair(300, 2000, true), q = pair(500, 5000, false), w = offP(p); const f = (x: number) => `Số doanh nghiệp thành lập mới tăng ${pct(x)}% (${vi(a)}/${vi(b)} doanh nghiệp), số vốn đăng ký giảm ${pct(q.p)}% (${vi(q.a)}/${vi(q.b)} tỷ đồng).`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
    () => { const { a, b, p } = pair(5000, 90000, true), w = Math.floor(p) + 10; const f = (x: number) => `Số thuê bao di động có chữ ký số tăng hơn ${x}% (${vi(a)}/${vi(b)}).`; return { right: f(Math.floor(p)), wrong: f(w), figure: `${w}%` }; },
    () => { const { a, b, p } = pair(40, 300, false), w = offP(p); const f = (x: number) => `Số vụ tai nạn lao động giảm ${pct(x)}% (${a}/${b} vụ), thiệt hại về người giảm mạnh.`; return { right: f(p), wrong: f(w), figure: `${pct(w)}%` }; },
  ];
  const endTraps: (() => string)[] = [
    () => { const b = int(40, 130), a = int(Math.round(b * 0.5), b - 1); return `Tỷ lệ xã đạt chuẩn tăng lên ${pct((a * 100) / b)}% (${a}/${b} xã).`; },
    () => { const b = int(400, 3000), a = int(Math.round(b * 0.5), b - 1); return `Tỷ lệ hồ sơ giải quyết đúng hạn tăng ${pct((a * 100) / b)}% (${vi(a)}/${vi(b)} hồ sơ).`; },
    () => { const b = int(40, 63), a = int(20, b - 1); return `Số tỉnh hoàn thành kết nối tăng ${int(2, 9)} tỉnh (${a}/${b} tỉnh).`; },
    () => `Chỉ số PAR INDEX của tỉnh tăng ${int(2, 9)} bậc (xếp thứ ${int(5, 40)}/63).`,
    () => { const b = int(400, 3000), a = int(Math.round(b * 0.6), b - 1); return `Tỷ lệ giải quyết đúng hạn tăng ${pct(tr(20, 90))}% (${vi(a)}/${vi(b)} hồ sơ, đạt ${pct((a * 100) / b)}%).`; },
    () => { const b = int(50, 300), a = int(Math.round(b * 0.6), b - 1); return `Số vụ cháy giảm so với cùng kỳ (${a}/${b} vụ), không có thiệt hại về người.`; },
  ];
  r8("differences", 1380, ends, endTraps, new Set([1380, 1387]));
  /** Names of a list and the list as written with a serial comma, each maybe with a note. */
  const serial = (xs: readonly string[], notes?: readonly string[]): string => xs.map((x, i) => `${i === xs.length - 1 ? "và " : ""}${x}${notes ? ` (${notes[i]})` : ""}`).join(", ");
  const pick = (pool: readonly string[], n: number): string[] => { const from = int(0, pool.length - n); return pool.slice(from, from + n); };
  const countries = ["Campuchia", "Philippines", "Thái Lan", "Việt Nam", "Indonesia", "Malaysia", "Myanmar", "Lào"];
  const provinces = ["Bắc Giang", "Tây Ninh", "Long An", "Hậu Giang", "Bình Dương", "Đồng Nai", "Hà Nam", "Nam Định"];
  const offices = ["Sở Tư pháp", "Sở Nội vụ", "Công an tỉnh", "Bảo hiểm xã hội tỉnh", "Sở Y tế", "Sở Tài chính"];
  const wrongN = (n: number): number => (n > 3 && rnd() < 0.5 ? n - 1 : n + int(1, 2));
  const lists: Frame[] = [
    () => { const n = int(3, 5), xs = pick(countries, n), ys = xs.map(() => `năm ${int(2012, 2024)}`), w = wrongN(n); const f = (k: number) => `Tại Đông Nam Á, có ${k} nước bị cảnh báo thẻ vàng là ${serial(xs, ys)}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(provinces, n), w = wrongN(n); const f = (k: number) => `Năm 2025 có ${k} địa phương mới tham gia nhóm xuất khẩu chủ lực là ${serial(xs)}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(offices, n), w = wrongN(n); const f = (k: number) => `Đoàn kiểm tra đã làm việc với ${pad(k)} đơn vị là ${serial(xs)}.`; return { right: f(n), wrong: f(w), figure: pad(w) }; },
    () => { const n = int(3, 5), xs = pick(countries, n), ys = xs.map(() => `gia nhập năm ${int(1967, 1999)}`), w = wrongN(n); const f = (k: number) => `Khu vực có ${k} quốc gia tham gia thỏa thuận thanh toán số là ${serial(xs, ys)}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(provinces, n), ys = xs.map(() => `${int(2, 9)} mô hình`), w = wrongN(n); const f = (k: number) => `Bộ Công an đánh giá cao ${k} tỉnh là ${serial(xs, ys.map((y) => `nhân rộng ${y}`))}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(offices, n), ys = xs.map(() => `cơ quan chủ trì`), w = wrongN(n); const f = (k: number) => `Có ${k} cơ quan dẫn đầu về cung cấp dịch vụ công trực tuyến là ${serial(xs, ys)}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(provinces, n), ys = xs.map(() => `năm ${int(2019, 2025)}`), w = wrongN(n); const f = (k: number) => `Đến nay đã có ${k} tỉnh hoàn thành chỉ tiêu cấp căn cước cho trẻ em là ${serial(xs, ys)}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(countries, n), w = wrongN(n); const f = (k: number) => `Trong đó ${pad(k)} quốc gia (${serial(xs)}) đã công nhận căn cước điện tử của Việt Nam.`; return { right: f(n), wrong: f(w), figure: pad(w) }; },
    () => { const n = int(3, 5), xs = pick(offices, n), ys = xs.map(() => `${int(2, 9)} thủ tục`), w = wrongN(n); const f = (k: number) => `Tỉnh có ${k} cơ quan chưa hoàn thành tái cấu trúc quy trình là ${serial(xs, ys)}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(provinces, n), w = wrongN(n); const f = (k: number) => `Bộ Công an đã chọn ${k} địa phương làm điểm, gồm ${serial(xs)}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(countries, n), w = wrongN(n); const f = (k: number) => `Ủy ban châu Âu đã cảnh báo ${int(20, 30)} quốc gia, trong đó ${k} nước nhận thẻ đỏ (${serial(xs)}).`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 5), xs = pick(provinces, n), w = wrongN(n); const f = (k: number) => `Có ${pad(k)} tỉnh chưa đạt chuẩn (${serial(xs)}) được đề nghị bổ sung kinh phí.`; return { right: f(n), wrong: f(w), figure: pad(w) }; },
  ];
  const listTraps8: (() => string)[] = [
    () => `Tỉnh có ${int(3, 6)} huyện là ${pick(provinces, 2).join(", ")}, và các xã thuộc huyện ${provinces[int(2, 7)]}.`,
    () => `Có ${int(4, 9)} đơn vị là ${pick(offices, 2).join(", ")}, và ${int(2, 5)} đơn vị khác chưa hoàn thành kết nối.`,
    () => { const xs = pick(countries, 3); return `Có ${3} nước đã ký kết là ${serial(xs)}; ${int(2, 4)} nước khác đang đàm phán.`; },
    () => { const xs = pick(provinces, 4); return `Đã có ${4} tỉnh hoàn thành là ${xs.slice(0, 2).join(", ")}, ${xs[2]} và ${xs[3]}, vượt kế hoạch đề ra.`; },
  ];
  r8("lists-apart", 1410, lists, listTraps8, new Set([1411, 1414]));
}

// ---------------------------------------------------------------- real set 8 tune shapes (brief p9)
// Shapes the tune half of real-sentences-8.json raised false alarms on, written after fixing them
// (rules/readings/): a rank written "a/b" ("xếp thứ 3/63") read as a fraction against the score
// after it; two kinds of one thing in consecutive sentences ("có a doanh nghiệp tạm ngừng kinh
// doanh …. Số doanh nghiệp tạm ngừng hoạt động chờ … giải thể là b") read as a whole and its part;
// a count of another thing joined by "với" (the flights' passengers) read as a part of the flights;
// those an inspection inspects and those it finds in breach read as one quantity stated twice. With
// wrong sentences each reading must leave caught: a rank above its number of places, a share after
// "sắp xếp a/b", a bare or repeated whole in the sentence before its "Số …", and two complementary
// parts joined by "và" (domestic and international flights; online and in person) that miss their
// total. Frames 1450–1499, split by parity; a seed of their own, drawn after every corpus above, so
// no earlier case changes.
seed = 20262501;
{
  const farP = (p: number): number => p + (p > 50 ? -1 : 1) * (8 + int(0, 12));
  const offN = (x: number): number => x + (rnd() < 0.5 && x > 40 ? -1 : 1) * Math.max(7, Math.round(x * (0.12 + rnd() * 0.3)));
  const cities9 = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh"];
  /** Marks the cases of the given frames of a corpus to be checked as NFD text. */
  // A rank "a/b" and a score after it; a rank above its places is still a slip, a share after "sắp xếp a/b" still a share.
  push("fractions", 1450, [
    () => { const r = int(2, 60), bad = 63 + int(1, 30), p = pct(int(800, 950) / 10, 2); const f = (x: number) => `Năm 2025, Chỉ số cải cách hành chính của tỉnh đạt ${p}%, xếp thứ ${x}/63 tỉnh, thành phố.`; return { right: f(r), wrong: f(bad), figure: `${bad}/63` }; },
    () => { const w = int(20, 90), a = int(Math.ceil(w * 0.4), w - 1), z = farP((a * 100) / w); const f = (x: number) => `Đến nay, tỉnh đã sắp xếp ${a}/${w} đơn vị sự nghiệp công lập, đạt ${pct(x)}%.`; return { right: f((a * 100) / w), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => `Chỉ số hài lòng của người dân (SIPAS) của tỉnh đứng thứ ${int(2, 60)}/63, đạt ${pct(int(800, 950) / 10, 2)}%.`,
    () => { const a = int(60, 120), b = int(10, 40), c = int(2, 10); return `Việt Nam xếp hạng ${a}/193 quốc gia, ${b}/47 châu Á và ${c}/11 Đông Nam Á, đạt ${pct(int(500, 800) / 10, 2)}%.`; },
    () => `Chỉ số chuyển đổi số (DTI) năm 2024 của tỉnh ở vị trí thứ ${int(2, 60)}/63 (đạt ${pct(int(400, 700) / 1000 * 100, 2)}%).`,
    () => `Năm 2025, tỉnh tăng ${int(2, 9)} bậc, lên hạng ${int(2, 60)}/63 với tỷ lệ hài lòng đạt ${pct(int(850, 990) / 10, 2)}%.`,
  ]);
  markNfd("fractions", [1453]);
  push("ratio-statements", 1456, [], [
    () => `Thành phố ${cities9[int(0, 5)]} xếp thứ ${int(2, 9)}/63 tỉnh, thành phố trực thuộc Trung ương về Chỉ số cải cách hành chính (PAR INDEX), đạt ${pct(int(850, 950) / 10, 2)}%.`,
    () => `Tỉnh xếp thứ ${int(10, 60)}/63 tỉnh, thành phố về Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), đạt ${pct(int(400, 480) / 10, 2)}% số điểm tối đa.`,
  ]);
  // Two kinds of one thing side by side in consecutive sentences; a bare or repeated whole before its "Số …" is still a whole.
  push("part-whole", 1460, [
    () => { const a = int(40, 140), x = int(10, a - 5), w = a + int(5, 40); const f = (y: number) => `Toàn tỉnh có ${a} xã. Số xã đã hoàn thành chuyển đổi số là ${y} xã.`; return { right: f(x), wrong: f(w), figure: String(w) }; },
    () => { const a = int(30, 90), x = int(5, a - 5), w = a + int(5, 30); const f = (y: number) => `Đến nay, có ${a} xã đạt chuẩn nông thôn mới. Số xã đạt chuẩn nông thôn mới nâng cao là ${y} xã.`; return { right: f(x), wrong: f(w), figure: String(w) }; },
  ], [
    () => { const a = int(2000, 6000), b = a + int(10, 900); return `Bên cạnh đó, có ${vi(a)} doanh nghiệp tạm ngừng kinh doanh có thời hạn. Số doanh nghiệp tạm ngừng hoạt động chờ làm thủ tục giải thể là ${vi(b)}.`; },
    () => { const a = int(10000, 40000), b = a + int(100, 9000); return `Cả nước có ${vi(a)} doanh nghiệp thành lập mới trong quý I. Số doanh nghiệp quay trở lại hoạt động là ${vi(b)} doanh nghiệp.`; },
    () => { const a = int(200, 900), b = a + int(20, 400); return `Tòa án nhân dân tỉnh đã thụ lý ${vi(a)} vụ án hình sự sơ thẩm. Số vụ án dân sự đã giải quyết là ${vi(b)} vụ.`; },
    () => { const a = int(100, 900), b = a + int(20, 300); return `Năm 2025 có ${vi(a)} hộ thoát nghèo bền vững trên địa bàn huyện. Số hộ cận nghèo phát sinh mới là ${vi(b)} hộ.`; },
  ]);
  markNfd("part-whole", [1465]);
  // A second measure joined by "với" and its own parts; two complementary parts joined by "và" that miss their total.
  push("splits", 1470, [
    () => { const a = int(200, 500), b = int(80, 300), t = a + b, w = offN(t); const f = (x: number) => `Trong ngày, sân bay phục vụ ${vi(x)} lượt chuyến bay; trong đó, có ${vi(a)} lượt chuyến bay quốc nội và ${vi(b)} lượt chuyến bay quốc tế.`; return { right: f(t), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(2000, 20000), b = int(500, 9000), t = a + b, w = offN(t); const f = (x: number) => `Năm 2025, cơ quan thuế tiếp nhận ${vi(x)} hồ sơ khai thuế, trong đó ${vi(a)} hồ sơ nộp trực tuyến và ${vi(b)} hồ sơ nộp trực tiếp.`; return { right: f(t), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(200, 500), b = int(80, 300), t = a + b, w = offN(t), p1 = int(30, 70), p2 = int(10, 30); const f = (x: number) => `Cảng hàng không dự kiến đạt ${vi(x)} lượt chuyến bay; trong đó, có ${vi(a)} lượt chuyến bay quốc nội và ${vi(b)} lượt chuyến bay quốc tế với gần ${p1 + p2} nghìn khách (gần ${p1} nghìn lượt khách quốc nội và ${p2} nghìn lượt khách quốc tế).`; return { right: f(t), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const a = int(200, 500), b = int(80, 300), p1 = int(30, 70), p2 = int(10, 30); return `Ngày 2/5, sản lượng qua Cảng dự kiến đạt ${vi(a + b)} lượt chuyến bay; trong đó, có ${vi(a)} lượt chuyến bay quốc nội và ${vi(b)} lượt chuyến bay quốc tế với gần ${p1 + p2} nghìn khách (gần ${p1} nghìn lượt khách quốc nội và ${p2} nghìn lượt khách quốc tế).`; },
    () => { const a = int(300, 900), b = int(100, 600), p1 = int(5, 20), p2 = int(5, 20); return `Trong dịp nghỉ lễ, bến xe đón ${vi(a + b)} lượt xe khách; trong đó, có ${vi(a)} lượt xe tuyến nội tỉnh và ${vi(b)} lượt xe tuyến liên tỉnh với hơn ${p1 + p2} nghìn hành khách (${p1} nghìn lượt khách nội tỉnh và ${p2} nghìn lượt khách liên tỉnh).`; },
    () => { const a = int(20, 60), b = int(10, 40), n1 = int(200, 900), n2 = int(300, 1500); return `Năm 2025, Thanh tra tỉnh tổ chức ${a + b} lượt kiểm tra, trong đó ${a} lượt kiểm tra định kỳ và ${b} lượt kiểm tra đột xuất với ${vi(n1 + n2)} cán bộ tham gia (${vi(n1)} lượt cán bộ cấp tỉnh và ${vi(n2)} lượt cán bộ cấp xã).`; },
    () => { const a = int(20, 60), b = int(20, 90), n1 = int(800, 3000), n2 = int(1000, 5000); return `Trung tâm đã tổ chức ${a + b} lớp tập huấn, trong đó ${a} lớp cấp tỉnh và ${b} lớp cấp xã với ${vi(n1 + n2)} học viên (${vi(n1)} học viên là cán bộ, ${vi(n2)} học viên là người dân).`; },
  ]);
  markNfd("splits", [1474]);
  // Those inspected and those found in breach, under one noun: two quantities; two statements of what was found still one.
  const restatedTraps9: readonly (() => { text: string; path: string }[])[] = [
    () => { const a = int(200, 900); return [{ text: `Thanh tra các sở, ngành đã tổ chức ${int(50, 200)} cuộc thanh tra, kiểm tra chuyên ngành tại ${a} tổ chức, cá nhân. Phát hiện ${int(20, a - 20)} tổ chức, cá nhân vi phạm. Ban hành ${int(20, 150)} quyết định xử phạt vi phạm hành chính.`, path: "Phần I" }]; },
    () => { const a = int(300, 1200); return [{ text: `Qua thanh tra, kiểm tra ${vi(a)} cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn.`, path: "Phần II" }, { text: `Đoàn kiểm tra liên ngành đã phát hiện ${int(30, 200)} cơ sở sản xuất, kinh doanh thực phẩm vi phạm.`, path: "Phần III" }]; },
    () => { const a = int(40, 200); return [{ text: `Năm 2025, Thanh tra tỉnh đã thanh tra ${a} đơn vị, cá nhân. Qua thanh tra, phát hiện ${int(5, a - 5)} đơn vị, cá nhân có sai phạm.`, path: "Phần I" }]; },
  ];
  pushRestatedTraps(1480, restatedTraps9);
  const restatedFrames9: readonly (() => { right: { text: string; path: string }[]; wrong: { text: string; path: string }[]; figure: string })[] = [
    () => { const a = int(20, 90), w = offN(a); const f = (x: number) => [{ text: `Qua kiểm tra, phát hiện ${a} cơ sở kinh doanh dịch vụ lưu trú vi phạm quy định.`, path: "Phần I" }, { text: `Lực lượng chức năng đã phát hiện ${x} cơ sở kinh doanh dịch vụ lưu trú vi phạm quy định.`, path: "Phần III" }]; return { right: f(a), wrong: f(w), figure: String(w) }; },
    () => { const a = int(40, 200), w = offN(a); const f = (x: number) => [{ text: `Đoàn liên ngành đã kiểm tra ${a} tổ chức, cá nhân kinh doanh xăng dầu.`, path: "Phần I" }, { text: `Trong năm, đã kiểm tra ${x} tổ chức, cá nhân kinh doanh xăng dầu.`, path: "Phần II" }]; return { right: f(a), wrong: f(w), figure: String(w) }; },
  ];
  pushRestatedFrames(1483, restatedFrames9);
}

// ---------------------------------------------------------------- real set 9 tune shapes (brief p10)
// Shapes the tune half of real-sentences-9.json raised false alarms on, written after fixing them:
// one noun counted as said and as denied ("đạt chuẩn" / "chưa đạt chuẩn"), by one unit and by the
// whole force, or after several deeds in one sentence (quantity_restated); a part with its own
// parenthesised split under a "Trong đó" whole, a part whose noun is elided in a split, the next
// group after ";" that opens its own "gồm", a state added after "; và" (splits); a count stated
// again before its share, a whole whose "chiếm" share opens the "trong đó" list (shares). Wrong
// frames keep the catches the narrower readings must not lose. Frames 1600–1649, split by parity;
// a seed of their own, drawn after every corpus above, so no earlier case changes.
seed = 20262701;
{
  const offP = (n: number): number => n + (rnd() < 0.5 && n > 20 ? -1 : 1) * Math.max(4, Math.round(n * (0.15 + rnd() * 0.3)));
  const places10 = ["Gia Lai", "Đắk Lắk", "Đắk Nông", "Kon Tum", "Lâm Đồng", "Đồng Nai", "Bình Phước"];
  // Splits: a nested part's own split, an elided noun, the next group after ";", a state added after "; và".
  push("splits", 1600, [
    () => { const a = int(10, 40), b = int(2, 12), c = int(5, 30), n = a + b + c, w = n + int(300, 1200), x = offP(c); const f = (y: number) => `Trong tuần, Thanh tra Sở đã kiểm tra ${w} công trình. Trong đó số công trình vi phạm là ${n} công trình (${a} không phép, ${pad(b)} công trình sai phép và có ${y} công trình vi phạm khác).`; return { right: f(c), wrong: f(x), figure: String(x) }; },
    () => { const a = int(3, 12), b = int(1, 6), c = int(2, 9), d = int(5, 20), e = int(3, 12), w = a + b + c + d + e, x = offP(c); const f = (y: number) => `Năm học ${int(2019, 2024)}, Sở đã công nhận ${w} trường đạt chuẩn quốc gia. Trong đó, ${a + b + c} trường mầm non, gồm ${a} trường công nhận mới mức 1, ${b} trường công nhận lại và ${y} trường nâng lên mức 2; ${d + e} trường tiểu học, gồm ${d} trường mức 1, ${e} trường mức độ 2.`; return { right: f(c), wrong: f(x), figure: String(x) }; },
    () => { const xs = [int(1, 3), int(1, 4), int(2, 6), int(1, 3)], n = xs.reduce((s, v) => s + v, 0), bad = n - int(2, 3); const f = (y: number) => `Tính đến 17h ngày ${int(2, 28)}/${int(6, 10)}, đã có ${y} người chết do mưa lũ. Trong đó, ${xs.map((v, i) => `${v} người tại ${places10[i]}`).join(", ")}; và ${int(1, 3)} người mất tích tại ${places10[5]}.`; return { right: f(n), wrong: f(bad), figure: String(bad) }; },
  ], [
    () => { const a = int(10, 40), b = int(2, 12), c = int(5, 30); return `Lực lượng chức năng đã kiểm tra ${int(500, 1500)} công trình; trong đó số công trình vi phạm là ${a + b + c} công trình (${a} không phép, ${pad(b)} công trình sai phép và ${c} công trình vi phạm khác).`; },
    () => { const a = int(20, 80), b = int(10, 40); return `Kết quả, có ${a + b} hộ (${a} không có nhà vệ sinh, ${b} hộ có nhà vệ sinh chưa hợp vệ sinh) được hỗ trợ.`; },
    () => { const xs = [int(1, 3), int(1, 4), int(2, 6)], n = xs.reduce((s, v) => s + v, 0); return `Đợt mưa lũ đã làm ${n} người chết. Trong đó, ${xs.map((v, i) => `${v} người tại ${places10[i + 1]}`).join(", ")}; và ${int(1, 4)} người bị thương tại ${places10[6]}.`; },
  ]);
  markNfd("splits", [1601]);
  // Shares: a count stated again before its share; a whole whose own "chiếm" share opens the list.
  push("shares-apart", 1606, [
    () => { const w = int(1200, 9000), u = int(Math.round(w * 0.1), Math.round(w * 0.3)), r = w - u - int(1, 30), x = offP(Math.round((u * 1000) / w) / 10); const f = (y: number) => `Lực lượng lao động là ${vi(w)} người, chiếm ${pct(int(600, 850) / 10, 2)}% dân số từ 15 tuổi trở lên; trong đó, lao động khu vực thành thị là ${vi(u)} người, chiếm ${pct(y, 2)}%, lao động nông thôn ${vi(r)} người.`; return { right: f((u * 100) / w), wrong: f(x), figure: `${pct(x, 2)}%` }; },
    () => { const w = int(40, 200), p = int(Math.ceil(w * 0.6), w - 1), z = far((p * 100) / w); const f = (y: number) => `Trong kỳ, đã thụ lý ${w} tin báo về tội phạm. Qua phân loại, đã giải quyết ${p} tin báo (đạt ${pct(y, 2)}%).`; return { right: f((p * 100) / w), wrong: f(z), figure: `${pct(z, 2)}%` }; },
  ], [
    () => { const w = int(40, 200), p = int(Math.ceil(w * 0.6), w - 1); return `Viện kiểm sát đã kiểm sát việc giải quyết ${w} nguồn tin về tội phạm, thụ lý mới ${p} tin. Qua phân loại, đã giải quyết ${p} tin báo (đạt ${pct((p * 100) / w, 2)}%).`; },
    () => { const w = int(50, 300), p = int(Math.ceil(w * 0.5), w - 1); return `Năm ${int(2019, 2025)}, toàn tỉnh tiếp nhận ${w} đơn thư, đã phân loại ${p} đơn. Trong đó, đã giải quyết ${p} đơn (đạt ${pct((p * 100) / w, 2)}%).`; },
  ]);
  markNfd("shares-apart", [1609]);
  // Restated: said and denied, one unit and the whole force, several deeds in one sentence.
  const restatedTraps10: readonly (() => { text: string; path: string }[])[] = [
    () => { const a = int(100, 200), b = int(5, 40); return [{ text: `Năm ${int(2019, 2025)}, có ${a} xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật.`, path: "Phần II" }, { text: `Còn ${b} xã, phường, thị trấn chưa đạt chuẩn tiếp cận pháp luật do chưa bảo đảm điều kiện.`, path: "Phần III" }]; },
    () => { const a = int(20, 90), b = int(5, 30); return [{ text: `Toàn tỉnh có ${a} thôn, tổ dân phố có sóng di động.`, path: "Phần I" }, { text: `Hiện vẫn còn ${b} thôn, tổ dân phố không có sóng di động.`, path: "Phần IV" }]; },
    () => { const a = int(10000, 300000), b = a + int(50000, 900000); return [{ text: `Tính đến ngày ${int(2, 28)}-${int(1, 12)}-${int(2019, 2025)}, Cục Cảnh sát điều tra tội phạm về ma túy đã chủ trì phát hiện ${int(40, 120)} vụ. Thu giữ ${int(100, 900)} kg heroin và ${vi(a)} viên ma túy tổng hợp. Lực lượng công an đã phát hiện, xử lý hơn ${vi(int(10000, 30000))} vụ. Thu giữ ${vi(int(1000, 3000))} kg heroin, ${vi(b)} viên ma túy tổng hợp.`, path: "Phần I" }]; },
    () => { const a = int(20, 60), b = int(2, 9), c = int(5, 20), d = int(10, 40); return [{ text: `Thanh tra xây dựng đã tham mưu ra quyết định đình chỉ ${a} công trình vi phạm trật tự xây dựng.`, path: "Phần I" }, { text: `Kết quả xử lý, tổ chức cưỡng chế ${pad(b)} công trình vi phạm; xử lý bằng hình thức khác ${c} công trình vi phạm; đang tiếp tục giải quyết ${d} công trình vi phạm khác.`, path: "Phần II" }]; },
  ];
  pushRestatedTraps(1610, restatedTraps10);
  markNfd("restated", [1613]);
  const restatedFrames10: readonly (() => { right: { text: string; path: string }[]; wrong: { text: string; path: string }[]; figure: string })[] = [
    () => { const a = int(100, 200), w = offP(a); const f = (x: number) => [{ text: `Năm ${2020}, có ${a} xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật.`, path: "Phần II" }, { text: `Theo kết quả đánh giá, năm ${2020} có ${x} xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật.`, path: "Phần IV" }]; return { right: f(a), wrong: f(w), figure: String(w) }; },
    () => { const a = int(10000, 300000), w = a + int(1000, 9000); const f = (x: number) => [{ text: `Công an tỉnh đã thu giữ ${vi(a)} viên ma túy tổng hợp.`, path: "Phần I" }, { text: `Trong đợt cao điểm, Công an tỉnh đã thu giữ ${vi(x)} viên ma túy tổng hợp.`, path: "Phần III" }]; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(20, 60), w = offP(a); const f = (x: number) => [{ text: `Thanh tra xây dựng đã tham mưu ra quyết định đình chỉ ${a} công trình vi phạm trật tự xây dựng.`, path: "Phần I" }, { text: `Trong kỳ, đã đình chỉ ${x} công trình vi phạm trật tự xây dựng.`, path: "Phần III" }]; return { right: f(a), wrong: f(w), figure: String(w) }; },
    () => { const a = int(5, 40), w = offP(a); const f = (x: number) => [{ text: `Hiện còn ${a} thôn, tổ dân phố chưa có sóng di động.`, path: "Phần I" }, { text: `Đề nghị hỗ trợ phủ sóng cho ${x} thôn, tổ dân phố chưa có sóng di động.`, path: "Phần IV" }]; return { right: f(a), wrong: f(w), figure: String(w) }; },
  ];
  pushRestatedFrames(1616, restatedFrames10);
}

// ---------------------------------------------------------------- real set 8 held shapes (brief p11)
// Shapes the held half of real-sentences-8.json raised false alarms on, read after it had measured
// three rounds blind, written after fixing them (rules/readings/): two changes ("tăng a% (cùng kỳ
// tăng b%)") read as the two levels of the next subject's change, and a bare year after "so với"
// read as the earlier level (differences); kinds that overlap whose shares pass 100% beside one odd
// share read as a split past its whole (share-sums); a rate after ";" and another subject read as
// the last part's share (shares). Wrong frames keep the catches the narrower readings must not lose:
// a change in points from the same period's rise to a level, a change between two levels after
// another subject's changes, the odd share itself, a split whose one share is wrong, a part's share
// after ",". Frames 1700–1749, split by parity; a seed of their own, drawn after every corpus above,
// so no earlier case changes.
seed = 20262801;
{
  const tenth = (n: number): string => pct(n / 10, 1);
  // Changes: a level against the same period's rise (points); two levels after another subject's rises.
  push("differences", 1700, [
    () => { const a = int(55, 95), b = a - int(3, 20), x = a - b + int(6, 15); const f = (d: number) => `Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh năm ${int(2019, 2025)} đạt ${tenth(a)}% (cùng kỳ tăng ${tenth(b)}%), tăng ${tenth(d)} điểm phần trăm.`; return { right: f(a - b), wrong: f(x), figure: tenth(x) }; },
    () => { const b = int(1500, 9000), now = b + int(Math.round(b * 0.1), Math.round(b * 0.6)), r = ((now - b) * 100) / b, x = far(r); const f = (y: number) => `Số doanh nghiệp thành lập mới tăng ${int(5, 30)}% (cùng kỳ tăng ${tenth(int(30, 250))}%); vốn đăng ký đạt ${vi(now)} tỷ đồng, tăng ${pct(y)}% so với cùng kỳ (${vi(b)} tỷ đồng).`; return { right: f(r), wrong: f(x), figure: `${pct(x)}%` }; },
  ], [
    () => `So với cùng kỳ năm trước, số doanh nghiệp thành lập mới tăng ${int(5, 30)}% (cùng kỳ tăng ${tenth(int(30, 250))}%), số vốn đăng ký tăng ${tenth(int(100, 600))}% (cùng kỳ tăng ${tenth(int(30, 250))}%).`,
    () => `Trong ${int(2, 11)} tháng, số lao động đi làm việc ở nước ngoài giảm ${tenth(int(20, 200))}% (cùng kỳ giảm ${tenth(int(5, 90))}%), số lao động nữ tăng ${tenth(int(10, 120))}%.`,
    () => { const y = int(2019, 2025); return `Năm ${y}, chỉ số CCHC của tỉnh đạt ${pct(int(7500, 9200) / 100, 2)}%, nằm vị trí số ${int(10, 60)} (tăng ${int(2, 9)} bậc so với ${y - 1}); chỉ số SIPAS đạt ${pct(int(780, 900) / 10, 2)}%.`; },
  ]);
  markNfd("differences", [1703]);
  // Shares: kinds that overlap with one odd share (the odd share caught, no sum past 100%); a split with a wrong share still caught.
  push("share-sums", 1710, [
    () => { const w = int(600, 2000), a = Math.round(w * (0.35 + rnd() * 0.1)), b = Math.round(w * (0.08 + rnd() * 0.08)), c = Math.round(w * (0.45 + rnd() * 0.1)), pc = (c * 100) / w, x = pc - (1 + int(2, 30) / 10); const f = (y: number) => `Trong số ${vi(w)} đảng viên mới kết nạp: là phụ nữ ${vi(a)} đồng chí, chiếm ${pct((a * 100) / w, 2)}%; là người dân tộc thiểu số ${vi(b)} đồng chí, chiếm ${pct((b * 100) / w, 2)}%; cán bộ, công chức, viên chức ${vi(c)} đồng chí, chiếm ${pct(y, 2)}%.`; return { right: f(pc), wrong: f(x), figure: `${pct(x, 2)}%` }; },
    () => { const w = int(600, 3000), a = Math.round(w * (0.3 + rnd() * 0.15)), b = Math.round(w * (0.3 + rnd() * 0.15)), c = w - a - b, pc = (c * 100) / w, x = pc + int(8, 15); const f = (y: number) => `Tổng số ${vi(w)} hồ sơ, trong đó: trực tuyến ${vi(a)} hồ sơ, chiếm ${pct((a * 100) / w, 2)}%; trực tiếp ${vi(b)} hồ sơ, chiếm ${pct((b * 100) / w, 2)}%; qua dịch vụ bưu chính ${vi(c)} hồ sơ, chiếm ${pct(y, 2)}%.`; return { right: f(pc), wrong: f(x), figure: `${pct(x, 2)}%` }; },
  ], [
    () => { const w = int(40, 90), a = Math.round(w * (0.25 + rnd() * 0.1)), b = int(3, 8), c = int(2, 5), d = Math.round(w * (0.25 + rnd() * 0.1)), e = Math.round(w * (0.1 + rnd() * 0.1)); const s = (n: number) => pct((n * 100) / w, 2); return `Ủy ban bầu cử tỉnh công bố danh sách ${w} đại biểu trúng cử. Trong số đại biểu trúng cử có ${a} nữ, chiếm ${s(a)}%; người dân tộc thiểu số ${b}, chiếm ${s(b)}%; tôn giáo ${c} người, chiếm ${s(c)}%; đại biểu tái cử ${d} người, chiếm ${s(d)}% và đại biểu trẻ tuổi ${e} người, chiếm ${s(e)}%.`; },
  ]);
  markNfd("share-sums", [1711]);
  // A part's share after ","; a rate of another subject after ";".
  push("shares-apart", 1720, [
    () => { const a = int(5000, 30000), b = int(8000, 40000), t = a + b, p = (b * 100) / t, x = far(p); const f = (y: number) => `Tổng lượt khách lưu trú ước đạt ${vi(t)} lượt, trong đó khách quốc tế ước ${vi(a)} lượt và khách nội địa ước ${vi(b)} lượt, chiếm ${pct(y, 2)}%.`; return { right: f(p), wrong: f(x), figure: `${pct(x, 2)}%` }; },
  ], [
    () => { const a = int(5000, 30000), b = int(8000, 40000); return `Tổng lượt khách lưu trú tại các cơ sở lưu trú ước đạt ${vi(a + b)} lượt khách (tăng ${int(20, 200)}% so với năm ${int(2019, 2024)}), trong đó khách quốc tế ước ${vi(a)} lượt và khách nội địa ước ${vi(b)} lượt; công suất phòng ước đạt ${int(40, 80)}%; doanh thu lưu trú ước đạt khoảng ${int(50, 300)} tỷ đồng.`; },
    () => { const a = int(2000, 9000), b = int(500, 4000); return `Trung tâm Phục vụ hành chính công tiếp nhận ${vi(a + b)} hồ sơ, trong đó ${vi(a)} hồ sơ trực tuyến và ${vi(b)} hồ sơ trực tiếp; mức độ hài lòng của người dân đạt ${pct(int(900, 995) / 10)}%.`; },
  ]);
  markNfd("shares-apart", [1722]);
  // Averages: a time phrase opened by "trong" between "bình quân trên một X" and the average (a miss of sets 2, 3 and 8).
  push("averages-apart", 1730, [
    () => { const c = int(10000, 120000), a = int(55, 140) / 10, t = Math.round(c * a), y = int(2016, 2025), x = Math.round(a * 10) / 10 + (rnd() < 0.5 ? -1 : 1) * (1.5 + int(0, 10) / 10); const f = (v: number) => `Trong ${int(2, 11)} tháng đầu năm ${y}, cả nước có ${vi(c)} doanh nghiệp thành lập mới với số vốn đăng ký là ${vi(t)} tỷ đồng, tăng ${tenth(int(20, 200))}% về số doanh nghiệp. Tỷ trọng vốn đăng ký bình quân trên một doanh nghiệp trong ${int(2, 11)} tháng đầu năm ${y} đạt ${vi(v, 1)} tỷ đồng.`; return { right: f(t / c), wrong: f(x), figure: vi(x, 1) }; },
    () => { const c = int(2000, 15000), a = int(55, 140) / 10, t = Math.round(c * a), y = int(2016, 2025), x = Math.round(a * 10) / 10 + (rnd() < 0.5 ? -1 : 1) * (1.5 + int(0, 10) / 10); const f = (v: number) => `Năm ${y}, toàn tỉnh có ${vi(c)} DN thành lập mới với tổng số vốn đăng ký là ${vi(t)} tỷ đồng. Vốn đăng ký bình quân trên một DN trong năm ${y} đạt ${vi(v, 1)} tỷ đồng, tăng ${tenth(int(10, 90))}% so với năm trước.`; return { right: f(t / c), wrong: f(x), figure: vi(x, 1) }; },
  ], [
    () => { const y = int(2016, 2025); return `Trong tháng ${int(2, 12)}, số doanh nghiệp thành lập mới tăng ${tenth(int(20, 200))}% so với tháng trước. Vốn đăng ký bình quân trên một doanh nghiệp trong tháng ${int(2, 12)} năm ${y} đạt ${vi(int(55, 140) / 10, 1)} tỷ đồng, tăng ${tenth(int(10, 90))}% so với cùng kỳ.`; },
    () => `Tỷ trọng vốn đăng ký bình quân trên một doanh nghiệp trong ${int(2, 11)} tháng đầu năm ${int(2016, 2025)} đạt ${vi(int(55, 140) / 10, 1)} tỷ đồng, tăng ${tenth(int(10, 300))}% so với cùng kỳ năm trước; số doanh nghiệp quay trở lại hoạt động là ${vi(int(10000, 60000))} doanh nghiệp.`,
  ]);
  markNfd("averages-apart", [1731]);
}

// ---------------------------------------------------------------- real sweep 1 shapes (brief p12)
// Shapes a sweep of 250 unseen real passages (real-sweep-1.json) raised false alarms on, written
// after reading them: bare rates after "gồm" of which one is a threshold or 100% (share-sums);
// "Năm 2024," opening a sentence before "Cụ thể" (part-whole); a share after a count written as a
// change (shares-apart). Wrong twins keep the catches the narrower readings must not lose: a
// structure that does not add up, a pair over 100, a part over its total after a year, a wrong
// share after its part. Frames 1750–1799, split by parity; a seed of
// their own, drawn after every corpus above, so no earlier case changes.
seed = 20262901;
{
  const offS = (n: number): number => n + (rnd() < 0.5 && n > 20 ? -1 : 1) * (5 + int(0, 9));
  // Share-sums: a structure of bare shares that must add up; rates and targets after "gồm" that need not.
  push("share-sums", 1750, [
    () => { const a = int(30, 55), b = int(15, 35), c = 100 - a - b, w = offS(c), y = int(2019, 2025); const f = (x: number) => `Cơ cấu lao động năm ${y} gồm: nông, lâm nghiệp và thủy sản ${a}%, công nghiệp và xây dựng ${b}%, dịch vụ ${x}%.`; return { right: f(c), wrong: f(w), figure: `${w}%` }; },
  ], [
    () => `Mục tiêu đến năm 2030 gồm có tỷ lệ trẻ 6 tuổi vào lớp 1 đạt ít nhất ${int(95, 99)}%, có ít nhất ${int(85, 95)}% trẻ 11 tuổi hoàn thành chương trình tiểu học.`,
    () => `Chỉ tiêu nhiệm kỳ gồm: tập hợp ${int(80, 95)}% trở lên người cao tuổi vào hội; phấn đấu 100% xã, phường có quỹ chăm sóc người cao tuổi; ${int(60, 80)}% cơ sở Hội đạt vững mạnh.`,
    () => `Mạng lưới trường lớp gồm ${vi(int(900, 2500))} lớp học; 100% xã, thị trấn có trường mầm non, tiểu học; ${pct(tr(960, 995))}% học sinh vào lớp 1 đúng độ tuổi.`,
  ]);
  // Part-whole: a pair over 100 counted as a part of 100 stays caught; a year before "Cụ thể" is not a whole.
  push("part-whole", 1755, [
    () => { const p = int(60, 98), w = int(103, 130); const f = (x: number) => `Đến nay toàn tỉnh đã có ${x}/100 xã đạt chuẩn nông thôn mới.`; return { right: f(p), wrong: f(w), figure: `${w}/100` }; },
    () => { const t = int(900, 3000), a = int(Math.round(t * 0.5), Math.round(t * 0.9)), w = t + int(100, 600), y = int(2019, 2025); const f = (x: number) => `Năm ${y}, toàn huyện tiếp nhận ${vi(t)} hồ sơ. Cụ thể, ${vi(x)} hồ sơ nộp trực tuyến.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const y = int(2019, 2025); return `Năm ${y}, huyện ${["Long Điền", "Đất Đỏ", "Xuyên Mộc", "Châu Đức"][int(0, 3)]} đã hoàn thành nhiệm vụ phát triển kinh tế, xã hội với nhiều chỉ tiêu vượt Nghị quyết đề ra. Cụ thể, thu ngân sách trên địa bàn đạt hơn ${int(400, 900)} tỷ đồng (đạt ${pct(tr(1050, 1450), 2)}% chỉ tiêu Nghị quyết năm ${y}, tăng ${pct(tr(50, 300), 2)}%); giải ngân vốn đầu tư công năm ${y} ước đạt ${vi(int(400000, 900000) / 1000, 3)} tỷ đồng.`; },
  ]);
  // Shares: a share after a count written as a change is of a base not written; a share after its part still checked.
  push("shares-apart", 1765, [
    () => { const t = int(1500, 4000), x = int(Math.round(t * 0.6), Math.round(t * 0.9)), z = far((x * 100) / t), d = int(100, 500); const f = (y: number) => `Tổng số việc phải thi hành ${vi(t)} việc, tăng ${d} việc; đã thi hành xong ${vi(x)} việc, đạt ${pct(y, 2)}%.`; return { right: f((x * 100) / t), wrong: f(z), figure: `${pct(z, 2)}%` }; },
  ], [
    () => `Toàn ngành đã thi hành xong ${vi(int(1500, 4000))} việc, tăng ${int(100, 500)} việc với cùng kỳ, đạt ${pct(int(6000, 9000) / 100, 2)}%.`,
    () => `Về tiền, Chi cục đã thi hành xong ${int(300, 900)} việc, tăng ${int(20, 150)} việc so với cùng kỳ, đạt tỷ lệ ${pct(tr(500, 900))}%.`,
  ]);
}

// ---------------------------------------------------------------- real set 10 tune shapes (brief p13)
// Shapes the tune half of real-sentences-10.json raised false alarms on, written after fixing them:
// last year's rate in parentheses after a change ("(cùng kỳ năm … tăng p%)"), a multiple before a
// fall against another year and a name's number ("COVID-19") (differences); two measures of one
// thing per part ("a triệu lượt khách … và b tỷ lượt khách(.km)"), a part whose unit noun comes
// before its figure ("gồm xe a du lịch") (splits); a sum whose other parts are in the sentences
// before (stated-sums); a share of two siblings' whole ("A: a; B: b (chiếm p%)") (shares-apart). Wrong
// frames keep the catches the narrower readings must not lose. Frames 1800–1849, split by parity;
// a seed of their own, drawn after every corpus above, so no earlier case changes.
seed = 20263001;
{
  const offQ = (n: number): number => n + (rnd() < 0.5 && n > 40 ? -1 : 1) * Math.max(9, Math.round(n * (0.15 + rnd() * 0.25)));
  const farP = (p: number): number => p + (p > 6 ? -1 : 1) * Math.max(3, p * 0.4);
  const farFrom = (r: number, other: number): number => { let z = far(r); while (Math.abs(z - other) < 3) z += 5; return z; };
  const y13 = (): number => int(2018, 2024);
  // Changes: another period's rate in parentheses, a multiple before a fall against another base, "COVID-19".
  push("differences", 1800, [
    () => { const b = int(3000, 9000), a = b + int(Math.round(b * 0.05), Math.round(b * 0.2)), p = ((a - b) * 100) / b, z = farP(p), y = y13(); const f = (x: number) => `Tính chung ${int(4, 11)} tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt ${vi(a)} tỷ đồng, tăng ${pct(x, 2)}% so với cùng kỳ năm trước (cùng kỳ năm ${y}: ${vi(b)} tỷ đồng), nếu loại trừ yếu tố giá tăng ${pct(int(40, 90) / 10)}% (cùng kỳ năm ${y} tăng ${pct(int(40, 99) / 10, 2)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
    () => { const b = int(8000, 20000), a = b + int(Math.round(b * 0.05), Math.round(b * 0.25)), p = ((a - b) * 100) / b, z = farP(p); const f = (x: number) => `Có ${vi(a)} doanh nghiệp thành lập mới, tăng ${pct(x)}% so với cùng kỳ năm trước (${vi(b)} doanh nghiệp); số vốn đăng ký tăng ${pct(int(100, 600) / 10)}% (cùng kỳ tăng ${pct(int(100, 300) / 10)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(120, 180) / 10, a = int(20, 90) / 10, p = ((b - a) * 100) / b, z = farP(p); const f = (x: number) => `Tính chung ${int(4, 11)} tháng, khách quốc tế đến Việt Nam đạt ${vi(a, 1)} triệu lượt, giảm ${pct(x)}% so với cùng kỳ năm 2019 (${vi(b, 1)} triệu lượt) - năm chưa xảy ra dịch COVID-19.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(200, 900), a = b + int(20, 200), p = ((a - b) * 100) / b, z = farP(p); const f = (x: number) => `Trong quý, toàn tỉnh tiếp nhận ${vi(a)} hồ sơ, tăng ${pct(x)}% so với cùng kỳ (${vi(b)} hồ sơ); tỷ lệ hồ sơ trực tuyến tăng ${pct(int(10, 90) / 10)}% (cùng kỳ năm ${y13()} tăng khoảng ${int(2, 9)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => `Tính chung ${int(4, 11)} tháng đầu năm ${y13()}, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước tính đạt ${vi(int(150, 250) / 100, 2)} triệu tỷ đồng, tăng ${pct(int(80, 130) / 10)}% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá tăng ${pct(int(60, 99) / 10)}% (cùng kỳ năm ${y13()} tăng ${pct(int(600, 999) / 100, 2)}%).`,
    () => `Chỉ số giá tiêu dùng tháng ${int(2, 12)} tăng ${pct(int(1, 9) / 10, 2)}% so với tháng trước và tăng ${pct(int(20, 45) / 10, 2)}% so với cùng kỳ năm trước (cùng kỳ năm ${y13()} giảm ${pct(int(1, 9) / 10, 2)}%).`,
    () => `Tính chung ${int(4, 11)} tháng năm 2022, khách quốc tế đến Việt Nam đạt ${vi(int(20, 39) / 10, 1)} triệu lượt, gấp ${vi(int(100, 250) / 10, 1)} lần so với cùng kỳ năm trước nhưng vẫn giảm ${pct(int(700, 900) / 10)}% so với cùng kỳ năm 2019 - năm chưa xảy ra dịch COVID-19.`,
    () => `Lượng khách đến tỉnh đạt ${vi(int(300, 900))} nghìn lượt, gấp ${int(2, 5)} lần cùng kỳ nhưng vẫn giảm gần ${int(10, 40)}% so với năm 2019.`,
    () => `Kim ngạch xuất khẩu thủy sản đạt ${vi(int(20, 90) / 10, 1)} tỷ USD, tăng ${pct(int(50, 300) / 10)}% so với cùng kỳ năm trước (cùng kỳ năm ${y13()} tăng ${pct(int(20, 150) / 10)}%).`,
    () => `Số ca mắc sốt xuất huyết giảm ${pct(int(100, 600) / 10)}% so với năm 2021 - năm có dịch COVID-19 - và giảm ${int(2, 9)}% so với trung bình ${int(3, 5)} năm.`,
  ]);
  markNfd("differences", [1803]);
  // Splits: two measures of one thing per part; a part whose unit noun is before its figure.
  const modes = ["đường bộ", "đường thủy nội địa", "đường biển", "đường hàng không", "đường sắt"];
  const series = (n: number, lo: number, hi: number): number[] => Array.from({ length: n }, () => int(lo, hi));
  push("splits", 1810, [
    () => { const n = int(3, 5), a = series(n, 50, 4000), b = series(n, 20, 1500), A = a.reduce((x, v) => x + v, 0), B = b.reduce((x, v) => x + v, 0), i = int(0, n - 1), w = offQ(a[i] as number); const f = (x: number) => `Tính chung ${int(4, 11)} tháng, vận tải hành khách đạt ${vi(A / 10, 1)} triệu lượt khách, tăng ${pct(int(30, 120) / 10)}% so với cùng kỳ năm trước và ${vi(B / 10, 1)} tỷ lượt khách, tăng ${pct(int(30, 120) / 10)}%, trong đó ${a.map((v, j) => `${modes[j]} đạt ${vi((j === i ? x : v) / 10, 1)} triệu lượt khách, tăng ${pct(int(10, 120) / 10)}% và ${vi((b[j] as number) / 10, 1)} tỷ lượt khách, tăng ${pct(int(10, 120) / 10)}%`).join("; ")}.`; return { right: f(a[i] as number), wrong: f(w), figure: vi(w / 10, 1) }; },
    () => { const a = series(2, 200, 13000), b = series(2, 100, 1500), A = a[0]! + a[1]!, B = b[0]! + b[1]!, w = b[1]! + int(300, 900); const f = (x: number) => `Tính chung ${int(4, 11)} tháng, vận tải hàng hóa đạt ${vi(A / 10, 1)} triệu tấn, tăng ${pct(int(30, 120) / 10)}% so với cùng kỳ năm trước và ${vi(B / 10, 1)} tỷ tấn.km, tăng ${pct(int(30, 120) / 10)}%, trong đó vận tải trong nước đạt ${vi(a[0]! / 10, 1)} triệu tấn, tăng ${pct(int(10, 120) / 10)}% và ${vi(b[0]! / 10, 1)} tỷ tấn.km, tăng ${pct(int(10, 120) / 10)}%; vận tải ngoài nước đạt ${vi(a[1]! / 10, 1)} triệu tấn, tăng ${pct(int(10, 90) / 10)}% và ${vi(x / 10, 1)} tỷ tấn.km, tăng ${pct(int(10, 90) / 10)}%.`; return { right: f(b[1]!), wrong: f(w), figure: vi(w / 10, 1) }; },
    () => { const a = int(8000, 16000), b = int(3000, 7000), c = int(50, 400), n = a + b + c, w = offQ(n); const f = (x: number) => `Theo số liệu của Hiệp hội các nhà sản xuất ô tô Việt Nam (VAMA) tháng ${int(2, 12)}-${y13()}, doanh số bán hàng của toàn thị trường đạt ${vi(x)} xe, bao gồm xe ${vi(a)} du lịch, ${vi(b)} xe thương mại và ${vi(c)} xe chuyên dụng.`; return { right: f(n), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(300, 2000), b = int(100, 900), n = a + b, w = offQ(n); const f = (x: number) => `Trong tháng, Trung tâm Phục vụ hành chính công tiếp nhận ${vi(x)} hồ sơ, gồm hồ sơ ${vi(a)} trực tuyến và ${vi(b)} hồ sơ trực tiếp.`; return { right: f(n), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const a = series(2, 200, 13000), b = series(2, 100, 1500); return `Vận tải hàng hóa tháng ${int(2, 12)} ước đạt ${vi((a[0]! + a[1]!) / 10, 1)} triệu tấn và ${vi((b[0]! + b[1]!) / 10, 1)} tỷ tấn, trong đó vận tải trong nước đạt ${vi(a[0]! / 10, 1)} triệu tấn, tăng ${pct(int(10, 90) / 10)}% và ${vi(b[0]! / 10, 1)} tỷ tấn, tăng ${pct(int(10, 90) / 10)}%; vận tải ngoài nước đạt ${vi(a[1]! / 10, 1)} triệu tấn và ${vi(b[1]! / 10, 1)} tỷ tấn.`; },
    () => { const a = series(3, 100, 900), b = series(3, 20, 300); return `Năm ${y13()}, vận tải hành khách đạt ${vi(a[0]! + a[1]! + a[2]!)} triệu lượt khách và ${vi(b[0]! + b[1]! + b[2]!)} triệu lượt khách.km, trong đó đường bộ đạt ${vi(a[0]!)} triệu lượt khách và ${vi(b[0]!)} triệu lượt khách.km; đường thủy đạt ${vi(a[1]!)} triệu lượt khách và ${vi(b[1]!)} triệu lượt khách.km; đường hàng không đạt ${vi(a[2]!)} triệu lượt khách và ${vi(b[2]!)} triệu lượt khách.km.`; },
    () => { const a = int(2000, 6000), b = int(500, 2000); return `Năm ${y13()}, các bệnh viện tuyến tỉnh khám ${vi(a + b)} lượt người, trong đó ${vi(a)} lượt người khám ngoại trú, ${vi(b)} lượt người điều trị nội trú và bình quân ${vi(int(100, 400))} lượt người/ngày.`; },
    () => { const a = int(8000, 16000), b = int(3000, 7000), c = int(50, 400); return `Doanh số bán hàng của các thành viên VAMA đạt ${vi(a + b + c)} xe, gồm xe ${vi(a)} du lịch, ${vi(b)} xe thương mại và ${vi(c)} xe chuyên dụng, giảm ${int(2, 30)}% so với tháng trước.`; },
  ]);
  markNfd("splits", [1815]);
  // Sums: a sum whose other parts are in the sentences before.
  const sumOff = (n: number, suffixes: readonly number[]): number => { let w = offQ(n); while (suffixes.some((v) => Math.abs(v - w) <= 1)) w += 11; return w; };
  push("stated-sums", 1820, [
    () => { const a = int(8000, 15000), b = int(4000, 9000), c = int(2000, 4000), d = int(1500, 3500), n = a + b + c + d, w = sumOff(n, [c + d, b + c + d]); const f = (x: number) => `Doanh số bán của xe lắp ráp trong nước đạt ${vi(a)} xe, giảm ${int(2, 12)}% so với tháng trước và doanh số xe nhập khẩu nguyên chiếc là ${vi(b)} xe. Ngoài ra, doanh số trong tháng của TC Group là ${vi(c)} xe, VinFast là ${vi(d)} xe, thị trường Việt Nam có doanh số tổng cộng là ${vi(x)} xe.`; return { right: f(n), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(3000, 9000), b = int(2000, 8000), c = int(300, 900), d = int(200, 700), n = a + b + c + d, w = sumOff(n, [c + d, b + c + d]); const f = (x: number) => `Huyện A có ${vi(a)} học sinh dự thi, huyện B có ${vi(b)} học sinh. Trường chuyên của tỉnh có ${vi(c)} học sinh, trường phổ thông dân tộc nội trú có ${vi(d)} học sinh, toàn tỉnh tổng cộng là ${vi(x)} học sinh.`; return { right: f(n), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const a = int(8000, 15000), b = int(4000, 9000), c = int(2000, 4000), d = int(1500, 3500); return `Tháng ${int(2, 12)}, xe lắp ráp trong nước bán được ${vi(a)} xe, xe nhập khẩu ${vi(b)} xe. Cùng kỳ, Hyundai Thành Công bán ${vi(c)} xe, VinFast bán ${vi(d)} xe, cả thị trường tổng cộng là ${vi(a + b + c + d)} xe.`; },
    () => { const a = int(100, 400), b = int(100, 400), c = int(20, 90), d = int(10, 60); return `Đợt 1 đã cấp ${a} suất học bổng, đợt 2 cấp ${b} suất. Trong đợt 3, Quỹ cấp ${c} suất, doanh nghiệp tài trợ ${d} suất, tổng cộng ${a + b + c + d} suất học bổng.`; },
  ]);
  markNfd("stated-sums", [1823]);
  // Shares: the share of two siblings' whole.
  push("shares-apart", 1830, [
    () => { const a = int(150, 400), b = int(20, 120), p = (b * 100) / (a + b), z = farFrom(p, (b * 100) / a); const f = (x: number) => `Về dân tộc: Dân tộc Kinh: ${a} đồng chí; Dân tộc thiểu số: ${b} đồng chí (chiếm ${pct(x)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const a = int(200, 500), b = int(60, 300), p = (b * 100) / (a + b), z = farFrom(p, (b * 100) / a); const f = (x: number) => `Về giới tính: nam: ${a} đại biểu; nữ: ${b} đại biểu (chiếm ${pct(x, 2)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
  ], [
    () => { const a = int(150, 400), b = int(20, 120); return `Cơ cấu Ban Chấp hành: Đảng viên: ${a} đồng chí; ngoài Đảng: ${b} đồng chí (chiếm ${pct((b * 100) / (a + b))}%).`; },
    () => { const a = int(300, 900), b = int(50, 300); return `Về trình độ: đại học trở lên: ${a} người; cao đẳng, trung cấp: ${b} người (chiếm ${pct((b * 100) / (a + b), 2)}%).`; },
  ]);
  markNfd("shares-apart", [1833]);
}

// ---------------------------------------------------------------- a ratio per hundred (integration of brief p12)
// "Tỷ số giới tính khi sinh … 120/100": a pair over 100 after "tỷ số" is a ratio per hundred, not a
// part of a whole (readings/shares.ts perHundred; three false errors of real-sweep-1.json). Wrong
// twins: the same pair over 100 of a count ("… 112/100 xã đạt chuẩn") stays caught. Frames
// 1770–1779, split by parity; a seed of their own, drawn after every corpus above.
seed = 20263101;
push("part-whole", 1770, [
  () => { const p = int(55, 98), w = int(104, 135), y = int(2015, 2025); const f = (x: number) => `Tỷ số giới tính khi sinh năm ${y} ở mức ${int(108, 118)}/100; toàn tỉnh có ${x}/100 xã hoàn thành phổ cập giáo dục mầm non.`; return { right: f(p), wrong: f(w), figure: `${w}/100` }; },
], [
  () => { const a = int(110, 125), b = a - int(1, 6), y = int(2008, 2016); return `Tỷ số giới tính khi sinh toàn tỉnh giảm dần xuống ${a}/100 (năm ${y}), ${b}/100 (năm ${y + 3}).`; },
  () => `Theo kết quả điều tra, tỉ số giới tính của dân số là ${int(96, 104)},${int(1, 9)} nam/100 nữ, tỷ số giới tính khi sinh là ${int(108, 116)} bé trai/100 bé gái.`,
]);

// ---------------------------------------------------------------- real sweep 2 shapes (brief p1)
// "ước 40.831 ha, giảm 1,6% (-673 ha) so cùng kỳ": a figure signed in the direction of the change in
// percent before it, in a parenthesis, is that change as an amount, not the earlier level nor the
// total of a breakdown after it (readings/changes.ts signedAmount; 14 false errors in 4 passages of
// real-sweep-2.json, one of real-sweep-1.json). Wrong twins keep the catches: a percentage that does
// not match its signed amount (now judged against it), and parts over the level the amount follows.
// Frames 2000–2049 (brief p1), split by parity; a seed of their own, drawn after every corpus above.
seed = 20263201;
{
  const farP = (p: number): number => p + (p > 6 ? -1 : 1) * Math.max(3, p * 0.4);
  const crops = ["lúa", "ngô", "rau các loại", "hoa các loại", "khoai lang", "đậu tương"];
  // The percentage of a change of d from the earlier level b, and the level now.
  const signed = (b: number, d: number): { a: number; p: number } => ({ a: b + d, p: (Math.abs(d) * 100) / b });
  push("differences", 2000, [
    () => { const b = int(20000, 60000), d = -int(Math.round(b * 0.005), Math.round(b * 0.06)), { a, p } = signed(b, d), z = farP(p); const f = (x: number) => `Sản xuất vụ Hè thu: tổng diện tích gieo trồng ước ${vi(a)} ha, giảm ${pct(x)}% (-${vi(-d)} ha) so cùng kỳ.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(80000, 200000), d = int(Math.round(b * 0.01), Math.round(b * 0.08)), { a, p } = signed(b, d), z = farP(p); const f = (x: number) => `Sản lượng rau màu vụ mùa ước đạt ${vi(a)} tấn, tăng ${pct(x)}% (+${vi(d)} tấn) so với cùng kỳ năm trước.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => { const b = int(4000, 9000), d = int(20, 90), c = int(9000, 15000), e = int(100, 1200); return `Trong đó, lúa ${vi(b - d)} ha, giảm ${pct((d * 100) / b, 2)}% (-${d} ha); ngô ${vi(c + e)} ha, tăng ${pct((e * 100) / c)}% (+${vi(e)} ha).`; },
    () => { const b = int(560, 640) / 10, d = int(3, 9) / 10; return `Năng suất lúa ước đạt ${vi(b + d, 1)} tạ/ha, tăng ${pct((d * 100) / b)}% (+${vi(d, 1)} tạ/ha) so với cùng kỳ năm trước.`; },
    () => { const b = int(40000, 90000), d = int(100, 900); return `Tính đến giữa tháng, toàn tỉnh đã gieo sạ được ${vi(b + d)} ha, tăng ${pct((d * 100) / b, 2)}% (+${vi(d)} ha) so với cùng kỳ năm trước.`; },
  ]);
  markNfd("differences", [2001]);
  // Parts after the level a signed amount follows: of the level, not of the amount.
  push("next-sentence-parts", 2010, [
    () => { const parts = crops.slice(0, 4).map(() => int(1500, 9000)), sum = parts.reduce((x, v) => x + v, 0), t = sum + int(800, 4000), d = int(200, 900), i = int(0, 3), w = (parts[i] as number) + (t - sum) + int(1500, 4000); const f = (x: number) => `Tổng diện tích gieo trồng vụ Hè thu ước ${vi(t)} ha, giảm ${pct((d * 100) / (t + d))}% (-${vi(d)} ha) so cùng kỳ. Trong đó, ${parts.map((v, j) => `${crops[j]} ${vi(j === i ? x : v)} ha`).join("; ")}.`; return { right: f(parts[i] as number), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const parts = crops.slice(0, 3).map(() => int(2000, 9000)), t = parts.reduce((x, v) => x + v, 0) + int(500, 3000), d = int(100, 800); return `Vụ mùa toàn tỉnh gieo trồng ${vi(t)} ha, tăng ${pct((d * 100) / (t - d))}% (+${vi(d)} ha) so với vụ mùa năm trước. Trong đó, ${parts.map((v, j) => { const e = int(20, 90), up = j % 2 === 0; return `${crops[j]} ${vi(v)} ha, ${up ? "tăng" : "giảm"} ${pct((e * 100) / (up ? v - e : v + e), 2)}% (${up ? "+" : "-"}${e} ha)`; }).join("; ")}.`; },
  ]);
}

// ---------------------------------------------------------------- parts against their total (brief r1)
// Shapes of the tune halves of real-sentences-6…10.json whose parts were not read (readings/totals.ts,
// breakdowns.ts): a total's asides in closed parentheses before "; trong đó"; its change closed by ";";
// two nouns joined ("cán bộ, công chức"); complements xuất khẩu/nhập khẩu, nhập cảnh/trong nước. Traps: a partial list, a net figure's terms, a share instead of parts. Frames 1850–1899,
// split by parity; a seed of their own, drawn after every corpus above, so no earlier case changes.
seed = 20263201;
{
  const bump = (n: number): number => n + Math.max(3, Math.round(n * (0.1 + rnd() * 0.2)));
  const y = (): number => int(2016, 2024);
  push("splits", 1850, [
    () => { const a = int(150, 400) * 1000, b = int(900, 2000) * 1000 + int(1, 999), n = a + b, w = bump(a); const f = (x: number) => `Theo đó, thành phố đón ${vi(n)} lượt khách (tăng ${int(3, 15)}% so với cùng kỳ năm ${y()}); trong đó, khách quốc tế đạt ${vi(x)} lượt (tăng ${int(3, 15)}% so với cùng kỳ), khách nội địa đạt ${vi(b)} lượt (tăng ${int(3, 15)}% so với cùng kỳ).`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(2000, 4000), b = int(1500, 3000), n = a + b + int(500, 1500), w = n - a + int(100, 400); const f = (x: number) => `Đến nay, toàn tỉnh có ${vi(n / 10, 1)} nghìn lao động đang làm việc trong các ngành kinh tế, tăng ${pct(int(10, 40) / 10)}% so cùng kỳ; trong đó khu vực công nghiệp - xây dựng có ${vi(a / 10, 1)} nghìn lao động, tăng ${int(2, 5)}%; khu vực dịch vụ có ${vi(x / 10, 1)} nghìn lao động, tăng ${pct(int(10, 40) / 10)}%.`; return { right: f(b), wrong: f(w), figure: vi(w / 10, 1) }; },
    () => { const a = int(900, 1600), b = int(900, 1600), n = a + b, w = b + int(60, 200); const f = (x: number) => `Toàn tỉnh đã bố trí ${vi(n)}/${vi(n + int(100, 400))} cán bộ, công chức, trong đó có ${vi(a)} cán bộ chuyên trách và ${vi(x)} công chức cấp xã.`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(2000, 3500), b = int(2000, 3500), n = a + b, w = off(n); const f = (x: number) => `Tính chung ${int(4, 11)} tháng, tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt ${vi(x / 10, 1)} tỷ USD, tăng ${pct(int(30, 150) / 10)}% so với cùng kỳ năm trước. Trong đó, kim ngạch xuất khẩu đạt ${vi(a / 10, 1)} tỷ USD, tăng ${pct(int(30, 150) / 10)}% và kim ngạch nhập khẩu đạt ${vi(b / 10, 1)} tỷ USD, tăng ${pct(int(30, 150) / 10)}%.`; return { right: f(n), wrong: f(w), figure: vi(w / 10, 1) }; },
    () => { const a = int(1000, 4000), b = int(100000, 800000), n = a + b, w = a + int(200, 900); const f = (x: number) => `Tính đến nay, cả nước có ${vi(n)} ca nhiễm, trong đó có ${vi(x)} ca nhập cảnh và ${vi(b)} ca nhiễm trong nước.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const n = int(5000, 9000), a = int(1000, 4000); return `Trong quý, toàn tỉnh tiếp nhận ${vi(n)} hồ sơ (tăng ${int(3, 15)}% so với cùng kỳ); trong đó, hồ sơ trực tuyến ${vi(a)} hồ sơ (chiếm ${pct((a * 100) / n)}%).`; },
    () => { const n = int(7000, 9000), a = int(3000, 3400); return `Toàn tỉnh có ${vi(n / 10, 1)} nghìn lao động có việc làm, tăng ${pct(int(10, 40) / 10)}% so cùng kỳ; trong đó lao động nữ có ${vi(a / 10, 1)} nghìn người, chiếm ${pct((a * 100) / n)}%.`; },
    () => `Năm ${y()}, toàn tỉnh cấp ${vi(int(20000, 40000))} phiếu LLTP (tăng ${int(3, 15)}% so với năm trước), trong đó có ${vi(int(5000, 9000))} Phiếu số 2 cấp cho công dân cư trú ngoài tỉnh.`,
    () => { const a = int(2600, 3200), b = int(1500, 2400); return `Tính chung ${int(4, 11)} tháng, cán cân thương mại hàng hóa xuất siêu ${vi((a - b) / 10, 1)} tỷ USD. Trong đó, xuất khẩu đạt ${vi(a / 10, 1)} tỷ USD và nhập khẩu đạt ${vi(b / 10, 1)} tỷ USD.`; },
    () => `Toàn huyện có ${vi(int(1500, 2500))} cán bộ, công chức, viên chức, trong đó có ${vi(int(300, 600))} cán bộ, công chức cấp xã.`,
  ]);
}

// ---------------------------------------------------------------- counts of lists (brief r3)
// Shapes of list counts real sets 3, 9 and 10 (tune halves) missed: the part of a fraction after
// "có" counts the list ("có 15/63 địa phương … gồm: …"); a span of time between count and colon
// ("trong 14 ngày qua:", "trong 10 tháng đầu năm 2025 gồm có:") is no rival count and counts no
// list; a name joined to the count by "và" is listed beside the counted ("12/22 quận, huyện và TP
// Thủ Đức … gồm …"); up to 19 words between the count's noun and "gồm:". Traps: after "Đạt a/b tiêu chí:" the list may name the whole; a span of time
// right before the list. Frames 1950–1959, split by parity; a seed of their own, drawn after every
// corpus above.
seed = 20263201;
{
  const towns = ["Bắc Kạn", "Tuyên Quang", "Lai Châu", "Hòa Bình", "Yên Bái", "Hà Giang", "Thái Nguyên", "Điện Biên", "Phú Thọ", "Ninh Bình"];
  const pick = (n: number): string[] => { const from = int(0, towns.length - n); return towns.slice(from, from + n); };
  const wrongN = (n: number): number => (n > 3 && rnd() < 0.5 ? n - 1 : n + int(1, 2));
  push("list-count", 1950, [
    () => { const n = int(3, 8), xs = pick(n), w = wrongN(n), t = int(30, 63); const f = (k: number) => `Có ${k}/${t} địa phương có tỷ lệ giải ngân cao gồm: ${and(xs)}.`; return { right: f(n), wrong: f(w), figure: `${w}/${t}` }; },
    () => { const n = int(3, 8), xs = pick(n), w = wrongN(n); const f = (k: number) => `${k} tỉnh, thành phố không ghi nhận ca mắc mới trong ${int(7, 21)} ngày qua: ${xs.join(", ")}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
    () => { const n = int(3, 8), xs = pick(n), w = wrongN(n); const f = (k: number) => `Xét trong 63 tỉnh, thành ${pad(k)} địa phương có chỉ số cao nhất trong ${int(6, 11)} tháng đầu năm 2025 gồm có: ${and(xs)}.`; return { right: f(n), wrong: f(w), figure: pad(w) }; },
    () => { const n = int(3, 8), xs = pick(n), w = wrongN(n), t = int(20, 30); const f = (k: number) => `Có ${k}/${t} quận, huyện và TP Thủ Đức có số ca mắc tăng gồm ${xs.map((x) => `huyện ${x}`).join(", ")} và TP Thủ Đức.`; return { right: f(n), wrong: f(w), figure: `${w}/${t}` }; },
    () => { const n = int(3, 8), xs = pick(n), w = wrongN(n); const f = (k: number) => `Top ${k} tỉnh, thành có tốc độ tăng thu nhập bình quân đầu người cao nhất cả nước năm 2025 gồm: ${and(xs.map((x) => `${x} (${int(7, 9)},${int(10, 99)}%)`))}.`; return { right: f(n), wrong: f(w), figure: String(w) }; },
  ], [
    () => `Đạt ${int(4, 6)}/7 tiêu chí: hạ tầng, nhân lực, dữ liệu, dịch vụ, an ninh, thể chế và kinh phí.`,
    () => `Trong ${int(3, 9)} tháng đầu năm, Công an tỉnh ghi nhận các địa phương có số vụ tăng gồm: ${and(pick(4))}.`,
  ]);
}

// ---------------------------------------------------------------- running totals (brief r2)
// "… a căn nhà, góp phần nâng tổng số … lên b căn": what a period adds is a part of the running
// total it brings up (readings/wholes.ts runningTotals; tune halves of real-sentences-9, -10). Traps:
// a plan or last year's level before "lũy kế", "nâng … từ a lên b", "nâng cấp", a rate as the total. Frames 1900–1909, split by parity; a seed
// of their own, drawn after every corpus above.
seed = 20261900;
{
  const over = (t: number): number => t + Math.max(3, Math.round(t * (0.1 + rnd() * 0.4)));
  push("part-whole", 1900, [
    () => { const t = int(20000, 90000), a = int(500, 4000), w = over(t), m = int(2, 11); const f = (x: number) => `Trong tháng ${m}, toàn tỉnh cấp mới ${vi(x)} thẻ căn cước, nâng tổng số thẻ đã cấp lên ${vi(t)} thẻ.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(3000, 9000), t = a * int(5, 30), w = Math.round(a * (0.3 + rnd() * 0.5)); const f = (x: number) => `${int(6, 9)} tháng đầu năm, Mặt trận các cấp đã xây dựng và sửa chữa được trên ${vi(a)} căn nhà đại đoàn kết, góp phần nâng tổng số nhà được xây dựng kể từ khi phát động lên trên ${vi(x)} căn.`; return { right: f(t), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(300, 900), t = a + int(300, 900), w = over(t); const f = (x: number) => `Trong tháng ${int(2, 6)}, khối lượng gạo xuất khẩu ước đạt ${vi(x)} nghìn tấn, giá trị ${int(100, 400)} triệu USD, nâng khối lượng xuất khẩu gạo ${int(2, 6)} tháng đầu năm ước đạt ${vi(t)} nghìn tấn.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const k = int(5000, 9000), t = int(2000, 4900); return `Kế hoạch thu ngân sách năm là ${vi(k)} tỷ đồng; lũy kế ${int(4, 9)} tháng đạt ${vi(t)} tỷ đồng, bằng ${pct((t * 100) / k)}% kế hoạch.`; },
    () => { const k = int(800, 1200), t = int(300, 790); return `Cùng kỳ năm trước xuất khẩu được ${vi(k)} nghìn tấn; lũy kế ${int(2, 5)} tháng năm nay đạt ${vi(t)} nghìn tấn, giảm ${pct(((k - t) * 100) / k)}%.`; },
    () => { const big = int(5000, 9000), a = int(1000, 3000); return `Tổng thu quỹ năm nay đạt ${vi(big)} triệu đồng; Hội nghị thống nhất nâng mức đóng góp từ ${vi(a)} đồng lên ${vi(a + int(500, 2000))} đồng mỗi hội viên.`; },
    () => { const big = int(300, 900); return `Toàn huyện có ${vi(big)} km đường giao thông nông thôn, năm nay nâng cấp ${int(20, 80)} km đường xã và làm mới ${int(5, 30)} km đường thôn.`; },
    () => { const a = int(20000, 90000); return `Trong quý, công an tỉnh kích hoạt ${vi(a)} tài khoản định danh điện tử, nâng tỷ lệ kích hoạt lên ${pct(tr(600, 950))}%.`; },
  ]);
}

// ---------------------------------------------------------------- shares of an opened whole (brief r2)
// "trong tổng số b bệnh nhân …, có a (p%) bệnh nhân …", "trong 97 thôn/bản … ở 46 thôn/bản (47,42%);
// …": a count of the thing of a whole opened by "trong (tổng số)", with a bare percentage in
// parentheses right after it, is its share of that whole (readings/shares.ts openedShares; tune
// halves of real-sentences-5 and -6). Traps: a share of a nested whole ("trong đó"), a change's
// share, a share that names its own base. Frames 1910–1919, split by parity; a seed of their own.
seed = 20261910;
{
  const farS = (p: number): number => (p > 50 ? p - int(4, 12) : p + int(4, 12));
  push("shares-apart", 1910, [
    () => { const t = int(20000, 120000), a = int(Math.round(t * 0.6), Math.round(t * 0.97)), p = (a * 100) / t, z = farS(p); const f = (x: number) => `Từ năm ${int(2015, 2019)} đến năm ${int(2020, 2024)}, trong tổng số ${vi(t)} bệnh nhân đăng ký điều trị tại tỉnh, có ${vi(a)} (${pct(x)}%) bệnh nhân được tư vấn xét nghiệm.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const a = int(20, 50), b = int(10, 30), c = int(5, 20), t = a + b + c + int(0, 3), r = (c * 100) / t, z = farS(r); const f = (x: number) => `Trong ${t} thôn của huyện thì dân tộc Tày sống tập trung ở ${a} thôn (${pct((a * 100) / t, 2)}%); dân tộc Dao sống chủ yếu tại ${b} thôn (${pct((b * 100) / t, 2)}%); dân tộc Sán Chay ở ${c} thôn (${pct(x, 2)}%).`; return { right: f(r), wrong: f(z), figure: `${pct(z, 2)}%` }; },
    () => { const t = int(2000, 9000), a = int(Math.round(t * 0.3), Math.round(t * 0.5)), b = int(Math.round(t * 0.3), Math.round(t * 0.45)), q = (b * 100) / t, z = farS(q); const f = (x: number) => `Trong ${vi(t)} hồ sơ tiếp nhận, có ${vi(a)} hồ sơ (${pct((a * 100) / t)}%) được giải quyết trước hạn và ${vi(b)} hồ sơ (${pct(x)}%) được giải quyết đúng hạn.`; return { right: f(q), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => { const t = int(800, 2000), a = int(Math.round(t * 0.3), Math.round(t * 0.5)), b = int(Math.round(a * 0.3), Math.round(a * 0.7)); return `Trong ${vi(t)} hộ được khảo sát, có ${vi(a)} hộ có việc làm ổn định, trong đó ${vi(b)} hộ (${pct((b * 100) / a)}%) có thu nhập khá.`; },
    () => { const t = int(800, 2000), a = int(Math.round(t * 0.4), Math.round(t * 0.8)), d = int(20, 90); return `Trong ${vi(t)} doanh nghiệp được khảo sát, có ${vi(a)} doanh nghiệp (${pct((a * 100) / t)}%) hoạt động có lãi, tăng ${d} doanh nghiệp (${pct((d * 100) / (a - d))}%) so với năm trước.`; },
    () => { const t = int(300, 900), a = int(40, 150); return `Trong ${t} thí sinh dự thi, có ${a} thí sinh đạt giải (${int(20, 60)}% số giải của khu vực).`; },
  ]);
}

// ---------------------------------------------------------------- a share of a named total (brief r2)
// "tổng mức bán lẻ … đạt b tỷ đồng. … doanh thu bán lẻ hàng hóa … đạt a tỷ đồng, chiếm p% tổng mức":
// a share that names its whole as a total is checked against the count written as that total
// (readings/shares.ts namesTotal, writtenTotal; tune half of real-sentences-10). Traps: a share of
// another total than the one written. Frames 1920–1929, split by parity; a seed of their own.
seed = 20261920;
{
  push("shares-apart", 1920, [
    () => { const t = int(1500000, 3000000), a = int(Math.round(t * 0.6), Math.round(t * 0.8)), p = (a * 100) / t, z = p + (rnd() < 0.5 ? -1 : 1) * int(3, 9); const f = (x: number) => `Tính chung ${int(4, 11)} tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt ${vi(t)} tỷ đồng, tăng ${pct(tr(50, 130))}% so với cùng kỳ năm trước.\nXét theo ngành hoạt động, doanh thu bán lẻ hàng hóa ước đạt ${vi(a)} tỷ đồng, chiếm ${pct(x)}% tổng mức và tăng ${pct(tr(50, 130))}% so với cùng kỳ.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const t = int(3000, 9000), a = int(Math.round(t * 0.2), Math.round(t * 0.7)), p = (a * 100) / t, z = p + (rnd() < 0.5 ? -1 : 1) * int(3, 9); const f = (x: number) => `Trong năm, tổng số hồ sơ tiếp nhận là ${vi(t)} hồ sơ. Số hồ sơ nộp trực tuyến là ${vi(a)} hồ sơ, chiếm ${pct(x, 2)}% tổng số hồ sơ tiếp nhận.`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
  ], [
    () => { const a = int(100, 400); return `Trong quý, sở đạt ${a} hồ sơ trực tuyến, chiếm ${pct(tr(20, 90), 2)}% tổng số hồ sơ phát sinh; tổng số tiếp nhận đạt ${vi(int(1500, 3000))} hồ sơ.`; },
    () => { const a = int(100, 300); return `Hiện có ${a} thư viện đạt chuẩn, chiếm trên ${int(40, 70)}% tổng số thư viện. Trong đó, tiểu học có ${a - int(20, 60)} thư viện.`; },
  ]);
}

// ---------------------------------------------------------------- shares and parts above wholes (brief r4)
// Parts above their whole (breakdowns.ts partAbove, sameUnit; tune halves of real-sentences-3, -7,
// -8, -10): two counts written in full are exact ("làm b người …, trong đó có b + 1 người"),
// "đồng chí" counts people, a unit's acronym after a unit of up to five words ("hợp tác xã (HTX)"),
// a "more than" whole of three significant digits ("trên 436.500 lượt"). Shares
// (ratio-statements.ts pairRates, planRates, pairFurther; approximate.ts shareInterval; tune halves
// of real-sentences-4, -6, -9, -10): a rate after a pair "a vụ/b bị can" against the pair before
// it, "a xã/b xã", a plan's count after its rate, a share past a year range, an approximate share
// with decimals. Traps: a part equal to its whole, "đồng chí" against a count of things, a part
// within ten units of a "hơn" whole's last digit, a rate against a plan with no count, a change
// after a range. Frames 2100–2149, split by parity; a seed of their own.
seed = 20262100;
{
  const farR = (p: number): number => (p > 50 ? p - int(4, 12) : p + int(4, 12));
  push("part-whole", 2100, [
    () => { const t = int(5, 40), a = int(1, t - 1); const f = (x: number) => `Vụ tai nạn giao thông làm ${t} người bị thương, trong đó có ${x} người bị thương nặng được chuyển lên tuyến trên.`; return { right: f(a), wrong: f(t + 1), figure: vi(t + 1) }; },
    () => { const t = int(100, 900), a = int(Math.round(t * 0.3), Math.round(t * 0.5)), b = int(Math.round(t * 0.1), Math.round(t * 0.4)), w = t + int(20, 200); const f = (x: number) => `Năm ${int(2019, 2025)}, Đảng bộ huyện kết nạp được ${vi(t)} đảng viên mới, trong đó: đảng viên nữ là ${vi(x)} đồng chí, đảng viên là đoàn viên thanh niên ${vi(b)} đồng chí.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const t = int(40, 300), a = int(Math.round(t * 0.2), Math.round(t * 0.8)), w = t + int(10, 60); const f = (x: number) => `Toàn tỉnh hiện có ${t} hợp tác xã (HTX) nông nghiệp, trong đó ${x} HTX hoạt động hiệu quả.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const t = (int(100, 999) * 10 + int(1, 9)) * 100, a = int(Math.round(t * 0.7), Math.round(t * 0.95)), w = t + int(5, 40) * 1000; const f = (x: number) => `Trong ${int(6, 9)} tháng, lượng khách đến tỉnh chỉ đạt trên ${vi(t)} lượt, bằng ${int(40, 80)}% kế hoạch. Trong đó, khách nội địa là ${vi(x)} lượt.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const t = int(5, 60); return `Trong ${t} người được kiểm tra sức khỏe, có ${t} người đạt yêu cầu.`; },
    () => { const a = int(5, 20); return `Ban Thường vụ tổ chức ${a} đoàn kiểm tra, trong đó ${a + int(10, 40)} đồng chí tham gia các đoàn.`; },
    () => { const t = (int(100, 999) * 10 + int(1, 9)) * 10; return `Năm qua tiếp nhận hơn ${vi(t)} hồ sơ, trong đó ${vi(t + int(1, 9) * 10)} hồ sơ trực tuyến.`; },
  ]);
  push("ratio-statements", 2110, [
    () => { const c = int(300, 6000), d = c + int(Math.round(c * 0.2), Math.round(c * 0.6)), a = int(Math.round(c * 0.75), c - 1), b = Math.min(d - 1, Math.round((d * a) / c)), p = (a * 100) / c, z = p > 90 ? p - int(6, 15) : p + int(4, 8); const f = (x: number) => `Năm ${int(2019, 2025)}, Viện kiểm sát hai cấp kiểm sát điều tra ${vi(c)} vụ/${vi(d)} bị can. Cơ quan điều tra đã giải quyết ${vi(a)} vụ/${vi(b)} bị can, đạt tỷ lệ ${pct(x)}%.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const t = int(40, 250), a = int(Math.round(t * 0.3), t - 1), p = (a * 100) / t, z = farR(p); const f = (x: number) => `Đến nay, số xã đạt chuẩn nông thôn mới là ${a} xã/${t} xã, đạt tỷ lệ ${pct(x)}%.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const k = int(20, 300) * 100, a = int(Math.round(k * 0.6), Math.round(k * 1.4)), p = (a * 100) / k, z = p + (rnd() < 0.5 ? -1 : 1) * int(8, 20); const f = (x: number) => `Trong ${int(6, 11)} tháng, toàn tỉnh tạo việc làm mới cho ${vi(a)} lao động (đạt ${pct(x)}% so với chỉ tiêu ${vi(k)} người).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const t = int(60, 300), a = int(Math.round(t * 0.3), t - 1), y = int(2018, 2024), p = (a * 100) / t, z = farR(p); const f = (x: number) => `Đến hết tháng ${int(2, 6)}, toàn huyện có ${a}/${t} chi hội tổ chức đại hội nhiệm kỳ ${y} - ${y + 5} (đạt ${pct(x, 2)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
    () => { const t = int(2000, 9000), a = int(Math.round(t * 0.5), Math.round(t * 0.9)), p = (a * 100) / t, z = p + (rnd() < 0.5 ? -1 : 1) * (1 + int(0, 40) / 10); const f = (x: number) => `Đến nay đã cấp ${vi(a)}/${vi(t)} chứng thư số cho cán bộ, công chức (đạt khoảng ${pct(x, 2)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
  ], [
    () => { const c = int(40, 200), d = c + int(10, 80), a = int(Math.round(c * 0.6), c - 1), b = int(Math.round(d * 0.6), d - 1); return `Thụ lý ${c} vụ/${d} bị can; đã giải quyết ${a} vụ/${b} bị can, đạt ${int(85, 99)}% chỉ tiêu.`; },
    () => `Đã giải ngân ${vi(int(500, 5000))} tỷ đồng, đạt ${int(40, 90)}% kế hoạch năm ${int(2022, 2025)}.`,
    () => { const t = int(60, 300), y = int(2018, 2024); return `Có ${int(20, t - 1)}/${t} chi hội tổ chức đại hội nhiệm kỳ ${y} - ${y + 5}, tỷ lệ hội viên tham gia sinh hoạt tăng ${int(5, 20)}%.`; },
  ]);
  // ", trong tổng mức b, X đạt a" (part-whole.ts openedWholes; tune half of real-sentences-4).
  push("part-whole", 2120, [
    () => { const t = int(200, 900), a = int(Math.round(t * 0.5), Math.round(t * 0.85)), w = t + int(5, 60); const f = (x: number) => `Theo Cục Thống kê, trong tổng mức ${vi(t / 10, 1)} nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt ${vi(x / 10, 1)} nghìn tỷ đồng, tăng ${pct(tr(20, 150))}% so với cùng kỳ.`; return { right: f(a), wrong: f(w), figure: vi(w / 10, 1) }; },
  ], [
    () => `Tỉnh thu được ${vi(int(200, 500) / 10, 1)} nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt ${vi(int(510, 900) / 10, 1)} nghìn tỷ đồng.`,
  ]);
  // "… chiếm z% tổng mức" a sentence with no count after its total (shares.ts; tune half of real-sentences-10).
  push("shares-apart", 2122, [
    () => { const t = int(6000, 9000), a = int(Math.round(t * 0.6), Math.round(t * 0.8)), p = (a * 100) / t, z = p + (rnd() < 0.5 ? -1 : 1) * int(6, 12); const f = (x: number) => `Tính chung ${int(4, 11)} tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt ${vi(t / 10, 1)} nghìn tỷ đồng, tăng ${pct(tr(50, 130))}% so với cùng kỳ.\nTheo Cục Thống kê, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đã đạt tốc độ tăng khá.\nXét theo ngành hoạt động, doanh thu bán lẻ hàng hóa ước đạt ${vi(a / 10, 1)} nghìn tỷ đồng, chiếm ${pct(x)}% tổng mức.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => `Năm trước, tỉnh tiếp nhận ${vi(int(4000, 9000))} hồ sơ.\nCác sở triển khai nhiều giải pháp.\nNăm nay, sở tiếp nhận ${vi(int(500, 3000))} hồ sơ trực tuyến, chiếm ${int(20, 60)}% tổng số hồ sơ phát sinh.`,
  ]);
  // "thụ lý c vụ với d bị cáo; … a vụ với b bị cáo, đạt tỷ lệ p% về số vụ và q% về số bị cáo" (ratio-statements.ts pairRates; tune half of real-sentences-9).
  push("ratio-statements", 2124, [
    () => { const c = int(2000, 9000), d = c + int(Math.round(c * 0.3), Math.round(c * 0.7)), a = int(Math.round(c * 0.85), c - 1), b = int(Math.round(d * 0.85), d - 1), p = (a * 100) / c, q = (b * 100) / d, z = p - int(8, 15); const f = (x: number) => `Năm ${int(2019, 2025)}, Tòa án hai cấp đã thụ lý ${vi(c)} vụ với ${vi(d)} bị cáo; đã giải quyết, xét xử ${vi(a)} vụ với ${vi(b)} bị cáo, đạt tỷ lệ ${pct(x)}% về số vụ và ${pct(q)}% về số bị cáo.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => `Thụ lý ${vi(int(2000, 9000))} vụ với ${vi(int(9100, 15000))} bị cáo; so với năm trước, thụ lý tăng ${int(100, 400)} vụ với ${int(200, 600)} bị cáo.`,
  ]);
}

// ---------------------------------------------------------------- bare change amounts, label series (brief p2)
// "diện tích … 12.591 ha, tăng 217,55% (8.626 ha) so với năm trước": a figure alone in a parenthesis
// right after a change in percent, the level standing right before the change, is that change as an
// amount (readings/changes.ts bareBefore, amountOfChange); wrong twins: a percentage that does not
// match it. "dịch vụ công trực tuyến mức độ 3 và 4, trong đó mức độ 4 là 620 dịch vụ": a figure joined
// by "," or "và" to a label figure is a label (tokens.ts chainedLabel); wrong twins: parts over a whole
// counted beside such a series. Traps: levels of their own in parentheses, words in the parenthesis,
// a label series before "trong đó". Frames 2250–2279 (brief p2), split by parity; a seed of their own.
seed = 20262250;
{
  const farP = (p: number): number => p + (p > 6 ? -1 : 1) * Math.max(3, p * 0.4);
  // The percentage of a change of d from the earlier level b, and the level now.
  const bare = (b: number, d: number): { a: number; p: number } => ({ a: b + d, p: (Math.abs(d) * 100) / b });
  push("differences", 2250, [
    () => { const b = int(3000, 20000), d = int(Math.round(b * 0.05), Math.round(b * 2.5)), { a, p } = bare(b, d), z = farP(p); const f = (x: number) => `Diện tích lúa chất lượng cao năm nay đạt ${vi(a)} ha, tăng ${pct(x, 2)}% (${vi(d)} ha) so với năm trước.`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
    () => { const b = int(800, 9000), d = int(Math.round(b * 0.02), Math.round(b * 0.3)), { a, p } = bare(b, d), z = farP(p); const f = (x: number) => `Tổng nguồn vốn huy động đạt ${vi(a)} tỷ đồng, tăng ${pct(x)}% (${vi(d)} tỷ đồng) so với đầu năm.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(1000, 6000), d = -int(Math.round(b * 0.03), Math.round(b * 0.3)), { a, p } = bare(b, d), z = farP(p); const f = (x: number) => `Số hộ nghèo toàn huyện còn ${vi(a)} hộ, giảm ${pct(x)}% (${vi(-d)} hộ) so với cuối năm 2024.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(20000, 90000), d = int(Math.round(b * 0.02), Math.round(b * 0.2)), { a, p } = bare(b, d), z = farP(p); const f = (x: number) => `Toàn tỉnh có ${vi(a)} thuê bao internet băng rộng cố định, tăng ${pct(x)}% (${vi(d)} thuê bao) so với năm 2024.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => `Số doanh nghiệp thành lập mới giảm ${pct(int(5, 40) / 10)}% (${vi(int(2000, 6000))} doanh nghiệp) và số doanh nghiệp quay trở lại hoạt động giảm ${pct(int(5, 40) / 10)}% (${vi(int(200, 900))} doanh nghiệp).`,
    () => { const b = int(3000, 9000), z = int(2, 9), a = Math.round(b * (1 + z / 100)); return `Số hộ tham gia bảo hiểm y tế đạt ${vi(a)} hộ, tăng ${z}% (năm 2024 là ${vi(b)} hộ).`; },
  ]);
  push("splits", 2260, [
    () => { const a = int(300, 900), b = int(200, 700), n = a + b, w = b + int(60, 200); const f = (x: number) => `Toàn tỉnh có ${vi(n)} dịch vụ công trực tuyến mức độ 3 và 4, gồm ${vi(a)} dịch vụ mức độ 3 và ${vi(x)} dịch vụ mức độ 4.`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(300, 450), b = int(300, 450), c = int(300, 450), n = a + b + c, w = c + int(40, 100); const f = (x: number) => `Học sinh các lớp 10, 11 và 12 của trường là ${vi(n)} em, gồm lớp 10 có ${a} em, lớp 11 có ${b} em và lớp 12 có ${x} em.`; return { right: f(c), wrong: f(w), figure: String(w) }; },
  ], [
    () => `Tỉnh đã cung cấp ${vi(int(800, 2000))} dịch vụ công trực tuyến mức độ 3 và 4, trong đó mức độ 4 là ${vi(int(200, 700))} dịch vụ.`,
    () => `Tỉnh có ${vi(int(20000, 60000))} dịch vụ công trực tuyến mức độ 3, 4, trong đó số dịch vụ công trực tuyến mức 4 là trên ${vi(int(8000, 19000))}.`,
    () => `Ngày ${int(2, 28)}/${int(1, 12)}, Cụm thi đua ${int(1, 5)}, Hội Chữ thập đỏ thành phố, gồm các quận 1, 3, 5, 10, Tân Bình triển khai chương trình năm 2024.`,
    () => `Trường có các lớp 10, 11 và 12, trong đó lớp 12 có ${int(300, 600)} học sinh.`,
  ]);
}

// ---------------------------------------------------------------- trade balances (brief r6)
// "xuất khẩu x, nhập khẩu n (xuất siêu b)", "… xuất siêu b. Trong đó, kim ngạch xuất khẩu đạt x và
// kim ngạch nhập khẩu đạt n": a balance is the gap of its two flows (readings/balances.ts; tune half
// of real-sentences-3). Traps: a month's and the year's export in one clause, a change of the
// balance, an import share. Frames 2200–2204, split by parity; a seed of their own.
seed = 20262200;
{
  const off = (b: number): number => b + (rnd() < 0.5 ? -1 : 1) * int(Math.max(3, Math.round(b * 0.1)), Math.max(8, Math.round(b * 0.4)));
  push("differences", 2200, [
    () => { const x = int(1200, 9000), n = int(400, x - 100), b = x - n, w = off(b); const f = (v: number) => `Tháng ${int(2, 11)}, tỉnh xuất khẩu ${vi(x)} triệu USD, nhập khẩu ${vi(n)} triệu USD (xuất siêu ${vi(v)} triệu USD).`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
    () => { const n = int(3000, 9000), x = int(500, n - 200), b = n - x, w = off(b); const f = (v: number) => `Năm ${int(2019, 2024)}, kim ngạch xuất khẩu của thành phố đạt ${vi(x)} triệu USD trong khi nhập khẩu lên tới ${vi(n)} triệu USD, nên thành phố nhập siêu ${vi(v)} triệu USD.`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
    () => { const x = int(2000, 9000), n = int(500, x - 300), b = x - n, w = off(b); const f = (v: number) => `Lũy kế ${int(3, 11)} tháng, tỉnh xuất siêu ${vi(v)} triệu USD. Trong đó, kim ngạch xuất khẩu đạt ${vi(x)} triệu USD và kim ngạch nhập khẩu đạt ${vi(n)} triệu USD.`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const m = int(200, 900), y = m * int(8, 11), n = int(Math.round(y * 0.5), Math.round(y * 0.9)); return `Xuất khẩu tháng ${int(8, 11)} đạt ${vi(m)} triệu USD, xuất khẩu cả kỳ đạt ${vi(y)} triệu USD, nhập khẩu cả kỳ đạt ${vi(n)} triệu USD, xuất siêu ${vi(y - n + int(50, 150))} triệu USD tính cả hàng gia công.`; },
    () => { const x = int(2000, 9000), n = int(500, x - 300); return `Kim ngạch xuất khẩu đạt ${vi(x)} triệu USD, nhập khẩu ${vi(n)} triệu USD; xuất siêu tăng ${vi(int(50, 300))} triệu USD so với cùng kỳ.`; },
  ]);
}

// ---------------------------------------------------------------- a change's level after it (brief r6)
// "tăng d điểm (tương đương p%), đạt mức L điểm", "giảm d (p%), lùi về mức L": the percentage of a
// change after "tương đương", worked out from the level the change reached, written after it
// (differences.ts changeGivenTwice, readings/changes.ts levelAfter; tune half of real-sentences-10).
// Traps: a share after "tương đương", a level of another unit. Frames 2205–2209, split by parity.
seed = 20262205;
{
  const farP = (p: number): number => p + (rnd() < 0.5 && p > 0.6 ? -1 : 1) * Math.max(0.3, p * (0.3 + rnd() * 0.5));
  push("differences", 2205, [
    () => { const l = int(9000, 14000) / 10, d = int(20, 150) / 10, p = (d * 100) / (l - d), z = farP(p); const f = (x: number) => `Kết phiên, VN-Index tăng ${vi(d, 1)} điểm (tương đương ${pct(x, 2)}%), đạt mức ${vi(l, 1)} điểm.`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
    () => { const l = int(2000, 2600) / 10, d = int(5, 40) / 10, p = (d * 100) / (l + d), z = farP(p); const f = (x: number) => `Chỉ số HNX-Index giảm ${vi(d, 1)} điểm (tương đương ${pct(x, 2)}%), lùi về mức ${vi(l, 1)} điểm.`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
    () => { const l = int(700, 900), d = int(10, 40), p = (d * 100) / (l - d), z = farP(p); const f = (x: number) => `Giá thép xây dựng tăng ${d} nghìn đồng, tương đương ${pct(x)}%, lên ${vi(l)} nghìn đồng mỗi tấn.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => { const d = int(50, 300), l = int(3000, 9000); return `Dư nợ tín dụng tăng ${d} tỷ đồng, tương đương ${pct(tr(20, 80))}% tổng dư nợ của tỉnh, đạt ${vi(l)} tỷ đồng.`; },
    () => { const d = int(20, 150) / 10; return `VN-Index tăng ${vi(d, 1)} điểm (tương đương ${pct(tr(3, 15), 2)}%), đạt mức thanh khoản ${vi(int(15000, 25000))} tỷ đồng.`; },
  ]);
}

// ---------------------------------------------------------------- an average's approximate operands (brief r6)
// "xuất khẩu gần t triệu tấn …, trị giá v tỷ USD; giá … bình quân đạt a USD/tấn", "hỗ trợ hơn n hộ
// … bình quân a triệu đồng/hộ": an approximate count keeps the plausible range of its word in the
// quotient, not an open end that lets any average pass (averages.ts; tune half of real-sentences-8).
// Traps: the right average near the edge of that range ("khoảng", "gần"). Frames 2210–2213, split by parity.
seed = 20262210;
{
  push("averages", 2210, [
    () => { const t = int(12, 40) / 10, p = int(400, 3000), v = (p * (t - 0.03)) / 1000, w = Math.round(p * (rnd() < 0.5 ? 0.6 : 1.45)); const f = (x: number) => `Năm ${int(2019, 2024)}, cả tỉnh xuất khẩu gần ${vi(t, 1)} triệu tấn gạo, trị giá ${vi(v, 3)} tỷ USD; giá xuất khẩu bình quân đạt ${vi(x)} USD/tấn.`; return { right: f(p), wrong: f(w), figure: vi(w) }; },
    () => { const n = int(11, 40) * 100, a = int(20, 90) / 10, v = (a * (n + int(10, 60))) / 1000, w = a * 2 + int(5, 20) / 10; const f = (x: number) => `Năm qua, huyện đã hỗ trợ hơn ${vi(n)} hộ với tổng kinh phí ${vi(v, 2)} tỷ đồng, bình quân ${vi(x, 1)} triệu đồng/hộ.`; return { right: f(a), wrong: f(w), figure: vi(w, 1) }; },
  ], [
    () => { const n = int(11, 40) * 100, a = int(20, 90) / 10, v = (a * n * 1.04) / 1000; return `Năm qua, huyện đã hỗ trợ khoảng ${vi(n)} hộ với tổng kinh phí ${vi(v, 2)} tỷ đồng, bình quân ${vi(a, 1)} triệu đồng/hộ.`; },
    () => { const t = int(12, 40) / 10, p = int(400, 3000), v = (p * (t - 0.09)) / 1000; return `Cả tỉnh xuất khẩu gần ${vi(t, 1)} triệu tấn gạo, trị giá ${vi(v, 3)} tỷ USD, giá bình quân ${vi(p)} USD/tấn.`; },
  ]);
}

// ---------------------------------------------------------------- a day average over a period (brief r6)
// "trong quý I năm Y, … t người chết; bình quân mỗi ngày có a người chết", "Tính chung n tháng …
// t vụ. Bình quân một ngày có a vụ", "mỗi năm … khoảng t …, trung bình mỗi ngày a": a day average
// divides by the days of the period named before it (averages.ts periodDays; tune halves of
// real-sentences-6 and -9). Traps: a week, working days. Frames 2215–2219, split by parity.
seed = 20262215;
{
  const far = (a: number): number => Math.round(a * (rnd() < 0.5 ? 0.6 : 1.5));
  const QUARTERS = ["I", "II", "III", "IV"];
  push("averages", 2215, [
    () => { const a = int(40, 400), tt = a * 91 + int(-40, 40), w = far(a); const f = (x: number) => `Trong quý ${QUARTERS[int(0, 3)]} năm ${int(2019, 2024)}, toàn tỉnh tiếp nhận ${vi(tt)} hồ sơ trực tuyến; bình quân mỗi ngày có ${vi(x)} hồ sơ.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const n = int(2, 11), a = int(30, 300), tt = a * Math.round(n * 30.4), w = far(a); const f = (x: number) => `Tính chung ${n} tháng năm ${int(2019, 2024)}, trên địa bàn tỉnh xảy ra ${vi(tt)} vụ cháy. Bình quân một ngày có ${vi(x)} vụ cháy.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(500, 3000), tt = Math.round((a * 365) / 1000), w = far(a); const f = (x: number) => `Mỗi năm, thành phố phát sinh khoảng ${vi(tt)} nghìn tấn rác thải sinh hoạt, trung bình mỗi ngày ${vi(x)} tấn.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const a = int(100, 300); return `Trong tuần qua, trung tâm tiếp nhận ${vi(a * 5)} hồ sơ, trung bình mỗi ngày ${vi(a)} hồ sơ.`; },
    () => { const a = int(100, 300); return `Trong quý ${QUARTERS[int(0, 3)]}, bộ phận một cửa tiếp nhận ${vi(a * 62)} lượt; bình quân mỗi ngày làm việc có ${vi(a)} lượt.`; },
  ]);
}

// ---------------------------------------------------------------- a remainder opening its sentence (brief r6)
// "… thụ lý t vụ, giải quyết d vụ. So với cùng kỳ, thụ lý tăng …, giải quyết giảm …. Còn tồn r vụ …":
// a sentence that opens on its remainder takes the total and the done part from the nearest sentence
// before it that holds them, past one of changes only (remainders.ts earlierLevels; tune half of
// real-sentences-7). Traps: "Ngoài ra, còn …" (an addition), a remainder after a list of places.
// Frames 2220–2224, split by parity.
seed = 20262220;
{
  const farR = (r: number): number => r + (rnd() < 0.5 && r > 20 ? -1 : 1) * Math.max(5, Math.round(r * (0.3 + rnd() * 0.4)));
  push("remainders", 2220, [
    () => { const tt = int(60, 900), d = int(Math.round(tt * 0.6), tt - 5), r = tt - d, w = farR(r); const f = (x: number) => `Năm ${int(2019, 2024)}, tòa án hai cấp thụ lý ${vi(tt)} vụ, giải quyết ${vi(d)} vụ. So với cùng kỳ, thụ lý tăng ${int(3, 40)} vụ, giải quyết giảm ${int(2, 30)} vụ. Còn tồn ${vi(x)} vụ đang tiếp tục giải quyết.`; return { right: f(r), wrong: f(w), figure: vi(w) }; },
    () => { const tt = int(800, 5000), d = int(Math.round(tt * 0.8), tt - 10), r = tt - d, w = farR(r); const f = (x: number) => `Trong quý, sở tiếp nhận ${vi(tt)} hồ sơ, đã giải quyết ${vi(d)} hồ sơ. Còn lại ${vi(x)} hồ sơ đang được thẩm định.`; return { right: f(r), wrong: f(w), figure: vi(w) }; },
    () => { const tt = int(1000, 4000), d = int(Math.round(tt * 0.7), tt - 20), r = tt - d, w = farR(r); const f = (x: number) => `Cơ quan thi hành án thụ lý ${vi(tt)} việc, giải quyết xong ${vi(d)} việc.\n\nSo với cùng kỳ, thụ lý tăng ${int(20, 200)} việc. Án còn tồn ${vi(x)} việc chuyển sang kỳ sau.`; return { right: f(r), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const tt = int(10, 40), d = int(5, tt - 2); return `Trong ${tt} người mất tích, có ${d} người trên các tàu cá bị chìm. Ngoài ra, còn ${int(2, 20)} lao động trên tàu khác mất liên lạc.`; },
    () => { const a = int(100, 300), b = int(100, 300), c = int(50, 200); return `Toàn tỉnh có ${vi(a + b + c)} nhà bị ngập (huyện A: ${a} nhà; huyện B: ${b} nhà; huyện C: ${c} nhà). Hiện còn khoảng ${int(3, 9) * 10} nhà còn ngập.`; },
  ]);
}

// ---------------------------------------------------------------- the earlier figure after "(năm Y đạt" (brief r6)
// "đạt a%, giảm d% so với cùng kỳ (năm Y đạt b%)", "(cùng kỳ đạt b lượt)": the period and "đạt" in the
// parenthesis introduce the earlier figure, not a clause of their own, and the year is when it was
// (differences.ts PERIOD_REACHED, yearAt; tune half of real-sentences-7). Traps: a change of its own
// in the parenthesis. Frames 2225–2229, split by parity.
seed = 20262225;
{
  push("differences", 2225, [
    () => { const b = int(900, 1900) / 10, a = int(600, Math.round(b * 10) - 50) / 10, d = b - a, z = d + (rnd() < 0.5 && d > 10 ? -1 : 1) * int(5, 15); const f = (x: number) => `Công suất sử dụng giường bệnh đạt ${vi(a, 1)}%, giảm ${vi(x, 1)}% so với cùng kỳ (năm ${int(2019, 2024)} đạt ${vi(b, 1)}%).`; return { right: f(d), wrong: f(z), figure: vi(z, 1) }; },
    () => { const b = int(200, 900), a = b + int(20, 150), p = ((a - b) * 100) / b, z = p + int(6, 15); const f = (x: number) => `Doanh thu đạt ${vi(a)} tỷ đồng, tăng ${pct(x)}% so với cùng kỳ (năm ${int(2019, 2024)} đạt ${vi(b)} tỷ đồng).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(800, 3000), a = b + int(50, 400), z = a - b + int(30, 90); const f = (x: number) => `Số lượt khám đạt ${vi(a)} lượt, tăng ${vi(x)} lượt so với cùng kỳ (cùng kỳ đạt ${vi(b)} lượt).`; return { right: f(a - b), wrong: f(z), figure: vi(z) }; },
  ], [
    () => { const b = int(200, 900), a = b + int(20, 150); return `Doanh thu đạt ${vi(a)} tỷ đồng, tăng ${pct(tr(30, 90))}% so với cùng kỳ (năm ${int(2019, 2024)} tăng ${pct(tr(30, 90))}%, đạt ${vi(b)} tỷ đồng).`; },
    () => { const b = int(800, 3000); return `Số lượt khám đạt ${vi(b + int(50, 400))} lượt, tăng ${pct(tr(30, 90))}% so với cùng kỳ (năm ${int(2019, 2024)} đạt ${pct(tr(800, 990))}% kế hoạch).`; },
  ]);
}

// ---------------------------------------------------------------- a plan named again in the parenthesis (brief r6)
// "vượt p% kế hoạch năm (kế hoạch là b …)": the plan the change compares with, named again inside the
// parenthesis, is the earlier figure, not a part named there (differences.ts namedInParenthesis; tune
// half of real-sentences-6). Traps: a part inside the parenthesis. Frames 2230–2233, split by parity.
seed = 20262230;
{
  push("differences", 2230, [
    () => { const b = int(100, 300) / 10, a = b + int(10, 80) / 10, p = ((a - b) * 100) / b, z = p + (rnd() < 0.5 && p > 12 ? -1 : 1) * int(6, 12); const f = (x: number) => `Năm ${int(2019, 2024)}, toàn tỉnh giải quyết việc làm cho ${vi(a, 1)} nghìn lao động, vượt ${pct(x)}% kế hoạch năm (kế hoạch là ${vi(b, 1)} nghìn lao động).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(2000, 9000), a = b + int(100, 900), p = ((a - b) * 100) / b, z = p + int(6, 12); const f = (x: number) => `Thu ngân sách đạt ${vi(a)} tỷ đồng, vượt ${pct(x)}% dự toán (dự toán là ${vi(b)} tỷ đồng).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => { const b = int(2000, 9000), a = b + int(100, 900); return `Thu ngân sách đạt ${vi(a)} tỷ đồng, vượt ${pct(tr(20, 90))}% dự toán (trong đó thu nội địa ${vi(Math.round(a * 0.7))} tỷ đồng).`; },
    () => { const a = int(100, 300) / 10; return `Toàn tỉnh giải quyết việc làm cho ${vi(a, 1)} nghìn lao động, vượt ${pct(tr(50, 200))}% kế hoạch năm (kế hoạch lao động nữ ${vi(a / 3, 1)} nghìn người đã đạt).`; },
  ]);
}

// ---------------------------------------------------------------- an average's operands as "a đơn vị/N per" (brief r6)
// "Tổng tiêu chí đạt được: a tiêu chí/N xã. Số tiêu chí đạt bình quân: q tiêu chí/1 xã", "a học
// viên/N lớp, bình quân q học viên/lớp": a count over a count of what the average is per
// (averages.ts overCount; tune half of real-sentences-2). Traps: a count after "/" of another
// thing. Frames 2235–2238, split by parity.
seed = 20262235;
{
  push("averages", 2235, [
    () => { const n = int(40, 150), q = int(100, 190) / 10, a = Math.round(q * n), z = q + (rnd() < 0.5 ? -1 : 1) * int(20, 40) / 10; const f = (x: number) => `Tổng số tiêu chí đạt được: ${vi(a)} tiêu chí/${n} xã. Số tiêu chí đạt bình quân: ${vi(x, 1)} tiêu chí/1 xã.`; return { right: f(a / n), wrong: f(z), figure: vi(z, 1) }; },
    () => { const n = int(8, 40), q = int(20, 60), a = q * n + int(0, n - 1), z = Math.round(q * (rnd() < 0.5 ? 0.7 : 1.35)); const f = (x: number) => `Năm qua, trung tâm đào tạo ${vi(a)} học viên/${n} lớp, bình quân ${vi(x)} học viên/lớp.`; return { right: f(Math.round(a / n)), wrong: f(z), figure: vi(z) }; },
  ], [
    () => { const a = int(500, 900); return `Đã tiếp ${vi(a)} lượt/${vi(a + int(50, 200))} lượt người; bình quân ${int(20, 60)} lượt/ngày.`; },
    () => { const n = int(40, 150); return `Tổng số tiêu chí đạt được: ${vi(n * 15)} tiêu chí/${n} xã; riêng các xã miền núi bình quân ${vi(tr(90, 140), 1)} tiêu chí/xã.`; },
  ]);
}

// ---------------------------------------------------------------- parts against a total (brief r5)
// Shapes of parts against a total the tune halves of real-sentences-2…10 missed. A total split in
// its own parenthesis, then split again in the next sentence ("+ A: 179 người (gồm 98 người chết,
// 81 người mất tích). Trong đó, B 110 người, C 9 người, …"): the second list's parts are the
// total's (readings/wholes.ts listWhole; tune half of real-sentences-10). Traps: the next
// sentence names a few of the parts only. Frames 2150–2199, split by parity; a seed of their own,
// drawn after every corpus above, so no earlier case changes.
seed = 20262150;
{
  const places = ["Bảo Yên", "Sa Pa", "Bát Xát", "Si Ma Cai", "Bắc Hà", "Văn Bàn", "Lục Yên", "Văn Chấn", "Trấn Yên", "Mù Cang Chải"];
  const prov = (): string => ["Lào Cai", "Yên Bái", "Hà Giang", "Cao Bằng"][int(0, 3)] as string;
  const pickP = (n: number): string[] => { const from = int(0, places.length - n); return places.slice(from, from + n); };
  /** Three or four parts that add up to `n`, each at least 1. */
  const split = (n: number, k: number): number[] => { const xs: number[] = []; let left = n; for (let j = 0; j < k - 1; j++) { const x = int(1, Math.max(1, Math.floor(left / (k - j)))); xs.push(x); left -= x; } xs.push(left); return xs; };
  push("splits", 2150, [
    () => { const n = int(40, 200), d = int(10, n - 5), k = int(3, 4), xs = split(n, k), ps = pickP(k), j = int(0, k - 1), w = (xs[j] as number) + int(3, 20), pv = prov(); const f = (v: number) => `+ ${pv}: ${n} người (gồm ${d} người chết, ${n - d} người mất tích). Trong đó, ${xs.map((x, i) => `huyện ${ps[i]} ${i === j ? v : x} người`).join(", ")}.`; return { right: f(xs[j] as number), wrong: f(w), figure: `${ps[j]} ${w}` }; },
    () => { const n = int(120, 900), a = int(40, n - 40), k = int(3, 4), xs = split(n, k), ps = pickP(k), j = int(0, k - 1), w = (xs[j] as number) + int(10, 90); const f = (v: number) => `Năm học ${int(2019, 2024)}, toàn tỉnh có ${n} học sinh bỏ học (${a} học sinh tiểu học, ${n - a} học sinh trung học cơ sở). Trong đó, ${xs.map((x, i) => `huyện ${ps[i]} ${i === j ? v : x} học sinh`).join(", ")}.`; return { right: f(xs[j] as number), wrong: f(w), figure: `${ps[j]} ${w}` }; },
    () => { const n = int(30, 120), a = int(5, n - 5), k = 3, xs = split(n, k), ps = pickP(k), j = int(0, k - 1), w = (xs[j] as number) + int(4, 15); const f = (v: number) => `Trong ${int(3, 9)} tháng, toàn tỉnh xảy ra ${n} vụ cháy (${a} vụ tại khu dân cư, ${n - a} vụ tại cơ sở sản xuất). Trong đó, ${xs.map((x, i) => `huyện ${ps[i]} ${i === j ? v : x} vụ`).join(", ")}.`; return { right: f(xs[j] as number), wrong: f(w), figure: `${ps[j]} ${w}` }; },
  ], [
    () => { const n = int(40, 200), d = int(10, n - 5), ps = pickP(1); return `+ ${prov()}: ${n} người (gồm ${d} người chết, ${n - d} người mất tích). Trong đó, huyện ${ps[0]} ${int(1, Math.floor(n / 2))} người.`; },
    () => { const n = int(40, 200), d = int(10, n - 5); return `Mưa lũ làm ${n} người thương vong (${d} người chết, ${n - d} người bị thương). Trong đó, ${int(1, d)} người chết do lũ quét.`; },
  ]);
  // A list of parts that goes on into a sibling sentence repeating its first part's head word
  // ("Trong đó, hàng hóa quốc tế đạt a tấn, …. Hàng hóa nội địa đạt b tấn, …"), an estimated total
  // compared with its rounding; a total's dated aside in parentheses before "Trong đó"
  // (readings/totals.ts siblingGoesOn, estimateRounding; tune halves of real-sentences-6, -8, -10).
  // Traps: the next sentence names a part of the first part; an estimate that its parts meet only
  // within its rounding; a next sentence of another head word.
  const rate = (): string => pct(int(10, 300) / 10);
  push("next-sentence-parts", 2160, [
    () => { const t = int(300, 900) * 1000, a = Math.round(t * (0.6 + rnd() * 0.25)), b = t - a + int(-400, 400), w = b + int(8, 60) * 1000; const f = (x: number) => `Tổng thị trường hàng hóa ước đạt ${vi(t)} tấn, giảm ${rate()}% so với cùng kỳ. Trong đó, hàng hóa quốc tế đạt ${vi(a)} tấn, giảm ${rate()}% so với cùng kỳ. Hàng hóa nội địa đạt ${vi(x)} tấn, tăng ${rate()}% so với cùng kỳ.`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(2500, 3200), b = int(400, 800), c = int(20, 60), d = int(300, 500), t = a + b + c + d, w = b + int(100, 300); const f = (x: number) => `Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng ${int(2, 11)} ước tính đạt ${vi(t / 10, 1)} nghìn tỷ đồng, tăng ${rate()}% so với tháng trước. Trong đó, doanh thu bán lẻ hàng hóa đạt ${vi(a / 10, 1)} nghìn tỷ đồng, tăng ${rate()}% so với tháng trước. Doanh thu dịch vụ lưu trú, ăn uống đạt ${vi(x / 10, 1)} nghìn tỷ đồng, tăng ${rate()}%; doanh thu du lịch lữ hành đạt ${vi(c / 10, 1)} nghìn tỷ đồng, tăng ${rate()}%; doanh thu dịch vụ khác đạt ${vi(d / 10, 1)} nghìn tỷ đồng, tăng ${rate()}%.`; return { right: f(b), wrong: f(w), figure: vi(w / 10, 1) }; },
    () => { const a = int(20000, 30000), b = int(10000, 15000), c = int(5000, 9000), d = int(1000, 3000), t = a + b + c + d, w = b + int(2000, 6000); const f = (x: number) => `Huyện có ${int(4, 8)} dân tộc cùng sinh sống, với tổng số dân là ${vi(t)} người (theo số liệu điều tra ngày 01/04/${int(2009, 2019)}). Trong đó người Hmong là ${vi(a)} (${pct((a * 100) / t, 2)}%). Người Dao ${vi(x)} (${pct((b * 100) / t, 2)}%), người Kinh ${vi(c)} (${pct((c * 100) / t, 2)}%), người Tày ${vi(d)} (${pct((d * 100) / t, 2)}%).`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const t = int(20, 40) * 1000, a = Math.round(t * 0.6); return `Toàn tỉnh ước đón ${vi(t)} lượt khách. Trong đó, khách quốc tế đạt ${vi(a)} lượt. Khách quốc tế đến từ Hàn Quốc đạt ${vi(Math.round(a * 0.5))} lượt.`; },
    () => { const t = int(300, 900) * 1000, a = Math.round(t * 0.7), b = t - a + int(-400, 400); return `Sản lượng lúa cả năm ước đạt ${vi(t)} tấn. Trong đó, lúa vụ đông xuân đạt ${vi(a)} tấn. Lúa vụ mùa đạt ${vi(b)} tấn.`; },
    () => { const t = int(300, 900), a = Math.round(t * 0.6); return `Toàn tỉnh có ${t} doanh nghiệp thành lập mới. Trong đó, doanh nghiệp tư nhân ${a} doanh nghiệp. Vốn đăng ký bình quân đạt ${int(3, 9)} tỷ đồng mỗi doanh nghiệp, ${t + int(50, 200)} doanh nghiệp quay lại hoạt động.`; },
  ]);
  // A classification that opens the next sentence with "Phân theo …," or "Chia theo …," (a comma,
  // not only a colon), and the three sectors of the economy (Nhà nước, ngoài Nhà nước, có vốn đầu
  // tư nước ngoài) as a whole list (breakdowns.ts OPENER, readings/totals.ts sectorsWhole; tune half
  // of real-sentences-3). Traps: two sectors of three; a classification by trade that names a few.
  const bump = (x: number): number => x + (rnd() < 0.5 ? -1 : 1) * Math.max(3, Math.round(x * (0.1 + rnd() * 0.2)));
  push("next-sentence-parts", 2170, [
    () => { const a = int(150, 400), b = int(3000, 6000), c = int(20, 90), t = a + b + c, w = bump(t); const f = (x: number) => `Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh tháng ${int(2, 11)} đạt ${vi(x)} tỷ đồng. Chia theo loại hình kinh tế, khu vực kinh tế Nhà nước đạt ${vi(a)} tỷ đồng, tăng ${rate()}%; khu vực kinh tế ngoài Nhà nước đạt ${vi(b)} tỷ đồng, tăng ${rate()}%; khu vực kinh tế có vốn đầu tư nước ngoài đạt ${vi(c)} tỷ đồng, giảm ${rate()}%.`; return { right: f(t), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(2000, 5000), b = int(6000, 12000), c = int(1000, 4000), t = a + b + c, w = bump(b); const f = (x: number) => `Vốn đầu tư thực hiện trên địa bàn quý ${int(1, 4)} đạt ${vi(t)} tỷ đồng. Phân theo nguồn vốn: vốn khu vực Nhà nước ${vi(a)} tỷ đồng; vốn khu vực ngoài Nhà nước ${vi(x)} tỷ đồng; vốn khu vực có vốn đầu tư trực tiếp nước ngoài ${vi(c)} tỷ đồng.`; return { right: f(b), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(300, 600), b = int(5000, 9000), c = int(400, 1200), t = a + b + c, w = bump(t); const f = (x: number) => `Lao động có việc làm của tỉnh năm ${int(2019, 2024)} là ${vi(x / 10, 1)} nghìn người. Phân theo khu vực kinh tế, khu vực Nhà nước có ${vi(a / 10, 1)} nghìn người, khu vực ngoài Nhà nước ${vi(b / 10, 1)} nghìn người, khu vực có vốn đầu tư nước ngoài ${vi(c / 10, 1)} nghìn người.`; return { right: f(t), wrong: f(w), figure: vi(w / 10, 1) }; },
  ], [
    () => { const a = int(150, 400), b = int(3000, 6000), t = a + b + int(20, 90); return `Tổng mức bán lẻ hàng hóa trên địa bàn tỉnh đạt ${vi(t)} tỷ đồng. Chia theo loại hình kinh tế, khu vực kinh tế Nhà nước đạt ${vi(a)} tỷ đồng; khu vực kinh tế ngoài Nhà nước đạt ${vi(b)} tỷ đồng.`; },
    () => { const a = int(3000, 5000), b = int(300, 900), t = a + b + int(200, 800); return `Doanh thu dịch vụ tiêu dùng quý ${int(1, 4)} đạt ${vi(t)} tỷ đồng. Phân theo ngành hoạt động, thương nghiệp đạt ${vi(a)} tỷ đồng, dịch vụ lưu trú, ăn uống đạt ${vi(b)} tỷ đồng.`; },
  ]);
  // A total named by "tổng …" after an earlier list marker of its sentence ("DTI gồm 12 chỉ số chia
  // thành 3 trụ cột với tổng điểm 1.000; trong đó …"): the total the next clause's list splits, not
  // the last part of the earlier list (readings/totals.ts namedTotal; tune half of real-sentences-5).
  // Traps: a list's last part before "; trong đó", with no "tổng"; one part only.
  push("splits", 2180, [
    () => { const a = int(30, 50) * 10, b = int(20, 30) * 10, c = int(10, 30) * 10, t = a + b + c, w = a + int(5, 15) * 10; const f = (x: number) => `Bộ chỉ số gồm ${int(9, 15)} chỉ số thành phần chia thành 3 trụ cột với tổng điểm ${vi(t)}; trong đó chính quyền số ${vi(x)} điểm, kinh tế số ${vi(b)} điểm và xã hội số ${vi(c)} điểm.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
    () => { const a = int(20, 80), b = int(20, 80), c = int(20, 80), t = a + b + c, w = b + int(10, 40); const f = (x: number) => `Đoàn thể thao của tỉnh gồm ${int(80, 200)} vận động viên, giành tổng số ${t} huy chương; trong đó ${a} huy chương vàng, ${x} huy chương bạc và ${c} huy chương đồng.`; return { right: f(b), wrong: f(w), figure: `${w} huy chương bạc` }; },
    () => { const a = int(2000, 6000), b = int(8000, 20000), t = a + b, w = a + int(500, 2000); const f = (x: number) => `Huyện gồm ${int(12, 25)} xã, thị trấn với tổng số ${vi(t)} hộ dân; trong đó ${vi(x)} hộ ở thành thị và ${vi(b)} hộ ở nông thôn.`; return { right: f(a), wrong: f(w), figure: vi(w) }; },
  ], [
    () => { const a = int(1200, 1600), b = int(400, 700), c = int(100, 200); return `Toàn tỉnh có ${vi(a + b + c)} thủ tục hành chính gồm ${vi(a)} thủ tục cấp tỉnh, ${vi(b)} thủ tục cấp huyện, ${vi(c)} thủ tục cấp xã; trong đó ${vi(int(a + b + c + 10, a + b + c + 400))} lượt hồ sơ được giải quyết trực tuyến.`; },
    () => { const t = int(80, 120) * 10; return `Bộ chỉ số gồm ${int(9, 15)} chỉ số với tổng điểm ${vi(t)}; trong đó trụ cột chính quyền số chiếm ${vi(Math.round(t / 20) * 10)} điểm.`; },
  ]);
}

// ---------------------------------------------------------------- a change's level in the sentence before (brief p3)
// "xảy ra 925 vụ tai nạn giao thông. So với cùng kỳ, số vụ tai nạn giảm 106 vụ (giảm 10,28%)": a change
// given twice (an amount, its percentage in parentheses) whose level is a count of the sentence before,
// of the same thing (the change with no subject, or a subject the level's words repeat); wrong twins:
// a percentage that does not match it. Traps: the change's own subject ("số vụ trộm cắp", "số người mắc
// sốt xuất huyết") counts another thing than the earlier sentence's count (readings/changes.ts
// otherSubject; real-sweep-2.json and real-sweep-3.json). Frames 2280–2299 (brief p3), split by parity;
// a seed of their own.
seed = 20262280;
{
  const farC = (p: number): number => p + (p > 12 ? -1 : 1) * Math.max(4, p * 0.35);
  push("differences", 2280, [
    () => { const a = int(300, 2000), d = int(Math.round(a * 0.05), Math.round(a * 0.4)), p = (d * 100) / (a + d), z = farC(p); const f = (x: number) => `Năm ${int(2019, 2025)}, toàn tỉnh xảy ra ${vi(a)} vụ tai nạn giao thông. So với cùng kỳ, số vụ tai nạn giảm ${vi(d)} vụ (giảm ${pct(x, 2)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z, 2)}%` }; },
    () => { const b = int(20, 90), d = int(3, Math.round(b * 0.6)), a = b + d, p = (d * 100) / b, z = farC(p); const f = (x: number) => `Trên địa bàn huyện xảy ra ${a} vụ cháy nhà dân. So với năm trước tăng ${d} vụ (tăng ${pct(x)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const c = int(20, 90), a = int(100, 600), d = int(Math.round(a * 0.05), Math.round(a * 0.5)), p = (d * 100) / (a + d), z = farC(p); const f = (x: number) => `Tai nạn giao thông làm chết ${c} người, bị thương ${a} người. So với cùng kỳ, số người bị thương giảm ${d} người (giảm ${pct(x)}%).`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
    () => { const b = int(200, 900), d = int(Math.round(b * 0.05), Math.round(b * 0.3)), a = b + d, p = (d * 100) / b, z = farC(p); const f = (x: number) => `Trong ${int(6, 11)} tháng, Tòa án nhân dân hai cấp đã thụ lý ${vi(a)} vụ án dân sự. Số vụ án dân sự tăng ${d} vụ (tăng ${pct(x)}%) so với cùng kỳ năm ${int(2019, 2024)}.`; return { right: f(p), wrong: f(z), figure: `${pct(z)}%` }; },
  ], [
    () => { const a = int(20, 90), d = int(30, 150); return `Lực lượng công an khám phá ${a} vụ mua bán trái phép chất ma túy. So với cùng kỳ, số vụ trộm cắp tài sản giảm ${d} vụ (giảm ${pct(((d * 100) / (a + d)) * 0.6)}%).`; },
    () => { const a = int(20, 90), d = int(10, 60); return `Trong quý ${["I", "II", "III", "IV"][int(0, 3)]}, toàn tỉnh phát hiện ${a} vụ vi phạm về môi trường. Số vụ buôn lậu giảm ${d} vụ (giảm ${pct(((d * 100) / (a + d)) * 0.5)}%) so với cùng kỳ năm trước.`; },
    () => { const a = int(30, 90), d = int(5, 25); return `Năm ${int(2019, 2025)}, lực lượng kiểm lâm phát hiện ${a} vụ khai thác gỗ trái phép. Số vụ phá rừng tăng ${d} vụ (tăng ${pct(((d * 100) / (a - d)) * 0.5)}%).`; },
    () => { const a = int(40, 200), d = int(60, 300); return `Các cơ sở y tế đã tiếp nhận ${a} người bị ngộ độc thực phẩm. Số người mắc sốt xuất huyết giảm ${d} người (giảm ${pct(((d * 100) / (a + d)) * 0.6)}%) so với cùng kỳ.`; },
  ]);
}

// ---------------------------------------------------------------- a gap to a target rate in parentheses (brief r7)
// "đạt p%, thấp hơn d% so với chỉ tiêu … giao (q%)": a target rate is exact as set, not a rounded
// measure, so the gap must be q − p in points or that gap relative to q (differences.ts
// targetAfter; tune half of real-sentences-6). Traps: the relative reading of a gap to a plan,
// and a gap to last year's measured rate (rounded, as before). Frames 2300–2303, split by parity.
seed = 20262300;
{
  const off = (d: number, rel: number): number => Math.max(d, rel) + int(6, 15) / 10;
  push("differences", 2300, [
    () => { const q = int(60, 98), a = q - int(5, 90) / 10, d = q - a, z = off(d, (d * 100) / q); const f = (x: number) => `Số người tham gia BHYT đạt tỷ lệ bao phủ ${vi(a, 1)}% dân số, thấp hơn ${vi(x, 1)}% so với chỉ tiêu UBND tỉnh giao (${q}%).`; return { right: f(d), wrong: f(z), figure: vi(z, 1) }; },
    () => { const q = int(30, 90), a = q + int(5, 90) / 10, d = a - q, z = off(d, (d * 100) / q); const f = (x: number) => `Tỷ lệ hộ dùng nước sạch đạt ${vi(a, 1)}%, vượt ${vi(x, 1)}% so với kế hoạch năm (${q}%).`; return { right: f(d), wrong: f(z), figure: vi(z, 1) }; },
    () => { const q = int(40, 90), a = q - int(5, 60) / 10, d = q - a, z = off(d, (d * 100) / q); const f = (x: number) => `Tỷ lệ chất thải rắn được thu gom đạt ${vi(a, 1)}%, thấp hơn ${vi(x, 1)}% so với mục tiêu đề ra (${q}%).`; return { right: f(d), wrong: f(z), figure: vi(z, 1) }; },
  ], [
    () => { const q = int(30, 90), a = q + int(5, 90) / 10; return `Tỷ lệ hộ dùng nước sạch đạt ${vi(a, 1)}%, cao hơn ${vi(((a - q) * 100) / q, 2)}% so với kế hoạch (${q}%).`; },
    () => { const q = int(60, 98), a = q - int(30, 60) / 10, r = (((q + 0.4) - a) * 100) / (q + 0.4); return `Tỷ lệ bao phủ đạt ${vi(a, 1)}%, thấp hơn ${vi(r, 1)}% so với cùng kỳ năm trước (${q}%).`; },
  ]);
}

// ---------------------------------------------------------------- averages sharing one divisor (brief r7)
// "Trung bình mỗi năm xảy ra q1 vụ với q2 người ngộ độc và q3 người chết": the averages after a
// judged one share its divisor, each against the count before of the same thing (averages.ts
// sharedDivisor; tune half of real-sentences-4). Traps: a later figure that is a part or a
// change, not an average. Frames 2305–2308, split by parity.
seed = 20262305;
{
  const far = (q: number): number => Math.round(q * (rnd() < 0.5 ? 0.6 : 1.5)) + 1;
  push("averages", 2305, [
    () => { const n = int(3, 9), v = int(100, 900) * n + int(0, n - 1), p = int(20, 40) * v, d = int(1, 5) * n + int(0, n - 1), q = Math.round(p / n), z = far(q); const f = (x: number) => `Trong ${n} năm gần đây, cả nước ghi nhận ${vi(v)} vụ ngộ độc thực phẩm với ${vi(p)} người bị ngộ độc, trong đó có ${vi(d)} người chết. Trung bình mỗi năm xảy ra ${vi(Math.round(v / n))} vụ với ${vi(x)} người ngộ độc và ${vi(Math.round(d / n))} người chết.`; return { right: f(q), wrong: f(z), figure: vi(z) }; },
    () => { const n = int(8, 30), h = int(20, 40) * n + int(0, n - 1), g = int(2, 4) * n, q = g / n, z = q + int(2, 4); const f = (x: number) => `Năm qua, trung tâm mở ${n} lớp cho ${vi(h)} học viên với ${g} giáo viên; bình quân mỗi lớp ${vi(Math.round(h / n))} học viên và ${vi(x)} giáo viên.`; return { right: f(q), wrong: f(z), figure: vi(z) }; },
  ], [
    () => { const n = int(3, 9), v = int(100, 900) * n; return `Trong ${n} năm gần đây, cả nước ghi nhận ${vi(v)} vụ ngộ độc thực phẩm với ${vi(v * 30)} người bị ngộ độc. Trung bình mỗi năm xảy ra ${vi(v / n)} vụ, trong đó ${vi(int(5, 20))} vụ tại bếp ăn tập thể.`; },
    () => { const n = int(8, 30), h = int(20, 40) * n; return `Năm qua, trung tâm mở ${n} lớp cho ${vi(h)} học viên; bình quân mỗi lớp ${vi(h / n)} học viên, tăng ${int(2, 9)} học viên so với năm trước.`; },
  ]);
}

// ---------------------------------------------------------------- changes against an earlier pair "(a/b)" (brief r8)
// "ghi nhận a ca mắc, c tử vong. So với cùng kỳ (b/d), số mắc tăng x lần, tử vong giảm y ca",
// "đã tiếp a lượt/c người. So với năm trước giảm x lượt, y người (… b lượt/d người)": the earlier
// period's figures as a pair in parentheses, each the base of the change of the current figure in
// the same place (rules/readings/pairs.ts; tune halves of real-sentences-5 and -9). Traps: "a/b"
// as a share of a whole, a date, a ratio, a document's number. Frames 2350–2357, split by parity.
// The first frame's earlier count has four digits: "(722/20)" is still read as a fraction above one
// (part_exceeds_whole) by the fraction rule, a false alarm not fixed here.
seed = 20262350;
{
  const ill = ["sốt xuất huyết", "tay chân miệng", "sởi", "thủy đậu"];
  push("differences", 2350, [
    () => { const b = int(1000, 2500), a = Math.round(b * (int(15, 60) / 10)), q = a / b, c = int(2, 30), c0 = c + int(3, 20), d = c0 - c, z = d + int(2, 6); const f = (x: number) => `Lũy kế ${int(5, 11)} tháng, toàn tỉnh ghi nhận ${vi(a)} ca ${ill[int(0, 3)]}, ${c} ca tử vong. So với cùng kỳ năm trước (${vi(b)}/${c0}), số ca mắc tăng ${vi(q, 1)} lần, số ca tử vong giảm ${x} ca.`; return { right: f(d), wrong: f(z), figure: `giảm ${z}` }; },
    () => { const a1 = int(300, 900), a2 = a1 + int(50, 200), d1 = int(10, 40), d2 = int(60, 120), z = d2 + int(3, 9), y = int(2019, 2025); const f = (x: number) => `Năm ${y}, ${["trụ sở tiếp công dân tỉnh", "các cơ quan hành chính", "Thanh tra tỉnh"][int(0, 2)]} đã tiếp ${a1} lượt/${vi(a2)} người. So với năm trước giảm ${d1} lượt, ${x} người (năm ${y - 1} đã tiếp ${vi(a1 + d1)} lượt/${vi(a2 + d2)} người).`; return { right: f(d2), wrong: f(z), figure: `${z} người` }; },
    () => { const b = int(800, 9000), p = int(50, 350) / 10, a = Math.round(b * (1 - p / 100)), r = ((b - a) * 100) / b, z = r + int(5, 9), k = int(1, 3), k0 = k + int(1, 2); const f = (x: number) => `Trong tuần, số ca nhập viện là ${vi(a)}/${k}, so với tuần trước (${vi(b)}/${k0}) số ca nhập viện giảm ${vi(x, 1)}%.`; return { right: f(r), wrong: f(z), figure: `${vi(z, 1)}%` }; },
    () => { const a = int(40, 300), q = int(2, 5), b = a * q, c = int(5, 20), c0 = c + int(1, 3), z = q + 2; const f = (x: number) => `Năm nay địa bàn ghi nhận ${a} vụ cháy, ${c} người chết. So với cùng kỳ (${vi(b)}/${c0}), số vụ cháy giảm ${x} lần, số người chết giảm ${c0 - c} người.`; return { right: f(q), wrong: f(z), figure: `giảm ${z}` }; },
  ], [
    () => { const w = int(15, 40), p = int(8, w), d = int(1, Math.min(5, p - 1)); return `Đến nay có ${p}/${w} xã đạt chuẩn nông thôn mới (năm trước ${p - d}/${w} xã), tăng ${d} xã, tỷ lệ tăng ${vi((d * 100) / w, 1)} điểm phần trăm.`; },
    () => { const a = int(80, 300), c = int(5, 30); return `Đoàn kiểm tra ${a} cơ sở, ${c} cơ sở vi phạm. So với kỳ trước (${int(1, 28)}/${int(1, 12)}) tăng ${int(10, 40)} cơ sở, giảm ${int(1, 4)} cơ sở.`; },
    () => { const w = int(5, 9), p = int(1, w - 1); return `Tỷ lệ ${p}/${w} hộ có nước sạch, so với năm trước (${Math.max(1, p - 1)}/${w}) tăng ${int(1, 3)} hộ.`; },
    () => { const a = int(200, 600), b = int(10, 40); return `Năm nay cấp ${a} giấy phép, ${b} giấy phép bị thu hồi. So với năm trước (Quyết định số ${int(100, 999)}/QĐ-UBND) tăng ${int(20, 80)} giấy phép, giảm ${int(2, 9)} giấy phép.`; },
  ]);
}

for (const [rule, c] of Object.entries(corpora)) {
  const file = new URL(`../test/validation/narrative/corpora/${rule}.json`, import.meta.url);
  const body = {
    rule,
    description: c.description,
    codes: c.codes,
    split:
      c.split ??
      ("Frame index parity: sentences of even frames are the tune half, of odd frames the held-back half (field `half`). Frames numbered from 100 (`round: 2`) were written after tuning and are all held back." +
      (c.cases.some((x) => x.round === 3) ? " Frames numbered from 200 (`round: 3`) are right sentences of shapes whole real documents raised false alarms on (real-documents.md), split by parity." : "")),
    generatedBy: "scripts/gen-narrative-corpora.ts (frames written by hand for issue 13; figures from a fixed seed)",
    cases: c.cases.map((x) => (x.text !== undefined ? { ...x, text: x.text.normalize("NFC") } : { ...x, paragraphs: x.paragraphs?.map((p) => ({ ...p, text: p.text.normalize("NFC") })) })),
  };
  writeFileSync(file, `${JSON.stringify(body, null, 1)}\n`);
  const wrong = c.cases.filter((x) => x.wrong).length;
  console.log(`${rule}: ${c.cases.length - wrong} right, ${wrong} wrong`);
}
