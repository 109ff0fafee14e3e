/**
 * The interface languages and how the locale appears in URLs (/fr/..., /nl/..., /en/...).
 * English is the fallback for browsers that ask for neither French nor Dutch: it favours
 * neither language community.
 */
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["fr", "nl", "en"],
  defaultLocale: "en",
  localePrefix: "always",
  // Remember an explicit choice for a year (next-intl's default cookie ends with the session).
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
  // No `Link` response header of alternates: it repeated the request's path four times and echoed
  // its Host (a 10,000-character path made 40 kB of headers). Pages declare their language
  // versions in <link rel="alternate"> instead, from PUBLIC_ORIGIN.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
