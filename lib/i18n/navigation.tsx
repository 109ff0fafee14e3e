/**
 * Locale-aware links for server components: next/link with the locale prefix added on the
 * server. Deliberately not next-intl's createNavigation: merely importing it registers its
 * client Link, and with it next-intl's message formatter, in every page's browser bundle.
 */
import "server-only";
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import type { Locale } from "./routing";

type Query = Record<string, string | number | undefined>;
export type LocalizedHref = string | { pathname: string; query?: Query };

/** "/questions/5-8902" in "fr" -> "/fr/questions/5-8902"; the query is appended, empty values left out. */
export function localizedPath(href: LocalizedHref, locale: Locale): string {
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  const path = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}

export async function Link({
  href,
  locale,
  ...rest
}: Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: LocalizedHref; locale?: Locale }) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={localizedPath(href, target)} {...rest} />;
}
