// The browser performance report (not a test: it prints numbers, asserts nothing).
// Run with `.ci/perf-report` (which builds the release page first).
//
// For each scene it loads the page in headless Chromium and, from the moment the first
// node is drawn, records for 10 s: frames drawn (fps = frames / 10), the p95 frame
// interval, long tasks (> 50 ms) after the first 2 s (wasm start-up) with the longest, and
// how long a click on a node takes to paint its new state (Event Timing duration). The
// default page and the classroom scene run with the CPU slowed 4× (DevTools protocol
// Emulation.setCPUThrottlingRate, the usual stand-in for a school laptop or a mid-range
// phone); the heavy scene runs at full speed. Then the bytes the default page requests,
// the time to the first drawn node, memory over a simulated hour and, when asked for,
// Lighthouse's mobile performance score.
//
// Beside that quiet window, the interactive one: the same 10 s with three clicks inside it,
// as a learner plays (the server off at 1.5 s, a peer off at 4 s, the server back on at
// 6.5 s), for the default and the classroom scenes at 4× slower CPU, and the heavy scene
// at full speed. The default and classroom scenes are also run on a plain-JavaScript page
// drawing the same nodes and packets (tests/e2e/reference/, a fixture, not part of dist/),
// alternately with netmodels in the same run; the report prints medians and the ratios
// (netmodels fps / reference fps, netmodels worst click→paint / reference's).
//
// Two builds side by side: PERF_BEFORE_DIST=/path/to/old/dist runs every measurement
// on that build and on this one alternately, PERF_ROUNDS times (default 3), and prints
// the medians for both. Other knobs: PERF_ROUNDS, PERF_SECONDS (window, default 10),
// PERF_SKIP_HOUR=1, PERF_HOURS, PERF_ONLY=interactive (only the interactive window), PERF_LIGHTHOUSE=/dir/with/node_modules/.bin/lighthouse
// (Lighthouse 12 installed anywhere outside the repository; CHROME_PATH is set for it).
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, TYPES, launchBrowser, sleep } from "./harness.mjs";

const SECONDS = Number(process.env.PERF_SECONDS ?? 10);
const HOURS = Number(process.env.PERF_HOURS ?? 1);
const BEFORE = process.env.PERF_BEFORE_DIST ? resolve(process.env.PERF_BEFORE_DIST) : null;
const ROUNDS = Number(process.env.PERF_ROUNDS ?? (BEFORE ? 3 : 1));
/** Start-up (wasm compile, first render) is not held against the page. */
const STARTUP_MS = 2000;
/** When the click on a node happens, after the first node is drawn. */
const CLICK_AT_MS = 3000;

/** The interactive window's clicks: when (after the first drawn node) and on what. */
const CLICKS = [
  { at: 1500, target: '[data-model="client-server"] [data-node="s1"]' },
  { at: 4000, target: '[data-model="peer-to-peer"] [data-node="p2"]' },
  { at: 6500, target: '[data-model="client-server"] [data-node="s1"]' },
];
/** The plain-JavaScript page the interactive window is compared with. */
const REFERENCE = resolve(new URL(".", import.meta.url).pathname, "reference");
const ONLY_INTERACTIVE = process.env.PERF_ONLY === "interactive";

const INTERACTIVE = [
  { name: "default (4× slower CPU)", query: "", slowdown: 4, reference: true },
  { name: "classroom 12+12 (4× slower CPU)", query: "?clients=12&peers=12", slowdown: 4, reference: true },
  { name: "heavy 99+100 rate 8 (full speed)", query: "?clients=99&peers=100&rate=8", slowdown: 1, reference: false },
];

const SCENES = [
  { name: "default (4× slower CPU)", query: "", slowdown: 4, click: '[data-model="peer-to-peer"] [data-node="p2"]' },
  { name: "classroom 12+12 (4× slower CPU)", query: "?clients=12&peers=12", slowdown: 4, click: '[data-model="peer-to-peer"] [data-node="p2"]' },
  { name: "heavy 99+100 rate 8 (full speed)", query: "?clients=99&peers=100&rate=8", slowdown: 1 },
];

/**
 * A static server on a free loopback port that compresses with gzip when asked (as any
 * production server would), so that Lighthouse and transfer sizes see what users get.
 */
