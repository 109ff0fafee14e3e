/**
 * Renders app/icon.svg into the PNG and ICO files that browsers and phones ask for (apple-touch
 * icon, the web app manifest's icons, /favicon.ico), with the Chromium the browser tests use.
 * Run after changing the SVG: `npx tsx tools/icons/render.ts`; the outputs are committed.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");
const svg = await readFile(path.join(root, "app/icon.svg"), "utf8");
const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });

async function png(size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  const image = await page.screenshot({ omitBackground: true });
  await page.close();
  return image;
}

/** An ICO file holding one PNG image (supported by every browser since 2007). */
function ico(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, image]);
}

try {
  await writeFile(path.join(root, "app/apple-icon.png"), await png(180));
  await writeFile(path.join(root, "public/icon-192.png"), await png(192));
  await writeFile(path.join(root, "public/icon-512.png"), await png(512));
  await writeFile(path.join(root, "app/favicon.ico"), ico(await png(48), 48));
} finally {
  await browser.close();
}
