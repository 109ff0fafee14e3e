/**
 * Locale-aware links and redirects for server components. `Link` is next/link with the current
 * locale's prefix added on the server; next-intl's own Link is a client component and would send
 * next-intl's runtime to every page for what is, here, a plain href.
 */
import "server-only";
import NextLink from "next/link";
import { createNavigation } from "next-intl/navigation";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { routing, type Locale } from "./routing";

export const { redirect, getPathname } = createNavigation(routing);

type Href = Parameters<typeof getPathname>[0]["href"];

export async function Link({
  href,
  locale,
  ...rest
}: Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: Href; locale?: Locale }) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={getPathname({ href, locale: target })} {...rest} />;
}
