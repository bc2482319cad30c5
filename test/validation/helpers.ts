/**
 * Shared helpers of the validation tests: bad copies of the seed fixtures, and short ways to
 * pick issues out of a result.
 */
import { loadFixture, type FixtureName } from "../fixtures/index.js";
import { parseReport, type Report } from "../../src/schema/index.js";
import type { ValidationIssue } from "../../src/validation/index.js";

/** Raw report JSON as tests patch it. */
export type Raw = any;

/** A parsed copy of a fixture, patched first (the patch may mutate its argument). */
export function fixture(name: FixtureName, patch?: (raw: Raw) => void): Report {
  const raw = loadFixture(name) as Raw;
  patch?.(raw);
  return parseReport(raw);
}

/**
 * The commune seed (004) with its real slips corrected: dated after the cut-off, tasks that add
 * up, "TM." for the People's Committee, the final "." of "Nơi nhận", and broadcasts "trên 1.500
 * lượt" instead of "trên 100 lượt" with 1.500 of them on the commune system.
 */
export function corrected004(patch?: (raw: Raw) => void): Report {
  return fixture("004-dong-cuu-2026-05", (r) => {
    r.document.date = "2026-05-15";
    r.values["nv.thuong_xuyen"] = 12;
    r.document.signer = {
      authority: [{ prefix: "TM.", of: "ỦY BAN NHÂN DÂN" }],
      title: "CHỦ TỊCH",
      name: "Vũ Thị Kim Hương",
    };
    r.document.distribution[r.document.distribution.length - 1] = "Lưu: VT, CAX.";
    const item = nodeById(r, "I-5"); // "5. Công tác tuyên truyền"
    item.paragraphs[1] = item.paragraphs[1].replace("trên 100 lượt", "trên 1.500 lượt");
    r.stated["tt.luot_phat_thanh"] = { value: 1500, decimals: 0, qualifier: "trên", text: "trên 1.500 lượt" };
    patch?.(r);
  });
}

/** The body node with this id in raw report JSON (to patch it); throws when there is none. */
export function nodeById(raw: Raw, id: string): Raw {
  const stack: Raw[] = [...(raw.body ?? [])];
  while (stack.length > 0) {
    const n = stack.shift();
    if (n.id === id) return n;
    stack.push(...(n.children ?? []));
  }
  throw new Error(`no body node ${id}`);
}

/** Issues raised by one rule. */
export const byRule = (issues: readonly ValidationIssue[], rule: string) => issues.filter((i) => i.rule === rule);

/** Issues with one code. */
export const byCode = (issues: readonly ValidationIssue[], code: string) => issues.filter((i) => i.code === code);

/** The issue with this code at this (formatted) path, if any. */
export const at = (issues: readonly ValidationIssue[], code: string, path: readonly (string | number)[]) =>
  issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
