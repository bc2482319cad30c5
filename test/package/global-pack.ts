/**
 * Vitest global set-up: a temporary directory for the run's one `npm pack` (packed.ts packs into
 * it when a test first asks for the tarball, so runs without package tests pay nothing), removed
 * when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A temporary directory for this run's tarball (removed at the end of the run). */
    packDir: string;
  }
}

export default function providePackDir(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "de-an-06-pack-"));
  project.provide("packDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
