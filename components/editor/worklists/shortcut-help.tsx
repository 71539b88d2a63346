"use client";

import { useEffect, useRef } from "react";
import "./worklists.css";
import { buttonNamed, isTyping, SHORTCUTS } from "./shortcuts";

/**
 * The desk-wide shortcuts: `?` opens this list (a modal <dialog>: the
 * browser traps focus in it, Escape closes it and focus returns to where it
 * was), `/` searches the list on the page, and on a claim `a` attaches the
 * first suggested evidence and `p` publishes. Lists add j/k/x (use-list-keys.ts).
 */
export function ShortcutHelp() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event) || dialog.current?.open) return;
      const search = document.querySelector<HTMLInputElement>("[data-list-search]");
      const onClaim = document.querySelector("[data-testid='claim-publishing']");
      if (event.key === "?") dialog.current?.showModal();
      else if (event.key === "/" && search) search.focus();
      else if (event.key === "a" && onClaim) buttonNamed(/^Attach$/, document.querySelector("[data-testid='suggested-evidence']") ?? document)?.click();
      else if (event.key === "p" && onClaim) buttonNamed(/^Publish claim$/, onClaim)?.click();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button type="button" className="link-button small shortcut-hint" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Keyboard shortcuts <kbd>?</kbd>
      </button>
      <dialog ref={dialog} className="shortcut-dialog" aria-labelledby="shortcut-title" onClick={(e) => e.target === dialog.current && dialog.current.close()}>
        <h2 id="shortcut-title">Keyboard shortcuts</h2>
        <p className="small muted">They do nothing while you type in a field.</p>
        <dl className="shortcut-list">
          {SHORTCUTS.map((s) => (
            <div key={s.what}>
              <dt>
                {s.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{s.what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
