// Drives @prisma/schema-engine-wasm with a driver adapter, and turns its
// results and errors into what the CLI expects from the native engine.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { connectorFor, createAdapterFactory, DatasourceError } from "./datasource.mjs";

// The Rust panic hook reports the panic message through this global; without
// it a panic surfaces as a bare "RuntimeError: unreachable". Must exist before
// the module is instantiated.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(message) {
    this.message = message;
  },
};

let wasmBindings;
// The package's entry does `import … from "./schema_engine_bg.wasm"`, which
// Node 20 cannot load without --experimental-wasm-modules; instantiate the
// module by hand the way Prisma's own loader does.
async function loadWasm() {
  if (wasmBindings) return wasmBindings;
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return (wasmBindings = bg);
}

/** The engines commit hash, which `prisma version` shows. */
export async function engineVersion() {
  return (await loadWasm()).version();
}

/** An error the CLI shows as `<error_code>\n\n<message>` (or as a crash report when isPanic). */
export class EngineError extends Error {
  constructor(message, { code = null, meta = null, isPanic = false } = {}) {
    super(message);
    this.errorCode = code;
    this.meta = meta;
    this.isPanic = isPanic;
  }
}

// CLI method names that the wasm engine spells differently.
const aliases = { getDatabaseVersion: "version" };

export class Engine {
  #datamodels;
  #datasource;
  #log;
  #instances = new Map(); // url -> Promise<{ engine, factory, raw }>
  #panicked = false;
  #connections = new Set(); // open driver adapters, main and shadow

  /**
   * @param {{ datamodelPaths: string[], datasource: { url?: string, shadowDatabaseUrl?: string }, log: (line: string) => void }} options
   */
  constructor({ datamodelPaths, datasource, log }) {
    this.#datamodels = datamodelPaths.map((p) => [p, fs.readFileSync(p, "utf8")]);
    this.#datasource = datasource ?? {};
    this.#log = log;
  }

  get panicked() {
    return this.#panicked;
  }

  /** Runs one JSON-RPC method; resolves with its result or rejects with an EngineError. */
  async call(method, params) {
    if (this.#panicked) throw new EngineError("The schema engine panicked earlier in this session.", { isPanic: true });
    const name = aliases[method] ?? method;
    if (name === "reset") return this.#reset(params);
    const needsDatabase = !(name === "diff" && diffIsOffline(params));
    let instance;
    try {
      instance = await this.#instance(needsDatabase);
    } catch (e) {
      throw this.#translate(e, null);
    }
    try {
      return await this.#run(instance, name, params);
    } catch (e) {
      throw this.#translate(e, instance.factory);
    }
  }

  async #run({ engine, raw }, name, params) {
    if (typeof engine[name] !== "function" || name === "free") {
      throw new EngineError(`The schema engine stand-in does not implement \`${name}\`.`);
    }
    if (name === "introspect") params = { ...params, namespaces: params.namespaces ?? null };
    raw.historyTableMissing = false;
    // Call as a method: a detached wasm-bindgen method loses its `this`.
    const result = await engine[name](params);
    // A connector that had to fake an empty migration history (see
    // datasource.mjs) says so; `migrate status` words its answer on this flag.
    if (name === "diagnoseMigrationHistory" && raw.historyTableMissing) result.hasMigrationsTable = false;
    return result;
  }

  // Through a driver adapter the engine's SQLite reset only deletes rows, so
  // `migrate reset` then fails on "table already exists". Connectors that
  // can, reset by dropping and recreating the database (as the native engine
  // does) while no engine holds a connection; the next call reconnects.
  async #reset(params) {
    const { url } = this.#datasource;
    const connector = connectorFor(url);
    const keepsTables = params?.filter?.externalTables?.length > 0; // those must survive
    if (!connector.resetDatabase || keepsTables) {
      const instance = await this.#instance(true);
      return this.#run(instance, "reset", params);
    }
    await this.close();
    this.#instances.clear();
    await connector.resetDatabase(url);
    return null;
  }

  // One engine per database: the configured one, or a scratch one for diffs
  // that never look at it. Construction is lazy because it connects.
  #instance(needsDatabase) {
    const { url, shadowDatabaseUrl } = this.#datasource;
    const connector = connectorFor(url);
    const target = needsDatabase ? url : (connector.scratchUrlFor?.(url) ?? connector.scratchUrl ?? url);
    if (!this.#instances.has(target)) {
      this.#instances.set(
        target,
        (async () => {
          if (target === url) await connector.checkConnection?.(url);
          const bg = await loadWasm();
          const raw = this.#trackConnections(await createAdapterFactory(target, { shadowDatabaseUrl }));
          const factory = bindMigrationAwareSqlAdapterFactory(raw);
          // The engine panics on an empty datamodel list; `migrate diff` sends
          // none, so give it just the datasource block.
          const datamodels = this.#datamodels.length ? this.#datamodels : [["schema.prisma", `datasource db {\n  provider = "${connector.provider}"\n}\n`]];
          try {
            const engine = await bg.SchemaEngine.new({ datamodels }, (line) => this.#log(line.trimEnd()), factory);
            return { engine, factory, raw };
          } catch (e) {
            throw this.#translate(e, factory); // only the factory can explain adapter errors
          }
        })(),
      );
    }
    return this.#instances.get(target);
  }

  // The CLI kills the engine right after closing its stdin. Closing the
  // connections first lets SQLite clean up (no stray `-journal` file left by
  // the exclusive lock the engine takes).
  #trackConnections(factory) {
    for (const method of ["connect", "connectToShadowDb"]) {
      const open = factory[method].bind(factory);
      factory[method] = async () => {
        const adapter = await open();
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = () => (this.#connections.delete(adapter), dispose());
        this.#connections.add(adapter);
        return adapter;
      };
    }
    return factory;
  }

  /** Closes every database connection the engine opened. */
  async close() {
    await Promise.allSettled([...this.#connections].map((adapter) => adapter.dispose()));
  }

  #translate(e, factory) {
    if (e instanceof EngineError) return e;
    if (e instanceof DatasourceError) return new EngineError(e.message, { code: e.code });
    if (e instanceof WebAssembly.RuntimeError) {
      // After a panic the wasm instance is unusable ("recursive use of an object").
      this.#panicked = true;
      const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.message || e.message;
      return new EngineError(message, { isPanic: true });
    }
    // Errors thrown by the adapter's JS code come back as "External error id#N";
    // the original error is kept in the adapter's registry.
    const message = (e?.message ?? String(e)).replace(
      /External error id#(\d+)/g,
      (text, id) => factory?.errorRegistry.consumeError(Number(id))?.error?.message ?? text,
    );
    return new EngineError(message, { code: typeof e?.code === "string" ? e.code : null, meta: e?.meta ?? null });
  }
}

// A diff only needs the real database when one side is the configured datasource.
function diffIsOffline(params) {
  return ![params?.from?.tag, params?.to?.tag].includes("schemaDatasource");
}
