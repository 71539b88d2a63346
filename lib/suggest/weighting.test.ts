import { describe, expect, it } from "vitest";
import { analyzeClaim } from "./query";
import { tokenize } from "./tokens";
import { TermStats, coverage, weighClaim, withCorpusNames } from "./weighting";

function stats(texts: string[]) {
  const s = new TermStats();
  for (const t of texts) {
    const toks = tokenize(t);
    s.add(new Set(toks.map((x) => x.stem)), toks);
  }
  return s;
}

describe("TermStats", () => {
  it("counts document frequencies incrementally and forgets removed texts", () => {
    const s = stats(["The council met Kestrel today.", "The council voted.", "Rain fell."]);
    expect(s.size).toBe(3);
    expect(s.docFreq("council")).toBe(2);
    expect(s.idf("kestrel")).toBeGreaterThan(s.idf("council"));
    const toks = tokenize("Rain fell.");
    s.add(new Set(toks.map((x) => x.stem)), toks, -1);
    expect(s.size).toBe(2);
    expect(s.docFreq("rain")).toBe(0);
  });

  it("calls a stem a name when the corpus mostly writes it capitalised mid-sentence", () => {
    const s = stats(["We met Kestrel at noon.", "Then Kestrel left.", "A kestrel is a bird, not Kestrel.", "The table was set."]);
    expect(s.nameRatio("kestrel")).toBeCloseTo(3 / 4);
    expect(s.nameRatio("tabl")).toBeNull();
    // A Title Case headline capitalises everything; the corpus decides.
    const q = withCorpusNames(s, analyzeClaim("Kestrel Will Buy The Table"));
    expect(q.names.has("kestrel")).toBe(true);
    expect(q.names.has("tabl")).toBe(false);
  });

  it("weighs a claim by idf and measures weighted coverage", () => {
    const s = stats(["Kestrel bought the mill.", "The mill closed.", "The mill reopened.", "Prices rose."]);
    const claim = weighClaim(s, analyzeClaim("Kestrel buys the mill"));
    expect(claim.w.get("kestrel")!).toBeGreaterThan(claim.w.get("mill")!);
    expect(coverage(new Set(["kestrel", "mill", "bui"]), claim)).toBeCloseTo(1);
    expect(coverage(new Set(["mill"]), claim)).toBeLessThan(0.5);
  });
});
