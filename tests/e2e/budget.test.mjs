// The size budget of the release build: everything the default page requests when it
// opens, wherever it lies in dist/, at most 250 KB gzip. Files fetched only on demand (a
// language catalogue, the Save menu's module in save/) are not counted. Prints every
// file's size; fails only when the budget is exceeded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, sleep, useBrowserAndServer } from "./harness.mjs";

const BUDGET_GZIP_BYTES = 250_000;

const env = useBrowserAndServer();

test(`the default page fits in ${BUDGET_GZIP_BYTES / 1000} KB gzip`, async () => {
  const paths = new Set();
  const context = await env.browser.newContext();
  try {
    // Everything requested from loading to a second after the first drawn node.
    const page = await context.newPage();
    page.on("request", (r) => paths.add(new URL(r.url()).pathname));
    await page.goto(env.server.url);
    await page.locator("[data-node]").first().waitFor();
    await sleep(1000);
  } finally {
    await context.close();
  }
  const prefix = new URL(env.server.url).pathname;
  let gzip = 0;
  let wasm = 0;
  for (const path of [...paths].sort()) {
    const relative = path.slice(prefix.length);
    const file = join(DIST, relative === "" || relative.endsWith("/") ? relative + "index.html" : relative);
    assert.ok(existsSync(file), `the page requests ${path}, which dist/ does not have`);
    const body = readFileSync(file);
    const zipped = gzipSync(body, { level: 9 }).length;
    gzip += zipped;
    if (file.endsWith(".wasm")) wasm += zipped;
    console.log(`size ${relative || "index.html"}: ${body.length} B raw, ${zipped} B gzip`);
  }
  console.log(`size total requested: ${gzip} B gzip (budget ${BUDGET_GZIP_BYTES} B gzip)`);
  assert.ok(wasm > 50_000, "the wasm is among the requests");
  // English is in the wasm but for the tour panel's words: no catalogue is fetched until
  // a language is chosen or the tour opens.
  assert.deepEqual([...paths].filter((p) => p.endsWith(".ftl")), [], "no catalogue requested");
  // The Save menu's module comes only when the menu is opened (export.test.mjs).
  assert.deepEqual([...paths].filter((p) => p.includes("/save/")), [], "no Save module requested");
  for (const lang of ["en", "fr", "de", "es"]) {
    const zipped = gzipSync(readFileSync(join(DIST, "lang", `${lang}.ftl`)), { level: 9 }).length;
    console.log(`size lang/${lang}.ftl (on demand): ${zipped} B gzip`);
    // A catalogue is fetched only when chosen (English: when the tour opens); 14 KB holds
    // the lesson's sentences with room for a few more (French, the longest, is about 13 KB).
    assert.ok(zipped <= 14_000, `lang/${lang}.ftl is ${zipped} B gzip, over 14 KB`);
  }
  assert.ok(gzip <= BUDGET_GZIP_BYTES, `${gzip} B gzip is over the budget`);
});
