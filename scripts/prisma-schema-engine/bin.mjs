#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be
// downloaded here. The CLI finds it through PRISMA_SCHEMA_ENGINE_BINARY (set in
// prisma.config.ts) and runs it in one of two ways:
//   <bin> --datamodels <file>… --datasource <json>      JSON-RPC over stdin/stdout
//   <bin> --datasource <json> cli <command>             one-shot database commands
//   <bin> --version                                     `prisma version`
// Stdout belongs to the protocol; everything else goes to stderr as JSON log
// lines, the format the CLI parses for error messages. See README.md.
import readline from "node:readline";
import { connectorFor, DatasourceError } from "./datasource.mjs";
import { Engine, EngineError, engineVersion } from "./engine.mjs";

// A Node warning printed to stderr would break the CLI's line-by-line JSON
// parsing of it; log warnings in the expected format instead.
process.removeAllListeners("warning");
process.on("warning", (w) => log("WARN", `${w.name}: ${w.message}`));

function log(level, message, fields = {}, target = "schema_engine_standin") {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

// A crash must end the process with a message the CLI can show: it rejects
// every pending request when the engine exits, so nothing hangs.
function die(error) {
  log("ERROR", error?.message ?? String(error), { backtrace: error?.stack });
  process.exitCode = 1;
  process.stderr.write("", () => process.exit(1));
}
process.on("uncaughtException", die);
process.on("unhandledRejection", die);

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "cli") args.cli = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      i++; // not used by the wasm engine
    else throw new Error(`Unexpected schema engine argument: ${arg}`);
  }
  return args;
}

// `cli` subcommands: the CLI (execa) reads only the exit code, and on failure
// parses stderr (skipping its first line) for an ERROR line from
// `schema_engine::logger` carrying `error_code` and `message`.
async function runCliCommand(command, url) {
  log("INFO", `Running \`cli ${command}\``);
  try {
    const connector = connectorFor(url);
    if (command === "can-connect-to-database") await connector.checkConnection(url);
    else if (command === "create-database") process.stdout.write(`${await connector.createDatabase(url)}\n`);
    else if (command === "drop-database") await connector.dropDatabase(url);
    else throw new DatasourceError(`Unknown schema engine cli command: ${command}`);
    return 0;
  } catch (e) {
    const fields = e instanceof DatasourceError && e.code ? { error_code: e.code } : {};
    log("ERROR", e.message, fields, "schema_engine::logger");
    return 1;
  }
}

function runRpcServer(args) {
  const send = (message) =>
    new Promise((resolve) =>
      // BigInt can appear in engine results; JSON has no such type.
      process.stdout.write(`${JSON.stringify(message, (_, v) => (typeof v === "bigint" ? Number(v) : v))}\n`, resolve),
    );
  const engine = new Engine({
    datamodelPaths: args.datamodels,
    datasource: args.datasource,
    log: (line) => process.stderr.write(`${line}\n`), // already JSON log lines
  });

  // Requests the engine sends to the CLI (only `print` today) and their answers.
  let nextOutgoingId = 1;
  const awaitingCli = new Map();
  const askCli = (method, params) => {
    const id = nextOutgoingId++;
    return new Promise((resolve) => {
      awaitingCli.set(id, resolve);
      send({ jsonrpc: "2.0", id, method, params });
    });
  };

  async function handle(request) {
    const { id, method, params } = request;
    try {
      let result = await engine.call(method, params);
      if (method === "diff") {
        // The native engine hands the script to the CLI as a `print` request
        // (the CLI writes it to its stdout) and returns only the exit code;
        // the wasm engine returns it as `stdout` instead.
        const { stdout, ...rest } = result;
        if (stdout != null) await askCli("print", { content: stdout });
        result = rest;
      }
      await send({ jsonrpc: "2.0", id, result: result ?? null });
    } catch (e) {
      const err = e instanceof EngineError ? e : new EngineError(e?.message ?? String(e));
      await send({
        jsonrpc: "2.0",
        id,
        error: {
          code: 4466, // what the native engine uses for every engine error
          message: err.message, // the CLI shows this one for panics
          data: { is_panic: err.isPanic, message: err.message, meta: err.meta, error_code: err.errorCode },
        },
      });
      // Nothing is safe to call in a wasm instance after a panic; 101 is the
      // native engine's panic exit code.
      if (engine.panicked) process.exit(101);
    }
  }

  // The wasm engine is not re-entrant (&mut self), and the CLI waits for each
  // answer anyway: handle requests one at a time.
  let queue = Promise.resolve();
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      log("ERROR", `Could not parse JSON-RPC message: ${line.slice(0, 200)}`);
      return;
    }
    if (message.method !== undefined) {
      queue = queue.then(() => handle(message));
    } else if (awaitingCli.has(message.id)) {
      awaitingCli.get(message.id)(message.result);
      awaitingCli.delete(message.id);
    }
  });
  // The CLI stops the engine by closing stdin, then sends SIGTERM right away.
  const stop = () => engine.close().finally(() => process.exit(0));
  input.on("close", () => queue.then(stop));
  process.on("SIGTERM", stop);
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${await engineVersion()} (wasm stand-in)\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli, args.datasource.url);
} else {
  runRpcServer(args);
}
