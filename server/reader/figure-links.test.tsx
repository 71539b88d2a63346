import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ReactElement } from "react";

// Every figure on the public pages links to the claims it counts (issue 17):
// this renders the dashboard, the outlets page, every outlet page, the events
// page, every event page, and rumor and claim pages (a rumor's appearances)
// as readers get them, follows each linked figure to the claim list it names
// (the URL's filters, read as the dashboard reads them, paged to the end as a
// reader would), and checks that the list holds exactly the figure's number
// of claims. The verdict chart's bar segments (SVG links) are followed too,
// their figure being the segment's width. Some rumors are void, so a figure
// that forgot to leave them out would not match. A figure of zero is plain
// text, never a link to an empty list.
vi.hoisted(() => {
  process.env.HINDSIGHT_READER_CACHE = "off";
});

const { loadSyntheticData } = await import("@/scripts/synthetic/load");
const { db } = await import("@/server/platform/db");
const { voidRumor } = await import("@/server/resolution/voids");
const { updateClaim } = await import("@/server/claims/claims");
const { ClaimFilterSchema, filterParams } = await import("@/lib/schemas/claim-filter");
const { countReaderClaims, findReaderClaims } = await import("./claims");
const { default: Dashboard } = await import("@/app/(reader)/page");
const { default: OutletsPage } = await import("@/app/(reader)/outlets/page");
const { default: OutletPage } = await import("@/app/(reader)/outlets/[slug]/page");
const { default: EventPage } = await import("@/app/(reader)/events/[slug]/page");
const { default: EventsPage } = await import("@/app/(reader)/events/page");
const { default: RumorPage } = await import("@/app/(reader)/rumors/[id]/page");
const { default: ClaimPage } = await import("@/app/(reader)/claims/[id]/page");

/** A linked figure: where it goes, the number it shows, its accessible name when it has its own, and what drew it. */
type Figure = { page: string; href: string; value: number; label: string | null; kind: "text" | "bar" };

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

const attr = (attrs: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? unescape(m[1]!) : null;
};

/**
 * Every `data-claims-link` anchor of the page (where it goes, the number it
 * shows) and every bar segment linked in an SVG (`data-claims-bar`: its
 * width is its figure).
 */
function figuresOf(page: string, html: string): Figure[] {
  const out: Figure[] = [];
  for (const m of html.matchAll(/<a\b([^>]*)>([^<]*)<\/a>/g)) {
    const attrs = m[1]!;
    if (!attrs.includes("data-claims-link")) continue;
    out.push({ page, href: attr(attrs, "href")!, value: Number(m[2]!.trim()), label: attr(attrs, "aria-label"), kind: "text" });
  }
  for (const m of html.matchAll(/<a\b([^>]*data-claims-bar[^>]*)><rect\b([^>]*)>/g)) {
    out.push({ page, href: attr(m[1]!, "href")!, value: Number(attr(m[2]!, "width")), label: null, kind: "bar" });
  }
  return out;
}

/** The figures of zero the page shows as plain text (`data-claims-none`), and any anchor whose figure reads 0. */
function zerosOf(html: string) {
  const plain = [...html.matchAll(/<span data-claims-none="">([^<]*)<\/span>/g)].map((m) => m[1]!);
  const linked = figuresOf("", html).filter((f) => f.value === 0);
  return { plain, linked };
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
  // The count a filtered view's heading shows (one outlet's, event's or rumor's) is the same.
  const counted = await countReaderClaims(filter);
  expect(counted).toBe(filter.outlet || filter.event || filter.rumor ? n : null);
  return n;
}

const render = async (element: Promise<ReactElement> | ReactElement) => renderToStaticMarkup(await element);
const noSearch = Promise.resolve({});

