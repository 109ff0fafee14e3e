/**
 * Any /api/ address that no route serves: a JSON 404, whatever the method, so that API clients
 * never get the HTML 404 page (or a 405 that suggests the address exists).
 */
function notFound(): Response {
  return Response.json({ error: "Not found: no such API address (see /api/questions/{id} and /api/search)." }, { status: 404 });
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
