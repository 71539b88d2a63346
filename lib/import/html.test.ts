import { describe, expect, it } from "vitest";
import { htmlToArticle } from "./html";
import { parseImportFile } from "./parse";

const PAGE = `<!doctype html><html><head><title>Closing ceremony &amp; rumours</title>
<style>p { color: red }</style><script>window.__xss = 1</script></head>
<body><nav>Home · Sport · Culture</nav>
<article><h1>Closing ceremony &amp; rumours</h1>
<p>Insiders say <b>Tom Cruise</b> will <a href="javascript:alert(1)">abseil</a> into the stadium.</p>
<img src=x onerror="alert(1)"><p onclick="alert(2)">The flag goes to Los Angeles &lt;script&gt; stays text.</p>
<iframe src="https://evil.example"></iframe><svg onload="alert(3)"><text>svg text</text></svg></article>
<footer>© Outlet</footer></body></html>`;

describe("HTML uploads", () => {
  it("keeps the readable text and drops markup, scripts, handlers and link targets", () => {
    const { text, title } = htmlToArticle(PAGE);
    expect(title).toBe("Closing ceremony & rumours");
    expect(text).toContain("Insiders say Tom Cruise will abseil into the stadium.");
    expect(text).toContain("The flag goes to Los Angeles <script> stays text.");
    for (const gone of ["window.__xss", "color: red", "javascript:", "onerror", "onclick", "Home · Sport", "© Outlet", "svg text", "evil.example"]) {
      expect(text).not.toContain(gone);
    }
  });

  it("imports an .html file as one article of plain text", () => {
    const result = parseImportFile("story.html", PAGE, { outlet: "Wire", publishedAt: "2024-08-09" });
    expect(result.errors).toEqual([]);
    expect(result.format).toBe("html");
    expect(result.articles[0]).toMatchObject({ title: "Closing ceremony & rumours", outlet: "Wire", publishedAt: "2024-08-09" });
    // Entities decode to text ("<script>" the words), never to elements; no tag survives.
    expect(result.articles[0]!.text).not.toMatch(/<(img|iframe|svg|p|b|a)[\s>]/);
    expect(result.articles[0]!.text).not.toContain("window.__xss");
  });
});
