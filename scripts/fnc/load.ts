// Reads the FNC-1 CSVs (../shared/data/fnc1-train, see its README, or any folder in that format)
// and groups the headlines into rumors: headlines related (any label but
// `unrelated`) to the same bodies report the same happening, so a group is a
// connected component over shared related bodies. Splits are by group, never
// by row, so that no rumor is on both sides.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

type FncLabel = "agree" | "disagree" | "discuss" | "unrelated";
type FncBody = { id: string; text: string };
type FncPair = { headline: string; bodyId: string; label: FncLabel };
export type FncHeadline = {
  headline: string;
  /** The rumor group; `null` when the headline is related to no body. */
  group: string | null;
  /** Body id → label, for every body it was paired with. */
  labels: Map<string, FncLabel>;
};
export type FncSplit = "dev" | "heldout";
export type FncData = {
  bodies: FncBody[];
  pairs: FncPair[];
  headlines: FncHeadline[];
  /** Group id → split. */
  splitOf: Map<string, FncSplit>;
};

const LABELS = new Set<FncLabel>(["agree", "disagree", "discuss", "unrelated"]);

/** Share of groups (by hash) that are held out. */
const HELDOUT_SHARE = 0.4;

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/**
 * The bodies and stances CSVs of a folder: FNC-1's `train_*` names, or one `…bodies.csv` and one
 * `…stances.csv` in the same format (the challenge's `competition_test_*` files, say).
 */
function fncFiles(dir: string): { bodies: string; stances: string } {
  if (existsSync(path.join(dir, "train_bodies.csv")) && existsSync(path.join(dir, "train_stances.csv")))
    return { bodies: path.join(dir, "train_bodies.csv"), stances: path.join(dir, "train_stances.csv") };
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const one = (suffix: string) => {
    const found = files.filter((f) => f.toLowerCase().endsWith(suffix));
    if (found.length !== 1)
      throw new Error(`${dir}: expected train_bodies.csv and train_stances.csv, or exactly one *${suffix} (found ${found.length ? found.join(", ") : "none"})`);
    return path.join(dir, found[0]!);
  };
  return { bodies: one("bodies.csv"), stances: one("stances.csv") };
}

export function loadFnc(dir: string): FncData {
  const files = fncFiles(dir);
  const bodies = readCsv(files.bodies).map((r) => ({ id: String(r["Body ID"]), text: String(r.articleBody) }));
  const pairs: FncPair[] = readCsv(files.stances).map((r, i) => {
    const label = String(r.Stance) as FncLabel;
    if (!LABELS.has(label)) throw new Error(`${path.basename(files.stances)} row ${i + 2}: unknown stance ${r.Stance}`);
    return { headline: String(r.Headline), bodyId: String(r["Body ID"]), label };
  });

  // Union-find over headline and body nodes joined by related pairs.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const node = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
    return x;
  };
  for (const p of pairs) {
    if (p.label === "unrelated") continue;
    const a = find(node(`h:${p.headline}`));
    const b = find(node(`b:${p.bodyId}`));
    if (a !== b) parent.set(a, b);
  }

  const byHeadline = new Map<string, FncHeadline>();
  for (const p of pairs) {
    let h = byHeadline.get(p.headline);
    if (!h) {
      h = { headline: p.headline, group: null, labels: new Map() };
      byHeadline.set(p.headline, h);
    }
    h.labels.set(p.bodyId, p.label);
  }
  // A group is named by the smallest body id in it, so names do not depend on row order.
  const groupName = new Map<string, string>();
  for (const key of parent.keys()) {
    if (!key.startsWith("b:")) continue;
    const root = find(key);
    const id = key.slice(2);
    const current = groupName.get(root);
    if (current === undefined || Number(id) < Number(current)) groupName.set(root, id);
  }
  for (const h of byHeadline.values()) {
    const key = `h:${h.headline}`;
    if (parent.has(key)) h.group = `g${groupName.get(find(key))}`;
  }

  const splitOf = new Map<string, FncSplit>();
  for (const h of byHeadline.values()) {
    if (h.group && !splitOf.has(h.group)) splitOf.set(h.group, splitForGroup(h.group));
  }
  return { bodies, pairs, headlines: [...byHeadline.values()], splitOf };
}

/** Deterministic: the first 8 hex digits of SHA-256 of the group name. */
export function splitForGroup(group: string): FncSplit {
  const x = parseInt(createHash("sha256").update(`hindsight-fnc:${group}`).digest("hex").slice(0, 8), 16) / 0x1_0000_0000;
  return x < HELDOUT_SHARE ? "heldout" : "dev";
}

/** A split's headlines that are related to some body; "all": every such headline (a corpus never tuned on). */
export function headlinesOf(data: FncData, split: FncSplit | "all"): FncHeadline[] {
  return data.headlines.filter((h) => h.group !== null && (split === "all" || data.splitOf.get(h.group) === split));
}

/** Map the FNC-1 labels onto Hindsight's evidence stances. */
export const STANCE_OF = { agree: "supports", disagree: "contradicts", discuss: "mentions" } as const;
