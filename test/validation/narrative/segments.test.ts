import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { narrativeFindings, SEGMENT_LIMIT, segmentEnd } from "../../../src/validation/narrative/check-narrative.js";
import { checkDocument, checkNarrative, type NarrativeOptions } from "../../../src/validation/narrative/index.js";

// A long text is checked piece by piece (issue 13: no copy of a whole long report); the pieces
// must change nothing. Each test compares with the text checked in one piece (`Infinity`).

const SEEDS = fileURLToPath(new URL("../../fixtures/seeds", import.meta.url));
const CORPORA = fileURLToPath(new URL("./corpora", import.meta.url));

/** The real prose of the three seed reports, in order. */
const seedText = readdirSync(SEEDS)
  .filter((n) => /^00[234]_/.test(n))
  .sort()
  .map((n) => readFileSync(`${SEEDS}/${n}`, "utf8"))
  .join("\n\n");
/** The seeds' non-empty lines: real paragraphs, headings and list items. */
const seedLines = seedText.split("\n").filter((l) => l.trim() !== "");
/** Every corpus sentence (dense in the shapes the rules read; each holds figures). */
const corpusSentences = readdirSync(CORPORA)
  .filter((n) => n.endsWith(".json"))
  .sort()
  .flatMap((n) => {
    const c = JSON.parse(readFileSync(`${CORPORA}/${n}`, "utf8")) as { cases: { text?: string; paragraphs?: { text: string }[] }[] };
    return c.cases.map((x) => x.text ?? x.paragraphs?.map((p) => p.text).join("\n") ?? "");
  });

const whole = (text: string, options: NarrativeOptions = {}) => narrativeFindings(text, options, true, undefined, undefined, Infinity);
const cut = (text: string, limit: number, options: NarrativeOptions = {}) => narrativeFindings(text, options, true, undefined, undefined, limit);

/** Where `text` is cut with pieces of at most `limit` units (the ends, the last one the text's end). */
function ends(text: string, limit: number): number[] {
  const out: number[] = [];
  for (let from = 0; from < text.length; ) {
    from = segmentEnd(text, from, limit);
    out.push(from);
  }
  return out;
}

/** Seed prose and corpus sentences, interleaved, to at least `size` units. */
function longProse(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const piece = i % 2 === 0 ? seedText : corpusSentences.slice((i * 97) % corpusSentences.length).slice(0, 60).join("\n");
    parts.push(piece);
    length += piece.length + 2;
  }
  return parts.join("\n\n");
}

