import { describe, expect, it } from "vitest";
import { buildDevSet } from "@/scripts/suggest-dev/build";
import { rankArticles } from "./articles";
import { evaluate, type Judged, type Label } from "./metrics";
import { PassageIndex } from "./index";
import { analyzeClaim } from "./query";
import { rankPassages } from "./rank";
import type { Stance } from "./stance";

describe("ranking on the labeled dev fixture", () => {
  it("finds the outcome articles first and hints their stance", () => {
    const set = buildDevSet(120);
    const judged: Judged[] = set.map((line) => {
      const ranked = rankArticles(line.claim, line.articles);
      return {
        ranking: ranked.map((r) => r.docId),
        stances: new Map(ranked.map((r) => [r.docId, r.stance as Stance])),
        labels: line.labels as Record<string, Label>,
      };
    });
    const m = evaluate(judged);
    expect(m.recallAt1).toBeGreaterThanOrEqual(0.9);
    expect(m.recallAt5).toBeGreaterThanOrEqual(0.97);
    // The stance hint is a model trained on real news (docs/suggestions.md#stance):
    // it reads this hand-written set's short, cue-driven texts far worse than
    // the rule list written with it did (0.87), and real news far better. It
    // must still beat saying "supports" for everything (0.22).
    expect(m.macroF1).toBeGreaterThanOrEqual(0.28);
  });
});

describe("rankPassages", () => {
  const index = new PassageIndex();
  index.add({ id: "post", text: "The weather was fine.\nThe singer headlined the halftime show on Sunday. No guest joined her on stage.\nTickets sold out." });
  index.add({ id: "other", text: "The council approved a new budget for parks and libraries." });

  it("returns an exact passage span with reasons and a stance", () => {
    const [top] = rankPassages(index, analyzeClaim("The singer will headline the halftime show."));
    expect(top?.docId).toBe("post");
    const doc = index.doc(0);
    expect(doc.text.slice(top!.start, top!.end)).toBe(top!.quote);
    expect(top!.quote).toContain("headlined the halftime show");
    expect(top!.reasons).toEqual(expect.arrayContaining(["halftime", "singer"]));
  });

  it("joins a neighbouring sentence to the quote only within its paragraph", () => {
    const claim = analyzeClaim("The singer will headline the halftime show with a surprise guest on stage.");
    const within = new PassageIndex();
    within.add({ id: "within", text: "The singer headlined the halftime show on Sunday. A surprise guest joined her on stage." });
    const [joined] = rankPassages(within, claim);
    expect(joined!.quote).toBe("The singer headlined the halftime show on Sunday. A surprise guest joined her on stage.");

    const across = new PassageIndex();
    across.add({ id: "across", text: "The singer headlined the halftime show on Sunday.\n\nA surprise guest joined her on stage." });
    const [top] = rankPassages(across, claim);
    expect(top!.quote).not.toContain("\n");
    expect(across.doc(0).text.slice(top!.start, top!.end)).toBe(top!.quote);
  });

  it("puts an article with the claim's names above one that only shares its topic", () => {
    const idx = new PassageIndex();
    idx.add({ id: "topic", text: "The season's first heavy snow closed mountain roads near Brimley, and ski resorts said they would open early in November." });
    idx.add({ id: "named", text: "Alpenfeld opened its slopes on November 8 after a week of snow." });
    idx.add({ id: "other", text: "The council approved a new budget for parks and libraries." });
    const ranked = rankPassages(idx, analyzeClaim("The ski resort of Alpenfeld is set to open early in November thanks to heavy snow."));
    expect(ranked[0]?.docId).toBe("named");
    for (const r of ranked) expect(r.score).toBeLessThanOrEqual(1);
  });

  it("skips removed documents and honours the filter", () => {
    const idx = new PassageIndex();
    idx.add({ id: "a", text: "Voltari cut the price of the Model Sprint.", publishedAt: 10 });
    idx.add({ id: "b", text: "Voltari cut the price of the Model Sprint again.", publishedAt: 20 });
    const q = analyzeClaim("Voltari will cut the Model Sprint price");
    expect(rankPassages(idx, q, { accept: (d) => d.publishedAt > 15 }).map((s) => s.docId)).toEqual(["b"]);
    idx.remove("b");
    expect(rankPassages(idx, q).map((s) => s.docId)).toEqual(["a"]);
  });
});