let figures: Figure[] = [];
let voided: string[] = [];
const zeros = { plain: [] as string[], linked: [] as string[] };
const pages = new Set<string>();

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
  // Make some rated rumors' first appearances denials: read through its stance, such a claim's rating is not its rumor's
  // verdict, so a chart figure (rumors by their own verdict) linked to the claims' rating would not match.
  const rated = await db.rumor.findMany({
    where: { rating: { in: ["confirmed", "refuted"] }, eventId: { not: null }, claims: { some: { origin: true, stance: { not: "denies" } } } },
    orderBy: { id: "asc" },
    take: 4,
    select: { version: true, claims: { where: { origin: true }, select: { id: true } } },
  });
  for (const r of rated) await updateClaim(r.claims[0]!.id, { stance: "denies", version: r.version }, null);

  const outlets = await db.outlet.findMany({ where: { claims: { some: { publishedAt: { not: null } } } }, select: { slug: true } });
  const events = await db.event.findMany({ where: { claims: { some: { publishedAt: { not: null } } } }, select: { slug: true } });
  // Rumors with one and with many appearances, and void ones; a claim of each.
  const rumors = [
    ...(await db.rumor.findMany({ where: { publicClaims: { gt: 1 } }, orderBy: [{ publicClaims: "desc" }, { id: "asc" }], take: 3, select: { id: true } })),
    ...(await db.rumor.findMany({ where: { publicClaims: 1 }, orderBy: { id: "asc" }, take: 2, select: { id: true } })),
  ].map((r) => r.id);
  rumors.push(...voided);
  const claims = await db.claim.findMany({ where: { rumorId: { in: rumors }, origin: true }, select: { id: true } });
  const add = (page: string, html: string) => {
    pages.add(page.split(" ")[0]!);
    figures.push(...figuresOf(page, html));
    const z = zerosOf(html);
    zeros.plain.push(...z.plain);
    zeros.linked.push(...z.linked.map((f) => `${page}: ${f.href}`));
  };
  add("dashboard", await render(Dashboard({ searchParams: noSearch })));
  add("outlets", await render(OutletsPage()));
  add("events", await render(EventsPage({ searchParams: noSearch })));
  for (const { slug } of outlets) add(`outlet ${slug}`, await render(OutletPage({ params: Promise.resolve({ slug }), searchParams: noSearch })));
  for (const { slug } of events) add(`event ${slug}`, await render(EventPage({ params: Promise.resolve({ slug }), searchParams: noSearch })));
  for (const id of rumors) add(`rumor ${id}`, await render(RumorPage({ params: Promise.resolve({ id }) })));
  for (const { id } of claims) add(`claim ${id}`, await render(ClaimPage({ params: Promise.resolve({ id }), searchParams: noSearch })));
  // Each distinct link once.
  figures = [...new Map(figures.map((f) => [`${f.kind}|${f.href}|${f.value}`, f])).values()];
}, 300_000);

describe("every figure on the reader pages", () => {
  it("is on a database with void rumors, and the pages link figures of every kind", async () => {
    expect(voided.length).toBeGreaterThanOrEqual(2);
    const denied = await db.claim.findMany({
      where: { origin: true, stance: "denies", rumor: { rating: { in: ["confirmed", "refuted"] } } },
      select: { rating: true, rumor: { select: { rating: true } } },
    });
    expect(denied.filter((c) => c.rating !== c.rumor.rating).length).toBeGreaterThanOrEqual(2);
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
      ["rumorVerdict", "confirmed"],
      ["rumorVerdict", "refuted"],
      ["rumorVerdict", "pending"],
      ["rumor", null],
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
    // Every kind of page, and the chart's bars as well as its labels.
    expect([...pages].sort()).toEqual(["claim", "dashboard", "event", "events", "outlet", "outlets", "rumor"]);
    expect(figures.filter((f) => f.kind === "bar").length).toBeGreaterThan(4);
    // A rumor's appearances: its void rumors' too (their lists do not leave void claims out).
    for (const id of voided)
      expect(
        figures.some((f) => f.href === `/?rumor=${id}#claims-heading` && f.value > 0),
        id,
      ).toBe(true);
  });

  it("never links a figure of zero: it is plain text", () => {
    expect(zeros.linked).toEqual([]);
    expect(figures.filter((f) => f.value === 0)).toEqual([]);
    // The pages do show zeros (an event without a verdict of some kind, an outlet without relayed claims…), as text.
    expect(zeros.plain.length).toBeGreaterThan(5);
    expect(new Set(zeros.plain)).toEqual(new Set(["0"]));
  });

  it("names each chart figure by its number, verdict and event, and keeps the bars' links out of the tab order beside them", () => {
    const chart = figures.filter((f) => new URL(f.href, "http://reader.test").searchParams.has("rumorVerdict"));
    const named = chart.filter((f) => f.kind === "text");
    expect(named.length).toBeGreaterThan(4);
    for (const f of named) {
      const verdict = new URL(f.href, "http://reader.test").searchParams.get("rumorVerdict")!;
      expect(f.label, f.href).toMatch(new RegExp(`^${f.value} ${verdict === "partly_confirmed" ? "partly confirmed" : verdict} rumors? about .+`));
    }
    // Each bar's segment leads where the figure beside it does, with the same number.
    for (const bar of chart.filter((f) => f.kind === "bar")) {
      expect(named.some((f) => f.href === bar.href && f.value === bar.value)).toBe(true);
    }
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
