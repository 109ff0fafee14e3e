/**
 * `fields=` on the JSON API, against the production build: only the fields asked for, in the
 * record's order; snippets only when asked for; a misspelt field is a 400 that names it.
 */
import { expect, test } from "@playwright/test";

test("/api/questions/{id}?fields= keeps the fields asked for", async ({ request }) => {
  const full = (await (await request.get("/api/questions/5-8902")).json()) as Record<string, unknown>;
  const response = await request.get("/api/questions/5-8902?fields=subject,id,status");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body)).toEqual(["id", "subject", "status"]);
  expect(body).toEqual({ id: full.id, subject: full.subject, status: full.status });
  expect(JSON.stringify(body).length).toBeLessThan(JSON.stringify(full).length / 20);
});

test("/api/search?fields= trims every result and leaves the rest of the answer whole", async ({ request }) => {
  const full = (await (await request.get("/api/search?q=prison&sort=oldest")).json()) as { total: number; facets: unknown; results: Record<string, unknown>[] };
  const trimmed = (await (await request.get("/api/search?q=prison&sort=oldest&fields=id,askedOn,snippets")).json()) as typeof full;
  expect(trimmed.total).toBe(full.total);
  expect(trimmed.facets).toEqual(full.facets);
  expect(trimmed.results).toEqual(full.results.map((result) => ({ id: result.id, askedOn: result.askedOn, snippets: result.snippets })));
  expect(trimmed.results.map((result) => result.id)).toEqual(["4-1234", "4-1240"]);
  expect(trimmed.results[0]?.snippets).not.toBeNull();
});

test("/api/search without snippets in fields= computes none", async ({ request }) => {
  const body = (await (await request.get("/api/search?q=prison&sort=oldest&fields=id,rank")).json()) as { results: Record<string, unknown>[] };
  expect(body.results.map((result) => Object.keys(result))).toEqual([["id", "rank"], ["id", "rank"]]);
});

for (const url of ["/api/questions/5-8902?fields=id,subjet", "/api/search?q=prison&fields=id,subjet"]) {
  test(`${url} is a 400 naming the unknown field`, async ({ request }) => {
    const response = await request.get(url);
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: string; param: string };
    expect(body.param).toBe("fields");
    expect(body.error).toMatch(/^fields: unknown field "subjet"; the fields are id, chamber, legislature/);
  });
}
