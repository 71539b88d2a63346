import { act, useRef, useState } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { useDraft } from "./use-draft";
import { useEarlyTyping } from "./use-early-typing";

// A draft-backed field as the desk renders it: server-rendered, then hydrated.
// `bump` re-renders it after hydration, as a query's data arriving does.
function Field({ keepEarly, initial = "" }: { keepEarly: boolean; initial?: string }) {
  const draft = useDraft("note:test", initial);
  const box = useRef<HTMLTextAreaElement>(null);
  const [renders, setRenders] = useState(0);
  useEarlyTyping(box, draft.value, keepEarly ? draft.set : () => undefined);
  return (
    <>
      <textarea ref={box} aria-label="Note" value={draft.value} onChange={(e) => draft.set(e.target.value)} />
      <button type="button" onClick={() => setRenders(renders + 1)}>
        bump {renders}
      </button>
    </>
  );
}

// Tells React that act() is in use here (Testing Library's render would say so itself).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
});

/** Server HTML in the page, `typed` typed into it before React hydrates, then hydrated and re-rendered once. */
function hydrateAfterTyping(keepEarly: boolean, typed: string, initial = "") {
  const container = document.createElement("div");
  container.innerHTML = renderToString(<Field keepEarly={keepEarly} initial={initial} />);
  document.body.append(container);
  const box = container.querySelector("textarea")!;
  box.value = typed;
  act(() => {
    root = hydrateRoot(container, <Field keepEarly={keepEarly} initial={initial} />);
  });
  act(() => container.querySelector("button")!.click());
  return box;
}

describe("useEarlyTyping", () => {
  it("keeps text typed before hydration through the renders that follow, as a draft", () => {
    const box = hydrateAfterTyping(true, "Ask the city");
    expect(box.value).toBe("Ask the city");
    expect(Object.entries(window.localStorage)).toEqual([["hindsight:draft:anonymous:note:test", "Ask the city"]]);
  });

  it("is what keeps it: without it, the next render writes React's value over the typed text", () => {
    const box = hydrateAfterTyping(false, "Ask the city");
    expect(box.value).toBe("");
    expect(window.localStorage.length).toBe(0);
  });

  it("leaves an untouched field and its saved draft alone", () => {
    window.localStorage.setItem("hindsight:draft:anonymous:note:test", "Saved before the reload");
    const box = hydrateAfterTyping(true, "Start", "Start");
    expect(box.value).toBe("Saved before the reload");
    expect(window.localStorage.getItem("hindsight:draft:anonymous:note:test")).toBe("Saved before the reload");
  });
});