async function serveGzip(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      let body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" };
      if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Installed before the page's own scripts: records frames, long tasks and event timings. */
function recorder() {
  const w = window;
  w.__perf = { frames: [], longTasks: [], events: [], firstNode: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  const frame = (now) => {
    w.__perf.frames.push(now);
    if (w.__perf.firstNode === null && document.querySelector("[data-node]")) w.__perf.firstNode = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};
const median = (values) => percentile(values.filter((v) => Number.isFinite(v)), 50);

async function measureScene(browser, base, scene) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(recorder);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: scene.slowdown });
  await page.goto(base + scene.query);
  await page.locator("[data-node]").first().waitFor({ timeout: 60000 });
  const firstNode = await page.waitForFunction(() => window.__perf.firstNode).then((h) => h.jsonValue());
  const nowInPage = () => page.evaluate(() => performance.now());
  if (scene.click) {
    await sleep(Math.max(0, firstNode + CLICK_AT_MS - (await nowInPage())));
    await page.locator(scene.click).click();
  }
  await sleep(Math.max(0, firstNode + SECONDS * 1000 - (await nowInPage())) + 300);
  const perf = await page.evaluate(() => window.__perf);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await context.close();
  const end = firstNode + SECONDS * 1000;
  const frames = perf.frames.filter((t) => t >= firstNode && t <= end);
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const late = perf.longTasks.filter((t) => t.start >= firstNode + STARTUP_MS && t.start < end);
  const clicks = perf.events.filter((e) => ["pointerdown", "pointerup", "click", "mousedown", "mouseup"].includes(e.name));
  return {
    fps: frames.length / SECONDS,
    p95: percentile(intervals, 95),
    longTasks: late.length,
    longest: Math.max(0, ...late.map((t) => t.duration)),
    startupLongest: Math.max(0, ...perf.longTasks.filter((t) => t.start < firstNode + STARTUP_MS).map((t) => t.duration)),
    // No entry over 16 ms means the click painted within one 16 ms step.
    click: scene.click ? Math.max(16, ...clicks.map((e) => e.duration)) : NaN,
  };
}

/**
 * The interactive window on one page: frames over the 10 s after the first drawn node,
 * with the three clicks of [`CLICKS`] made by the mouse at the node's centre, and the
 * longest of their Event Timing durations (input to the next paint).
 */
async function measureInteractive(browser, base, scene) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(recorder);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: scene.slowdown });
  await page.goto(base + scene.query);
  await page.locator("[data-node]").first().waitFor({ timeout: 60000 });
  const firstNode = await page.waitForFunction(() => window.__perf.firstNode).then((h) => h.jsonValue());
  const nowInPage = () => page.evaluate(() => performance.now());
  const clickTimes = [];
  for (const click of CLICKS) {
    const box = await page.locator(click.target).boundingBox();
    await sleep(Math.max(0, firstNode + click.at - (await nowInPage())));
    clickTimes.push(await nowInPage());
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  await sleep(Math.max(0, firstNode + SECONDS * 1000 - (await nowInPage())) + 300);
  const perf = await page.evaluate(() => window.__perf);
  const states = await page.evaluate(() => [...document.querySelectorAll("[data-node=s1],[data-model=peer-to-peer] [data-node=p2]")].map((n) => n.dataset.state).join(","));
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await context.close();
  const end = firstNode + SECONDS * 1000;
  const frames = perf.frames.filter((t) => t >= firstNode && t <= end);
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const clicks = perf.events.filter((e) => ["pointerdown", "pointerup", "click", "mousedown", "mouseup"].includes(e.name));
  return {
    fps: frames.length / SECONDS,
    p95: percentile(intervals, 95),
    // No entry over 16 ms means every click painted within one 16 ms step.
    click: Math.max(16, ...clicks.map((e) => e.duration)),
    // The clicks reached the page: s1 on again, p2 off.
    clicked: states === "up,down",
    late: Math.max(...clickTimes.map((t, i) => t - firstNode - CLICKS[i].at)),
  };
}

/** The files the default page requests, with their bytes raw and gzipped. */
async function requested(browser, base, root) {
  const page = await browser.newPage();
  const paths = new Set();
  page.on("request", (r) => paths.add(new URL(r.url()).pathname));
  await page.goto(base);
  await page.locator("[data-node]").first().waitFor();
  await sleep(500);
  await page.close();
  const rows = [];
  for (const path of paths) {
    const file = join(root, path.endsWith("/") ? path + "index.html" : path);
    if (!existsSync(file)) continue;
    const body = await readFile(file);
    rows.push({ file: path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return rows;
}

async function firstNodeTimes(browser, base) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.goto(base);
    await page.locator("[data-node]").first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  return times;
}

/// How long the scaling chart takes to fill (both networks simulated for N = 1…100) at 4×
/// slower CPU, from when it is scrolled into view, and the longest task meanwhile.
async function chartFill(browser, base) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(base + "?view=scaling");
    await page.locator('[data-panel="scaling"] figure').waitFor();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: "longtask" });
    });
    const started = Date.now();
    await page.locator('[data-panel="scaling"] figure').scrollIntoViewIfNeeded();
    await page.locator('[data-panel="scaling"] [data-status="done"]').waitFor({ timeout: 120000 });
    return { ms: Date.now() - started, longest: await page.evaluate(() => window.__longest) };
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await page.close();
  }
}

