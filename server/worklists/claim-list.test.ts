import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/server/claims/claims";
import { assign } from "@/server/workflow/assignment";
import { editor, listWorld } from "@/test/desk-lists-world";
import { listDeskArticles } from "./article-list";
import { bulkClaims } from "./bulk-actions";
import { listDeskClaims } from "./claim-list";
import { saveView } from "./saved-views";

let world: Awaited<ReturnType<typeof listWorld>>;
const ids = async (input: Record<string, string>) => (await listDeskClaims(input, null)).items.map((c) => c.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();

beforeAll(async () => {
  world = await listWorld();
  const { reunite, fireworks } = world.claims;
  await bulkClaims({ action: "publish", claimIds: [reunite] }, null);
  await bulkClaims({ action: "flag", claimIds: [fireworks] }, null);
});

describe("the desk's claim list", () => {
  it("filters by state, outlet, event, flag, verdict and search, drafts included", async () => {
    const { reunite, fireworks, drones, loose } = world.claims;
    expect(await ids({})).toEqual(sorted(reunite, fireworks, drones, loose));
    expect(await ids({ state: "published" })).toEqual([reunite]);
    expect(await ids({ state: "draft" })).toEqual(sorted(fireworks, drones, loose));
    expect(await ids({ outlet: "beta-post" })).toEqual(sorted(drones, loose));
    expect(await ids({ event: "summer-festival" })).toEqual(sorted(reunite, fireworks, drones));
    expect(await ids({ flagged: "1" })).toEqual([fireworks]);
    expect(await ids({ verdict: "pending" })).toHaveLength(4);
    expect(await ids({ verdict: "confirmed" })).toEqual([]);
    expect(await ids({ q: "fireworks" })).toEqual([fireworks]);
    expect(await ids({ q: "drone", state: "draft" })).toEqual([drones]);
    expect(await ids({ outlet: "no-such-outlet" })).toEqual([]);
  });

  it("marks claims past their deadline or event day without a published verdict", async () => {
    const { reunite, fireworks, drones } = world.claims;
    const before = await listDeskClaims({ overdue: "1" }, null, new Date("2025-06-10"));
    expect(before.items).toEqual([]);
    const after = await listDeskClaims({ overdue: "1" }, null, new Date("2025-07-01"));
    expect(after.items.map((c) => c.id).sort()).toEqual(sorted(reunite, fireworks, drones));
    expect(after.items.every((c) => c.overdue)).toBe(true);
  });

  it.each(["newest", "oldest", "outlet", "deadline", "source"])("pages by %s without gaps or repeats, stable when a claim is added meanwhile", async (sort) => {
    const all = (await listDeskClaims({ sort, limit: "100" }, null)).items.map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let first: string[] | undefined;
    do {
      const page = await listDeskClaims({ sort, limit: "2", ...(cursor ? { cursor } : {}) }, null);
      seen.push(...page.items.map((c) => c.id));
      first ??= page.items.map((c) => c.id);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
    // A claim added after the first page does not shift the second.
    const page1 = await listDeskClaims({ sort, limit: "2" }, null);
    const page2 = await listDeskClaims({ sort, limit: "2", cursor: page1.nextCursor! }, null);
    await createClaim(
      { articleId: world.articles.alpha, start: 0, end: 8, quote: "Insiders", statement: `Added while paging (${sort}).`, attributedTo: "insiders" },
      null,
    );
    const again = await listDeskClaims({ sort, limit: "2", cursor: page1.nextCursor! }, null);
    if (sort === "newest") expect(again.items.map((c) => c.id)).toEqual(page2.items.map((c) => c.id));
    expect(new Set([...seen]).size).toBe(seen.length);
  });

  it("refuses a cursor it did not make and an unknown sort", async () => {
    await expect(listDeskClaims({ cursor: "nonsense" }, null)).rejects.toMatchObject({ code: "invalid" });
    await expect(listDeskClaims({ sort: "random" }, null)).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("the desk's article list", () => {
  it("searches titles, outlets and the claims quoted from them; filters by event and outlet; pages", async () => {
    const { alpha, beta, later } = world.articles;
    const of = async (input: Record<string, string>) => (await listDeskArticles(input, null)).items.map((a) => a.id);
    expect(await of({})).toEqual([later, beta, alpha]);
    expect(await of({ sort: "oldest" })).toEqual([alpha, beta, later]);
    expect(await of({ q: "Encore" })).toEqual([beta]);
    expect(await of({ q: "fireworks" })).toEqual([alpha]);
    expect(await of({ outlet: "gamma-daily" })).toEqual([later]);
    expect((await of({ event: "summer-festival" })).sort()).toEqual(sorted(alpha, beta));
    const first = await listDeskArticles({ sort: "title", limit: "2" }, null);
    const second = await listDeskArticles({ sort: "title", limit: "2", cursor: first.nextCursor! }, null);
    expect([...first.items, ...second.items].map((a) => a.title)).toEqual(["Encore talk", "Festival plans", "Festival recap"]);
    expect(second.nextCursor).toBeNull();
  });
});

describe("the assignee filter", () => {
  it("finds an editor's claims and articles, mine, and the unassigned ones; each row names its assignee", async () => {
    const [ada, ben] = [await editor("Ada Assignee"), await editor("Ben Bystander")];
    const { reunite, fireworks, drones } = world.claims;
    const { alpha, later } = world.articles;
    await assign("claim", reunite, { assigneeId: ada.id }, ben);
    await assign("claim", fireworks, { assigneeId: ada.id }, ben);
    await assign("claim", drones, { assigneeId: ben.id }, ada);
    await assign("article", alpha, { assigneeId: ada.id }, ben);
    const claimsOf = async (assignee: string, actor: typeof ada | null) =>
      (await listDeskClaims({ assignee, limit: "100" }, actor)).items.map((c) => c.id).sort();
    expect(await claimsOf(ada.id, null)).toEqual(sorted(reunite, fireworks));
    expect(await claimsOf("me", ada)).toEqual(sorted(reunite, fireworks));
    expect(await claimsOf("me", ben)).toEqual([drones]);
    // The system has no work of its own; an id nobody has matches nothing.
    expect(await claimsOf("me", null)).toEqual([]);
    expect(await claimsOf("no-such-editor", null)).toEqual([]);
    const unassigned = await claimsOf("unassigned", null);
    expect(unassigned).toContain(world.claims.loose);
    expect(unassigned).not.toContain(reunite);
    expect(unassigned).not.toContain(drones);
    // Combined with the other filters, like any of them.
    expect(await ids({ assignee: ada.id, flagged: "1" })).toEqual([fireworks]);

    const row = (await listDeskClaims({ assignee: ada.id, q: "reunite" }, null)).items[0]!;
    expect(row.assignee).toEqual({ id: ada.id, name: "Ada Assignee" });
    const encore = (await listDeskClaims({ q: "encore", assignee: "unassigned" }, null)).items;
    expect(encore.map((c) => [c.id, c.assignee])).toEqual([[world.claims.loose, null]]);

    const articlesOf = async (assignee: string, actor: typeof ada | null) => (await listDeskArticles({ assignee }, actor)).items.map((a) => a.id);
    expect(await articlesOf("me", ada)).toEqual([alpha]);
    expect(await articlesOf(ada.id, null)).toEqual([alpha]);
    expect(await articlesOf("me", ben)).toEqual([]);
    expect(await articlesOf("unassigned", null)).toContain(later);
    expect(await articlesOf("unassigned", null)).not.toContain(alpha);
    expect((await listDeskArticles({ assignee: "me" }, ada)).items[0]!.assignee).toEqual({ id: ada.id, name: "Ada Assignee" });
  });

  it("is kept in a saved view as written (so 'me' is whoever opens it) and refuses a malformed value", async () => {
    const ada = await editor("Ada Viewer");
    const view = await saveView({ list: "claims", name: "Mine to check", query: "state=draft&assignee=me" }, ada);
    expect(view.query).toBe("state=draft&assignee=me");
    const articles = await saveView({ list: "articles", name: "Nobody's", query: "assignee=unassigned&sort=title" }, ada);
    expect(articles.query).toBe("assignee=unassigned&sort=title");
    await expect(listDeskClaims({ assignee: "me; drop" }, null)).rejects.toMatchObject({ code: "invalid", fields: { assignee: [expect.any(String)] } });
    await expect(saveView({ list: "claims", name: "Bad", query: "assignee=%3Cscript%3E" }, ada)).rejects.toMatchObject({ code: "invalid" });
  });
});
