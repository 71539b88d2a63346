// `npm run shape`: the figures docs/architecture.md keeps about the code's
// structure, measured from the imports (dependency-cruiser resolves them with
// the tsconfig paths): modules per server folder, import depth, import
// circles, client → server imports and where API paths are written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { cruise, type ICruiseResult, type IModule } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

const ROOTS = ["app", "components", "lib", "server", "scripts", "proxy.ts", "instrumentation.ts", "seeds"];
const isSource = (p: string) => /\.(ts|tsx|mjs)$/.test(p) && !/\.test\.tsx?$/.test(p) && !p.includes("/generated/") && !p.startsWith("node_modules");

async function graph(): Promise<Map<string, string[]>> {
  const tsConfig = extractTSConfig("tsconfig.json");
  const result = await cruise(
    ROOTS,
    { tsPreCompilationDeps: true, tsConfig: { fileName: "tsconfig.json" }, exclude: { path: "node_modules|generated|\\.test\\.tsx?$" } },
    { tsConfig: "tsconfig.json" },
    { tsConfig },
  );
  const output = result.output as ICruiseResult;
  const edges = new Map<string, string[]>();
  for (const m of output.modules as IModule[]) {
    if (!isSource(m.source)) continue;
    edges.set(m.source, m.dependencies.map((d) => d.resolved).filter(isSource));
  }
  return edges;
}

/** Strongly connected components with more than one member (Tarjan). */
function circles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      for (let w = stack.pop()!; ; w = stack.pop()!) {
        on.delete(w);
        scc.push(w);
        if (w === v) break;
      }
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** Longest import chain inside `server/`, in modules (1 = imports nothing of server/). */
function depth(edges: Map<string, string[]>): number {
  const memo = new Map<string, number>();
  const level = (v: string, seen: Set<string>): number => {
    if (memo.has(v)) return memo.get(v)!;
    if (seen.has(v)) return 0;
    seen.add(v);
    const deps = (edges.get(v) ?? []).filter((d) => d.startsWith("server/"));
    const l = 1 + Math.max(0, ...deps.map((d) => level(d, seen)));
    seen.delete(v);
    memo.set(v, l);
    return l;
  };
  return Math.max(0, ...[...edges.keys()].filter((k) => k.startsWith("server/")).map((k) => level(k, new Set())));
}

const folderOf = (file: string) => path.dirname(file);
const isClientSide = (file: string) =>
  file.startsWith("components/") || file.startsWith("lib/") || /^["']use client["']/.test(readFileSync(file, "utf8").trimStart());

async function main() {
  const edges = await graph();
  const serverFolders = new Map<string, number>();
  for (const f of edges.keys()) if (f.startsWith("server/")) serverFolders.set(folderOf(f), (serverFolders.get(folderOf(f)) ?? 0) + 1);
  const folderEdges = new Map<string, string[]>();
  for (const [from, tos] of edges) {
    if (!from.startsWith("server/")) continue;
    const set = new Set(folderEdges.get(folderOf(from)) ?? []);
    for (const to of tos) if (to.startsWith("server/") && folderOf(to) !== folderOf(from)) set.add(folderOf(to));
    folderEdges.set(folderOf(from), [...set]);
  }
  const clientToServer = [...edges].flatMap(([from, tos]) =>
    isClientSide(from) ? tos.filter((t) => t.startsWith("server/")).map((t) => `${from} → ${t}`) : [],
  );
  const apiLiterals = [...edges.keys()].filter(
    (f) => !f.startsWith("lib/contracts/") && !f.startsWith("scripts/") && /["'`]\/api\/v1\//.test(readFileSync(f, "utf8")),
  );

  console.log("server/ modules per folder:");
  for (const [folder, n] of [...serverFolders].sort()) console.log(`  ${folder.padEnd(24)} ${n}`);
  console.log(`server/ import depth (longest chain, modules): ${depth(edges)}`);
  const all = circles(edges);
  console.log(`import circles (files): ${all.length}`);
  for (const c of all) console.log(`  ${c.join(" ↔ ")}`);
  console.log(`import circles between server/ folders: ${circles(folderEdges).length}`);
  console.log(`client-side files importing server/: ${new Set(clientToServer.map((s) => s.split(" → ")[0])).size} (${clientToServer.length} imports)`);
  console.log(`files outside lib/contracts that write an /api/v1 path: ${apiLiterals.length}`);
  for (const f of apiLiterals) console.log(`  ${f}`);
}

void main();
