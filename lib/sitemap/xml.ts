/**
 * The sitemap protocol's two documents (sitemaps.org): a sitemap index listing the pages, and a
 * page (urlset) of at most 50,000 addresses. Pure string building, every value XML-escaped.
 * The pages live at the site's root (/sitemap-questions.xml?page=N) because a sitemap may only
 * list addresses below its own folder.
 */

/** The protocol's limit of addresses per sitemap page. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char] ?? char);
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export type SitemapEntry = { url: string; lastModified?: string | null };

export function sitemapIndexXml(sitemaps: readonly SitemapEntry[]): string {
  const items = sitemaps.map(({ url, lastModified }) =>
    `  <sitemap><loc>${escapeXml(url)}</loc>${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ""}</sitemap>\n`);
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("")}</sitemapindex>\n`;
}

export function urlSetXml(urls: readonly SitemapEntry[]): string {
  if (urls.length > MAX_URLS_PER_SITEMAP) throw new RangeError(`a sitemap holds at most ${MAX_URLS_PER_SITEMAP} addresses, not ${urls.length}`);
  const items = urls.map(({ url, lastModified }) =>
    `  <url><loc>${escapeXml(url)}</loc>${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ""}</url>\n`);
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("")}</urlset>\n`;
}
