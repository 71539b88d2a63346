import { trimSpan, type Span } from "./spans";

// Maps a DOM selection inside a rendered article back to offsets in the
// stored text. The container renders the text verbatim (every character in
// exactly one text node, nothing else), so counting text-node lengths in
// document order gives the offset.
function offsetWithin(container: Node, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // An element boundary: count the text of its children before `offset`.
    let total = 0;
    const children = node.childNodes;
    for (let i = 0; i < offset && i < children.length; i++) total += children[i]!.textContent?.length ?? 0;
    return offsetBefore(container, node) + total;
  }
  return offsetBefore(container, node) + offset;
}

function offsetBefore(container: Node, target: Node): number {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === target || target.contains(n)) return total;
    total += n.textContent?.length ?? 0;
  }
  return total;
}

/** The selected span of the article text, or null when nothing usable is selected. */
export function readSelection(container: HTMLElement, body: string): (Span & { quote: string }) | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const raw = {
    start: offsetWithin(container, range.startContainer, range.startOffset),
    end: offsetWithin(container, range.endContainer, range.endOffset),
  };
  const span = trimSpan(body, raw);
  if (span.end <= span.start) return null;
  return { ...span, quote: body.slice(span.start, span.end) };
}
