"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatDay } from "@/lib/dates";
import { likelyLinks } from "@/lib/contracts/api/matches";
import { linkClaims } from "@/lib/contracts/api/rumors";
import type { LikelyLink } from "@/lib/contracts/matching";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";
import styles from "./rumor.module.css";

/** Claims grouped by the rumor each would join, so one bulk link per rumor. */
function byRumor(items: LikelyLink[]) {
  const groups = new Map<string, { statement: string; claimCount: number; items: LikelyLink[] }>();
  for (const i of items) {
    const g = groups.get(i.match.rumorId) ?? { statement: i.match.statement, claimCount: i.match.claimCount, items: [] };
    g.items.push(i);
    groups.set(i.match.rumorId, g);
  }
  return [...groups];
}

/**
 * The work queue's unlinked claims with a likely match: tick the ones that
 * belong, link them in one go (one transaction per rumor). Nothing is linked
 * without the editor.
 */
export function LikelyLinks() {
  const queryClient = useQueryClient();
  const query = useQuery(endpointQuery(likelyLinks));
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const items = query.data?.items ?? [];
  const link = useMutation({
    mutationFn: async (claimIds: string[]) => {
      let linked = 0;
      for (const [rumorId, g] of byRumor(items)) {
        const mine = g.items.map((i) => i.claim.id).filter((id) => claimIds.includes(id));
        if (mine.length === 0) continue;
        const report = await call(linkClaims, { input: { rumorId, claimIds: mine } });
        linked += report.items.filter((r) => r.outcome === "linked").length;
      }
      return linked;
    },
    onSuccess: (linked) => {
      setTicked(new Set());
      setDone(`${linked} ${linked === 1 ? "claim" : "claims"} linked to their rumors.`);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keyOf(likelyLinks) }),
  });

  const toggle = (id: string) =>
    setTicked((t) => {
      const next = new Set(t);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="likely-heading" data-testid="likely-links">
      <h2 id="likely-heading">Unlinked claims with a likely rumor</h2>
      {query.isPending ? (
        <p className="muted">Matching the newest unlinked claims…</p>
      ) : items.length === 0 ? (
        <p className="muted">No unlinked claim has a likely match.</p>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            setDone(null);
            link.mutate([...ticked]);
          }}
        >
          {byRumor(items).map(([rumorId, g]) => (
            <fieldset key={rumorId} className="card">
              <legend>
                Rumor: <strong>{g.statement}</strong> <span className="small muted">({g.claimCount} appearances now)</span>
              </legend>
              <ul className={`stack ${styles.plain}`}>
                {g.items.map((i) => (
                  <li key={i.claim.id} className={styles.pick}>
                    <input type="checkbox" id={`link-${i.claim.id}`} checked={ticked.has(i.claim.id)} onChange={() => toggle(i.claim.id)} />
                    <label htmlFor={`link-${i.claim.id}`}>{i.claim.statement}</label>
                    <span className="small muted">
                      {i.claim.outlet}, {formatDay(i.claim.publishedAt)} · match {Math.round(i.match.score * 100)} % · {i.match.reasons.slice(0, 3).join(", ")}{" "}
                      · <Link href={`/desk/claims/${i.claim.id}`}>open</Link>
                    </span>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <div className="row">
            <button type="submit" disabled={ticked.size === 0 || link.isPending}>
              {link.isPending ? "Linking…" : ticked.size ? `Link ${ticked.size} selected` : "Link selected"}
            </button>
            <button type="button" className="secondary" onClick={() => setTicked(new Set(items.map((i) => i.claim.id)))}>
              Select all
            </button>
          </div>
        </form>
      )}
      <FormAlert error={link.error ?? query.error} success={done} />
    </section>
  );
}
