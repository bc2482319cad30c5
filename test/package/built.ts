/**
 * Shared by the package checks: where the package root and the built files are. These tests
 * read `dist/` as `npm run build` leaves it (`npm test` builds first); run alone they say so.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The absolute path of a built file, or an error telling the reader to build first. */
export function built(relative: string): string {
  const file = join(ROOT, "dist", relative);
  if (!existsSync(file)) {
    throw new Error(`${relative} chưa được build: chạy \`npm run build\` trước (npm test tự làm việc này).`);
  }
  return file;
}
