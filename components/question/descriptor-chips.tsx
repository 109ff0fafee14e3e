import Link from "next/link";
import { languageOrder, speaksArchiveLanguage } from "@/lib/i18n/language-order";
import { descriptorPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { Bilingual } from "@/lib/source/record";

/** The question's descriptors as links to their lists: in the interface language, both for English. */
export function DescriptorChips({ descriptors, locale }: { descriptors: (Bilingual & { id: number })[]; locale: Locale }) {
  const { primary, secondary } = languageOrder(locale);
  return (
    <ul className="flex flex-wrap gap-2">
      {descriptors.map((descriptor) => (
        <li key={descriptor.id}>
          <Link
            href={descriptorPath(locale, descriptor.id)}
            className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 no-underline hover:border-blue-700 hover:bg-blue-50 hover:text-blue-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-blue-400 dark:hover:bg-slate-800 dark:hover:text-blue-200"
          >
            <span lang={primary}>{descriptor[primary]}</span>
            {!speaksArchiveLanguage(locale) && (
              <>
                <span aria-hidden="true" className="px-1.5 text-slate-500 dark:text-slate-400">·</span>
                <span lang={secondary}>{descriptor[secondary]}</span>
              </>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
