import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/index.js";
import { parseReport, type Report } from "../../src/schema/index.js";
import { loadFixture, loadReport } from "../fixtures/index.js";
import { attrs, childrenOf, effectiveSize, findAll, findFirst, paragraphProps, parseXml, readBack, runStyles, tagOf, textOf, type XmlNode } from "./docx-xml.js";

/** The Nghệ An monthly report (seed 003) with a few header fields changed. */
function variant(change: (r: Record<string, any>) => void): Report {
  const raw = loadFixture("003-nghe-an-2026-02") as Record<string, any>;
  change(raw);
  return parseReport(raw);
}

function paragraphTexts(nodes: readonly XmlNode[]): string[] {
  return findAll(nodes, "w:p").map(textOf);
}

function sectPr(body: XmlNode[]): Record<string, Record<string, string>> {
  const s = body.find((n) => tagOf(n) === "w:sectPr");
  const out: Record<string, Record<string, string>> = {};
  for (const c of s === undefined ? [] : childrenOf(s)) out[tagOf(c)] = attrs(c);
  return out;
}

describe("renderDocx: page and fonts (Nghị định 30/2020, Phụ lục I, Phần I, mục I)", () => {
  it("is A4 portrait with margins inside the decree's ranges", async () => {
    const { body } = await readBack(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const s = sectPr(body);
    expect(s["w:pgSz"]).toMatchObject({ "w:w": "11906", "w:h": "16838", "w:orient": "portrait" });
    const m = s["w:pgMar"] ?? {};
    const mm = (v: string | undefined) => (Number(v) * 25.4) / 1440;
    expect(mm(m["w:top"])).toBeGreaterThanOrEqual(19.9);
    expect(mm(m["w:top"])).toBeLessThanOrEqual(25.1);
    expect(mm(m["w:bottom"])).toBeGreaterThanOrEqual(19.9);
    expect(mm(m["w:bottom"])).toBeLessThanOrEqual(25.1);
    expect(mm(m["w:left"])).toBeGreaterThanOrEqual(29.9);
    expect(mm(m["w:left"])).toBeLessThanOrEqual(35.1);
    expect(mm(m["w:right"])).toBeGreaterThanOrEqual(14.9);
    expect(mm(m["w:right"])).toBeLessThanOrEqual(20.1);
  });

  it("sets Times New Roman, black, as the default font and names no other font", async () => {
    const { files } = await readBack(await renderDocx(loadReport("004-dong-cuu-2026-05")));
    const styles = files["word/styles.xml"] ?? "";
    const defaults = findFirst(parseXml(styles), "w:rPrDefault");
    expect(defaults).toBeDefined();
    const fonts = attrs(findFirst([defaults as XmlNode], "w:rFonts") as XmlNode);
    expect(fonts).toMatchObject({ "w:ascii": "Times New Roman", "w:hAnsi": "Times New Roman", "w:cs": "Times New Roman" });
    expect(attrs(findFirst([defaults as XmlNode], "w:color") as XmlNode)["w:val"]).toBe("000000");
    const doc = files["word/document.xml"] ?? "";
    const named = [...doc.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(named.every((f) => f === "Times New Roman")).toBe(true);
  });

  it("has an empty first-page header and the page number centred on the other pages", async () => {
    const { files, body } = await readBack(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const s = body.find((n) => tagOf(n) === "w:sectPr") as XmlNode;
    expect(findFirst([s], "w:titlePg")).toBeDefined();
    const rels = parseXml(files["word/_rels/document.xml.rels"] ?? "");
    const target = (type: string) => {
      const ref = findAll([s], "w:headerReference").find((h) => attrs(h)["w:type"] === type);
      const id = ref === undefined ? "" : attrs(ref)["r:id"];
      const rel = findAll(rels, "Relationship").find((r) => attrs(r)["Id"] === id);
      return files[`word/${rel === undefined ? "" : attrs(rel)["Target"]}`] ?? "";
    };
    const first = parseXml(target("first"));
    expect(paragraphTexts(first).join("")).toBe("");
    expect(target("first")).not.toContain("PAGE");
    const other = target("default");
    expect(other).toMatch(/PAGE/);
    expect(attrs(findFirst(parseXml(other), "w:jc") as XmlNode)["w:val"]).toBe("center");
  });
});

describe("renderDocx: header (Phụ lục I, Phần I, mục II.1–II.4)", () => {
  it("writes a People's Committee on two bold lines, the national name and motto, number and date", async () => {
    const { body } = await readBack(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const header = body[0] as XmlNode;
    expect(tagOf(header)).toBe("w:tbl");
    const borders = findFirst([header], "w:tblBorders") as XmlNode;
    expect(childrenOf(borders).every((b) => attrs(b)["w:val"] === "none" || attrs(b)["w:val"] === "nil")).toBe(true);
    const [issuerCell, nationalCell, numberCell, dateCell] = findAll([header], "w:tc");
    const issuer = findAll([issuerCell as XmlNode], "w:p").filter((p) => textOf(p) !== "");
    expect(issuer.map(textOf)).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"]);
    expect(issuer.flatMap(runStyles).every((r) => r.bold)).toBe(true);
    const national = paragraphTexts([nationalCell as XmlNode]).filter((t) => t !== "");
    expect(national).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    expect(paragraphTexts([numberCell as XmlNode])).toEqual(["Số:       /BC-UBND"]);
    const date = findFirst([dateCell as XmlNode], "w:p") as XmlNode;
    // The author left the day blank for the signer: "ngày    tháng 3 năm 2026".
    expect(textOf(date)).toBe("Nghệ An, ngày      tháng 3 năm 2026");
    expect(runStyles(date).every((r) => r.italics)).toBe(true);
  });

  it("draws the rules as borders: a short one under the issuer, one under the motto", async () => {
    const { body } = await readBack(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const [issuerCell, nationalCell] = findAll([body[0] as XmlNode], "w:tc");
    for (const cell of [issuerCell, nationalCell]) {
      const rule = findAll([cell as XmlNode], "w:p").find((p) => findFirst([p], "w:pBdr") !== undefined);
      expect(rule).toBeDefined();
      expect(textOf(rule as XmlNode)).toBe("");
    }
  });

  it("writes the governing body upright over the issuer in bold", async () => {
    const { body } = await readBack(await renderDocx(loadReport("002-son-la-vp-ubnd")));
    const issuer = findAll([findFirst([body[0] as XmlNode], "w:tc") as XmlNode], "w:p").filter((p) => textOf(p) !== "");
    expect(issuer.map(textOf)).toEqual(["UBND TỈNH SƠN LA", "VĂN PHÒNG"]);
    expect(runStyles(issuer[0] as XmlNode).every((r) => !r.bold)).toBe(true);
    expect(runStyles(issuer[1] as XmlNode).every((r) => r.bold)).toBe(true);
  });

  it("pads a number below 10 with a zero and writes the date", async () => {
    const r = variant((x) => {
      x.document.number = 5;
      x.document.date = "2026-03-08";
    });
    const { body } = await readBack(await renderDocx(r));
    const cells = findAll([body[0] as XmlNode], "w:tc");
    expect(paragraphTexts([cells[2] as XmlNode])).toEqual(["Số: 05/BC-UBND"]);
    expect(paragraphTexts([cells[3] as XmlNode])).toEqual(["Nghệ An, ngày 08 tháng 3 năm 2026"]);
    const r2 = variant((x) => {
      x.document.number = 123;
    });
    const cells2 = findAll([(await readBack(await renderDocx(r2))).body[0] as XmlNode], "w:tc");
    expect(paragraphTexts([cells2[2] as XmlNode])).toEqual(["Số: 123/BC-UBND"]);
  });
});

describe("renderDocx: title, addressees, body", () => {
  it("writes BÁO CÁO and the title in bold, centred, with a rule under them", async () => {
    const r = loadReport("003-nghe-an-2026-02");
    const { body } = await readBack(await renderDocx(r));
    const texts = body.map((n) => (tagOf(n) === "w:p" ? textOf(n) : "<table>"));
    const at = texts.indexOf("BÁO CÁO");
    expect(at).toBe(1);
    expect(texts[at + 1]).toBe(r.document.title);
    for (const p of [body[at], body[at + 1]]) {
      expect(runStyles(p as XmlNode).every((x) => x.bold)).toBe(true);
      expect(attrs(findFirst([p as XmlNode], "w:jc") as XmlNode)["w:val"]).toBe("center");
    }
    expect(findFirst([body[at + 2] as XmlNode], "w:pBdr")).toBeDefined();
  });

  it("writes one addressee on the Kính gửi line, several one per line with the list's dash, punctuation as written", async () => {
    const one = await readBack(await renderDocx(loadReport("002-son-la-vp-ubnd")));
    expect(one.body.map((n) => textOf(n))).toContain("Kính gửi: Công an tỉnh");
    const r = variant((x) => {
      x.document.recipients = ["Tổ Công tác Đề án 06 Chính phủ", "Bộ Công an (C06);", "Ban Chỉ đạo tỉnh."];
    });
    const texts = (await readBack(await renderDocx(r))).body.map((n) => textOf(n));
    const at = texts.indexOf("Kính gửi:");
    expect(texts.slice(at, at + 4)).toEqual([
      "Kính gửi:",
      "- Tổ Công tác Đề án 06 Chính phủ",
      "- Bộ Công an (C06);",
      "- Ban Chỉ đạo tỉnh.",
    ]);
  });

  it("justifies body paragraphs, indents their first line by 1–1,27 cm, 6 pt apart, 13–14 pt", async () => {
    const r = loadReport("004-dong-cuu-2026-05");
    const { files, body } = await readBack(await renderDocx(r));
    const node = r.body[0]?.children[0]?.paragraphs[0];
    const first = typeof node === "string" ? node : "";
    const p = body.find((n) => tagOf(n) === "w:p" && textOf(n) === first) as XmlNode;
    expect(p).toBeDefined();
    const props = paragraphProps(p, files["word/styles.xml"] ?? "");
    expect(props.jc).toBe("both");
    const indent = Number(props.ind["w:firstLine"]);
    expect(indent).toBeGreaterThanOrEqual(567);
    expect(indent).toBeLessThanOrEqual(720);
    expect(Number(props.spacing["w:before"] ?? 0) + Number(props.spacing["w:after"] ?? 0)).toBeGreaterThanOrEqual(120);
    expect(Number(props.spacing["w:line"])).toBeGreaterThanOrEqual(240);
    expect(Number(props.spacing["w:line"])).toBeLessThanOrEqual(360);
    const sizes = runStyles(p).map((x) => effectiveSize(p, x, files["word/styles.xml"] ?? ""));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every((x) => x === "26" || x === "28")).toBe(true);
  });

  it("keeps the author's parts and numbering, weighted by level: I. and 1. bold, 1.1. bold italic", async () => {
    const { body } = await readBack(await renderDocx(loadReport("004-dong-cuu-2026-05")));
    const texts = body.map((n) => textOf(n));
    const parts = texts.filter((t) => /^[IVX]+\. /.test(t));
    expect(parts).toEqual([
      "I. CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN",
      "II. KẾT QUẢ CÁC MẶT CÔNG TÁC",
      "III. NHẬN XÉT, ĐÁNH GIÁ",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TIẾP THEO",
    ]);
    const part = body.find((n) => textOf(n).startsWith("I. ")) as XmlNode;
    expect(runStyles(part).every((x) => x.bold && !x.italics)).toBe(true);
    const item = body.find((n) => textOf(n).startsWith("4.1. ")) as XmlNode;
    expect(runStyles(item).every((x) => x.bold && x.italics)).toBe(true);
  });

  it("puts every heading in a heading style that keeps it with the next paragraph and has an outline level", async () => {
    const { files, body } = await readBack(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const heading = body.find((n) => textOf(n) === "II. KẾT QUẢ ĐẠT ĐƯỢC") as XmlNode;
    const styleId = attrs(findFirst([heading], "w:pStyle") as XmlNode)["w:val"];
    const style = findAll(parseXml(files["word/styles.xml"] ?? ""), "w:style").find((s) => attrs(s)["w:styleId"] === styleId) as XmlNode;
    expect(findFirst([style], "w:keepNext")).toBeDefined();
    expect(attrs(findFirst([style], "w:outlineLvl") as XmlNode)["w:val"]).toBe("0");
  });

  it("prints a numbered paragraph run-in, as the author wrote it (“1. Bám sát chỉ đạo…”)", async () => {
    const { body } = await readBack(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const p = body.find((n) => textOf(n).startsWith("1. Bám sát chỉ đạo")) as XmlNode;
    expect(p).toBeDefined();
    expect(attrs(findFirst([p], "w:pStyle") as XmlNode)["w:val"]).toBe("BaoCaoNoiDung");
  });

  it("ends the body with ./. right before the signing row", async () => {
    for (const name of ["002-son-la-vp-ubnd", "003-nghe-an-2026-02", "004-dong-cuu-2026-05"] as const) {
      const { body } = await readBack(await renderDocx(loadReport(name)));
      const tables = body.map((n, i) => (tagOf(n) === "w:tbl" ? i : -1)).filter((i) => i >= 0);
      const signing = tables[tables.length - 1] as number;
      const before = body.slice(0, signing).filter((n) => tagOf(n) === "w:p" && textOf(n).trim() !== "");
      expect(textOf(before[before.length - 1] as XmlNode)).toMatch(/\.\/\.$/);
      expect(texts(body).filter((t) => t.includes("./.")).length).toBe(1);
    }
  });
});

function texts(body: XmlNode[]): string[] {
  return findAll(body, "w:p").map(textOf);
}

describe("renderDocx: signing row (Phụ lục I, Phần I, mục II.7, II.9)", () => {
  it("writes Nơi nhận in bold italic 12, its list in 11, and the signature block in bold capitals", async () => {
    const { body } = await readBack(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const signing = [...body].reverse().find((n) => tagOf(n) === "w:tbl") as XmlNode;
    const [left, right] = findAll([signing], "w:tc");
    const lp = findAll([left as XmlNode], "w:p");
    expect(textOf(lp[0] as XmlNode)).toBe("Nơi nhận:");
    expect(runStyles(lp[0] as XmlNode)).toEqual([{ text: "Nơi nhận:", bold: true, italics: true, size: "24" }]);
    const list = lp.slice(1).map(textOf);
    expect(list[0]).toBe("- C06, V01-Bộ Công an;");
    expect(list[list.length - 1]).toBe("- Lưu: VT, KSTT (Kh).");
    expect(list.slice(0, -1).every((l) => l.startsWith("- ") && l.endsWith(";"))).toBe(true);
    expect(lp.slice(1).flatMap(runStyles).every((r) => r.size === "22" && !r.bold)).toBe(true);
    const rp = findAll([right as XmlNode], "w:p").filter((p) => textOf(p) !== "");
    expect(rp.map(textOf)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thái Văn Thành"]);
    expect(rp.flatMap(runStyles).every((r) => r.bold)).toBe(true);
  });

  it("prints the Nơi nhận list as written: no “Như trên” or “Lưu” line the author did not write", async () => {
    const r = variant((x) => {
      x.document.recipients = ["Tổ Công tác Đề án 06 Chính phủ"];
      x.document.distribution = ["Bộ Công an;", "Ban Chỉ đạo tỉnh."];
    });
    const { body } = await readBack(await renderDocx(r));
    const signing = [...body].reverse().find((n) => tagOf(n) === "w:tbl") as XmlNode;
    const list = findAll([findFirst([signing], "w:tc") as XmlNode], "w:p").slice(1).map(textOf);
    expect(list).toEqual(["- Bộ Công an;", "- Ban Chỉ đạo tỉnh."]);
  });

  it("leaves out Nơi nhận when the report has no distribution, and the signature when it has no signer", async () => {
    const r = variant((x) => {
      x.document.distribution = [];
      delete x.document.signer;
    });
    const { body } = await readBack(await renderDocx(r));
    const all = texts(body);
    expect(all).not.toContain("Nơi nhận:");
    expect(all.some((t) => /Chưa ký|……/u.test(t))).toBe(false);
    // Header table only: no signing row.
    expect(body.filter((n) => tagOf(n) === "w:tbl")).toHaveLength(1);
  });

  it("prints seed 002's list as its author wrote it (“Như kính gửi”)", async () => {
    const { body } = await readBack(await renderDocx(loadReport("002-son-la-vp-ubnd")));
    const signing = [...body].reverse().find((n) => tagOf(n) === "w:tbl") as XmlNode;
    const list = findAll([findFirst([signing], "w:tc") as XmlNode], "w:p").slice(1).map(textOf);
    expect(list).toEqual(["- Như kính gửi;", "- LĐ Văn phòng UBND tỉnh;", "- Các phòng, đơn vị trực thuộc;", "- Lưu: VT, TCHCQT, VH."]);
  });
});

describe("renderDocx: same input, same bytes", () => {
  it("renders a report twice to identical bytes", async () => {
    const r = loadReport("003-nghe-an-2026-02");
    const a = await renderDocx(r);
    const b = await renderDocx(r);
    expect(a).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("stamps the package with the report's date, or the caller's", async () => {
    const r = variant((x) => {
      x.document.date = "2026-03-08";
    });
    const { files } = await readBack(await renderDocx(r));
    expect(files["docProps/core.xml"]).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-08T00:00:00Z</dcterms:created>");
    const own = await readBack(await renderDocx(r, { created: "2026-04-01T10:20:30Z", revision: 3 }));
    expect(own.files["docProps/core.xml"]).toContain(">2026-04-01T10:20:30Z</dcterms:modified>");
    expect(own.files["docProps/core.xml"]).toContain("<cp:revision>3</cp:revision>");
  });

  it("does not change the report it renders", async () => {
    const r = loadReport("002-son-la-vp-ubnd");
    const before = JSON.stringify(r);
    await renderDocx(r, { figuresTable: true, form: true });
    expect(JSON.stringify(r)).toBe(before);
  });
});
