/**
 * The PUBLIC_ORIGIN the browser tests' server runs with (playwright.config.ts): every absolute
 * link the app hands out (permalinks, citations, OpenGraph, OpenSearch) starts with it, whatever
 * host the request came in on.
 */
export const PUBLIC_ORIGIN = "https://archive.test";
