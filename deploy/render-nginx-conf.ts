/**
 * Fills in deploy/nginx.conf: the ${...} values (listen address, web nodes, folders, rate limit)
 * and, when the brotli module is installed, its "#brotli " lines. A template rather than a
 * hand-edited copy, so that production and the operations test (tests/ops) run the same file.
 *
 *   npm run deploy:nginx -- --node 10.0.0.11:3000 --node 10.0.0.12:3000 --out /etc/nginx/archive.conf
 *
 * Every ${NAME} of the template must get a value and every value must have a place: a typo is an
 * error here rather than a literal "${LISTN}" that nginx would reject at start or, worse, accept.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { z } from "zod";
import {
  NON_DOCUMENT_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from "../lib/http/security-headers";

export const TEMPLATE_PATH = path.join(import.meta.dirname, "nginx.conf");
export const DEBIAN_MODULES_DIR = "/usr/lib/nginx/modules";

const hostPort = z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, "must be host:port");
// Values end up inside nginx directives: no spaces, semicolons, braces or quotes.
const plainValue = z.string().min(1).regex(/^[^\s;{}'"$#]+$/, "must be one word without ; { } quotes $ or #");

export const nginxSettingsSchema = z.object({
  listen: plainValue.default("80"),
  serverName: plainValue.default("_"),
  workerUser: plainValue.default("www-data"),
  nodes: z.array(hostPort).min(1, "needs at least one --node host:port"),
  stateDir: plainValue.default("/var/lib/nginx/archive"),
  cacheDir: plainValue.default("/var/cache/nginx/archive"),
  logDir: plainValue.default("/var/log/nginx"),
  mimeTypes: plainValue.default("/etc/nginx/mime.types"),
  modulesDir: plainValue.default(DEBIAN_MODULES_DIR),
  /** Sustained requests per second and client on search and the API. */
  rateLimit: z.string().regex(/^\d+r\/[sm]$/, "must look like 10r/s").default("10r/s"),
  /** Requests a client may send at once above that rate before getting 429s. */
  rateBurst: z.coerce.number().int().min(0).max(10_000).default(20),
  /**
   * A node is skipped for failTimeoutSeconds after this many failed attempts within that time.
   * More than one: a single reset connection on the last node still up (its neighbour being
   * restarted) would otherwise leave nginx no node at all, and every reader a 502, until the
   * timeout passed. A stopped node refuses connections at once, so the extra tries cost nothing.
   */
  maxFails: z.coerce.number().int().min(1).max(100).default(3),
  /** A node is skipped for this long after maxFails failed attempts. */
  failTimeoutSeconds: z.coerce.number().int().min(1).max(600).default(10),
  brotli: z.boolean(),
});

export type NginxSettings = z.input<typeof nginxSettingsSchema>;

/**
 * How long a web node keeps an idle connection open: Node's HTTP server default, which `next
 * start` keeps. nginx must drop its idle connections to a node before the node does (see the
 * upstream block of deploy/nginx.conf), so its upstream keepalive_timeout is a second shorter.
 */
export const NODE_KEEP_ALIVE_TIMEOUT_MS = new http.Server().keepAliveTimeout;
export const UPSTREAM_KEEPALIVE_SECONDS = Math.floor(NODE_KEEP_ALIVE_TIMEOUT_MS / 1000) - 1;

export type SecurityHeaderRule = { name: string; value: string; onlyOverHttps: boolean };

export const EDGE_SECURITY_HEADERS: readonly SecurityHeaderRule[] = [
  ...Object.entries(STATIC_SECURITY_HEADERS).map(([name, value]) => ({ name, value, onlyOverHttps: false })),
  { name: "Content-Security-Policy", value: NON_DOCUMENT_CONTENT_SECURITY_POLICY, onlyOverHttps: false },
  { name: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY, onlyOverHttps: true },
];

/**
 * The app's security headers as nginx adds them to its own answers (429, 404, 502, 504): one map
 * per header from the node's value ($upstream_http_…, also set for a copy served from the cache)
 * to ours when the node sent none, and an `add_header … always` of the map's variable (nginx adds
 * no header whose value is empty, so a node's answer keeps exactly its own). The values are the
 * ones next.config.ts sets (lib/http/security-headers.ts), with the CSP of non-documents; HSTS
 * only over HTTPS, as the app does.
 */
