"use client";

import { useTranslations } from "next-intl";

// Shown instead of a stack trace when a page fails (for instance, the database is unreachable).
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <main>
      <h1 className="mb-3 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <button type="button" onClick={reset} className="rounded bg-blue-700 px-3 py-1.5 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
