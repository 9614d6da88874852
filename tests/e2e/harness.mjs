// Shared pieces of the end-to-end tests: a static file server for dist/ on a free
// loopback port, Debian's headless Chromium, and a page that records console errors,
// Content-Security-Policy violations and any request that leaves the page's own origin.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

/** The two network models, as the page names them in `data-model` (and in `?view=`). */
export const CS = "client-server";
export const P2P = "peer-to-peer";

export const DIST = resolve(fileURLToPath(new URL("../../dist", import.meta.url)));

/** Content types of the files in dist/ (also the perf report's gzip server). */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".ftl": "text/plain; charset=utf-8",
};

export const PROJECT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * Serves `root` as a plain static server would, on 127.0.0.1 and a port the OS picks,
 * under the URL path `prefix` (to check that the page works from any sub-path).
 */
export async function serveStatic(root = DIST, prefix = "/") {
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!full.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    const path = "/" + full.slice(prefix.length);
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Chromium's switches for every test run: headless, quiet, nothing fetched in the background
 * (also used by the WebDriver smoke tests in engines/). */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's Chromium, headless; never a browser downloaded by a test tool. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-quic"],
  });
}

/**
 * Opens `url` in a fresh context (made with `options.contextOptions`, e.g. a colour scheme,
 * or given whole as `options.context`) and records what should never happen in a session.
 * CSP violations are recorded from before the page's first script runs until the context
 * closes, so a violation at boot or after any click is caught.
 */
export async function openPage(browser, url, viewport = { width: 1280, height: 900 }, options = {}) {
  const context = options.context ?? (await browser.newContext({ viewport, ...options.contextOptions }));
  const page = await context.newPage();
  const problems = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
  const origin = new URL(url).origin;
  await page.exposeBinding("__reportCspViolation", (_source, violation) => problems.cspViolations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__reportCspViolation(`${e.violatedDirective} refused ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => problems.consoleErrors.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) {
      problems.foreignRequests.push(u);
    }
  });
  await page.goto(url);
  await page.locator(options.waitFor ?? "[data-node]").first().waitFor();
  return { page, context, problems };
}

/**
 * The plain number a diagram's metric shows (its `data-value`: "40" for "40 %" in any
 * language, "" for "–"), so tests never parse localised text.
 */
export async function metric(page, model, name) {
  return page.locator(`[data-model="${model}"] [data-metric="${name}"]`).getAttribute("data-value");
}

/** A metric's text, as a person reads it (in the page's language). */
export async function metricText(page, model, name) {
  return page.locator(`[data-model="${model}"] [data-metric="${name}"]`).textContent();
}

export async function count(page, model, name) {
  // "–" (data-value "") is a count with nothing counted yet: 0 for arithmetic.
  return Number.parseInt((await metric(page, model, name)) || "0", 10);
}

/** Waits until `probe()` returns something truthy, polling; fails with `what` after `ms`. */
export async function until(probe, what, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * For a test file: starts a static server for dist/ and Chromium before its tests and
 * stops both after them. Read `env.server.url` and `env.browser` inside the tests.
 */
export function useBrowserAndServer() {
  const env = {};
  before(async () => {
    env.server = await serveStatic();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Opens the page at `query` (after `options.base`, by default the server of `env`), runs
 * `check(page, session)`, and demands a clean console, no CSP violation and no foreign
 * request throughout.
 */
export async function withSession(env, query, check, options = {}) {
  const session = await openPage(env.browser, (options.base ?? env.server.url) + query, options.viewport, options);
  try {
    await check(session.page, session);
    assert.deepEqual(session.problems.consoleErrors, [], "no console errors");
    assert.deepEqual(session.problems.cspViolations, [], "no Content-Security-Policy violation");
    assert.deepEqual(session.problems.foreignRequests, [], "no request leaves the origin");
  } finally {
    await session.context.close();
  }
}
