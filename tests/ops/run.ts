/**
 * `npm run test:ops`: the production topology, started for real on this machine and checked
 * from the outside. A throwaway PostgreSQL primary and a streaming replica, two web nodes
 * (`npm start`, reading from the replica), nginx in front with deploy/nginx.conf, all on
 * loopback under one temporary folder; documents loaded through the primary with `npm run seed`.
 * Then, through nginx: health and readiness (and "behind" when a migration of the build is
 * missing), request ids in the logs, compression, the page cache, reads served by the replica (and
 * a replica that lags shows it), 429 past the rate limit (health and readiness never limited),
 * the security headers on what nginx answers itself (429, 404, 502) and not doubled on the nodes'
 * answers, one node killed during a burst without a failed request, the replica stopped (a clear
 * 503, a page's too, and recovery when it returns), the metrics kept off the edge, and a graceful
 * stop.
 *
 * Uses the production build in NEXT_DIST_DIR (default .next) and builds only when there is none.
 * Everything it starts it stops, each process group and server, also when a check or the set-up
 * fails or the test is interrupted (SIGINT, SIGTERM); the temporary folder is removed (kept with
 * OPS_KEEP=1, to read the logs).
 * Ends with one line: `N passed, N failed`.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { hasBrotliModule, renderNginxConfFile } from "@/deploy/render-nginx-conf";
import { NON_DOCUMENT_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { get, header, type Reply } from "./http";
import { startPrimaryAndReplica, type Server } from "./postgres";
import { cleanUp, cleanUpOnSignals, freePorts, onCleanup, runToEnd, type Service, startService, waitFor } from "./processes";

const REPO = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(REPO, "tests/fixtures/search");
/** Loaded later, while the replica's replay is paused: the document that proves where reads go. */
const HELD_BACK = "5-6543_police.txt";
const HELD_BACK_ID = "5-6543";
const [PORT_FROM, PORT_TO] = (process.env.OPS_PORTS ?? "3510-3599").split("-").map(Number) as [number, number];

const BURST_CONCURRENCY = 8;

type Result = { name: string; ok: boolean; detail: string; ms: number };
const results: Result[] = [];

async function check(name: string, body: () => Promise<string | void>): Promise<boolean> {
  const startedAt = Date.now();
  try {
    const detail = (await body()) ?? "";
    results.push({ name, ok: true, detail, ms: Date.now() - startedAt });
    console.log(`  ✓ ${name}${detail ? ` (${detail})` : ""}`);
    return true;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail, ms: Date.now() - startedAt });
    console.log(`  ✗ ${name}\n      ${detail.split("\n").join("\n      ")}`);
    return false;
  }
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function json<T>(reply: Reply): T {
  return JSON.parse(reply.text()) as T;
}

/**
 * The app's static security headers, each exactly once (node:http joins a repeated header with
 * ", ", so a node's header doubled by nginx's would show), and the CSP: the non-documents' one on
 * what nginx answers itself, a page's own (with its nonce) otherwise.
 */
function expectSecurityHeaders(reply: Reply, what: string, csp: "non-document" | "page"): void {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) {
    expect(header(reply, name) === value, `${what}: ${name} is "${header(reply, name)}", expected "${value}"`);
  }
  const policy = header(reply, "content-security-policy");
  if (csp === "non-document") expect(policy === NON_DOCUMENT_CONTENT_SECURITY_POLICY, `${what}: CSP "${policy}"`);
  else expect(/^default-src 'self'; script-src 'self' 'nonce-[^']+' 'strict-dynamic';/.test(policy) && policy.split("default-src").length === 2, `${what}: CSP "${policy}"`);
}

type Node = { name: string; port: number; service: Service; logFile: string };