async function memoryOverAnHour(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(url + "&speed=4");
  await page.locator("[data-node]").first().waitFor();
  await page.clock.runFor(1000);
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    return { heap, wasm: await page.evaluate(() => globalThis.netmodelsMemory()) };
  };
  const readings = [await measure()];
  // Each frame may advance at most 0.25 s of wall time (1 simulated second at 4×).
  for (let hour = 0; hour < HOURS; hour++) {
    for (let second = 0; second < 3600; second++) await page.clock.runFor(250);
    readings.push(await measure());
  }
  const clock = await page.locator(".clock").textContent();
  await context.close();
  return { readings, clock };
}

/** Runs a command without blocking this process (whose server the command talks to). */
function run(command, args, options) {
  return new Promise((done) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // Never hang the report: Lighthouse closes its Chromium when interrupted.
    const timer = setTimeout(() => child.kill("SIGINT"), options.timeout);
    child.on("error", (error) => done({ status: null, error, stderr }));
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status, stderr });
    });
  });
}

/** Lighthouse's mobile preset (its default) on the gzip-served page; null if not asked. */
async function lighthouse(url) {
  const bin = process.env.PERF_LIGHTHOUSE;
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), "netmodels-lighthouse-"));
  const out = join(dir, "report.json");
  const result = await run(
    bin,
    [url, "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet",
      "--max-wait-for-load=45000", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, timeout: 240_000 },
  );
  if (result.status !== 0 || !existsSync(out)) {
    rmSync(dir, { recursive: true, force: true });
    const why = result.error ? result.error.message : result.stderr.trim().split("\n").pop();
    return { error: why || `exit status ${result.status}` };
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    tbt: audit("total-blocking-time"),
    tti: audit("interactive"),
    lcp: audit("largest-contentful-paint"),
    fcp: audit("first-contentful-paint"),
  };
}

