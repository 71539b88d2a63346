import type { Locator, Page } from "@playwright/test";

/**
 * Selects `quote` inside `container` with a real mouse drag, from the first
 * character's left edge to the last character's right edge.
 */
export async function selectText(page: Page, container: Locator, quote: string) {
  const box = await container.evaluate((root, q) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      text += n.textContent ?? "";
    }
    const at = text.indexOf(q);
    if (at < 0) throw new Error(`Quote not found in the article: ${q}`);
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        const len = node.textContent?.length ?? 0;
        if (offset < seen + len) return { node, offset: offset - seen };
        seen += len;
      }
      throw new Error("offset beyond text");
    };
    const rectOf = (offset: number) => {
      const { node, offset: o } = locate(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      const rects = range.getClientRects();
      return rects[rects.length - 1]!;
    };
    // Bring the quote's first line to the upper third of the viewport; the
    // text node around it may be much taller than the screen.
    window.scrollBy(0, rectOf(at).top - window.innerHeight / 3);
    const a = rectOf(at);
    const b = rectOf(at + q.length - 1);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, quote);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}
