import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { EDGE_SECURITY_HEADERS, NODE_KEEP_ALIVE_TIMEOUT_MS, renderNginxConf, securityHeaderDirectives, TEMPLATE_PATH } from "./render-nginx-conf";

const template = await readFile(TEMPLATE_PATH, "utf8");
const settings = { nodes: ["127.0.0.1:3001", "127.0.0.1:3002"], listen: "127.0.0.1:8080", stateDir: "/tmp/edge", cacheDir: "/tmp/edge/cache", logDir: "/tmp/edge/logs" };

describe("renderNginxConf", () => {
  it("fills in every value of deploy/nginx.conf, one upstream server per node", () => {
    const conf = renderNginxConf(template, { ...settings, brotli: false });
    expect(conf).not.toMatch(/\$\{[A-Z_]+\}/);
    expect(conf).toContain("listen 127.0.0.1:8080;");
    expect(conf).toContain("server 127.0.0.1:3001 max_fails=3 fail_timeout=10s;");
    expect(conf).toContain("server 127.0.0.1:3002 max_fails=3 fail_timeout=10s;");
    expect(conf).toContain("rate=10r/s;");
    expect(conf).toContain("burst=20 nodelay;");
    expect(conf).toContain("pid /tmp/edge/nginx.pid;");
    expect(conf).toContain("user www-data;");
  });

  it("drops idle connections to the nodes a second before a node would (Node's 5 s keep-alive)", () => {
    const conf = renderNginxConf(template, { ...settings, brotli: false });
    const upstream = /upstream archive_nodes \{([^}]*)\}/.exec(conf)?.[1] ?? "";
    expect(upstream).toMatch(/^\s+keepalive_timeout 4s;$/m);
    expect(NODE_KEEP_ALIVE_TIMEOUT_MS).toBe(5_000);
  });

  it("switches brotli on only when asked (the module is installed)", () => {
    const gzipOnly = renderNginxConf(template, { ...settings, brotli: false });
    expect(gzipOnly).not.toMatch(/^\s*brotli on;/m);
    expect(gzipOnly).not.toMatch(/^load_module/m);
    const withBrotli = renderNginxConf(template, { ...settings, brotli: true });
    expect(withBrotli).toMatch(/^load_module \/usr\/lib\/nginx\/modules\/ngx_http_brotli_filter_module\.so;/m);
    expect(withBrotli).toMatch(/^\s+brotli on;/m);
    expect(withBrotli).not.toMatch(/^#brotli/m);
  });

  it("refuses values that would change the directives, and a template placeholder without a value", () => {
    expect(() => renderNginxConf(template, { ...settings, listen: "80; include /etc/passwd", brotli: false })).toThrow(/one word/);
    expect(() => renderNginxConf(template, { ...settings, nodes: [], brotli: false })).toThrow(/at least one/);
    expect(() => renderNginxConf(template, { ...settings, rateLimit: "fast", brotli: false })).toThrow(/10r\/s/);
    expect(() => renderNginxConf(`${template}\n# \${LISTN}\n`, { ...settings, brotli: false })).toThrow(/LISTN/);
    expect(() => renderNginxConf(template.replaceAll("${RATE_BURST}", "20"), { ...settings, brotli: false })).toThrow(/RATE_BURST/);
  });

  it("puts the app's security headers in the server and in every location, each from its map (the node's own first)", () => {
    const conf = renderNginxConf(template, { ...settings, brotli: false });
    expect(conf).toContain(
      'map $upstream_http_x_content_type_options $archive_x_content_type_options {\n        default "";\n        "" "nosniff";\n    }',
    );
    expect(conf).toContain(
      `map $upstream_http_content_security_policy $archive_content_security_policy {\n        default "";\n        "" "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";\n    }`,
    );
    expect(conf).toContain(
      'map "$scheme:$upstream_http_strict_transport_security" $archive_strict_transport_security {\n        default "";\n        "https:" "max-age=63072000; includeSubDomains";\n    }',
    );
    const expected = EDGE_SECURITY_HEADERS.map(({ name }) => `add_header ${name} $archive_${name.toLowerCase().replaceAll("-", "_")} always;`);
    expect(expected).toHaveLength(7);
    // A location with add_header lines of its own inherits none from the server: each needs them all.
    const blocks = [...conf.matchAll(/^ {8}location ([^{]+)\{\n([^]*?)^ {8}\}$/gm)];
    expect(blocks.map((block) => block[1]!.trim())).toEqual([
      "= /api/metrics", "~ ^/api/(health|ready)$", "/api/", "~ ^/(fr/|nl/|en/)?search$", "~ ^/(fr|nl|en)/questions/[^/]+$", "/_next/static/", "/", "@too_many_requests",
    ]);
    for (const [, location, body] of blocks) {
      for (const line of expected) expect(body, `location ${location}`).toContain(`            ${line}\n`);
    }
    const server = conf.slice(conf.indexOf("    server {"), conf.indexOf("        location "));
    for (const line of expected) expect(server).toContain(`        ${line}\n`);
  });

  it("never rate-limits liveness and readiness, and limits the rest of the API and search", () => {
    const conf = renderNginxConf(template, { ...settings, brotli: false });
    const location = (name: string) => new RegExp(`^ {8}location ${name.replace(/[.*+?^$()|[\]\\/]/g, "\\$&")} \\{\\n([^]*?)^ {8}\\}$`, "m").exec(conf)?.[1] ?? "";
    expect(location("~ ^/api/(health|ready)$")).toContain("proxy_pass http://archive_nodes;");
    expect(location("~ ^/api/(health|ready)$")).not.toContain("limit_req");
    expect(location("/api/")).toContain("limit_req zone=archive_dynamic burst=20 nodelay;");
    expect(location("~ ^/(fr/|nl/|en/)?search$")).toContain("limit_req zone=archive_dynamic burst=20 nodelay;");
  });

  it("refuses a header value that would break out of its quotes", () => {
    expect(() => securityHeaderDirectives([{ name: "X-Test", value: 'a"; include /etc/passwd; "', onlyOverHttps: false }])).toThrow(/X-Test/);
    expect(() => securityHeaderDirectives([{ name: "X-Test", value: "$request_uri", onlyOverHttps: false }])).toThrow(/X-Test/);
  });
});
