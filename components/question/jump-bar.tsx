import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The question page's sticky outline: question, answer, siblings, citation, always one tap away
 * on a long page. Plain anchors, so it works without JavaScript; the page's anchored elements
 * stop below it (scroll-margin in app/globals.css).
 */
export async function JumpBar({ locale, hasSiblings }: { locale: Locale; hasSiblings: boolean }) {
  const t = await getTranslations({ locale, namespace: "reader.jump" });
  const links = [
    { href: "#question-heading", label: t("question") },
    { href: "#answer-heading", label: t("answer") },
    ...(hasSiblings ? [{ href: "#also-asked-to", label: t("siblings") }] : []),
    { href: "#cite", label: t("cite") },
  ];
  return (
    <nav
      aria-label={t("label")}
      data-jump-bar
      className="sticky top-0 z-20 -mx-4 mb-6 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur-sm sm:-mx-6 sm:px-6 print:hidden dark:border-slate-800 dark:bg-slate-950/95"
    >
      <ul className="flex gap-x-5 overflow-x-auto whitespace-nowrap text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="inline-block py-1 text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