export function securityHeaderDirectives(rules: readonly SecurityHeaderRule[] = EDGE_SECURITY_HEADERS): { maps: string; headers: string } {
  const maps: string[] = [];
  const headers: string[] = [];
  for (const { name, value, onlyOverHttps } of rules) {
    // Written between double quotes: nothing in it may end the string or name a variable.
    if (/["$\\\n{}]/.test(value)) throw new Error(`${name}: its value cannot be written into nginx.conf`);
    const key = name.toLowerCase().replaceAll("-", "_");
    const variable = `$archive_${key}`;
    maps.push(
      onlyOverHttps
        ? `map "$scheme:$upstream_http_${key}" ${variable} {\n    default "";\n    "https:" "${value}";\n}`
        : `map $upstream_http_${key} ${variable} {\n    default "";\n    "" "${value}";\n}`,
    );
    headers.push(`add_header ${name} ${variable} always;`);
  }
  return { maps: maps.join("\n"), headers: headers.join("\n") };
}

export function renderNginxConf(template: string, input: NginxSettings): string {
  const settings = nginxSettingsSchema.parse(input);
  const security = securityHeaderDirectives();
  const values: Record<string, string> = {
    LISTEN: settings.listen,
    SERVER_NAME: settings.serverName,
    WORKER_USER: settings.workerUser,
    UPSTREAM_SERVERS: settings.nodes
      .map((node) => `        server ${node} max_fails=${settings.maxFails} fail_timeout=${settings.failTimeoutSeconds}s;`)
      .join("\n"),
    UPSTREAM_KEEPALIVE_SECONDS: String(UPSTREAM_KEEPALIVE_SECONDS),
    STATE_DIR: settings.stateDir,
    CACHE_DIR: settings.cacheDir,
    LOG_DIR: settings.logDir,
    MIME_TYPES: settings.mimeTypes,
    MODULES_DIR: settings.modulesDir,
    RATE_LIMIT: settings.rateLimit,
    RATE_BURST: String(settings.rateBurst),
    SECURITY_HEADER_MAPS: security.maps,
    SECURITY_HEADERS: security.headers,
  };
  const unused = new Set(Object.keys(values));
  // A value of several lines placed on a line of its own takes that line's indentation.
  const rendered = template.replace(/^([ \t]*)\$\{([A-Z_]+)\}$|\$\{([A-Z_]+)\}/gm, (_placeholder, indent: string | undefined, ownLine: string | undefined, inline: string | undefined) => {
    const name = (ownLine ?? inline)!;
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf: \${${name}} has no value`);
    unused.delete(name);
    return indent === undefined ? value : value.split("\n").map((line) => `${indent}${line}`).join("\n");
  });
  if (unused.size > 0) throw new Error(`deploy/nginx.conf: no place for ${[...unused].join(", ")}`);
  return settings.brotli ? rendered.replace(/^#brotli /gm, "") : rendered;
}

/** Whether Debian's brotli filter module is installed (libnginx-mod-http-brotli-filter). */
export function hasBrotliModule(modulesDir = DEBIAN_MODULES_DIR): boolean {
  return existsSync(path.join(modulesDir, "ngx_http_brotli_filter_module.so"));
}

export async function renderNginxConfFile(settings: Omit<NginxSettings, "brotli"> & { brotli?: boolean }): Promise<string> {
  return renderNginxConf(await readFile(TEMPLATE_PATH, "utf8"), { ...settings, brotli: settings.brotli ?? hasBrotliModule(settings.modulesDir) });
}

async function main(argv: string[]): Promise<void> {
  const { Command } = await import("commander");
  const program = new Command()
    .name("deploy:nginx")
    .description("Write the archive's nginx configuration from deploy/nginx.conf")
    .requiredOption("--node <host:port>", "a web node (repeat for each)", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--listen <address>", "what nginx listens on", "80")
    .option("--server-name <name>", "server_name", "_")
    .option("--worker-user <user>", "the user nginx's workers run as", "www-data")
    .option("--state-dir <dir>", "pid file and temporary files", "/var/lib/nginx/archive")
    .option("--cache-dir <dir>", "the page and static file cache", "/var/cache/nginx/archive")
    .option("--log-dir <dir>", "access.log (JSON lines) and error.log", "/var/log/nginx")
    .option("--rate <rate>", "requests per client on search and the API", "10r/s")
    .option("--burst <n>", "requests above the rate before 429", "20")
    .option("--no-brotli", "gzip only, even when the brotli module is installed")
    .option("--out <file>", "write here instead of standard output")
    .parse(argv);
  const options = program.opts<{
    node: string[]; listen: string; serverName: string; workerUser: string; stateDir: string; cacheDir: string; logDir: string;
    rate: string; burst: string; brotli: boolean; out?: string;
  }>();
  const text = await renderNginxConfFile({
    nodes: options.node, listen: options.listen, serverName: options.serverName, workerUser: options.workerUser, stateDir: options.stateDir,
    cacheDir: options.cacheDir, logDir: options.logDir, rateLimit: options.rate, rateBurst: options.burst,
    brotli: options.brotli && hasBrotliModule(),
  });
  if (options.out) await writeFile(options.out, text);
  else process.stdout.write(text);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main(process.argv).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
