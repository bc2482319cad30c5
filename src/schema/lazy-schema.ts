import { globalRegistry, type z } from "zod";

/*
 * Exported zod schemas built on first use (issue 17: building them at import was ~25 ms of the
 * core's start-up, paid by every CLI run and server start, most of which never parse a report).
 *
 * `lazySchema(build)` returns a Proxy over an empty object. The first operation on it (a property
 * read, `instanceof`, `Object.keys`, `z.toJSONSchema`…) runs `build()` and makes that empty object
 * the schema: zod's own constructor runs on the proxy with the built schema's definition (what
 * `schema.clone()` does), then the proxy drops its traps and passes everything through. So the
 * proxy is not a stand-in for another object: it is the schema, and its type is the built one
 * (`typeof ReportSchema` and `z.infer<typeof ReportSchema>` are what they were). That matters to zod:
 * - zod keeps a schema's state in `inst._zod` and captures `inst` in closures (its JSON Schema
 *   processors look the schema up by identity): with the proxy as `inst`, `this` in every method,
 *   those closures and the user's reference are one object;
 * - `instanceof z.ZodObject` / `z.ZodType` asks `inst._zod.traits`; the prototype is the built
 *   schema's, so its methods are found;
 * - zod's metadata registry (`.meta()`, `z.toJSONSchema`) is a WeakMap keyed by the object: the
 *   proxy is registered with the built schema's metadata (and keeps its `parent`), so its JSON
 *   Schema, or that of a user's schema holding it, is the one the eager schema gave. Schemas
 *   composed from lazy ones hold the proxies, as a user's `z.object({ r: ReportSchema })` does, and
 *   a recursive one (BodyNodeSchema) refers to itself through a getter that zod reads later.
 * The one visible difference: `z.globalRegistry.has(schema)` reads the WeakMap without touching
 * the schema, so it is false until something else has used it.
 */

/** Node's `util.inspect` reads a proxy's target without its traps: this hook builds the schema first. */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * A value typed as, and behaving as, the zod schema `build()` returns, built the first time it is
 * used. `build` runs once and must not use the schema being built (a recursive schema refers to
 * itself inside a getter, which zod reads after the build).
 */
export function lazySchema<T extends z.core.$ZodType>(build: () => T): T {
  const self = {};
  // Every trap (Reflect has one method per trap), each building the schema then doing what a
  // proxy without that trap does. Traps are looked up on the handler at each operation: once they
  // are deleted the proxy passes everything to `self`.
  const handler: Record<string, unknown> = {};
  const proxy = new Proxy(self, handler) as T;
  let building = false;
  const make = (): void => {
    if (building) throw new Error("lazySchema: used while built");
    building = true;
    let schema: T;
    try {
      schema = build();
    } finally {
      building = false;
    }
    const { constr, def, parent } = schema._zod;
    // From here the proxy passes every operation to `self`, which becomes the schema.
    for (const trap in handler) delete handler[trap];
    delete (self as Record<symbol, unknown>)[INSPECT];
    Object.setPrototypeOf(self, Object.getPrototypeOf(schema));
    (constr as unknown as (this: object, def: unknown) => unknown).call(proxy, def);
    if (parent !== undefined) proxy._zod.parent = parent;
    const meta = globalRegistry.get(schema);
    if (meta !== undefined) globalRegistry.add(proxy, meta);
  };
  for (const trap of Object.getOwnPropertyNames(Reflect)) {
    handler[trap] = (...args: unknown[]) => {
      make();
      return (Reflect as unknown as Record<string, (...a: unknown[]) => unknown>)[trap]!(...args);
    };
  }
  Object.defineProperty(self, INSPECT, {
    configurable: true,
    value: (depth: number, options: object, inspect: (value: unknown, options: object) => string) => {
      make();
      return inspect(proxy, { ...options, depth });
    },
  });
  return proxy;
}
