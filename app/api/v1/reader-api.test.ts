import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/scripts/seed-demo";
import { GET as exportClaims } from "./claims/export/route";
import { GET as listClaims } from "./claims/route";
import { GET as listEvents } from "./events/route";
import { GET as listOutlets } from "./outlets/route";

const call = async (handler: (r: Request, c: unknown) => Promise<Response>, query = "") => {
  const response = await handler(new Request(`http://test/api${query}`), {});
  return { status: response.status, response };
};

beforeAll(async () => {
  await seedDemo();
});

describe("reader API", () => {
  it("filters by event slug, outlet, dates and search, and pages with a cursor", async () => {
    const json = async (q: string) =>
      (await (await call(listClaims, q)).response.json()) as { items: { id: string; rating: string }[]; nextCursor: string | null };
    // The demo: 17 claims in 15 rumors (seeds/demo.ts).
    expect((await json("?event=paris-2024-closing-ceremony")).items).toHaveLength(17);
    expect((await json("?outlet=unnamed-outlet-closing-ceremony-report")).items).toHaveLength(0);
    expect((await json("?q=anthem&rating=partly_confirmed")).items).toHaveLength(1);
    const page = await json("?limit=15");
    expect(page.items).toHaveLength(15);
    expect((await json(`?limit=15&cursor=${page.nextCursor}`)).items).toHaveLength(2);
  });
  it("refuses bad input with the error shape", async () => {
    const bad = await call(listClaims, "?from=2024-02-31");
    expect(bad.status).toBe(422);
    expect((await bad.response.json()).error.fields.from).toBeDefined();
    expect((await call(listClaims, "?cursor=%%%")).status).toBe(422);
    expect((await call(listClaims, "?limit=0")).status).toBe(422);
  });
  it("ranks outlets and counts events' verdicts", async () => {
    const outlets = await (await call(listOutlets)).response.json();
    expect(outlets.items[0]).toMatchObject({ rank: 1, total: 17, own: { total: 9 }, relayed: { total: 8 } });
    const events = await (await call(listEvents)).response.json();
    // An event counts rumors: the two grouped rumors count once each.
    expect(events.items[0]).toMatchObject({ claimCount: 15, counts: { confirmed: 7, partly_confirmed: 2, unverifiable: 6, pending: 0 } });
  });
  it("exports a filtered view as CSV and JSON", async () => {
    const csv = await call(exportClaims, "?format=csv&rating=confirmed");
    expect(csv.response.headers.get("content-disposition")).toMatch(/attachment; filename="hindsight-claims-.*\.csv"/);
    const lines = (await csv.response.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,url,statement,rating/);
    expect(lines).toHaveLength(9);
    const json = await (await call(exportClaims, "?format=json&q=anthem")).response.json();
    expect(json.filter).toEqual({ q: "anthem" });
    expect((await call(exportClaims, "?format=xml")).status).toBe(422);
  });
});
