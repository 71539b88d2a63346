// How rumors spread in the synthetic world (issue 12): how many rumors each
// event has, how many appearances each rumor gets (most a few, a long tail
// up to MAX_APPEARANCES), which pre-event articles carry them, and the role
// each appearance plays — the origin (earliest), relays of it or of other
// sources, the outlet's own reporting — and its stance. Pure functions of
// their inputs and the random stream, like the rest of world.ts.
import type { ClaimStance } from "@/lib/stance";
import type { Rng } from "./random";

const MAX_APPEARANCES = 30;
/** The average rumor has this many appearances (100,000 claims make 25,000 rumors). */
export const APPEARANCES_PER_RUMOR = 4;

/**
 * Splits `total` into integer parts proportional to `weights`, none above its
 * cap (largest remainder; what a capped part cannot take goes to the others).
 * The caps must add up to at least `total`.
 */
function apportionCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const parts = weights.map(() => 0);
  let left = total;
  for (let round = 0; left > 0 && round < 64; round++) {
    const open = weights.map((w, i) => (parts[i]! < caps[i]! ? Math.max(w, 1e-9) : 0));
    const sum = open.reduce((a, b) => a + b, 0);
    if (sum === 0) break;
    const exact = open.map((w) => (left * w) / sum);
    const add = exact.map((x, i) => Math.min(Math.floor(x), caps[i]! - parts[i]!));
    let given = add.reduce((a, b) => a + b, 0);
    // The remainders, largest first, one each while there is room.
    const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [frac, i] of order) {
      if (given >= left) break;
      if (frac > 0 && parts[i]! + add[i]! < caps[i]!) {
        add[i]!++;
        given++;
      }
    }
    add.forEach((a, i) => (parts[i]! += a));
    left -= given;
    if (given === 0) {
      // Rounding gave nothing: one to each open part in weight order.
      for (const [, i] of order) {
        if (left > 0 && parts[i]! < caps[i]!) {
          parts[i]!++;
          left--;
        }
      }
    }
  }
  return parts;
}

/** Rumors per event: proportional to its claims, each with 1 to MAX_APPEARANCES appearances. */
export function rumorsPerEvent(wanted: number, claimsPerEvent: readonly number[]): number[] {
  const low = claimsPerEvent.map((n) => (n === 0 ? 0 : Math.ceil(n / MAX_APPEARANCES)));
  const lowSum = low.reduce((a, b) => a + b, 0);
  const highSum = claimsPerEvent.reduce((a, b) => a + b, 0);
  const total = Math.max(lowSum, Math.min(highSum, wanted));
  const extra = apportionCapped(
    total - lowSum,
    claimsPerEvent,
    claimsPerEvent.map((n, i) => n - low[i]!),
  );
  return low.map((l, i) => l + extra[i]!);
}

/**
 * Appearances of each of `rumors` rumors sharing `claims` claims: at least
 * one each, the rest heavy-tailed (Pareto weights), at most MAX_APPEARANCES,
 * and no more than `articles` where that can be kept (one quote per article).
 */
export function rumorSizes(rng: Rng, rumors: number, claims: number, articles: number): number[] {
  if (rumors === 0) return [];
  const cap = rumors * Math.min(MAX_APPEARANCES, articles) >= claims ? Math.min(MAX_APPEARANCES, articles) : MAX_APPEARANCES;
  // Zipf-like draws (P(s) ∝ s^-1.5 on 1..30: 44 % one appearance, 16 % two,
  // 0.6 % thirty; mean 4.1), scaled to the event's claims.
  const extra = apportionCapped(
    claims - rumors,
    Array.from({ length: rumors }, () => zipfDraw(rng) - 1 + 0.01),
    Array.from({ length: rumors }, () => cap - 1),
  );
  return extra.map((e) => e + 1);
}

const ZIPF = (() => {
  const weights = Array.from({ length: MAX_APPEARANCES }, (_, i) => Math.pow(i + 1, -1.5));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();

function zipfDraw(rng: Rng): number {
  const u = rng.next();
  const i = ZIPF.findIndex((c) => u < c);
  return (i < 0 ? MAX_APPEARANCES - 1 : i) + 1;
}

/**
 * Which article carries each appearance: `sizes` rumors over articles with
 * `capacity[k]` claim slots each (the sums agree). Largest rumors first, each
 * into the articles with the most room left, so that a rumor's appearances are
 * in different articles whenever the slots allow it.
 */
export function assignArticles(rng: Rng, sizes: readonly number[], capacity: readonly number[]): number[][] {
  const room = [...capacity];
  const tiebreak = room.map(() => rng.next());
  const order = sizes.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const out: number[][] = sizes.map(() => []);
  for (const [size, r] of order) {
    const open = room.map((n, k) => [n, k] as const).filter(([n]) => n > 0);
    open.sort((a, b) => b[0] - a[0] || tiebreak[a[1]]! - tiebreak[b[1]]!);
    for (let j = 0; out[r]!.length < size && open.length > 0; j = (j + 1) % open.length) {
      const k = open[j]![1];
      if (room[k]! === 0) {
        open.splice(j, 1);
        j--;
        continue;
      }
      out[r]!.push(k);
      room[k]!--;
    }
  }
  return out;
}

export type Role = { own: boolean; relaysOrigin: boolean; stance: ClaimStance };

/**
 * The role of the appearance at position `index` in a rumor's timeline:
 * the origin mostly reports in its own voice and asserts; later outlets relay
 * the origin (naming it), relay other sources, or report it as their own.
 * Stance follows how it turned out and how careful the outlet is: careful
 * outlets doubt false rumors more often, careless ones now and then deny a true one.
 */
export function roleOf(rng: Rng, index: number, sameOutletAsOrigin: boolean, reliability: number, outcome: "yes" | "no" | "unclear"): Role {
  if (index === 0) return { own: rng.chance(0.65), relaysOrigin: false, stance: rng.chance(0.85) ? "asserts" : "hedges" };
  const relaysOrigin = !sameOutletAsOrigin && rng.chance(0.45);
  const own = !relaysOrigin && rng.chance(sameOutletAsOrigin ? 0.6 : 0.3);
  const deny = outcome === "no" ? 0.1 + 0.35 * reliability : outcome === "yes" ? 0.12 * (1 - reliability) : 0.08;
  const stance: ClaimStance = rng.chance(deny) ? "denies" : rng.chance(own ? 0.15 : 0.3) ? "hedges" : "asserts";
  return { own, relaysOrigin, stance };
}

/** The editor's words for what one article says about the rumor `statement`. */
export function claimStatement(statement: string, stance: ClaimStance): string {
  if (stance === "asserts") return statement;
  const clause = statement.replace(/\.$/, "");
  // "The …", "A …" read on lower-case; names keep their capital.
  const lower = /^(?:The|A|An) /.test(clause) ? clause[0]!.toLowerCase() + clause.slice(1) : clause;
  return stance === "denies" ? `Denies that ${lower}.` : `Reports, without endorsing it, that ${lower}.`;
}
