import { describe, expect, it } from "vitest";
import { importArticles } from "@/server/articles/articles";
import { createClaim } from "@/server/claims/claims";
import { db } from "@/server/platform/db";
import { articleSignature, deskSignatures, rumorSignature } from "./signatures";

// The rumor index reads both signatures in one query and hands the article
// half to the article index, which compares it with what articleSignature
// gave it: the two must spell a signature alike, or every match would reload.
describe("deskSignatures", () => {
  it("spells each signature as the single ones do, empty or not, and moves with a rumor's version", async () => {
    const empty = await deskSignatures();
    expect(empty).toEqual({ articles: await articleSignature(), rumors: await rumorSignature() });

    const text = "The mayor said the new bridge will open to traffic in early June.";
    const report = await importArticles([{ outlet: "Outlet A", title: "Bridge", publishedAt: "2024-05-01", text }], null);
    const quote = "the new bridge will open to traffic in early June";
    const start = text.indexOf(quote);
    const claim = await createClaim(
      { articleId: report.items[0]!.id, start, end: start + quote.length, quote, statement: "The bridge will open in June.", attributedTo: "The mayor" },
      null,
    );
    const filled = await deskSignatures();
    expect(filled).toEqual({ articles: await articleSignature(), rumors: await rumorSignature() });
    expect(filled.articles).not.toBe(empty.articles);
    expect(filled.rumors).not.toBe(empty.rumors);

    await db.rumor.update({ where: { id: claim.rumorId }, data: { version: { increment: 1 } } });
    const bumped = await deskSignatures();
    expect(bumped.rumors).not.toBe(filled.rumors);
    expect(bumped.articles).toBe(filled.articles);
  });
});
