import { describe, expect, it } from "vitest";
import { PassageIndex } from "./index";
import type { MatchModel } from "./rumor-match";
import { RumorIndex } from "./rumor-match";

const RUMORS: Record<string, string[]> = {
  sotloff: ["ISIS reportedly executes 2nd American journalist", "Video shows ISIL beheading of journalist Steven Sotloff"],
  haines: ["British hostage David Haines beheaded by Islamic State", "Cameron vows to hunt down killers of aid worker David Haines"],
  watch: ["Apple Watch battery will require nightly charging", "Apple Watch users will need to recharge every day"],
  kim: ["Kim Jong-un to open a restaurant in Scotland", "North Korea plans state-backed restaurant in Glasgow"],
};

function index(background?: PassageIndex) {
  const idx = new RumorIndex(background);
  for (const [id, texts] of Object.entries(RUMORS)) idx.add(id, texts);
  return idx;
}

function deskArticles() {
  const articles = new PassageIndex();
  articles.add({
    id: "a1",
    text: "Islamic State militants released a video showing the beheading of Steven Sotloff, the second American journalist killed.",
  });
  articles.add({ id: "a2", text: "The killing of Steven Sotloff by ISIS was confirmed by the White House. Sotloff was an American journalist." });
  articles.add({ id: "a3", text: "Apple said its watch battery lasts a day." });
  articles.add({ id: "a4", text: "North Korea restaurant plans in Scotland were denied." });
  return articles;
}

describe("RumorIndex", () => {
  it("ranks the rumor a differently worded claim belongs to first, with reasons", () => {
    const [top] = index().match({ statement: "ISIL has beheaded journalist Steven Sotloff, video shows" });
    expect(top?.rumorId).toBe("sotloff");
    expect(top!.score).toBeGreaterThan(0);
    expect(top!.score).toBeLessThanOrEqual(1);
    expect(top!.reasons.join(" ")).toMatch(/sotloff/);
  });

  it("flags likely only above the likely threshold and drops what falls below possible", () => {
    const strict: MatchModel = { features: ["best"], mean: [0], std: [1], weights: [10], bias: -5, likely: 0.99, possible: 0.5 };
    const results = index().match({ statement: "Apple Watch will need charging every night" }, { model: strict });
    expect(results[0]?.rumorId).toBe("watch");
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0.5);
      expect(r.likely).toBe(r.score >= 0.99);
    }
    expect(results.some((r) => r.rumorId === "kim")).toBe(false);
  });

  it("excludes, removes and updates rumors", () => {
    const idx = index();
    const claim = { statement: "Steven Sotloff beheaded in new ISIS video" };
    expect(idx.match(claim, { exclude: ["sotloff"] }).some((r) => r.rumorId === "sotloff")).toBe(false);
    idx.remove("sotloff");
    expect(idx.match(claim).some((r) => r.rumorId === "sotloff")).toBe(false);
    expect(idx.size).toBe(3);
    idx.update("kim", ["Steven Sotloff beheading video released"]);
    expect(idx.match(claim)[0]?.rumorId).toBe("kim");
  });

  it("answers after many edits exactly as an index built afresh (dead texts, postings and votes swept out)", () => {
    const desk = deskArticles();
    const churned = index(desk);
    // Every rumor rewritten 100 times, then back to its texts: enough to compact postings, the text pool and the article votes.
    for (let round = 0; round < 100; round++)
      for (const [id, texts] of Object.entries(RUMORS)) churned.update(id, [...texts.map((t) => `${t} round ${round}`), `Steven Sotloff ${id}`]);
    for (const [id, texts] of Object.entries(RUMORS)) churned.update(id, texts);
    const fresh = index(desk);
    expect(churned.size).toBe(fresh.size);
    for (const statement of ["Steven Sotloff beheaded in new ISIS video", "White House confirms the killing", "Apple Watch battery", "round 7 restaurant"])
      expect(churned.match({ statement })).toEqual(fresh.match({ statement }));
    expect(churned.match({ statement: "round 7" })).toEqual([]);
  });

  it("uses the desk's articles: a claim sharing few words with a rumor is matched through the articles both find", () => {
    const articles = deskArticles();
    const claim = { statement: "White House confirms the killing" };
    // No word in common with the rumor's texts: without articles nothing is offered.
    expect(index().match(claim)).toEqual([]);
    expect(index(articles).match(claim)[0]?.rumorId).toBe("sotloff");
  });
});
