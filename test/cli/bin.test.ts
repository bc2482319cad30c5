/**
 * The built command as users run it (`node dist/cli/main.js`, what package.json "bin" points
 * to): an executable ESM file with a shebang that sets its exit code.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, built } from "../package/built.js";
import { COMMUNE } from "./harness.js";

const cli = (...args: string[]) => spawnSync(process.execPath, [built("cli/main.js"), ...args], { cwd: ROOT, encoding: "utf8" });

describe("dist/cli/main.js", () => {
  it("starts with a node shebang and is what package.json's bin names", () => {
    expect(readFileSync(built("cli/main.js"), "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; version: string };
    expect(pkg.bin["de-an-06"]).toBe("./dist/cli/main.js");
  });

  it("prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(cli("--version").stdout.trim()).toBe(pkg.version);
  });

  it("sets the exit code: 0 valid, 1 missing file, 2 wrong usage", () => {
    const ok = cli("schema");
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveProperty("title", "Báo cáo Đề án 06");
    const missing = cli("render", "khong-co.json", "-o", "x.docx");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("Lỗi: Không tìm thấy tệp “khong-co.json”. Kiểm tra lại đường dẫn.\n");
    expect(cli("validate", "--sai", COMMUNE).status).toBe(2);
  });
});
