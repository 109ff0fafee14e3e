"use client";

/**
 * The "¶" beside each paragraph: a plain link to the paragraph's anchor, which with JavaScript
 * also copies the full link to the clipboard and says so. Labels come from the server as props,
 * so this component needs no message bundle in the browser.
 */
import { useState, type MouseEvent } from "react";

export function CopyLink({ anchor, label, copiedLabel, lang }: { anchor: string; label: string; copiedLabel: string; lang: string }) {
  const [isCopied, setIsCopied] = useState(false);

  async function copy(event: MouseEvent<HTMLAnchorElement>) {
    if (!navigator.clipboard) return; // insecure context: just follow the link
    event.preventDefault();
    const url = new URL(`#${anchor}`, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      window.history.replaceState(window.history.state, "", `#${anchor}`);
      setIsCopied(true);
      window.setTimeout(() => setIsCopied(false), 2000);
    } catch {
      window.location.hash = anchor; // clipboard refused: at least put the link in the address bar
    }
  }

  return (
    <>
      <a
        href={`#${anchor}`}
        onClick={copy}
        aria-label={label}
        title={label}
        lang={lang}
        className="copy-link ml-1 rounded px-1 text-slate-500 underline decoration-dotted underline-offset-2 hover:bg-slate-100 hover:text-blue-800 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-blue-300 print:hidden"
      >
        ¶
      </a>
      <span role="status" lang={lang} className={isCopied ? "ml-1 text-xs font-medium text-emerald-800 dark:text-emerald-300" : "sr-only"}>
        {isCopied ? copiedLabel : ""}
      </span>
    </>
  );
}
