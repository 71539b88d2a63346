// `npm run bench:sources`: what "Add by URL" costs per article (docs/performance.md).
// A loopback news site serves two pages: the tests' small fixture article and
// a news-sized page built around the demo's real article (seeds/), with the
// boilerplate of a real news page (navigation, inline scripts and styles,
// related links, ~100 KB). Each is read N times three ways, in the same run:
//   baseline  Node's fetch() and the body as text: no checks, no archive, no extraction
//   fetch     safeFetch(): address checks on every hop, caps, decoding
//   full      fetchArticlePreview(): safeFetch + capture store (gzip, file, row) + Readability + outlet match
// and the archive size per article is the capture's gzipped file plus its row;
// then one scheduled re-capture (robots.txt, the page, the archive) is timed,
// and a re-check that finds a new text (extraction, version, quote diff).
//
//   npm run bench:sources [-- --runs 30]
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations } from "../test/migrate";
import { FULL_ARTICLE } from "../test/fixture-site";

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" } } });
const RUNS = Number(values.runs);

const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-bench-sources-"));
applyMigrations(path.join(dir, "bench.db"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
process.env.HINDSIGHT_CAPTURE_DIR = path.join(dir, "captures");
process.env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS = "127.0.0.1";

const seed = readFileSync(path.join(__dirname, "../seeds/000_f94b17f3090b845b.txt"), "utf8").replace(/^\s*date \S+\s*/, "");
const NEWS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tom Cruise rumored for Olympics closing ceremony stunt | Example News</title>
<link rel="canonical" href="https://news.example/entertainment/tom-cruise-olympics"><meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tom Cruise rumored for Olympics closing ceremony stunt","datePublished":"2024-08-09T14:03:00Z","author":{"@type":"Person","name":"A. Reporter"}}</script>
<style>${".c{margin:0;padding:0;color:#222}\n".repeat(600)}</style>
${Array.from(
  { length: 12 },
  (_, i) =>
    `<script>window.__ads${i}=${JSON.stringify({
      slots: Array.from({ length: 40 }, (_, j) => ({
        id: `slot-${i}-${j}`,
        sizes: [
          [300, 250],
          [728, 90],
        ],
      })),
    })}</script>`,
).join("\n")}
</head><body><header><nav>${Array.from({ length: 80 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(" ")}</nav></header>
<main><article><h1>Tom Cruise rumored for Olympics closing ceremony stunt</h1><p class="byline">By A. Reporter</p>
${seed
  .split(/\n\s*\n/)
  .map((p) => `<p>${p.trim()}</p>`)
  .join("\n")}
</article><aside>${Array.from({ length: 60 }, (_, i) => `<div class="related"><a href="/story/${i}"><img src="/img/${i}.jpg" alt="">Related story number ${i} with a long headline about something else</a></div>`).join("\n")}</aside></main>
<footer>${Array.from({ length: 50 }, (_, i) => `<a href="/legal/${i}">Footer link ${i}</a>`).join(" ")}</footer></body></html>`;

const PAGES: Record<string, string> = { "/fixture": FULL_ARTICLE, "/news": NEWS_PAGE };
async function main() {
  // /changing: the news page with a last paragraph that differs on every fetch (a new version each time).
  let edits = 0;
  const changing = () => NEWS_PAGE.replace("</article>", `<p>Update ${++edits}: the organisers added a statement.</p></article>`);
  const server = createServer((req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(req.url === "/changing" ? changing() : (PAGES[req.url!] ?? "")),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { safeFetch } = await import("../server/outbound/safe-fetch");
  const { fetchArticlePreview } = await import("../server/sources/fetch-article");
  const { db } = await import("../server/platform/db");
  const { extractArticle } = await import("../server/sources/extract");
  const { storeCapture } = await import("../server/sources/capture-store");

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  async function time(run: () => Promise<unknown>): Promise<number> {
    for (let i = 0; i < 3; i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    return median(samples);
  }

  console.log(`bench:sources, ${RUNS} runs per measure (median), loopback site`);
  for (const [pagePath, html] of Object.entries(PAGES)) {
    const url = `${origin}${pagePath}`;
    const baseline = await time(async () => (await fetch(url)).text());
    const checked = await time(() => safeFetch(url));
    const full = await time(() => fetchArticlePreview({ url }, null));
    const fetched = await safeFetch(url);
    const extract = await time(async () => extractArticle(html, url));
    const store = await time(() => storeCapture(fetched, { userId: null }));
    const preview = await fetchArticlePreview({ url }, null);
    const row = await db.capture.findUniqueOrThrow({ where: { id: preview.captureId } });
    const rowBytes = Object.values(row).reduce<number>((n, v) => n + String(v ?? "").length, 0);
    console.log(
      `${pagePath.padEnd(9)} page ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, text ${preview.text.length} chars | ` +
        `baseline ${baseline.toFixed(1)} ms, safeFetch ${checked.toFixed(1)} ms (×${(checked / baseline).toFixed(2)}), ` +
        `fetch+archive+extract ${full.toFixed(1)} ms (×${(full / baseline).toFixed(2)}; of it extract ${extract.toFixed(1)} ms, archive ${store.toFixed(1)} ms) | ` +
        `archive ${(preview.storedSize / 1024).toFixed(1)} KB gzip of ${(preview.size / 1024).toFixed(1)} KB + row ~${rowBytes} B`,
    );
  }
  // A scheduled re-capture of a saved article: robots.txt, the page, the archive (no diff yet).
  const { createArticle } = await import("../server/articles/articles");
  const { recapture } = await import("../server/sources/recapture");
  const { jobs } = await import("../server/jobs/jobs");
  const preview = await fetchArticlePreview({ url: `${origin}/news` }, null);
  const { id } = await createArticle({ outlet: "Example News", publishedAt: "2024-08-09", text: preview.text, captureId: preview.captureId }, null);
  const again = await time(() => recapture({ articleId: id }));
  const perTenThousand = (again * 10_000) / 2 / 60_000; // the SQLite worker runs two jobs at once
  console.log(
    `re-capture of /news (robots.txt + page + archive row): ${again.toFixed(1)} ms; 10,000 tracked articles ≈ ${perTenThousand.toFixed(1)} min of one worker (2 at once) per round, plus the sites' own response times`,
  );

  // A re-check that finds a new text (ADR 0034): extraction, the text hash, a new version, the tracked quotes checked.
  const changed = await fetchArticlePreview({ url: `${origin}/changing` }, null);
  const tracked = await createArticle({ outlet: "Example News", publishedAt: "2024-08-09", text: changed.text, captureId: changed.captureId }, null);
  const edited = await time(() => recapture({ articleId: tracked.id }));
  // The word diff when a quoted sentence is rewritten, on the news page's text.
  const { trackQuote } = await import("../server/sources/quote-track");
  const sentence = preview.text.split(/(?<=\.)\s/).find((x) => x.length > 80)!;
  const start = preview.text.indexOf(sentence);
  const middle = sentence.indexOf(" ", sentence.length / 2);
  const rewritten = preview.text.replaceAll(sentence, `${sentence.slice(0, middle)} allegedly${sentence.slice(middle)}`);
  const fate = trackQuote(preview.text, rewritten, { start, end: start + sentence.length });
  if (fate.kind !== "changed") throw new Error(`The rewritten quote was not seen as changed (${fate.kind}).`);
  const diff = await time(async () => trackQuote(preview.text, rewritten, { start, end: start + sentence.length }));
  const versions = await db.articleVersion.findMany({ where: { articleId: tracked.id }, select: { text: true } });
  const versionBytes = Math.round(versions.reduce((n, v) => n + Buffer.byteLength(v.text), 0) / versions.length);
  console.log(
    `re-check finding a new text (extract + version): ${edited.toFixed(1)} ms; word diff of a rewritten quote over ${preview.text.length} chars: ${diff.toFixed(2)} ms; ` +
      `a version stores ${(versionBytes / 1024).toFixed(1)} KB of text`,
  );
  const unchangedShare = 0.95;
  const mixed = unchangedShare * again + (1 - unchangedShare) * (edited + diff);
  console.log(
    `10,000 tracked articles, one round with 5% changed: ≈ ${((mixed * 10_000) / 2 / 60_000).toFixed(1)} min of one worker (2 at once), plus the sites' own response times`,
  );
  await jobs().stop();
  server.close();
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
