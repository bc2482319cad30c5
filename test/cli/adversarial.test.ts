/**
 * The CLI against hostile or careless input, with exit codes and messages: a FIFO and /dev/zero
 * instead of a report, a file over the size limit, outputs that collide with each other or with an
 * input, a read-only directory, a reader that closes the pipe, a unit that does not exist, and a
 * rollup details file that is malformed or belongs to another report. Nothing may hang, print a
 * stack, or leave a half-written file.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../src/cli/io.js";
import { ROOT, built } from "../package/built.js";
import { COMMUNE, PROVINCE, run, tempDir } from "./harness.js";

const tmp = tempDir();
afterAll(() => {
  // The read-only directory must be writable again for its file to be removed (when not root).
  if (existsSync(join(tmp.dir, "chi-doc"))) chmodSync(join(tmp.dir, "chi-doc"), 0o755);
  tmp.cleanup();
});
const at = (...parts: string[]) => join(tmp.dir, ...parts);
const copy = (from: string, to: string) => {
  mkdirSync(join(to, ".."), { recursive: true });
  writeFileSync(to, readFileSync(from));
};

describe("inputs that are not regular files", () => {
  it("a FIFO is refused at once (validate: exit 1, file stage), never waited on", async () => {
    execFileSync("mkfifo", [at("ong.json")]);
    const r = await run(["validate", "--json", "ong.json"], tmp.dir);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.out) as { stage: string; issues: { code: string; message: string }[] }[];
    expect(result?.stage).toBe("file");
    expect(result?.issues[0]?.message).toBe("“ong.json” không phải tệp thông thường (ống, thiết bị hay ổ cắm): chỉ đọc tệp JSON trên đĩa.");
  });

  it("a FIFO named *.json inside a directory does not stop the other reports", async () => {
    copy(COMMUNE, at("thu-muc", "a.json"));
    execFileSync("mkfifo", [at("thu-muc", "b.json")]);
    const r = await run(["validate", "--json", "--no-warnings", "thu-muc"], tmp.dir);
    const results = JSON.parse(r.out) as { file: string; stage: string }[];
    expect(results.map((x) => [x.file, x.stage])).toEqual([
      ["thu-muc/a.json", "rules"],
      ["thu-muc/b.json", "file"],
    ]);
  });

  it("/dev/zero is refused before a byte is read (render: exit 1, nothing written)", async () => {
    const r = await run(["render", "/dev/zero", "-o", "zero.docx"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe("Lỗi: “/dev/zero” không phải tệp thông thường (ống, thiết bị hay ổ cắm): chỉ đọc tệp JSON trên đĩa.");
    expect(existsSync(at("zero.docx"))).toBe(false);
  });

  it("a file over the limit is a clear error, not an out-of-memory", async () => {
    writeFileSync(at("lon.json"), "");
    truncateSync(at("lon.json"), MAX_INPUT_BYTES + 1); // sparse: costs no disk
    const r = await run(["render", "lon.json", "-o", "lon.docx"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe("Lỗi: Tệp “lon.json” quá lớn (32,0 MB trở lên; tối đa 32 MB): không phải một báo cáo.");
  });
});

describe("outputs", () => {
  it("rollup -o x --details x is a usage error (exit 2) and writes nothing", async () => {
    copy(COMMUNE, at("xa", "a.json"));
    const r = await run(["rollup", "xa", "--unit", "24", "--period", "202605", "-o", "same.json", "--details", "same.json"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("Lỗi: Hai tệp kết quả trùng nhau (“same.json” và “same.json”): chọn hai đường dẫn khác nhau.");
    expect(existsSync(at("same.json"))).toBe(false);
  });

  it("render in/self.json -o in/self.json refuses to replace its input", async () => {
    copy(COMMUNE, at("in", "self.json"));
    const before = readFileSync(at("in", "self.json"));
    const r = await run(["render", "in/self.json", "-o", "in/../in/self.json"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("Lỗi: Tệp kết quả “in/self.json” cũng là tệp đầu vào: lệnh không ghi đè lên đầu vào, chọn đường dẫn khác.");
    expect(readFileSync(at("in", "self.json"))).toEqual(before);
  });

  it("rollup's output may not overwrite one of the reports it reads", async () => {
    const r = await run(["rollup", "xa", "--unit", "24", "--period", "202605", "-o", "xa/a.json"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cũng là tệp đầu vào");
  });

  it("an output that is an input under another name (hard link, symbolic link, linked folder) is refused", async () => {
    // The collision check looks only at inputs of an output's own name unless the output is a
    // link: each of these must still be found.
    copy(COMMUNE, at("vao", "a.json"));
    const before = readFileSync(at("vao", "a.json"));
    linkSync(at("vao", "a.json"), at("cung.json"));
    symlinkSync(at("vao", "a.json"), at("tro.json"));
    symlinkSync(at("vao"), at("vao-lien-ket"));
    for (const out of ["cung.json", "tro.json", "vao-lien-ket/a.json"]) {
      const r = await run(["render", "vao/a.json", "-o", out], tmp.dir);
      expect([out, r.code]).toEqual([out, 2]);
      expect(r.err).toContain("cũng là tệp đầu vào");
    }
    expect(readFileSync(at("vao", "a.json"))).toEqual(before);
  });

  it("a rollup that rejected every report writes nothing and exits 1", async () => {
    mkdirSync(at("hong"), { recursive: true });
    writeFileSync(at("hong", "x.json"), "{}");
    const r = await run(["rollup", "hong", "--unit", "24", "--period", "202605", "-o", "hong.json", "--skip-invalid"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Lỗi: Không có báo cáo hợp lệ nào để tổng hợp (1 tệp đều bị bỏ qua): không ghi tệp kết quả.");
    expect(existsSync(at("hong.json"))).toBe(false);
  });
});

describe("units and rollup details", () => {
  it("rollup --unit 77 (no such province) is a usage error, not “ỦY BAN NHÂN DÂN 77”", async () => {
    const r = await run(["rollup", "xa", "--unit", "77", "--period", "202605", "-o", "77.json"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("Lỗi: Không có đơn vị mã “77” trong danh mục đơn vị hành chính từ 01/7/2025 (34 tỉnh, thành phố; VN là toàn quốc).");
    expect(existsSync(at("77.json"))).toBe(false);
  });

  it("validate checks the unit code against the unit list (99999 does not exist)", async () => {
    const report = JSON.parse(readFileSync(COMMUNE, "utf8")) as { unit: { code: string } };
    report.unit.code = "99999";
    writeFileSync(at("99999.json"), JSON.stringify(report));
    const r = await run(["validate", "--json", "99999.json"], tmp.dir);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.out) as { issues: { code: string; message: string }[] }[];
    expect(result?.issues.find((i) => i.code === "unit_unknown")?.message).toBe(
      "Mã đơn vị “99999” không có trong danh mục đơn vị hành chính hiệu lực từ 01/07/2025.",
    );
  });

  it("render --rollup with a malformed details file: a Vietnamese message, no stack, nothing written", async () => {
    writeFileSync(at("hong.rollup.json"), JSON.stringify({ coverage: { expected: 5 }, provenance: {} }));
    const r = await run(["render", "xa/a.json", "--rollup", "hong.rollup.json", "-o", "hong.docx"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe("Lỗi: Tệp “hong.rollup.json” không phải tệp chi tiết tổng hợp (cần \"coverage\" và \"provenance\", do “rollup --details” ghi).");
    expect(existsSync(at("hong.docx"))).toBe(false);
  });

  it("render --rollup with another province's details is refused", async () => {
    const ok = await run(["rollup", "xa", "--unit", "24", "--period", "202605", "-o", "bac-ninh.json", "--details", "bac-ninh.rollup.json"], tmp.dir);
    expect(ok.code).toBe(0);
    const details = JSON.parse(readFileSync(at("bac-ninh.rollup.json"), "utf8")) as { unit: { code: string } };
    expect(details.unit.code).toBe("24");
    // Nghệ An's report (40) with Bắc Ninh's appendix.
    const r = await run(["render", PROVINCE, "--rollup", "bac-ninh.rollup.json", "-o", "nghe-an.docx"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Lỗi: Tệp chi tiết “bac-ninh\.rollup\.json” là của 24 · 202605, không phải của báo cáo này \(40 · 2026\d\d\)/);
    // An older details file without unit and period: its communes give it away.
    const { unit: _u, period: _p, ...old } = details as Record<string, unknown>;
    writeFileSync(at("cu.rollup.json"), JSON.stringify(old));
    const r2 = await run(["render", PROVINCE, "--rollup", "cu.rollup.json", "-o", "nghe-an.docx"], tmp.dir);
    expect(r2.code).toBe(1);
    expect(r2.err).toContain("không trực thuộc Tỉnh Nghệ An");
    expect(existsSync(at("nghe-an.docx"))).toBe(false);
  });
});

describe("--json and usage", () => {
  it("rollup --expected names the units expected; --children, its old name, still works, not both", async () => {
    writeFileSync(at("phai-bao-cao.json"), JSON.stringify(["09487", "07210"]));
    const base = ["rollup", "xa", "--unit", "24", "--period", "202605"];
    const expected = await run([...base, "--expected", "phai-bao-cao.json", "-o", "e.json", "--json"], tmp.dir);
    const old = await run([...base, "--children", "phai-bao-cao.json", "-o", "c.json", "--json"], tmp.dir);
    expect((JSON.parse(expected.out) as { coverage: { expected: string[] } }).coverage.expected).toEqual(["07210", "09487"]);
    expect(JSON.parse(old.out)).toMatchObject({ coverage: { expected: ["07210", "09487"] } });
    const both = await run([...base, "--children", "phai-bao-cao.json", "--expected", "phai-bao-cao.json", "-o", "b.json"], tmp.dir);
    expect(both.code).toBe(2);
    expect(both.err).toBe("Lỗi: --children là tên cũ của --expected: chỉ dùng một trong hai.");
  });

  it("--json prints JSON for a failure too (exit 1), and for a usage error (exit 2)", async () => {
    const missing = await run(["validate", "--json", "xa/a.json", "--previous", "khong-co.json"], tmp.dir);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out)).toEqual({
      ok: false,
      error: { kind: "input", message: "Không tìm thấy tệp “khong-co.json”. Kiểm tra lại đường dẫn." },
      exitCode: 1,
    });
    expect(missing.err).toBe("");
    const usage = await run(["rollup", "--json", "xa"], tmp.dir);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.out)).toMatchObject({ ok: false, error: { kind: "usage" }, exitCode: 2 });
  });

  it("the main help names --version", async () => {
    const r = await run(["--help"]);
    expect(r.out).toMatch(/-v, --version +in phiên bản của gói/);
  });
});

describe("the built command in a real process", () => {
  const cli = built("cli/main.js");

  it("stops quietly when the reader closes the pipe (validate … | head -c 1): no EPIPE stack", () => {
    const many = at("nhieu");
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 40; i++) copy(COMMUNE, join(many, `${i}.json`));
    const r = spawnSync("bash", ["-c", `node "${cli}" validate --json nhieu 2>err.txt | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: tmp.dir,
      encoding: "utf8",
    });
    expect(readFileSync(at("err.txt"), "utf8")).toBe("");
    expect(["0", "1"]).toContain(r.stdout.trim());
  });

  it("a read-only directory: exit 1, the old file untouched, no temporary file left", () => {
    const dir = at("chi-doc");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cu.docx"), "bản cũ");
    copy(COMMUNE, at("doc", "xa.json"));
    chmodSync(dir, 0o555);
    // Root writes anywhere: run the command as `nobody` then (files it reads are world-readable).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(tmp.dir, 65534, 65534);
    const r = spawnSync(process.execPath, [cli, "render", "doc/xa.json", "-o", "chi-doc/cu.docx"], {
      cwd: tmp.dir,
      encoding: "utf8",
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.stderr).toBe("Lỗi: Không có quyền ghi “chi-doc/cu.docx”.\n");
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, "cu.docx"), "utf8")).toBe("bản cũ");
    expect(readdirSync(dir)).toEqual(["cu.docx"]);
  });

  it("a failing --details leaves -o unwritten too (all outputs or none)", () => {
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [cli, "rollup", "xa", "--unit", "24", "--period", "202605", "-o", "tinh-moi.json", "--details", "chi-doc/ct.json"], {
      cwd: tmp.dir,
      encoding: "utf8",
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("Lỗi: Không có quyền ghi “chi-doc/ct.json”.\n");
    expect(existsSync(at("tinh-moi.json"))).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("npm run fuzz -- --help prints the help and exits (no one-hour run)", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/fuzz-validate.ts", "--help"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: npm run fuzz -- \[--runs N\] \[--seed S\]/);
    const bad = spawnSync(process.execPath, ["--import", "tsx", "scripts/fuzz-validate.ts", "--run", "5"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(bad.status).toBe(2);
  });
});
