import { convert, type HtmlToTextOptions } from "html-to-text";

// Uploaded HTML is reduced to plain text by html-to-text (on htmlparser2):
// markup, scripts, styles, handlers and link targets are dropped, entities
// decoded. Only the text is stored, and the app renders text as text.

const SKIP = [
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "iframe",
  "object",
  "svg",
  "img",
  "picture",
  "video",
  "audio",
];

const BODY: HtmlToTextOptions = {
  wordwrap: false,
  baseElements: { selectors: ["body"], returnDomByDefault: true },
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: "skip" })),
    { selector: "a", options: { ignoreHref: true } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "table", format: "dataTable" },
  ],
};

/** The readable text of an HTML document, and its <title> (or first <h1>) when it has one. */
export function htmlToArticle(html: string): { text: string; title?: string } {
  const text = convert(html, BODY)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title =
    convert(html, { wordwrap: false, baseElements: { selectors: ["title"], returnDomByDefault: false } }).trim() ||
    convert(html, {
      wordwrap: false,
      baseElements: { selectors: ["h1"], returnDomByDefault: false },
      selectors: [{ selector: "h1", options: { uppercase: false } }],
    }).trim();
  return { text, title: title ? title.replace(/\s+/g, " ").slice(0, 300) : undefined };
}
