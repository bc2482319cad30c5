/**
 * Same report, same bytes. A .docx is a zip file; docx 9 stamps two things with the clock:
 * `docProps/core.xml` (`dcterms:created`/`dcterms:modified` are always `new Date()`, whatever the
 * options say) and every zip entry's DOS date and time (fflate's `zipSync` without `mtime`,
 * in local time). We replace the first with our own core properties (passed to
 * `Packer.pack` as an override of that path) and rewrite the second in the finished zip. Nothing
 * else in the package varies: the document uses no hyperlinks, bookmarks, images or numbering
 * (docx's sources of random or counter ids).
 */
import { cleanText } from "../../layout/text.js";

/** The document properties we write (OPC core properties, ECMA-376 Part 2, §11). */
export interface CoreProperties {
  readonly title: string;
  readonly creator: string;
  /** ISO date or date-time (UTC) of creation; also used as the modification time. */
  readonly created: string;
  readonly revision: number;
}

function escapeXml(text: string): string {
  return cleanText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `2026-05-08` → `2026-05-08T00:00:00Z`; a full date-time is kept (to the second, in UTC). */
export function w3cdtf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "2000-01-01T00:00:00Z";
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The XML of `docProps/core.xml`. */
export function corePropertiesXml(props: CoreProperties): string {
  const when = w3cdtf(props.created);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(props.title)}</dc:title>` +
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy>` +
    `<cp:revision>${Math.max(1, Math.trunc(props.revision))}</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** The MS-DOS date and time fields of a zip entry for an ISO date (time 00:00:00). */
function dosDateTime(iso: string): { date: number; time: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(w3cdtf(iso));
  const year = Math.min(2107, Math.max(1980, Number(m?.[1] ?? 1980)));
  const month = Number(m?.[2] ?? 1);
  const day = Number(m?.[3] ?? 1);
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: 0 };
}

/**
 * Returns a copy of a zip file in which every entry (local header and central directory) is
 * dated `iso` at midnight. The entries' data and checksums are untouched (the CRC covers the
 * data only). A buffer that is not a zip file comes back unchanged.
 */
export function fixZipTimestamps(zip: Uint8Array, iso: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { date, time } = dosDateTime(iso);
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65 535 bytes.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && p + 46 <= out.length; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, date, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
