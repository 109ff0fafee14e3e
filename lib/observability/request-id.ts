/**
 * The request id that ties a reader's request to its log lines: the one nginx (or any proxy in
 * front) sent in X-Request-Id, so that the edge's access log and the node's lines share it, or a
 * new one. An incoming id is kept only when it is short and plain: it is echoed in a response
 * header and written into logs, where a client-chosen value must not be able to inject anything.
 */
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | string[] | undefined, makeId: () => string = randomUUID): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && ACCEPTABLE_ID.test(value) ? value : makeId();
}
