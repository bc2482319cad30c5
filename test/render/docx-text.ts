/**
 * The text of a rendered .docx, read back from its XML the way a reader meets it: the headings
 * (paragraphs in a heading style), the body paragraphs, every paragraph of the document (tables
 * included) and the footnotes (word/footnotes.xml, separators left out).
 */
import { attrs, findAll, findFirst, parseXml, textOf, unzipDocx, type XmlNode } from "./docx-xml.js";

/** What a rendered document says. */
export interface DocxText {
  readonly headings: string[];
  /** The body's paragraphs (headings and body text), in order. */
  readonly body: string[];
  /** Every paragraph of document.xml (header and signing tables included), in order. */
  readonly all: string[];
  readonly footnotes: string[];
  /** Footnote references in document.xml, by id, in order. */
  readonly references: string[];
  readonly tables: number;
}

const styleOf = (p: XmlNode): string => {
  const pPr = findFirst([p], "w:pPr");
  const s = pPr === undefined ? undefined : findFirst([pPr], "w:pStyle");
  return s === undefined ? "" : (attrs(s)["w:val"] ?? "");
};

/** Reads a rendered document's text. */
export async function docxText(bytes: Uint8Array): Promise<DocxText> {
  const files = await unzipDocx(bytes);
  const doc = parseXml(files["word/document.xml"] ?? "");
  const paragraphs = findAll(doc, "w:p");
  const headings = paragraphs.filter((p) => styleOf(p).startsWith("BaoCaoDeMuc")).map(textOf);
  const body = paragraphs.filter((p) => styleOf(p).startsWith("BaoCaoDeMuc") || styleOf(p) === "BaoCaoNoiDung").map(textOf);
  const notes = findAll(parseXml(files["word/footnotes.xml"] ?? ""), "w:footnote").filter((f) => attrs(f)["w:type"] === undefined);
  return {
    headings,
    body,
    all: paragraphs.map(textOf),
    footnotes: notes.map((n) => findAll([n], "w:p").map(textOf).join(" ").trim()),
    references: findAll(doc, "w:footnoteReference").map((r) => attrs(r)["w:id"] ?? ""),
    tables: findAll(doc, "w:tbl").length,
  };
}
