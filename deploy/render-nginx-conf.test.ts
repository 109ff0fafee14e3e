import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { renderNginxConf, TEMPLATE_PATH } from "./render-nginx-conf";

const template = await readFile(TEMPLATE_PATH, "utf8");
const settings = { nodes: ["127.0.0.1:3001", "127.0.0.1:3002"], listen: "127.0.0.1:8080", stateDir: "/tmp/edge", cacheDir: "/tmp/edge/cache", logDir: "/tmp/edge/logs" };

describe("renderNginxConf", () => {
  it("fills in every value of deploy/nginx.conf, one upstream server per node", () => {
    const conf = renderNginxConf(template, { ...settings, brotli: false });
    expect(conf).not.toMatch(/\$\{[A-Z_]+\}/);
    expect(conf).toContain("listen 127.0.0.1:8080;");
    expect(conf).toContain("server 127.0.0.1:3001 max_fails=1 fail_timeout=10s;");
    expect(conf).toContain("server 127.0.0.1:3002 max_fails=1 fail_timeout=10s;");
    expect(conf).toContain("rate=10r/s;");
    expect(conf).toContain("burst=20 nodelay;");
    expect(conf).toContain("pid /tmp/edge/nginx.pid;");
    expect(conf).toContain("user www-data;");
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
});
