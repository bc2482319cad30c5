/**
 * Importing the core entry builds no zod schema (issue 17: building them at import cost ~25 ms of
 * every process's start-up). Each schema is built the first time it is used (src/schema/lazy-schema.ts).
 *
 * The count: zod copies every enumerable member of `z.ZodType.prototype` onto each schema it
 * constructs (its documented way to add methods to every schema), reading the member once per
 * construction; a getter there counts constructions. The last test proves the counter counts, so
 * this file cannot pass because zod changed how it builds schemas. The sources are imported only
 * after the counter is in place, in a module graph of their own: the test files share one module
 * graph per worker (`isolate: false`), so another file may have imported and used them already,
 * and `vi.resetModules()` makes the imports below evaluate them anew.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

let constructed = 0;
const COUNTER = "__deAn06CountConstructions";

beforeAll(() => {
  vi.resetModules();
  Object.defineProperty(z.ZodType.prototype, COUNTER, {
    configurable: true,
    enumerable: true,
    get() {
      constructed++;
      return function counted() {};
    },
  });
});

afterAll(() => {
  delete (z.ZodType.prototype as unknown as Record<string, unknown>)[COUNTER];
});

describe('import("de-an-06")', () => {
  it("constructs no zod schema, and touching a schema builds it then", async () => {
    const core = await import("../../src/index.js");
    expect(constructed).toBe(0);
    // Composed schemas hold the others unbuilt: reading FIGURE_FACT_FIELDS builds nothing either.
    expect(Object.keys(core.FIGURE_FACT_FIELDS)).toEqual(["facts", "changes", "statements", "breakdowns"]);
    expect(constructed).toBe(0);
    expect(core.LevelSchema.parse("xa")).toBe("xa");
    const afterLevel = constructed;
    expect(afterLevel).toBeGreaterThan(0);
    expect(afterLevel).toBeLessThan(5);
    expect(core.ReportSchema instanceof z.ZodObject).toBe(true);
    expect(constructed).toBeGreaterThan(afterLevel + 50);
  });

  it("the render and communes entries construct none either", async () => {
    const before = constructed;
    await import("../../src/render/index.js");
    await import("../../src/communes/index.js");
    expect(constructed).toBe(before);
  });

  it("a schema shown by util.inspect is built for it and printed as the schema", async () => {
    const { UnitSchema } = await import("../../src/index.js");
    const before = constructed;
    expect(inspect(UnitSchema, { depth: 0 })).toMatch(/^ZodObject \{/);
    expect(constructed).toBeGreaterThan(before);
  });
});
