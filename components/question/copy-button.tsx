"use client";

/**
 * Copies a text (a citation) to the clipboard and says so. Rendered only where the browser can
 * copy: without JavaScript or a clipboard the text itself is on the page, selectable. Labels
 * come from the server as props, so no message bundle reaches the browser.
 */
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function CopyButton({ text, label, copiedLabel, lang }: { text: string; label: string; copiedLabel: string; lang: string }) {
  const canCopy = useSyncExternalStore(noSubscription, () => Boolean(navigator.clipboard), () => false);
  const [isCopied, setIsCopied] = useState(false);
  if (!canCopy) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setIsCopied(true);
      window.setTimeout(() => setIsCopied(false), 2500);
    } catch {
      setIsCopied(false); // refused: the text stays on the page to select by hand
    }
  }

  return (
    <span className="inline-flex items-center gap-2 print:hidden" lang={lang}>
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {label}
      </button>
      <span role="status" className={isCopied ? "text-sm font-medium text-emerald-800 dark:text-emerald-300" : "sr-only"}>
        {isCopied ? copiedLabel : ""}
      </span>
    </span>
  );
}
