import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticJsonl } from "@/scripts/lib/synthetic-articles";
import {
  detectDateHeader,
  describeError,
  formatOf,
  parseImportFile,
  parseImportFileAsync,
  parseJsonLines,
  parseJsonLinesAsync,
  parseTextArticle,
} from "./parse";

const seed = (name: string) => readFileSync(path.resolve(__dirname, "../../seeds", name), "utf8");

describe("seed files", () => {
  it.each([
    ["000_f94b17f3090b845b.txt", "2024-08-09", "From scaling a skyscraper", "at the Stade de France."],
    ["003_0a268e9d4ae5c4e2.txt", "2024-08-12", "Setting out to prove", undefined],
  ])("%s parses to one dated article", (name, date, start, end) => {
    const raw = seed(name);
    const result = parseImportFile(name, raw, { outlet: "Example" });
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(1);
    const article = result.articles[0]!;
    expect(article.publishedAt).toBe(date);
    expect(article.outlet).toBe("Example");
    expect(article.text.startsWith(start)).toBe(true);
    if (end) expect(article.text.endsWith(end)).toBe(true);
    // Only the header goes; the body is the rest of the file byte for byte.
    expect(raw.slice(raw.indexOf(start)).trimEnd()).toBe(article.text);
  });

  it("reports a missing outlet as a field error", () => {
    const result = parseImportFile("a.txt", seed("000_f94b17f3090b845b.txt"));
    expect(result.errors).toEqual([expect.objectContaining({ field: "outlet", message: "Outlet is required." })]);
  });
});

describe("date header", () => {
  it("accepts the text on the next line and leading whitespace", () => {
    expect(detectDateHeader("\n  date 2024-01-02\nBody here.")).toEqual({ date: "2024-01-02", valid: true, body: "Body here." });
    expect(detectDateHeader("Date: 2024-01-02 Body")?.body).toBe("Body");
    expect(detectDateHeader("dated 2024-01-02 Body")).toBeNull();
    expect(detectDateHeader("An update on 2024-01-02")).toBeNull();
  });

  it("flags an impossible date", () => {
    expect(detectDateHeader(" date 2024-02-31 x")?.valid).toBe(false);
    expect(parseTextArticle(" date 2024-02-31 x", { outlet: "O" }).errors[0]?.message).toMatch(/not a real calendar date/);
  });

  it("uses the form's date when the file has none, and refuses two different dates", () => {
    expect(parseTextArticle("Just text.", { outlet: "O", publishedAt: "2024-03-04" }).article?.publishedAt).toBe("2024-03-04");
    expect(parseTextArticle(" date 2024-03-04 x", { outlet: "O", publishedAt: "2024-03-04" }).errors).toEqual([]);
    const clash = parseTextArticle(" date 2024-03-04 x", { outlet: "O", publishedAt: "2024-03-05" });
    expect(clash.errors).toEqual([expect.objectContaining({ field: "publishedAt" })]);
  });

  it("explains a missing date", () => {
    const result = parseImportFile("a.txt", "Some text.", { outlet: "O" });
    expect(result.errors).toEqual([expect.objectContaining({ field: "publishedAt", message: expect.stringMatching(/No publication date/) })]);
  });
});

describe("edge cases", () => {
  it("rejects an empty file and a header-only file", () => {
    expect(parseImportFile("a.txt", "", { outlet: "O" }).errors[0]?.message).toBe("The file is empty.");
    expect(parseImportFile("a.txt", " \n\t", { outlet: "O" }).errors[0]?.message).toBe("The file is empty.");
    expect(parseImportFile("a.jsonl", "\n\n").errors[0]?.message).toBe("The file is empty.");
    const headerOnly = parseImportFile("a.txt", " date 2024-08-09 \n", { outlet: "O" });
    expect(headerOnly.articles).toEqual([]);
    expect(headerOnly.errors[0]).toMatchObject({ field: "text", message: expect.stringMatching(/date header but no article text/) });
  });

  it("reports every missing field of pasted text at once", () => {
    const { errors } = parseTextArticle("  ", {}, { noun: "text" });
    expect(errors.map((e) => e.field).sort()).toEqual(["outlet", "publishedAt", "text"]);
    expect(errors.find((e) => e.field === "text")?.message).toBe("The text is empty.");
  });

  it("turns CRLF into LF and drops a byte-order mark", () => {
    const result = parseImportFile("a.txt", "\uFEFF date 2024-08-09\r\nFirst.\r\n\r\nSecond.\r\n", { outlet: "O" });
    expect(result.articles[0]?.text).toBe("First.\n\nSecond.");
    const jsonl = parseImportFile("a.jsonl", '{"outlet":"O","date":"2024-08-09","text":"A\\r\\nB"}\r\n{"outlet":"O","date":"2024-08-09","text":"C"}\r\n');
    expect(jsonl.errors).toEqual([]);
    expect(jsonl.articles.map((a) => a.text)).toEqual(["A\nB", "C"]);
  });

  it("names the accepted formats for an unknown one", () => {
    const result = parseImportFile("report.pdf", "%PDF", { outlet: "O" });
    expect(result.format).toBeNull();
    expect(result.errors[0]?.message).toMatch(/unknown format.*\.jsonl, \.ndjson, \.txt, \.md/);
    expect(formatOf("NOTES.MD")).toBe("markdown");
    expect(formatOf("noextension")).toBeNull();
  });
});

