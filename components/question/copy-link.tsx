"use client";

/**
 * What the "¶" links beside the paragraphs do with JavaScript: each is a plain link to its
 * paragraph's anchor, rendered on the server (components/question/parallel-text.tsx); this one
 * component, mounted once per page, copies the full link of the one clicked to the clipboard and
 * says so in the status beside it. One listener for the page rather than one client component
 * per paragraph: a question page has dozens of paragraphs, and each client component sent its
 * props again in the page's React payload (issue 12, docs/benchmarks.md "Page weight").
 */
import { useEffect } from "react";

const SHOWN_FOR_MS = 2000;

export function CopyLinkHandler({ copiedLabel }: { copiedLabel: string }) {
  useEffect(() => {
    async function copy(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a.copy-link") : null;
      if (!link || !navigator.clipboard) return; // no clipboard (insecure context): just follow the link
      event.preventDefault();
      const anchor = link.hash;
      const status = link.nextElementSibling?.matches(".copy-status") ? link.nextElementSibling : null;
      try {
        await navigator.clipboard.writeText(new URL(anchor, window.location.href).href);
        window.history.replaceState(window.history.state, "", anchor);
        if (status) {
          status.textContent = copiedLabel;
          window.setTimeout(() => (status.textContent = ""), SHOWN_FOR_MS);
        }
      } catch {
        window.location.hash = anchor; // clipboard refused: at least put the link in the address bar
      }
    }
    document.addEventListener("click", copy);
    return () => document.removeEventListener("click", copy);
  }, [copiedLabel]);
  return null;
}
