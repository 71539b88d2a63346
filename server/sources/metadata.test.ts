import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readMetadata } from "./metadata";

const doc = (head: string, body = "") => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const LD = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const META = `<meta property="article:published_time" content="2024-08-09T06:00:00Z">`;
const TIME = `<time datetime="2024-08-07T10:00:00Z">7 Aug</time>`;

describe("readMetadata: the date, in the issue's order", () => {
  it("takes JSON-LD datePublished first, then article:published_time, then <time datetime>", () => {
    expect(readMetadata(doc(LD({ "@type": "NewsArticle", datePublished: "2024-08-09T08:30:00+02:00" }) + META, TIME), "https://a.example/")).toMatchObject({
      publishedAt: new Date("2024-08-09T06:30:00Z"),
      publishedAtSource: "json-ld",
    });
    expect(readMetadata(doc(META, TIME), "https://a.example/")).toMatchObject({
      publishedAt: new Date("2024-08-09T06:00:00Z"),
      publishedAtSource: "article:published_time",
    });
    expect(readMetadata(doc("", TIME), "https://a.example/")).toMatchObject({ publishedAt: new Date("2024-08-07T10:00:00Z"), publishedAtSource: "time" });
    expect(readMetadata(doc(""), "https://a.example/")).toMatchObject({ publishedAt: null, publishedAtSource: null });
  });

  it("reads @graph, skips broken JSON-LD and unparseable dates", () => {
    const graph = LD({
      "@graph": [
        { "@type": "WebPage" },
        { "@type": ["Article"], datePublished: "2024-01-02", author: [{ name: "A. Writer" }], publisher: { name: "Gazette" } },
      ],
    });
    expect(readMetadata(doc(`<script type="application/ld+json">{broken</script>${graph}`), "https://a.example/")).toMatchObject({
      publishedAt: new Date("2024-01-02T00:00:00Z"),
      byline: "A. Writer",
      siteName: "Gazette",
    });
    expect(readMetadata(doc(LD({ "@type": "Article", datePublished: "yesterday" }) + META), "https://a.example/").publishedAtSource).toBe(
      "article:published_time",
    );
  });

  it("resolves the canonical URL against the page and refuses non-web schemes", () => {
    expect(readMetadata(doc(`<link rel="canonical" href="/a/b?x=1">`), "https://news.example/amp/a/b").canonicalUrl).toBe("https://news.example/a/b?x=1");
    expect(readMetadata(doc(`<link rel="canonical" href="javascript:alert(1)">`), "https://news.example/").canonicalUrl).toBeNull();
  });
});
