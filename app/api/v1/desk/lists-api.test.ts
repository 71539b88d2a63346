import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { listWorld } from "@/test/desk-lists-world";
import { POST as bulk } from "../claims/bulk/route";
import { GET as claimList } from "./claims/route";
import { GET as articleList } from "./articles/route";
import { GET as views, POST as saveView } from "./views/route";
import { DELETE as deleteView } from "./views/[id]/route";

// The desk's list, view and bulk endpoints as a newsroom script sees them.

let world: Awaited<ReturnType<typeof listWorld>>;
let me: Awaited<ReturnType<typeof signedIn>>;
let colleague: Awaited<ReturnType<typeof signedIn>>;
const none = { params: Promise.resolve({}) };

beforeAll(async () => {
  world = await listWorld();
  me = await signedIn();
  colleague = await signedIn();
});

const get = async (handler: typeof claimList, url: string, headers: Record<string, string> = me.headers) => {
  const res = await handler(new Request(`http://x${url}`, { headers }), none);
  return { status: res.status, body: await res.json() };
};
const post = async (handler: typeof bulk, url: string, body: unknown, headers: Record<string, string> = me.headers) => {
  const res = await handler(
    new Request(`http://x${url}`, { method: "POST", body: JSON.stringify(body), headers: { ...headers, "content-type": "application/json" } }),
    none,
  );
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
};

describe("GET /api/v1/desk/claims and /articles", () => {
  it("answers editors only, with a page and its cursor", async () => {
    expect((await get(claimList, "/api/v1/desk/claims", {})).status).toBe(401);
    const page = await get(claimList, "/api/v1/desk/claims?sort=oldest&limit=3");
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(3);
    expect(page.body.items[0]).toMatchObject({ id: world.claims.reunite, rating: "pending", publishedAt: null, outlet: { slug: "alpha-times" } });
    const rest = await get(claimList, `/api/v1/desk/claims?sort=oldest&limit=3&cursor=${page.body.nextCursor}`);
    expect(rest.body).toMatchObject({ items: [{ id: world.claims.loose }], nextCursor: null });
    expect((await get(claimList, "/api/v1/desk/claims?verdict=maybe")).status).toBe(422);
    expect((await get(articleList, "/api/v1/desk/articles?q=recap")).body.items.map((a: { title: string }) => a.title)).toEqual(["Festival recap"]);
  });
});

describe("POST /api/v1/claims/bulk", () => {
  it("reports each claim and refuses the one without an event", async () => {
    const { fireworks, drones, loose } = world.claims;
    const res = await post(bulk, "/api/v1/claims/bulk", { action: "publish", claimIds: [fireworks, drones, loose] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ action: "publish", ok: 2, refused: 1 });
    expect(res.body.items[2]).toEqual({ claimId: loose, outcome: "refused", reason: expect.stringMatching(/Set the event/) });
    const audit = await db.auditEvent.findMany({
      where: { action: "claim.publish", claimId: { in: [fireworks, drones, loose] } },
      select: { actorId: true, outcome: true },
    });
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.actorId === me.user.id)).toBe(true);
    expect((await post(bulk, "/api/v1/claims/bulk", { action: "publish", claimIds: [fireworks] }, {})).status).toBe(401);
  });
});

describe("/api/v1/desk/views", () => {
  it("keeps each editor's views to themselves", async () => {
    const created = await post(saveView, "/api/v1/desk/views", { list: "claims", name: "Flagged", query: "flagged=1" });
    expect(created.status).toBe(201);
    expect((await get(views, "/api/v1/desk/views?list=claims")).body.items).toHaveLength(1);
    expect((await get(views, "/api/v1/desk/views", colleague.headers)).body.items).toEqual([]);
    const del = (headers: Record<string, string>) =>
      deleteView(new Request(`http://x/api/v1/desk/views/${created.body.id}`, { method: "DELETE", headers }), {
        params: Promise.resolve({ id: created.body.id }),
      });
    expect((await del(colleague.headers)).status).toBe(404);
    expect((await del(me.headers)).status).toBe(204);
    expect((await get(views, "/api/v1/desk/views")).body.items).toEqual([]);
  });
});
