import { describe, expect, it } from "vitest";
import { NearestText, PlainBm25, PlainTfidf, plainTokens } from "./baselines";
import { topK } from "./top-k";
import { probability } from "./learned";

const docs = [
  { id: "a", text: "The singer headlined the halftime show on Sunday." },
  { id: "b", text: "The council approved a budget for parks and libraries." },
  { id: "c", text: "Halftime shows draw large crowds; the singer said little." },
];

describe("plain baselines", () => {
  it("tokenize without stemming or names", () => {
    expect(plainTokens("The Singers headlined, 2,000 fans!")).toEqual(["singers", "headlined", "2", "000", "fans"]);
  });

  it("rank every document, best first, by TF-IDF cosine and by BM25", () => {
    for (const r of [new PlainTfidf(docs), new PlainBm25(docs)]) {
      const ranked = r.rank("singer headlined the halftime show");
      expect(ranked.map((x) => x.id)).toHaveLength(3);
      expect(ranked[0]!.id).toBe("a");
      expect(ranked[2]!.id).toBe("b");
    }
  });

  it("match a text to the owner of its nearest text", () => {
    const n = new NearestText();
    n.add("r1", "Singer to headline halftime show");
    n.add("r2", "Council approves parks budget");
    n.add("r2", "Libraries get more money");
    const [top] = n.rank("Who will headline the halftime show?");
    expect(top!.id).toBe("r1");
    expect(top!.score).toBeGreaterThan(0);
    expect(n.rank("parks budget approved")[0]!.id).toBe("r2");
  });
});

describe("helpers", () => {
  it("topK keeps the k best in order", () => {
    expect(
      topK(
        [
          ["a", 1],
          ["b", 5],
          ["c", 3],
          ["d", 4],
        ],
        2,
      ),
    ).toEqual([
      ["b", 5],
      ["d", 4],
    ]);
    expect(topK([["a", 1]], 3)).toEqual([["a", 1]]);
  });

  it("a linear model standardises, weighs and squashes to [0, 1]", () => {
    const m = { features: ["x"], mean: [1], std: [2], weights: [3], bias: 0 };
    expect(probability(m, { x: 1 })).toBeCloseTo(0.5);
    expect(probability(m, { x: 3 })).toBeCloseTo(1 / (1 + Math.exp(-3)));
  });
});
