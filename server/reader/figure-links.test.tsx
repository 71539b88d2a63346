import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ReactElement } from "react";

// Every figure on the public pages links to the claims it counts (issue 17):
// this renders the dashboard, the outlets page, every outlet page and every
// event page as readers get them, follows each linked figure to the claim
// list it names (the URL's filters, read as the dashboard reads them, paged
// to the end as a reader would), and checks that the list holds exactly the
// figure's number of claims. Some rumors are void, so a figure that forgot
// to leave them out would not match.
vi.hoisted(() => {
  process.env.HINDSIGHT_READER_CACHE = "off";
});

const { loadSyntheticData } = await import("@/scripts/synthetic/load");
const { db } = await import("@/server/platform/db");
const { voidRumor } = await import("@/server/resolution/voids");
const { ClaimFilterSchema, filterParams } = await import("@/lib/schemas/claim-filter");
const { countReaderClaims, findReaderClaims } = await import("./claims");
const { default: Dashboard } = await import("@/app/(reader)/page");
const { default: OutletsPage } = await import("@/app/(reader)/outlets/page");
const { default: OutletPage } = await import("@/app/(reader)/outlets/[slug]/page");
const { default: EventPage } = await import("@/app/(reader)/events/[slug]/page");

type Figure = { page: string; href: string; value: number };

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

/** Every `data-claims-link` anchor of the page: where it goes and the number it shows. */
function figuresOf(page: string, html: string): Figure[] {
  const out: Figure[] = [];
  for (const m of html.matchAll(/<a\b([^>]*)>([^<]*)<\/a>/g)) {
    const attrs = m[1]!;
    if (!attrs.includes("data-claims-link")) continue;
    const href = unescape(/href="([^"]*)"/.exec(attrs)![1]!);
    out.push({ page, href, value: Number(m[2]!.trim()) });
  }
  return out;
}

/** The claim list a link names, followed to its last page: how many claims it holds. */
async function listed(href: string): Promise<number> {
  const url = new URL(href, "http://reader.test");
  expect(url.pathname).toBe("/");
  expect(url.hash).toBe("#claims-heading");
  const filter = ClaimFilterSchema.parse(filterParams(url.searchParams));
  let n = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await findReaderClaims(filter, { limit: 500, cursor });
    n += page.items.length;
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  // The count a filtered view's heading shows (one outlet's or event's) is the same.
  const counted = await countReaderClaims(filter);
  expect(counted).toBe(filter.outlet || filter.event ? n : null);
  return n;
}

const render = async (element: Promise<ReactElement> | ReactElement) => renderToStaticMarkup(await element);
const noSearch = Promise.resolve({});

let figures: Figure[] = [];
let voided: string[] = [];

beforeAll(async () => {
  await loadSyntheticData({ claims: 260, articles: 70, events: 4, outlets: 5, seed: 17 });
  // Void some open rumors that readers see: their claims must drop out of every figure and every list the figures link to.
  const open = await db.rumor.findMany({
    where: { currentVerdictId: null, publicClaims: { gt: 0 } },
    orderBy: [{ publicClaims: "desc" }, { id: "asc" }],
    take: 3,
    select: { id: true, version: true },
  });
  for (const r of open) await voidRumor(r.id, { reason: "The event was cancelled.", version: r.version }, null);
  voided = open.map((r) => r.id);

  const outlets = await db.outlet.findMany({ where: { claims: { some: { publishedAt: { not: null } } } }, select: { slug: true } });
  const events = await db.event.findMany({ where: { claims: { some: { publishedAt: { not: null } } } }, select: { slug: true } });
  figures.push(...figuresOf("dashboard", await render(Dashboard({ searchParams: noSearch }))));
  figures.push(...figuresOf("outlets", await render(OutletsPage())));
  for (const { slug } of outlets) {
    figures.push(...figuresOf(`outlet ${slug}`, await render(OutletPage({ params: Promise.resolve({ slug }), searchParams: noSearch }))));
  }
  for (const { slug } of events) {
    figures.push(...figuresOf(`event ${slug}`, await render(EventPage({ params: Promise.resolve({ slug }), searchParams: noSearch }))));
  }
  // Each distinct link once.
  figures = [...new Map(figures.map((f) => [`${f.href}|${f.value}`, f])).values()];
}, 300_000);

describe("every figure on the reader pages", () => {
  it("is on a database with void rumors, and the pages link figures of every kind", async () => {
    expect(voided.length).toBeGreaterThanOrEqual(2);
    expect(await db.claim.count({ where: { voided: true, publishedAt: { not: null } } })).toBeGreaterThan(0);
    expect(figures.length).toBeGreaterThan(100);
    const params = figures.map((f) => new URL(f.href, "http://reader.test").searchParams);
    // Scopes and every way a figure splits claims, each with at least one figure that is not zero.
    for (const [key, value] of [
      ["outlet", null],
      ["event", null],
      ["rating", "resolved"],
      ["rating", "confirmed"],
      ["rating", "pending"],
      ["certainty", "known"],
      ["certainty", "official"],
      ["stance", "hedges"],
      ["stance", "denies"],
      ["attribution", "own"],
      ["attribution", "relayed"],
      ["origin", "first"],
      ["origin", "followed"],
      ["lead", "known"],
      ["void", "no"],
    ] as const) {
      const some = figures.filter((_, i) => (value === null ? params[i]!.has(key) : params[i]!.get(key) === value));
      expect(some.length, `${key}=${value ?? "…"}`).toBeGreaterThan(0);
      expect(
        some.some((f) => f.value > 0),
        `${key}=${value ?? "…"} with claims`,
      ).toBe(true);
    }
    // The whole press too: figures whose link names no outlet and no event.
    expect(params.filter((p) => !p.has("outlet") && !p.has("event")).length).toBeGreaterThan(10);
  });

  it("links to a list of exactly that many claims", async () => {
    const wrong: string[] = [];
    for (const f of figures) {
      const n = await listed(f.href);
      if (n !== f.value) wrong.push(`${f.page}: ${f.href} shows ${f.value}, lists ${n}`);
    }
    expect(wrong).toEqual([]);
    // Some hundreds of lists, each paged to its end: slow on a busy machine, never timed.
  }, 600_000);

  it("would not match if void rumors were counted: the lists without the void filter hold more", async () => {
    const outletOfVoid = await db.claim.findFirstOrThrow({
      where: { voided: true, publishedAt: { not: null } },
      select: { outlet: { select: { slug: true } } },
    });
    const all = figures.find((f) => f.href === `/?outlet=${outletOfVoid.outlet.slug}&void=no#claims-heading`);
    expect(all).toBeDefined();
    expect(await listed(`/?outlet=${outletOfVoid.outlet.slug}#claims-heading`)).toBeGreaterThan(all!.value);
  });
});