describe("JSON Lines", () => {
  const good = (n: number) => JSON.stringify({ outlet: "Wire", date: "2024-05-0" + n, title: `T${n}`, text: `Text ${n}` });

  it("reads one article per line, skipping blank lines", () => {
    const result = parseJsonLines([good(1), "", "  ", good(2)].join("\n"));
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual([
      { outlet: "Wire", title: "T1", publishedAt: "2024-05-01", text: "Text 1" },
      { outlet: "Wire", title: "T2", publishedAt: "2024-05-02", text: "Text 2" },
    ]);
  });

  it("gives line numbers for malformed and invalid lines", () => {
    const lines = [good(1), "{not json", "", "[1,2]", JSON.stringify({ outlet: "W", text: "x" }), JSON.stringify({ outlet: 5, date: "2024-01-01", text: "x" })];
    const { errors, articles } = parseJsonLines(lines.join("\n"));
    expect(articles).toHaveLength(1);
    expect(errors.map((e) => e.line)).toEqual([2, 4, 5, 6]);
    expect(describeError(errors[0]!)).toMatch(/^Line 2: Not valid JSON/);
    expect(errors[2]).toMatchObject({ field: "publishedAt", message: "A date is required." });
    expect(errors[3]).toMatchObject({ field: "outlet", message: "Outlet must be text, not a number." });
  });

  it("fills gaps from the defaults and refuses disagreeing date fields", () => {
    const result = parseJsonLines(JSON.stringify({ date: "2024-01-01", text: "x" }), { outlet: "Fallback" });
    expect(result.articles[0]?.outlet).toBe("Fallback");
    const clash = parseJsonLines(JSON.stringify({ outlet: "O", date: "2024-01-01", publishedAt: "2024-01-02", text: "x" }));
    expect(clash.errors[0]).toMatchObject({ line: 1, field: "publishedAt" });
  });

  it("caps the error list", () => {
    const { errors } = parseJsonLines(Array.from({ length: 80 }, () => "nope").join("\n"));
    expect(errors).toHaveLength(51);
    expect(errors[50]?.message).toBe("…and 30 more problems.");
  });
});

describe("Markdown", () => {
  it("reads front matter and uses the heading as a title of last resort", () => {
    const md = '---\noutlet: "The Wire"\ndate: 2024-07-01\ntags: [a, b]\n---\n# Big news\n\nBody *text*.\n';
    const result = parseImportFile("a.md", md, { outlet: "Form outlet" });
    expect(result.errors).toEqual([]);
    expect(result.articles[0]).toEqual({ outlet: "The Wire", title: "Big news", publishedAt: "2024-07-01", text: "Body *text*." });
    expect(parseImportFile("a.md", md, { title: "Given" }).articles[0]?.title).toBe("Given");
  });

  it("reports unclosed front matter", () => {
    const result = parseImportFile("a.md", "---\noutlet: x\nBody", { outlet: "O" });
    expect(result.errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/not closed/) });
  });

  it("treats a .txt heading as text", () => {
    expect(parseImportFile("a.txt", "# Not a title\nBody", { outlet: "O", publishedAt: "2024-01-01" }).articles[0]?.text).toBe("# Not a title\nBody");
  });
});

describe("JSON Lines in slices (large files)", () => {
  it("gives the same result as the one-pass parser, with the line of each article", async () => {
    const raw = ["", syntheticJsonl(40, 3).trimEnd().split("\n").join("\n\n"), ""].join("\n");
    const sync = parseJsonLines(raw);
    const sliced = await parseJsonLinesAsync(raw, {}, { sliceMs: 0 });
    expect(sliced).toEqual(sync);
    expect(sync.articles).toHaveLength(40);
    // Blank lines count: article i is on line 2 + 2i.
    expect(sync.lines!.slice(0, 3)).toEqual([2, 4, 6]);
  });

  it("reports progress in articles read, up to the total, pausing between slices", async () => {
    const raw = syntheticJsonl(2_000, 4);
    const seen: { done: number; total: number }[] = [];
    let pauses = 0;
    const result = await parseJsonLinesAsync(
      raw,
      {},
      {
        sliceMs: 0,
        pause: async () => void pauses++,
        onProgress: (p) => seen.push(p),
      },
    );
    expect(result.articles).toHaveLength(2_000);
    expect(seen[0]).toEqual({ done: 0, total: 2_000 });
    expect(seen.at(-1)).toEqual({ done: 2_000, total: 2_000 });
    expect(pauses).toBeGreaterThanOrEqual(9); // at least one slice per 200 lines
    seen.forEach((p, i) => i > 0 && expect(p.done).toBeGreaterThanOrEqual(seen[i - 1]!.done));
  });

  it("names every bad line, wherever it is", async () => {
    const lines = syntheticJsonl(1_000, 5).trimEnd().split("\n");
    lines[10] = "{oops";
    lines[900] = JSON.stringify({ outlet: "Ελληνικά", publishedAt: "2024-01-01", text: "x" });
    const result = await parseImportFileAsync("big.jsonl", lines.join("\n"));
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [11, undefined],
      [901, "outlet"],
    ]);
  });
});