const builds = [
  ...(BEFORE ? [{ name: "before", root: BEFORE }] : []),
  { name: BEFORE ? "after" : "this build", root: resolve(process.env.PERF_AFTER_DIST ?? DIST) },
];
for (const b of builds) b.server = await serveGzip(b.root);
const reference = { name: "plain JS", root: REFERENCE, server: await serveGzip(REFERENCE) };
const browser = await launchBrowser();
const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "–");
try {
  console.log(`Builds: ${builds.map((b) => `${b.name} = ${b.root}`).join("; ")}`);
  console.log(`Each scene ${ROUNDS}× per build, builds alternating; medians. Window: ${SECONDS} s from the first drawn node;`);
  console.log(`long tasks counted after its first ${STARTUP_MS / 1000} s; click on a node at ${CLICK_AT_MS / 1000} s (Event Timing duration).\n`);
  const { loadavg } = await import("node:os");
  const load = () => loadavg().map((v) => v.toFixed(2)).join(" ");
  console.log(`Load average at the start: ${load()}`);
  // The interactive window first: netmodels and the plain page alternately, each round.
  const interactive = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const scene of INTERACTIVE) {
      const pages = [...builds, ...(scene.reference ? [reference] : [])];
      for (const b of round % 2 ? [...pages].reverse() : pages) {
        const key = `${scene.name}\u0000${b.name}`;
        const r = await measureInteractive(browser, b.server.url, scene);
        if (!interactive.has(key)) interactive.set(key, []);
        interactive.get(key).push(r);
        process.stderr.write(`  interactive round ${round + 1} ${scene.name} ${b.name}: ${fmt(r.fps)} fps, p95 ${fmt(r.p95)} ms, click ${fmt(r.click, 0)} ms${r.clicked ? "" : " (CLICKS MISSED)"}, load ${load()}\n`);
      }
    }
  }
  console.log(`Interactive window: ${SECONDS} s from the first drawn node, clicks ${CLICKS.map((c) => `${c.at / 1000} s`).join(", ")} (s1 off, p2 off, s1 on); medians of ${ROUNDS}.`);
  console.log(`${"scene".padEnd(34)} ${"page".padEnd(10)}    fps  p95 ms  worst click→paint ms   fps ratio  click ratio`);
  for (const scene of INTERACTIVE) {
    const med = (name, f) => median((interactive.get(`${scene.name}\u0000${name}`) ?? []).map(f));
    const pages = [...builds, ...(scene.reference ? [reference] : [])];
    for (const b of pages) {
      const ratios = scene.reference && b !== reference
        ? `${fmt(med(b.name, (r) => r.fps) / med(reference.name, (r) => r.fps), 3).padStart(11)} ${fmt(med(b.name, (r) => r.click) / med(reference.name, (r) => r.click), 2).padStart(12)}`
        : "";
      console.log(`${scene.name.padEnd(34)} ${b.name.padEnd(10)} ${fmt(med(b.name, (r) => r.fps)).padStart(6)} ${fmt(med(b.name, (r) => r.p95)).padStart(7)} ${fmt(med(b.name, (r) => r.click), 0).padStart(21)} ${ratios}`);
    }
  }
  console.log(`Load average at the end of the interactive window: ${load()}\n`);
  // A labelled block: PERF_ONLY=interactive leaves the rest of the report out.
  rest: {
  if (ONLY_INTERACTIVE) break rest;

  console.log("Quiet window (one click at 3 s):");
  const results = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const scene of SCENES) {
      for (const b of round % 2 ? [...builds].reverse() : builds) {
        const key = `${scene.name}\u0000${b.name}`;
        const r = await measureScene(browser, b.server.url, scene);
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(r);
        process.stderr.write(`  round ${round + 1} ${scene.name} ${b.name}: ${fmt(r.fps)} fps, ${r.longTasks} long tasks\n`);
      }
    }
  }
  console.log(`${"scene".padEnd(34)} ${"build".padEnd(10)}    fps  p95 ms  long tasks>50ms after 2 s  longest ms  start-up longest  click→paint ms`);
  for (const scene of SCENES) {
    for (const b of builds) {
      const runs = results.get(`${scene.name}\u0000${b.name}`);
      const m = (f) => median(runs.map(f));
      console.log(
        `${scene.name.padEnd(34)} ${b.name.padEnd(10)} ${fmt(m((r) => r.fps)).padStart(6)} ${fmt(m((r) => r.p95)).padStart(7)} ` +
        `${fmt(m((r) => r.longTasks), 0).padStart(26)} ${fmt(m((r) => r.longest), 0).padStart(11)} ` +
        `${fmt(m((r) => r.startupLongest), 0).padStart(17)} ${fmt(m((r) => r.click), 0).padStart(15)}`,
      );
    }
  }

  for (const b of builds) {
    console.log(`\nFiles the default page requests (${b.name}):`);
    let raw = 0;
    let gzip = 0;
    for (const row of await requested(browser, b.server.url, b.root)) {
      raw += row.raw;
      gzip += row.gzip;
      console.log(`  ${row.file.padEnd(40)} ${String(row.raw).padStart(8)} B raw ${String(row.gzip).padStart(8)} B gzip`);
    }
    console.log(`  ${"total".padEnd(40)} ${String(raw).padStart(8)} B raw ${String(gzip).padStart(8)} B gzip`);
  }

  console.log("");
  for (const b of builds) {
    const times = await firstNodeTimes(browser, b.server.url);
    console.log(`First drawn node after navigation (${b.name}, localhost, 5 loads): median ${fmt(median(times), 0)} ms, worst ${fmt(Math.max(...times), 0)} ms`);
  }

  for (const b of builds) {
    const fills = [];
    for (let round = 0; round < ROUNDS; round++) fills.push(await chartFill(browser, b.server.url));
    console.log(`Scaling chart filled at 4× CPU (${b.name}, view=scaling): median ${fmt(median(fills.map((f) => f.ms)), 0)} ms, longest task ${fmt(Math.max(...fills.map((f) => f.longest)), 0)} ms`);
  }

  if (process.env.PERF_LIGHTHOUSE) {
    console.log("\nLighthouse 12, mobile preset, performance only (served with gzip by this script):");
    for (let round = 0; round < ROUNDS; round++) {
      for (const b of builds) {
        const r = await lighthouse(b.server.url);
        if (r.error) console.log(`  ${b.name}: Lighthouse failed: ${r.error}`);
        else console.log(`  ${b.name}: score ${r.score}, total blocking time ${fmt(r.tbt, 0)} ms, time to interactive ${fmt(r.tti, 0)} ms, LCP ${fmt(r.lcp, 0)} ms, FCP ${fmt(r.fcp, 0)} ms`);
      }
    }
  }

  if (!process.env.PERF_SKIP_HOUR) {
    const b = builds[builds.length - 1];
    const m = await memoryOverAnHour(browser, b.server.url + "?servers=1&clients=12&peers=12");
    const kib = (v) => `${(v / 1024).toFixed(0)} KiB`;
    console.log(`\nSimulated hours at 4× (${b.name}, classroom scene; page clock at "${m.clock}"), after GC:`);
    m.readings.forEach((r, hour) => console.log(`  hour ${hour}: JS heap ${kib(r.heap)}, wasm memory ${kib(r.wasm)}`));
  }
  }
} finally {
  await browser.close();
  for (const b of builds) await b.server.close();
  await reference.server.close();
}
