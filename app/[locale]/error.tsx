"use client";

/**
 * Shown instead of a stack trace when a page fails (the database unreachable, say). It speaks
 * all three interface languages at once: a client boundary with translations would ship the
 * i18n runtime to every page for a screen that is rarely seen. A client component, drawn once
 * JavaScript runs: before that (or without it), the document the server sent says what happened
 * in the address's language, with the status (500, or 503 when the database did not answer;
 * lib/http/error-shell.ts).
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main>
      <h1 className="mb-3 text-3xl font-semibold">
        <span lang="fr">Une erreur est survenue</span> · <span lang="nl">Er ging iets mis</span> ·{" "}
        <span lang="en">Something went wrong</span>
      </h1>
      <p className="mb-2" lang="fr">La page n&apos;a pas pu être affichée. Réessayez dans un instant.</p>
      <p className="mb-2" lang="nl">De pagina kon niet worden getoond. Probeer het zo dadelijk opnieuw.</p>
      <p className="mb-4" lang="en">The page could not be shown. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded bg-blue-700 px-3 py-1.5 text-white">
        <span lang="fr">Réessayer</span> · <span lang="nl">Opnieuw proberen</span> · <span lang="en">Try again</span>
      </button>
    </main>
  );
}