async function main(): Promise<void> {
  const startedAt = Date.now();
  const root = await mkdtemp(path.join(os.tmpdir(), "archive-ops-"));
  // The servers run as another user when this runs as root: they must be able to reach their folders.
  chmodSync(root, 0o755);
  if (process.env.OPS_KEEP !== "1") onCleanup("temporary folder", () => rmSync(root, { recursive: true, force: true }));
  console.log(`operations test in ${root}`);

  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(REPO, distDir, "BUILD_ID"))) {
    console.log(`no production build in ${distDir}: building it`);
    runToEnd("npx", ["next", "build"], { cwd: REPO });
  }

  const [primaryPort, replicaPort, edgePort, portA, portB] = (await freePorts(5, PORT_FROM, PORT_TO)) as [number, number, number, number, number];
  const edge = `http://127.0.0.1:${edgePort}`;

  console.log("set-up: PostgreSQL primary and streaming replica");
  const { primary, replica } = await startPrimaryAndReplica(root, { primary: primaryPort, replica: replicaPort });
  await primary.query("CREATE DATABASE archive");
  const primaryUrl = primary.url("archive");
  const replicaUrl = replica.url("archive");
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: primaryUrl, DATABASE_REPLICA_URL: replicaUrl, NEXT_TELEMETRY_DISABLED: "1" };
  delete baseEnv.TEST_DATABASE_URL;

  console.log("set-up: loading documents through the primary (npm run seed)");
  const firstFiles = readdirSync(FIXTURES).filter((name) => name.endsWith(".txt") && name !== HELD_BACK).map((name) => path.join(FIXTURES, name));
  runToEnd("npm", ["run", "--silent", "seed", "--", ...firstFiles], { cwd: REPO, env: baseEnv });
  await waitFor("the replica to replay the load", async () => (await countQuestions(replica)) === firstFiles.length, 20_000);

  console.log("set-up: two web nodes (npm start) and nginx");
  const nodes = [startNode("node A", portA), startNode("node B", portB)];
  function startNode(name: string, port: number): Node {
    const logFile = path.join(root, `${name.replaceAll(" ", "-")}.log`);
    const env = {
      ...baseEnv,
      PORT: String(port),
      NEXT_DIST_DIR: distDir,
      PUBLIC_ORIGIN: edge,
      LOG_LEVEL: "info",
      DB_CONNECT_TIMEOUT_MS: "1000",
      SHUTDOWN_TIMEOUT_MS: "10000",
    };
    return { name, port, logFile, service: startService(name, "npm", ["start"], { cwd: REPO, env, logFile }) };
  }
  const nginxDir = path.join(root, "nginx");
  for (const dir of ["state", "cache", "logs"]) mkdirSync(path.join(nginxDir, dir), { recursive: true });
  const conf = path.join(nginxDir, "nginx.conf");
  const isBrotli = hasBrotliModule();
  const text = await renderNginxConfFile({
    listen: `127.0.0.1:${edgePort}`,
    nodes: nodes.map((node) => `127.0.0.1:${node.port}`),
    stateDir: path.join(nginxDir, "state"),
    cacheDir: path.join(nginxDir, "cache"),
    logDir: path.join(nginxDir, "logs"),
    workerUser: os.userInfo().username,
    rateLimit: "10r/s",
    rateBurst: 20,
    brotli: isBrotli,
  });
  writeFileSync(conf, text);
  runToEnd("nginx", ["-t", "-q", "-c", conf, "-p", nginxDir]);
  startService("nginx", "nginx", ["-c", conf, "-p", nginxDir, "-g", "daemon off;"], { logFile: path.join(nginxDir, "logs", "stdout.log") });
  for (const node of nodes) {
    await waitFor(`${node.name} to answer /api/health`, async () => (await get(`http://127.0.0.1:${node.port}/api/health`)).status === 200, 120_000, 500);
  }
  await waitFor("nginx to answer", async () => (await get(`${edge}/api/health`)).status === 200, 10_000);
  console.log(`set-up done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; checks through nginx at ${edge}:`);

  await check("liveness and readiness through nginx, read from the replica", async () => {
    const health = await get(`${edge}/api/health`);
    expect(health.status === 200 && json<{ status: string }>(health).status === "ok", `/api/health: ${health.status} ${health.text()}`);
    const ready = await get(`${edge}/api/ready`);
    const body = json<{ status: string; database: string }>(ready);
    expect(ready.status === 200 && body.status === "ready" && body.database === "replica", `/api/ready: ${ready.status} ${ready.text()}`);
    return `ready: ${ready.text()}`;
  });

  await check("a migration of the build missing from the database: /api/ready answers 503 \"behind\", naming it, until it is back", async () => {
    const [latest] = await queryArchive<{ migration_name: string }>(primary, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`);
    expect(latest, "no migration recorded");
    await queryArchive(primary, `CREATE TABLE ops_migration_copy (LIKE "_prisma_migrations")`);
    await queryArchive(primary, `INSERT INTO ops_migration_copy SELECT * FROM "_prisma_migrations" WHERE migration_name = $1`, [latest.migration_name]);
    await queryArchive(primary, `DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [latest.migration_name]);
    let behind: Reply;
    try {
      await waitFor("the replica to replay the deletion", async () => (await get(`${edge}/api/ready`)).status === 503, 10_000, 200);
      behind = await get(`${edge}/api/ready`);
    } finally {
      await queryArchive(primary, `INSERT INTO "_prisma_migrations" SELECT * FROM ops_migration_copy`);
      await queryArchive(primary, "DROP TABLE ops_migration_copy");
    }
    const body = json<{ status: string; database: string; pending: string[] }>(behind);
    expect(body.status === "behind" && body.database === "replica" && body.pending.join() === `migrations/${latest.migration_name}`, `/api/ready: ${behind.status} ${behind.text()}`);
    expect(header(behind, "retry-after") === "5", `Retry-After "${header(behind, "retry-after")}"`);
    await waitFor("/api/ready to answer 200 again", async () => (await get(`${edge}/api/ready`)).status === 200, 10_000, 200);
    return `503 ${behind.text().slice(0, 120)}…; 200 again once the row was back`;
  });

  await check("a request id from the edge reaches the node's JSON log and comes back", async () => {
    const id = `ops-${Date.now().toString(36)}-trace`;
    const reply = await get(`${edge}/fr`, { "X-Request-Id": id });
    expect(reply.status === 200, `/fr: ${reply.status}`);
    expect(header(reply, "x-request-id") === id, `X-Request-Id came back as "${header(reply, "x-request-id")}"`);
    await waitFor("the log line", async () => nodes.some((node) => logLines(node).some((line) => line.reqId === id && line.path === "/fr" && line.status === 200)), 5_000);
    const minted = await get(`${edge}/fr`);
    expect(/^[0-9a-f]{32}$/.test(header(minted, "x-request-id")), `a request without an id got "${header(minted, "x-request-id")}" (expected nginx's $request_id)`);
    return "echoed, logged with method, path, route, status and duration";
  });

  await check(`responses are compressed (${isBrotli ? "brotli, and gzip for clients without it" : "gzip; no brotli module"})`, async () => {
    const page = await get(`${edge}/fr/questions/5-8902`, { "Accept-Encoding": "br, gzip" });
    expect(page.status === 200, `question page: ${page.status}`);
    expect(header(page, "content-encoding") === (isBrotli ? "br" : "gzip"), `question page Content-Encoding "${header(page, "content-encoding")}"`);
    expect(page.text().includes("5-8902"), "the decompressed page does not show its question");
    const api = await get(`${edge}/api/search?q=prisons`, { "Accept-Encoding": "gzip" });
    expect(api.status === 200 && header(api, "content-encoding") === "gzip", `/api/search: ${api.status}, Content-Encoding "${header(api, "content-encoding")}"`);
    expect(json<{ total: number }>(api).total > 0, "the search found nothing");
    const script = /\/_next\/static\/[^"]+\.js/.exec(page.text())?.[0];
    expect(script, "no script in the page");
    const js = await get(`${edge}${script}`, { "Accept-Encoding": "gzip" });
    expect(js.status === 200 && header(js, "content-encoding") === "gzip", `${script}: ${js.status}, Content-Encoding "${header(js, "content-encoding")}"`);
    return `page ${page.raw.length} bytes ${header(page, "content-encoding")}, search ${api.raw.length} bytes gzip`;
  });

  await check("question pages and static files are cached at the edge; layout cookies bypass the cache", async () => {
    const url = `${edge}/nl/questions/4-1234`;
    const first = await get(url);
    const second = await get(url);
    expect(first.status === 200 && second.status === 200, `statuses ${first.status}, ${second.status}`);
    expect(header(first, "cache-control").includes("s-maxage=60"), `Cache-Control "${header(first, "cache-control")}"`);
    expect(header(first, "x-cache-status") === "MISS" && header(second, "x-cache-status") === "HIT", `X-Cache-Status ${header(first, "x-cache-status")} then ${header(second, "x-cache-status")}; Cache-Control "${header(first, "cache-control")}", Vary "${header(first, "vary")}", Set-Cookie "${header(first, "set-cookie")}"`);
    // The node's headers, not doubled by nginx's, on the rendered page and on the cached copy.
    expectSecurityHeaders(first, "a question page (MISS)", "page");
    expectSecurityHeaders(second, "a question page (HIT)", "page");
    // The cached copy's policy and scripts carry the same nonce, so the cached page still runs.
    const nonce = /'nonce-([^']+)'/.exec(header(second, "content-security-policy"))?.[1];
    expect(nonce && second.text().includes(`nonce="${nonce}"`), "the cached page's CSP nonce is not the one on its scripts");
    const withLayout = await get(url, { Cookie: "reader-view=nl" });
    expect(header(withLayout, "x-cache-status") === "BYPASS", `with a layout cookie: X-Cache-Status ${header(withLayout, "x-cache-status")}`);
    expect(!header(withLayout, "cache-control").includes("public"), `with a layout cookie: Cache-Control "${header(withLayout, "cache-control")}"`);
    const sameLocale = await get(url, { Cookie: "NEXT_LOCALE=nl" });
    expect(header(sameLocale, "x-cache-status") === "HIT", `with the page's own locale cookie: X-Cache-Status ${header(sameLocale, "x-cache-status")}`);
    const switching = await get(url, { Cookie: "NEXT_LOCALE=fr" });
    expect(header(switching, "x-cache-status") === "BYPASS" && /NEXT_LOCALE=nl/.test(header(switching, "set-cookie")), `switching languages: X-Cache-Status ${header(switching, "x-cache-status")}, Set-Cookie "${header(switching, "set-cookie")}"`);
    expect(header(second, "set-cookie") === "", `the shared copy sets a cookie: ${header(second, "set-cookie")}`);
    const script = /\/_next\/static\/[^"]+\.js/.exec(second.text())?.[0] ?? "";
    await get(`${edge}${script}`);
    const again = await get(`${edge}${script}`);
    expect(header(again, "x-cache-status") === "HIT", `static file: X-Cache-Status ${header(again, "x-cache-status")}`);
    return "MISS, HIT (also with the page's own locale cookie); BYPASS with reader-view or another locale's cookie; static HIT";
  });

  await check("pages and search are read from the replica, not the primary", async () => {
    for (const path of ["/fr/questions/5-2001", "/en/search?q=refugees", "/api/questions/5-345"]) {
      const reply = await get(`${edge}${path}`);
      expect(reply.status === 200, `${path}: ${reply.status}`);
    }
    const onReplica = await appSessions(replica);
    const onPrimary = await appSessions(primary);
    expect(onReplica.length > 0, "no connection of the web nodes on the replica");
    expect(onPrimary.length === 0, `${onPrimary.length} connections of the web nodes on the primary`);
    expect(onReplica.some((session) => /question_record|search/i.test(session.query)), `the replica's sessions ran: ${onReplica.map((session) => session.query.slice(0, 60)).join(" | ")}`);
    return `${onReplica.length} web-node connections on the replica, none on the primary`;
  });

  await check("a document loaded on the primary appears once the replica has replayed it (replica lag)", async () => {
    await replica.query("SELECT pg_wal_replay_pause()");
    try {
      runToEnd("npm", ["run", "--silent", "seed", "--", path.join(FIXTURES, HELD_BACK)], { cwd: REPO, env: baseEnv });
      const onPrimary = await queryArchive(primary, `SELECT id FROM question WHERE id = $1`, [HELD_BACK_ID]);
      expect(onPrimary.length === 1, "the primary does not have the new document");
      const during = await get(`${edge}/api/questions/${HELD_BACK_ID}`);
      expect(during.status === 404, `while the replica lags, /api/questions/${HELD_BACK_ID} answered ${during.status} (expected 404: the replica does not have it yet)`);
    } finally {
      await replica.query("SELECT pg_wal_replay_resume()");
    }
    const waited = await waitFor("the document on the replica", async () => (await get(`${edge}/api/questions/${HELD_BACK_ID}`)).status === 200, 10_000, 200);
    return `404 while replay was paused, 200 ${waited} ms after it resumed`;
  });

  await check("past the rate limit, /api/ and search answer 429 with Retry-After and the security headers; health and readiness are not limited", async () => {
    await sleep(2_500); // Let the bucket fill after the checks above.
    const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => get(`${edge}/api/search?q=prisons&page=${(i % 3) + 1}`)));
    const limited = replies.filter((reply) => reply.status === 429);
    const served = replies.filter((reply) => reply.status === 200);
    expect(limited.length > 0, `no 429 among 60 simultaneous searches (statuses ${[...new Set(replies.map((reply) => reply.status))].join(", ")})`);
    expect(served.length >= 10, `only ${served.length} of 60 served: the burst allowance is 20`);
    expect(limited.every((reply) => header(reply, "retry-after") === "1" && /Too many requests/.test(reply.text())), "a 429 without Retry-After or its message");
    for (const reply of limited) expectSecurityHeaders(reply, "a 429", "non-document");
    expectSecurityHeaders(served[0]!, "a search served through the limit", "non-document");
    // The bucket is empty: a monitor polling from the same address is still answered.
    const probes = await Promise.all(Array.from({ length: 10 }, (_, i) => get(`${edge}/api/${i % 2 ? "health" : "ready"}`)));
    expect(probes.every((reply) => reply.status === 200), `health and readiness while limited: ${probes.map((reply) => reply.status).join(", ")}`);
    const searchPage = await Promise.all(Array.from({ length: 40 }, () => get(`${edge}/fr/search?q=prisons`)));
    expect(searchPage.some((reply) => reply.status === 429), "the search page is not limited");
    const page = await get(`${edge}/fr/questions/5-8902`);
    expect(page.status === 200, `a question page was limited too: ${page.status}`);
    await sleep(2_500);
    return `${served.length} served, ${limited.length} limited`;
  });

  await check("one web node stopped with SIGTERM during a burst (as systemd stops it): no request fails", async () => {
    // nginx must drop an idle connection before the node does: a request sent on a connection the
    // node is closing is reset, and counts against a healthy node (with the other one stopping,
    // no node was left and the burst got 502s). The node says its timeout in Keep-Alive.
    const keptAlive = new http.Agent({ keepAlive: true });
    const advertised = Number(/timeout=(\d+)/.exec(header(await get(`http://127.0.0.1:${portB}/api/health`, {}, keptAlive), "keep-alive"))?.[1]);
    keptAlive.destroy();
    const upstreamBlock = /upstream archive_nodes \{([^}]*)\}/.exec(text)?.[1] ?? "";
    const edgeIdle = Number(/keepalive_timeout (\d+)s;/.exec(upstreamBlock)?.[1]);
    expect(edgeIdle > 0 && edgeIdle < advertised, `nginx keeps idle connections to a node ${edgeIdle} s, the node ${advertised} s`);
    const burst = await runBurst("stop", () => nodes[0]!.service.signal("SIGTERM"));
    const exit = await Promise.race([nodes[0]!.service.exited, sleep(20_000).then(() => null)]);
    expect(burst.failed.length === 0, `${burst.failed.length} of ${burst.total} failed: ${burst.failed.slice(0, 5).join("; ")}; nginx: ${edgeErrors(nginxDir)}`);
    expect(exit?.code === 0, `the stopped node exited with ${JSON.stringify(exit)}: ${tailOf(nodes[0]!)}`);
    expect(burst.upstreams.has(`127.0.0.1:${portA}`) && burst.upstreams.has(`127.0.0.1:${portB}`), `the burst did not reach both nodes: ${[...burst.upstreams].join(", ")}`);
    return `${burst.total} requests, 0 failed, ${burst.retried} retried on the other node; the stopped node exited 0`;
  });

  // The same node again, for the next check.
  nodes[0] = startNode("node A again", portA);
  await waitFor("node A to answer again", async () => (await get(`http://127.0.0.1:${portA}/api/health`)).status === 200, 120_000, 500);
  await waitFor("nginx to send requests to node A again", async () => {
    await get(`${edge}/fr?probe=${Date.now()}`);
    return logLines(nodes[0]!).some((line) => line.path === "/fr");
  }, 20_000, 200);

  await check("one web node killed (SIGKILL) during a burst: only answers already under way are cut", async () => {
    const burst = await runBurst("kill", () => nodes[0]!.service.signal("SIGKILL"));
    // nginx retries a request on the other node until it has begun relaying its answer; an answer
    // already streaming from the killed node cannot be taken back. At most one per connection.
    expect(burst.failed.length <= BURST_CONCURRENCY, `${burst.failed.length} of ${burst.total} failed, more than the ${BURST_CONCURRENCY} that can be in flight: ${burst.failed.slice(0, 5).join("; ")}; nginx: ${edgeErrors(nginxDir)}`);
    expect(burst.failedAfterKill === 0, `${burst.failedAfterKill} requests sent after the kill failed`);
    expect(burst.upstreams.has(`127.0.0.1:${portA}`) && burst.upstreams.has(`127.0.0.1:${portB}`), `the burst did not reach both nodes: ${[...burst.upstreams].join(", ")}`);
    return `${burst.total} requests: ${burst.failed.length} cut in flight, ${burst.retried} retried on the other node, 0 failed after the kill`;
  });

  async function runBurst(label: string, stopNode: () => void) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: BURST_CONCURRENCY });
    const total = 240;
    const failed: string[] = [];
    let failedAfterKill = 0;
    let next = 0;
    let killedAt = Number.POSITIVE_INFINITY;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        if (i === 60) {
          killedAt = i;
          stopNode();
        }
        const target = i % 2 ? `/fr?burst=${i}` : `/nl/questions/5-8902?burst=${i}`;
        try {
          const reply = await get(`${edge}${target}`, { "X-Request-Id": `ops-${label}-${String(i).padStart(4, "0")}` }, agent);
          if (reply.status !== 200) failed.push(`${target}: ${reply.status}`);
          if (reply.status !== 200 && i > killedAt + BURST_CONCURRENCY) failedAfterKill++;
        } catch (error) {
          failed.push(`${target}: ${error instanceof Error ? error.message : String(error)}`);
          if (i > killedAt + BURST_CONCURRENCY) failedAfterKill++;
        }
      }
    };
    await Promise.all(Array.from({ length: BURST_CONCURRENCY }, worker));
    agent.destroy();
    const lines = accessLog(nginxDir).filter((line) => String(line.reqId).startsWith(`ops-${label}-`));
    const upstreams = new Set(lines.flatMap((line) => String(line.upstream).split(", ")));
    const retried = lines.filter((line) => String(line.upstream).includes(", ")).length;
    return { total, failed, failedAfterKill, upstreams, retried };
  }

  await check("the replica stopped: a clear 503, cached pages still served, and recovery when it returns", async () => {
    // A page cached before the outage, and one never asked for.
    await get(`${edge}/fr/questions/4-789`);
    replica.stop();
    try {
      const ready = await get(`${edge}/api/ready`);
      const body = json<{ status: string; database: string; error: string }>(ready);
      expect(ready.status === 503 && body.status === "unavailable" && body.database === "replica" && /does not answer/.test(body.error), `/api/ready: ${ready.status} ${ready.text()}`);
      expect(header(ready, "retry-after") !== "", "/api/ready's 503 has no Retry-After");
      const question = await get(`${edge}/api/questions/5-8902`);
      expect(question.status === 503 && /did not answer/.test(json<{ error: string }>(question).error), `/api/questions: ${question.status} ${question.text()}`);
      const cached = await get(`${edge}/fr/questions/4-789`);
      expect(cached.status === 200 && ["HIT", "STALE", "UPDATING"].includes(header(cached, "x-cache-status")), `a cached page during the outage: ${cached.status} ${header(cached, "x-cache-status")}`);
      const uncached = await get(`${edge}/en/questions/4-1240`);
      expect(uncached.status === 503, `an uncached page during the outage answered ${uncached.status}`);
      expect(uncached.text().includes("The archive is not answering right now"), `the uncached page's 503 does not say why: ${uncached.text().slice(0, 300)}`);
      expect(header(uncached, "retry-after") === "5", `the uncached page's 503: Retry-After "${header(uncached, "retry-after")}"`);
    } finally {
      replica.start();
    }
    const waited = await waitFor("/api/ready to answer 200 again", async () => (await get(`${edge}/api/ready`)).status === 200, 30_000, 500);
    const after = await get(`${edge}/en/questions/4-1240`);
    expect(after.status === 200 && header(after, "x-cache-status") === "MISS", `after recovery the page that failed answered ${after.status} ${header(after, "x-cache-status")} (its error must not have been cached)`);
    return `503 while stopped (an uncached page too, saying why); ready again ${waited} ms after restart; the failed page was not cached`;
  });

  const survivor = nodes[1]!;
  await check("metrics: served on the node's own port, not through nginx", async () => {
    const edgeMetrics = await get(`${edge}/api/metrics`);
    expect(edgeMetrics.status === 404, `through nginx /api/metrics answered ${edgeMetrics.status}`);
    expectSecurityHeaders(edgeMetrics, "nginx's 404 for /api/metrics", "non-document");
    const reply = await get(`http://127.0.0.1:${survivor.port}/api/metrics`);
    expect(reply.status === 200, `the node's /api/metrics: ${reply.status}`);
    const text = reply.text();
    for (const series of [
      /http_request_duration_seconds_count\{method="GET",route="\/\[locale\]\/questions\/\[id\]",status="200"\} [1-9]/,
      /http_request_duration_seconds_count\{method="GET",route="\/api\/search",status="200"\} [1-9]/,
      /db_pool_connections\{database="replica",state="total"\} \d+/,
      /db_pool_connections\{database="replica",state="waiting"\} \d+/,
      /search_duration_seconds_count\{class="words",outcome="results"\} [1-9]/,
      /nodejs_eventloop_lag_seconds/,
    ]) {
      expect(series.test(text), `no series matching ${series}`);
    }
    return "request durations by route, pool connections, search durations by class";
  });

  await check("SIGTERM stops a node cleanly: requests finished, pool closed, exit 0", async () => {
    survivor.service.signal("SIGTERM");
    const exit = await Promise.race([survivor.service.exited, sleep(20_000).then(() => null)]);
    expect(exit, "the node did not stop within 20 s");
    expect(exit.code === 0, `exit ${JSON.stringify(exit)}: ${tailOf(survivor)}`);
    expect(logLines(survivor).some((line) => line.msg === "closing the database pools"), "no 'closing the database pools' line in its log");
    const left = await appSessions(replica);
    expect(left.length === 0, `${left.length} connections of the stopped nodes still open on the replica`);
    // No node left: nginx answers 502 itself, with the security headers.
    const noNode = await get(`${edge}/fr`);
    expect(noNode.status === 502, `with every node stopped, nginx answered ${noNode.status}`);
    expectSecurityHeaders(noNode, "nginx's 502", "non-document");
    return "exit 0, pools closed, no connection left on the replica; then nginx's own 502, with the security headers";
  });

  console.log(`checks done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}

async function countQuestions(server: Server): Promise<number> {
  const rows = await queryArchive<{ count: string }>(server, "SELECT count(*) AS count FROM question");
  return Number(rows[0]?.count ?? 0);
}

async function queryArchive<Row extends Record<string, unknown>>(server: Server, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: server.url("archive"), connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** The web nodes' sessions on a server (their pools name themselves archive-web), with each one's last statement. */
async function appSessions(server: Server): Promise<{ query: string }[]> {
  return server.query<{ query: string }>("SELECT query FROM pg_stat_activity WHERE application_name = 'archive-web' AND datname = 'archive'");
}

type LogLine = Record<string, unknown>;

function jsonLines(file: string): LogLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
}

/** The node's last lines that are not request logs: what it said about stopping. */
function tailOf(node: Node): string {
  const lines = readFileSync(node.logFile, "utf8").split("\n").filter((line) => line.trim() !== "" && !line.includes('"msg":"request"'));
  return lines.slice(-4).join(" | ");
}

function logLines(node: Node): LogLine[] {
  return jsonLines(node.logFile);
}

function accessLog(nginxDir: string): LogLine[] {
  return jsonLines(path.join(nginxDir, "logs", "access.log"));
}

/** What nginx said went wrong with the upstreams, each kind once ("no live upstreams", a reset on 127.0.0.1:3514...). */
function edgeErrors(nginxDir: string): string {
  const lines = readFileSync(path.join(nginxDir, "logs", "error.log"), "utf8").split("\n");
  const reasons = lines
    .filter((line) => line.includes("[error]") && line.includes("upstream"))
    .map((line) => {
      const reason = /\*\d+ (.*?), client:/.exec(line)?.[1] ?? line;
      const upstream = /upstream: "http:\/\/([^/"]+)/.exec(line)?.[1] ?? "";
      return `${reason} (${upstream})`;
    });
  return [...new Set(reasons)].join("; ");
}

const startedAt = Date.now();
let setupError: unknown;
cleanUpOnSignals();
try {
  await main();
} catch (error) {
  setupError = error;
  console.log(`✗ set-up or run failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  const problems = await cleanUp();
  for (const problem of problems) console.log(`cleanup: ${problem}`);
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed + (setupError ? 1 : 0) + problems.length;
  console.log(`\noperations test: ${((Date.now() - startedAt) / 1000).toFixed(1)} s, everything it started stopped${problems.length ? " (with problems above)" : ""}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
