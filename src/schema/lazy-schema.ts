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

/** The handler of an unbuilt schema's proxy: `make` builds it (see {@link lazySchema}). */
interface Handler {
  make(): void;
}

/**
 * The traps of an unbuilt schema's proxy, shared by all (a handler inherits them): every trap
 * (`Reflect` has one method per trap) builds the schema, then does what a proxy without that trap
 * does. Traps are looked up on the handler at each operation, so once the handler's prototype is
 * cut the proxy passes everything to its target, which is then the schema.
 */
let traps: object | undefined;
function lazyTraps(): object {
  if (traps === undefined) {
    const table: Record<string, unknown> = {};
    for (const trap of Object.getOwnPropertyNames(Reflect)) {
      table[trap] = function (this: Handler, ...args: unknown[]) {
        this.make();
        return (Reflect as unknown as Record<string, (...a: unknown[]) => unknown>)[trap]!(...args);
      };
    }
    traps = table;
  }
  return traps;
}

/**
 * The prototype of an unbuilt schema: Node's `util.inspect` reads a proxy's target without its
 * traps, and finds this hook there, which builds the schema (reading the prototype through the
 * proxy does) and prints it.
 */
const UNBUILT = {
  [Symbol.for("nodejs.util.inspect.custom")](this: object, depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    Object.getPrototypeOf(this);
    return inspect(this, { ...options, depth });
  },
};

/**
 * A value typed as, and behaving as, the zod schema `build()` returns, built the first time it is
 * used. `build` runs once and must not use the schema being built (a recursive schema refers to
 * itself inside a getter, which zod reads after the build).
 */
export function lazySchema<T extends z.core.$ZodType>(build: () => T): T {
  const self: object = Object.create(UNBUILT);
  const handler: Handler = Object.create(lazyTraps());
  const proxy = new Proxy(self, handler as ProxyHandler<object>) as T;
  let building = false;
  handler.make = () => {
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
    Object.setPrototypeOf(handler, null);
    Object.setPrototypeOf(self, Object.getPrototypeOf(schema));
    (constr as unknown as (this: object, def: unknown) => unknown).call(proxy, def);
    if (parent !== undefined) proxy._zod.parent = parent;
    const meta = globalRegistry.get(schema);
    if (meta !== undefined) globalRegistry.add(proxy, meta);
  };
  return proxy;
}
