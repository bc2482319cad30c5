/**
 * The exported zod schemas are built on first use (src/schema/lazy-schema.ts) and must behave as
 * the schemas built at import did: same class, same parse results, same composition, same
 * metadata and byte for byte the same JSON Schema. The JSON Schemas were written by the eager
 * build (main at a28598e, before the schemas were lazy): `fixtures/report.schema.json` is
 * `de-an-06 schema` as it printed then, `fixtures/json-schema-sha256.json` the SHA-256 of
 * `JSON.stringify(z.toJSONSchema(schema, …))` of every exported schema, input and output.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as core from "../../src/index.js";
import { BodyNodeSchema, FIGURE_FACT_FIELDS, LevelSchema, ReportSchema, reportJsonSchema, type Report } from "../../src/index.js";
import { lazySchema } from "../../src/schema/lazy-schema.js";
import { loadFixture } from "../fixtures/index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const EXPECTED_HASHES = JSON.parse(fixture("json-schema-sha256.json")) as Record<string, string>;

/** Every export of the core entry that is a zod schema, by name. */
const SCHEMAS = (Object.entries(core) as [string, unknown][])
  .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
  .sort(([a], [b]) => (a < b ? -1 : 1));

describe("the exported schemas", () => {
  it("are the 29 zod schemas the eager build exported, each an instance of its zod class", () => {
    const names = [...new Set(Object.keys(EXPECTED_HASHES).map((k) => k.split(" ")[0]))];
    expect(SCHEMAS.map(([name]) => name)).toEqual(names);
    expect(names).toHaveLength(29);
    expect(ReportSchema).toBeInstanceOf(z.ZodObject);
    expect(LevelSchema).toBeInstanceOf(z.ZodEnum);
    expect(core.ParagraphSchema).toBeInstanceOf(z.ZodUnion);
    expect(core.DocumentDateSchema).toBeInstanceOf(z.ZodNullable);
    expect(FIGURE_FACT_FIELDS.facts).toBeInstanceOf(z.ZodOptional);
    expect(Object.getPrototypeOf(ReportSchema)).toBe(Object.getPrototypeOf(z.strictObject({})));
  });

  it("give byte for byte the JSON Schema of the eager build, input and output", () => {
    const got: Record<string, string> = {};
    for (const [name, schema] of SCHEMAS) {
      for (const io of ["input", "output"] as const) {
        got[`${name} ${io}`] = sha256(JSON.stringify(z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" })));
      }
    }
    expect(got).toEqual(EXPECTED_HASHES);
    expect(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`).toBe(fixture("report.schema.json"));
  });

  it("parse the fixture the same directly, inside a user's object, and after .extend / .pick", () => {
    const raw = loadFixture("004-dong-cuu-2026-05");
    const direct = ReportSchema.parse(raw);
    expect(direct.unit.name).toBe("Xã Đông Cứu");
    expect(z.object({ r: ReportSchema, n: z.number() }).parse({ r: raw, n: 1 }).r).toEqual(direct);
    const extended = ReportSchema.extend({ receivedAt: z.iso.date() });
    expect(extended).toBeInstanceOf(z.ZodObject);
    expect(extended.parse({ ...(raw as object), receivedAt: "2026-06-01" })).toEqual({ ...direct, receivedAt: "2026-06-01" });
    expect(extended.safeParse(raw).error?.issues.map((i) => i.path)).toEqual([["receivedAt"]]);
    expect(ReportSchema.pick({ unit: true }).parse({ unit: direct.unit })).toEqual({ unit: direct.unit });
    expect(ReportSchema.shape.unit).toBeInstanceOf(z.ZodObject);
    const bad = ReportSchema.safeParse({ ...(raw as object), values: { "hs.tiep_nhan": -1 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.code, i.path])).toEqual([["too_small", ["values", "hs.tiep_nhan"]]]);
    expect(FIGURE_FACT_FIELDS.facts.parse(undefined)).toBeUndefined();
  });

  it("keep the recursive body schema recursive, and its id in a user's JSON Schema", () => {
    const node = { numbering: "I.", children: [{ numbering: "1.", children: [{ numbering: "a)", title: "x" }] }] };
    const parsed = BodyNodeSchema.parse(node);
    expect(parsed.children[0]?.children[0]?.title).toBe("x");
    expect(BodyNodeSchema.safeParse({ children: [{ children: [{ bogus: 1 }] }] }).error?.issues[0]?.path).toEqual(["children", 0, "children", 0]);
    const json = z.toJSONSchema(z.object({ a: BodyNodeSchema, b: z.array(BodyNodeSchema) })) as { $defs: Record<string, unknown>; properties: Record<string, unknown> };
    expect(Object.keys(json.$defs)).toEqual(["BodyNode"]);
    expect(json.properties.a).toEqual({ $ref: "#/$defs/BodyNode" });
  });

  it("carry their metadata in zod's registry, and .meta() adds to it as before", () => {
    expect(ReportSchema.meta()).toMatchObject({ title: "Báo cáo Đề án 06" });
    expect(z.globalRegistry.get(BodyNodeSchema)).toEqual({ id: "BodyNode", title: "Phần của văn bản" });
    expect(LevelSchema.description).toContain("cấp xã");
    const more = LevelSchema.meta({ examples: ["xa"] });
    expect(more.meta()).toEqual({ ...LevelSchema.meta(), examples: ["xa"] });
    expect(more.parse("tinh")).toBe("tinh");
  });
});

describe("lazySchema", () => {
  it("builds once, on first use, and is then the schema itself: this, prototype, keys, instanceof", () => {
    let builds = 0;
    const s = lazySchema(() => {
      builds++;
      return z.strictObject({ a: z.string() }).meta({ title: "A" });
    });
    expect(builds).toBe(0);
    expect(s).toBeInstanceOf(z.ZodType);
    expect(builds).toBe(1);
    const { safeParse } = s; // a detached method keeps its schema
    expect(safeParse({ a: "x" })).toEqual({ success: true, data: { a: "x" } });
    expect(s.optional().unwrap()).toBe(s);
    expect(Object.keys(s)).toEqual(expect.arrayContaining(["def", "type"]));
    expect(Object.getPrototypeOf(s)).toBe(Object.getPrototypeOf(z.strictObject({})));
    expect(builds).toBe(1);
  });

  it("gives wrapping schemas (optional, nullable, default) the JSON Schema of the eager ones", () => {
    const make = () => z.string().min(2).nullable().default(null).meta({ description: "d" });
    const lazy = lazySchema(make);
    expect(JSON.stringify(z.toJSONSchema(lazy))).toBe(JSON.stringify(z.toJSONSchema(make())));
    expect(JSON.stringify(z.toJSONSchema(z.object({ x: lazy })))).toBe(JSON.stringify(z.toJSONSchema(z.object({ x: make() }))));
    expect(lazy.parse(undefined)).toBeNull();
  });

  it("refuses a schema that uses itself while it is built, and can be built once that is fixed", () => {
    let self: z.ZodType | undefined;
    let recurse = true;
    const s: z.ZodType = lazySchema(() => (recurse ? z.array(self!.optional()) : z.string()));
    self = s;
    expect(() => s.parse([])).toThrow("lazySchema: used while built");
    recurse = false;
    expect(s.parse("ok")).toBe("ok");
  });

  it("prints as the schema with util.inspect, not as an empty object", () => {
    const s = lazySchema(() => z.number());
    expect(inspect(s)).toMatch(/^ZodNumber \{/);
  });

  it("stays usable when frozen", () => {
    const s = lazySchema(() => z.boolean());
    s.parse(true); // binds `parse` before the freeze, as on an eager schema
    Object.freeze(s);
    expect(Object.isFrozen(s)).toBe(true);
    expect(s.parse(false)).toBe(false);
  });
});

// Types: the lazy schemas keep the types of the eager ones (the .d.ts shows `z.ZodObject<…>`).
const _report: z.infer<typeof ReportSchema> = {} as Report;
const _level: z.infer<typeof LevelSchema> = "xa";
void _report;
void _level;
