/**
 * The text of a .docx, for golden tests that compare what a document SAYS rather than its bytes
 * (bytes change with every docx or zip version; the text should not). A small ZIP reader (the
 * central directory, stored or deflated entries, inflated with the platform's
 * `DecompressionStream`, in Node ≥ 18 and browsers) and a small WordprocessingML reader: one line
 * per paragraph, table cells joined by " | ", footnotes after the body.
 */

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The entries of a ZIP archive by name: their bytes, read on demand. */
function zipEntries(zip: Uint8Array): Map<string, () => Promise<Uint8Array>> {
  // End of central directory: signature 0x06054b50, within the last 64 kB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("Không phải tệp .docx (ZIP) / not a .docx (ZIP) file");
  const count = u16(zip, eocd + 10);
  let at = u32(zip, eocd + 16);
  const out = new Map<string, () => Promise<Uint8Array>>();
  for (let n = 0; n < count; n++) {
    if (u32(zip, at) !== 0x02014b50) throw new Error("Thư mục ZIP hỏng / corrupt ZIP directory");
    const method = u16(zip, at + 10);
    const size = u32(zip, at + 20);
    const nameLength = u16(zip, at + 28);
    const extra = u16(zip, at + 30);
    const comment = u16(zip, at + 32);
    const local = u32(zip, at + 42);
    const name = utf8.decode(zip.subarray(at + 46, at + 46 + nameLength));
    out.set(name, async () => {
      const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) return data;
      if (method === 8) return inflateRaw(data);
      throw new Error(`Kiểu nén ZIP ${method} chưa hỗ trợ / unsupported ZIP method ${method}`);
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );

/** The text of one paragraph's XML: its w:t runs, tabs and breaks. */
function paragraphText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:footnoteReference\s[^>]*w:id="(\d+)"[^>]*\/>/g)) {
    if (m[1] !== undefined) out += decode(m[1]);
    else if (m[2] !== undefined) out += `[^${m[2]}]`;
    else out += m[0].startsWith("<w:tab") ? "\t" : "\n";
  }
  return out;
}

/** Lines of a body (document or footnote): paragraphs, and table rows with cells joined. */
function bodyLines(xml: string): string[] {
  const lines: string[] = [];
  // Tables first: a row is one line, its cells' paragraphs joined by " | ".
  const parts = xml.split(/(<w:tbl>[\s\S]*?<\/w:tbl>)/);
  for (const part of parts) {
    if (part.startsWith("<w:tbl>")) {
      for (const row of part.match(/<w:tr[\s>][\s\S]*?<\/w:tr>/g) ?? []) {
        const cells = (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) =>
          (c.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []).map(paragraphText).join(" ").trim(),
        );
        lines.push(cells.join(" | "));
      }
      continue;
    }
    for (const p of part.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) lines.push(paragraphText(p));
  }
  return lines;
}

/**
 * The text of a .docx: one line per paragraph of the body (tables one row a line, cells joined
 * by " | ", footnote markers as `[^n]`), then, after a line `---`, each footnote as `[^n] text`.
 * Empty paragraphs stay as empty lines (they are part of the layout). Text is NFC.
 *
 * @category Testing
 * @summary What a rendered document says, line by line.
 * @example
 * ```ts
 * const text = await docxText(await renderDocx(report));
 * text.includes("BÁO CÁO"); // true
 * ```
 */
export async function docxText(docx: Uint8Array): Promise<string> {
  const entries = zipEntries(docx);
  const read = async (name: string) => {
    const get = entries.get(name);
    return get ? utf8.decode(await get()) : undefined;
  };
  const document = await read("word/document.xml");
  if (document === undefined) throw new Error("Tệp không có word/document.xml / no word/document.xml in the file");
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? document;
  const lines = bodyLines(body.replace(/<w:sectPr[\s\S]*?<\/w:sectPr>/g, ""));
  const footnotes = await read("word/footnotes.xml");
  const notes: string[] = [];
  for (const m of (footnotes ?? "").matchAll(/<w:footnote\s[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    if (/w:type="(separator|continuationSeparator)"/.test(m[0])) continue;
    notes.push(`[^${m[1]}] ${bodyLines(m[2] ?? "").join(" ").trim()}`);
  }
  return [...lines, ...(notes.length > 0 ? ["---", ...notes] : [])].join("\n").normalize("NFC");
}