describe("checkNarrative on a text cut into pieces", () => {
  const long = longProse(3 * SEGMENT_LIMIT);

  it("cuts a long report into pieces under the large-object size, and finds what one piece finds", () => {
    const at = ends(long, SEGMENT_LIMIT);
    expect(at.length).toBeGreaterThan(2);
    let from = 0;
    for (const e of at) {
      expect(e - from).toBeLessThan(65_536);
      from = e;
    }
    const one = whole(long, { includeChecks: true });
    expect(one.length).toBeGreaterThan(200);
    expect(checkNarrative(long, { includeChecks: true })).toEqual(one);
    expect(checkNarrative(long, { locale: "en" })).toEqual(whole(long, { locale: "en" }));
  });

  it("finds the same with pieces cut at every safe paragraph end", () => {
    expect(ends(long, 300).length).toBeGreaterThan(20);
    expect(cut(long, 300, { includeChecks: true })).toEqual(whole(long, { includeChecks: true }));
  });

  it("leaves a text of at most SEGMENT_LIMIT units in one piece", () => {
    expect(SEGMENT_LIMIT).toBeLessThan(65_536);
    expect(segmentEnd(long, 0, SEGMENT_LIMIT)).toBeLessThanOrEqual(SEGMENT_LIMIT);
    expect(segmentEnd(long.slice(0, SEGMENT_LIMIT), 0, SEGMENT_LIMIT)).toBe(SEGMENT_LIMIT);
  });

  it("cuts only after a sentence's end, before a capital, between sentences without figures", () => {
    for (const e of ends(long, 2000).slice(0, -1)) {
      const before = long.slice(0, e).trimEnd();
      expect(before.slice(-1)).toMatch(/[.!?]/);
      expect(long.slice(e).replace(/^[#* ]+/u, "")).toMatch(/^\p{Lu}/u);
      // The first sentence after the cut holds no digit.
      expect(long.slice(e).split(/[.!?](?= )|\n/u)[0]).not.toMatch(/\d/);
    }
  });

  it("reports a quantity restated in two pieces, with both paragraph numbers", () => {
    const filler = seedText;
    const text = `Đến nay còn 32 nhiệm vụ chậm tiến độ kéo dài.\n\n${filler}\n\n${filler}\n\nTồn tại: 35 nhiệm vụ chậm tiến độ kéo dài chưa xử lý dứt điểm.`;
    const at = ends(text, SEGMENT_LIMIT);
    expect(at.length).toBeGreaterThan(1);
    expect(at[0]).toBeLessThan(text.indexOf("35 nhiệm vụ"));
    const found = checkNarrative(text).filter((f) => f.code === "quantity_restated" && f.excerpt.startsWith("35 nhiệm vụ"));
    // Paragraph numbers as the one-piece check counts them: line breaks that end a sentence.
    const paragraphs = text.slice(0, text.lastIndexOf("Tồn tại")).split(/\n+/u).filter((l) => l.trim() !== "").length + 1;
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toMatchObject({ first: "32", second: "35", firstAt: 1 });
    expect(found[0]?.params.secondAt).toBeGreaterThan(200);
    expect(found[0]?.params.secondAt).toBeLessThanOrEqual(paragraphs);
    expect(checkNarrative(text)).toEqual(whole(text));
  });

  it("compares the statements of a long paragraph with the other paragraphs in checkDocument", () => {
    const text = `${seedText}\n\n${seedText}\n\nĐến nay còn 32 nhiệm vụ chậm tiến độ kéo dài.`;
    expect(ends(text, SEGMENT_LIMIT).length).toBeGreaterThan(1);
    const found = checkDocument([{ text }, { text: "Tồn tại: 35 nhiệm vụ chậm tiến độ kéo dài chưa xử lý." }]).filter((f) => f.code === "quantity_restated");
    expect(found.map((f) => [f.paragraph, f.excerpt, f.params.firstParagraph])).toEqual([[1, "35 nhiệm vụ chậm tiến độ kéo dài chưa", 0]]);
  });

  it("still counts a list after ':' that sits at the limit", () => {
    const head = `${seedLines.slice(0, 40).join("\n")}\n`;
    // No digit after the count: only the capital rule keeps a cut out of the list.
    const calm = "Các đơn vị đã phối hợp chặt chẽ, bảo đảm tiến độ và chất lượng trong quá trình triển khai thực hiện nhiệm vụ được giao. ".repeat(4);
    const list = `Văn phòng đã ban hành 04 văn bản:\n- Kế hoạch triển khai Đề án.\n- Công văn đôn đốc thu nhận hồ sơ.\n- Quyết định kiện toàn Tổ công tác.\n${calm}\n`;
    const text = `${head}${list}${seedLines.slice(40, 80).join("\n")}`;
    const one = whole(text);
    expect(one.filter((f) => f.code === "list_count_mismatch").map((f) => [f.actual, f.expected])).toEqual([[4, 3]]);
    // Limits that put the end of a piece anywhere in or around the list.
    for (let limit = head.length - 40; limit <= head.length + list.length + 40; limit += 7) {
      expect(cut(text, limit)).toEqual(one);
    }
  });

  it("keeps a one-line paragraph of any length in one piece", () => {
    const line = "Tiếp nhận 976 hồ sơ, trong đó 956 hồ sơ đúng hạn. ".repeat(4000);
    expect(segmentEnd(line, 0, 1000)).toBe(line.length);
    expect(cut(line.slice(0, 20_000), 1000)).toEqual(whole(line.slice(0, 20_000)));
  });

  it("never starts a piece on a combining mark, and finds the same on NFD text with controls", () => {
    const text = longProse(60_000).slice(0, 60_000).normalize("NFD").replace(/99,7%/gu, "\u202E%7,99\u202C").replace(/ 12 /gu, " 1\u200B2 ");
    const at = ends(text, 400);
    expect(at.length).toBeGreaterThan(5);
    for (const e of at.slice(0, -1)) expect(text[e]).not.toMatch(/\p{M}/u);
    expect(cut(text, 400, { includeChecks: true })).toEqual(whole(text, { includeChecks: true }));
  });

  it("views every piece as the whole text would be viewed (one piece with a control rebuilds all)", () => {
    // "%" and a combining mark no letter takes: NFC as it stands, one cluster in a rebuilt view.
    const slip = "Trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%\u0301.";
    const text = `${slip}\n\n${seedText}\n\n${seedText}\n\nĐã tiếp nhận 1\u200b200 hồ sơ.`;
    expect(ends(text, SEGMENT_LIMIT).length).toBeGreaterThan(1);
    const found = checkNarrative(text).filter((f) => f.code === "percent_mismatch" && f.start === text.indexOf("956"));
    expect(found.map((f) => f.excerpt)).toEqual(["956/959 hồ sơ đạt tỷ lệ 99,8%\u0301"]);
    expect(checkNarrative(text, { includeChecks: true })).toEqual(whole(text, { includeChecks: true }));
  });

  it("gives the findings of `a + \\n\\n + b` whatever the limit (real prose and corpus sentences)", () => {
    const paragraph = fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom(...corpusSentences));
    const block = fc.tuple(fc.array(paragraph, { minLength: 5, maxLength: 40 }), fc.constantFrom("\n", "\n\n", " \n")).map(([ps, sep]) => ps.join(sep));
    fc.assert(
      fc.property(block, block, fc.integer({ min: 200, max: 2000 }), (a, b, limit) => {
        const text = `${a}\n\n${b}`;
        expect(cut(text, limit, { includeChecks: true })).toEqual(whole(text, { includeChecks: true }));
      }),
      { numRuns: 60 },
    );
  });
});

describe("what follows a sentence never changes how it is read", () => {
  // The pieces are cut between paragraphs on the promise that no rule reads a sentence by the words
  // after it: the pieces property found three rules that did (the bands of fractions, a remainder's
  // "chưa …", a comparison's own change), each reading a fixed number of characters on, into the
  // next paragraph. Each now reads to its sentence's end (sentenceEndWithin in context.ts).
  it("a comparison's figure is read by its own sentence only ('Tăng cường …' next is no change of it)", () => {
    const a = "Tháng 5 tiếp nhận 4.120 hồ sơ, tăng 520 hồ sơ so với tháng 4 là 3.700 hồ sơ.";
    for (const next of ["", "\nTăng cường kiểm tra việc tiếp nhận.", " Giảm thời gian chờ."]) {
      expect(checkNarrative(a + next).map((f) => f.code), next).toEqual(["difference_mismatch"]);
    }
  });

  it("a share's whole is not made a sibling by a share opening the next sentence ('Tỷ lệ đạt …' next)", () => {
    const a = "Số tài khoản đã kích hoạt là 6.126 tài khoản (đạt 20,5%), số tài khoản đã cấp là 18.139 tài khoản.";
    for (const next of ["", "\nTỷ lệ đạt 84,4%, cao hơn mức bình quân chung của cả nước là 75,9%.", " Tỷ lệ đạt 84,4%."]) {
      expect(checkNarrative(a + next).map((f) => `${f.code} ${f.excerpt}`), next).toEqual(["percent_mismatch 6.126 tài khoản (đạt 20,5%), số tài khoản đã cấp là 18.139"]);
    }
  });

  it("a remainder is judged whatever the next paragraph reads of it, and a remainder is no whole ('còn lại 23 vụ.' then 'Số vụ cháy: 494 vụ')", () => {
    const a = "Tòa án nhân dân huyện thụ lý 375 vụ án, đã giải quyết 355 vụ (đạt 94,7%), còn lại 23 vụ.";
    for (const next of ["", "\nSố vụ cháy: 494 vụ.", "\nSố vụ cháy: 494 vụ, giảm 74 vụ so với năm 2024 (trong đó, khu vực đô thị: 338 vụ; khu vực nông thôn: 177 vụ)."]) {
      // The next paragraph's own slips aside (338 + 177 > 494 is one).
      expect(checkNarrative(a + next).filter((f) => f.start < a.length).map((f) => f.code), next).toEqual(["remainder_mismatch"]);
    }
  });

  it("property: a corpus sentence gives the same findings whatever paragraph follows it", () => {
    const own = (text: string, length: number) =>
      checkNarrative(text, { includeChecks: true })
        .filter((f) => f.end <= length)
        .map((f) => `${f.code} ${f.start} ${f.end}`);
    fc.assert(
      fc.property(fc.constantFrom(...corpusSentences), fc.constantFrom(...seedLines, ...corpusSentences), (a, b) => {
        // Only the cuts segmentEnd would make: a sentence's end, then a paragraph opening with a capital.
        fc.pre(/[.!?]$/u.test(a.trimEnd()) && /^\p{Lu}/u.test(b.trimStart()) && !a.includes("\n"));
        expect(own(`${a}\n${b}`, a.length)).toEqual(own(a, a.length));
      }),
      { numRuns: 300 },
    );
  });
});
