"use client";

import { useEffect } from "react";

// One registry for the page: any field with unsaved text asks before the
// page is left, whether by closing or reloading it (beforeunload) or by a
// link inside the app (Next's client navigation fires no beforeunload).

const UNSAVED_MESSAGE = "You have unsaved text on this page. It stays as a draft in this browser. Leave the page anyway?";

const dirty = new Set<string>();
let installed = false;

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (dirty.size === 0) return;
  event.preventDefault();
  // Older browsers want a value; the text itself is never shown.
  event.returnValue = "";
}

function onClick(event: MouseEvent) {
  if (dirty.size === 0 || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
  const url = new URL(link.href, window.location.href);
  // Another site is a full page load: beforeunload asks then.
  if (url.origin !== window.location.origin) return;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return;
  if (!window.confirm(UNSAVED_MESSAGE)) {
    event.preventDefault();
    // Captured on the document, before React's listener on the root: the client router never sees the click.
    event.stopPropagation();
  }
}

function install() {
  if (installed) return;
  installed = true;
  window.addEventListener("beforeunload", onBeforeUnload);
  document.addEventListener("click", onClick, true);
}

/** While `isDirty`, leaving the page asks first. `id` names the field (one entry per field). */
export function useUnsavedWarning(id: string, isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    install();
    dirty.add(id);
    return () => {
      dirty.delete(id);
    };
  }, [id, isDirty]);
}
