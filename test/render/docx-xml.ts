/**
 * Reads a rendered .docx back for tests: unzips it (jszip) and parses its XML parts
 * (fast-xml-parser, order preserved) so tests can walk paragraphs, runs and tables.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";

/** A node of fast-xml-parser's `preserveOrder` output. */
export type XmlNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

/** The unzipped package: every part's text by path. */
export async function unzipDocx(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir) files[path] = await entry.async("string");
  }
  return files;
}

/** `true` when the XML is well formed, else the validator's error. */
export function validateXml(xml: string): true | { err: { msg: string } } {
  return XMLValidator.validate(xml) as true | { err: { msg: string } };
}

/** Parses one XML part (order preserved). */
export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

/** The tag of a node (its one key other than ":@"). */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}

/** The children of a node. */
export function childrenOf(node: XmlNode): XmlNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

/** The attributes of a node. */
export function attrs(node: XmlNode): Record<string, string> {
  return node[":@"] ?? {};
}

/** Every node with `tag` under `nodes`, depth first, in document order. */
export function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (list: readonly XmlNode[]) => {
    for (const n of list) {
      if (tagOf(n) === tag) out.push(n);
      walk(childrenOf(n));
    }
  };
  walk(nodes);
  return out;
}

/** The first node with `tag`, or undefined. */
export function findFirst(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  return findAll(nodes, tag)[0];
}

/** The text of a node (all its `w:t`). */
export function textOf(node: XmlNode): string {
  return findAll([node], "w:t")
    .map((t) => childrenOf(t).map((c) => (typeof c["#text"] === "string" ? c["#text"] : String(c["#text"] ?? ""))).join(""))
    .join("");
}

/** The body element's direct children (paragraphs, tables, final sectPr). */
export function bodyChildren(documentXml: string): XmlNode[] {
  const body = findFirst(parseXml(documentXml), "w:body");
  return body === undefined ? [] : childrenOf(body);
}

/** The run properties of the runs of a paragraph: bold, italics, size, for checks of weights. */
export function runStyles(paragraph: XmlNode): { text: string; bold: boolean; italics: boolean; size?: string }[] {
  return findAll([paragraph], "w:r").map((r) => {
    const rPr = findFirst([r], "w:rPr");
    const props = rPr === undefined ? [] : childrenOf(rPr);
    const has = (tag: string) => props.some((p) => tagOf(p) === tag && attrs(p)["w:val"] !== "false" && attrs(p)["w:val"] !== "0");
    const sz = props.find((p) => tagOf(p) === "w:sz");
    return { text: textOf(r), bold: has("w:b"), italics: has("w:i"), ...(sz ? { size: attrs(sz)["w:val"] } : {}) };
  });
}

/** Renders and reads back in one go: the parts and the body's children. */
export async function readBack(bytes: Uint8Array): Promise<{ files: Record<string, string>; body: XmlNode[] }> {
  const files = await unzipDocx(bytes);
  return { files, body: bodyChildren(files["word/document.xml"] ?? "") };
}

/**
 * The effective paragraph properties `w:jc`, `w:ind`, `w:spacing` of a paragraph: its own, else
 * its paragraph style's (from styles.xml), else the document defaults'.
 */
export function paragraphProps(paragraph: XmlNode, stylesXml: string): { jc?: string; ind: Record<string, string>; spacing: Record<string, string>; style?: string } {
  const styles = parseXml(stylesXml);
  const own = findFirst([paragraph], "w:pPr");
  const styleId = own === undefined ? undefined : attrs(findFirst([own], "w:pStyle") ?? ({} as XmlNode))["w:val"];
  const style = styleId === undefined ? undefined : findAll(styles, "w:style").find((s) => attrs(s)["w:styleId"] === styleId);
  const defaults = findFirst(styles, "w:pPrDefault");
  const layers = [defaults, style, own].filter((x): x is XmlNode => x !== undefined);
  const pick = (tag: string) => {
    let out: Record<string, string> = {};
    for (const layer of layers) {
      const pPr = tagOf(layer) === "w:pPr" ? layer : findFirst([layer], "w:pPr");
      const node = pPr === undefined ? undefined : childrenOf(pPr).find((c) => tagOf(c) === tag);
      if (node !== undefined) out = { ...out, ...attrs(node) };
    }
    return out;
  };
  const jc = pick("w:jc")["w:val"];
  return { ...(jc !== undefined ? { jc } : {}), ind: pick("w:ind"), spacing: pick("w:spacing"), ...(styleId !== undefined ? { style: styleId } : {}) };
}

/** The effective font size (half-points) of a paragraph's runs: the run's, else its style's, else the default. */
export function effectiveSize(paragraph: XmlNode, run: { size?: string }, stylesXml: string): string | undefined {
  if (run.size !== undefined) return run.size;
  const styles = parseXml(stylesXml);
  const own = findFirst([paragraph], "w:pPr");
  const styleId = own === undefined ? undefined : attrs(findFirst([own], "w:pStyle") ?? ({} as XmlNode))["w:val"];
  const style = styleId === undefined ? undefined : findAll(styles, "w:style").find((s) => attrs(s)["w:styleId"] === styleId);
  const fromStyle = style === undefined ? undefined : findFirst([style], "w:sz");
  if (fromStyle !== undefined) return attrs(fromStyle)["w:val"];
  const def = findFirst(styles, "w:rPrDefault");
  const sz = def === undefined ? undefined : findFirst([def], "w:sz");
  return sz === undefined ? undefined : attrs(sz)["w:val"];
}
