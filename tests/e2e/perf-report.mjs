// The browser performance report (not a test: it prints numbers, asserts nothing).
// Run with `.ci/perf-report` (which builds the release page first). For each scene it
// records requestAnimationFrame intervals for 5 s in headless Chromium and prints
// p50/p95/p99 frame time, dropped frames, long tasks and packets on screen; then the
// bundle sizes, the time to the first drawn node, and memory over a simulated hour.
import { gzipSync } from "node:zlib";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, launchBrowser, serveStatic, sleep } from "./harness.mjs";

const SCENES = {
  classroom: "?servers=1&clients=12&peers=12",
  stress: "?clients=99&peers=100&rate=8",
  // More scenes as JSON, e.g. PERF_EXTRA='{"mesh":"?peers=100&view=peer-to-peer"}'.
  ...(process.env.PERF_EXTRA ? JSON.parse(process.env.PERF_EXTRA) : {}),
};
const SECONDS = Number(process.env.PERF_SECONDS ?? 5);
const HOURS = Number(process.env.PERF_HOURS ?? 1);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function frameTimes(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.locator("[data-node]").first().waitFor();
  await sleep(1500); // let traffic reach its steady state
  const result = await page.evaluate(async (seconds) => {
    const longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)))
      .observe({ type: "longtask" });
    const intervals = [];
    const packets = [];
    let last = performance.now();
    const end = last + seconds * 1000;
    await new Promise((done) => {
      const frame = (now) => {
        intervals.push(now - last);
        last = now;
        if (intervals.length % 10 === 0) {
          // SVG packets are elements; a canvas layer says how many it drew.
          let drawn = document.querySelectorAll("[data-packet]").length;
          for (const c of document.querySelectorAll("[data-packet-count]")) drawn += Number(c.dataset.packetCount);
          packets.push(drawn);
        }
        if (now < end) requestAnimationFrame(frame); else done();
      };
      requestAnimationFrame(frame);
    });
    return { intervals, packets, longTasks, nodes: document.querySelectorAll("[data-node]").length };
  }, SECONDS);
  await page.close();
  const sorted = [...result.intervals].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    dropped: result.intervals.filter((i) => i > 1.5 * (1000 / 60)).length,
    longTasks: result.longTasks.length,
    longestTask: Math.max(0, ...result.longTasks),
    packets: Math.round(result.packets.reduce((a, b) => a + b, 0) / Math.max(1, result.packets.length)),
    nodes: result.nodes,
  };
}

function sizes() {
  const rows = [];
  for (const file of readdirSync(DIST)) {
    const body = readFileSync(join(DIST, file));
    rows.push({ file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return rows;
}

async function firstNode(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator("[data-node]").first().waitFor();
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
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

const server = await serveStatic();
const browser = await launchBrowser();
try {
  console.log(`Frame times over ${SECONDS} s (headless Chromium, software rendering):`);
  console.log("scene      nodes packets frames   p50 ms   p95 ms   p99 ms dropped long-tasks(>50ms) longest");
  for (const [name, query] of Object.entries(SCENES)) {
    const r = await frameTimes(browser, server.url + query);
    console.log(
      `${name.padEnd(10)} ${String(r.nodes).padStart(5)} ${String(r.packets).padStart(7)} ${String(r.frames).padStart(6)} ` +
      `${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ` +
      `${String(r.dropped).padStart(7)} ${String(r.longTasks).padStart(17)} ${r.longestTask.toFixed(0).padStart(7)}`,
    );
  }
  console.log("\nBundle (dist/):");
  let raw = 0;
  let gzip = 0;
  for (const row of sizes()) {
    raw += row.raw;
    gzip += row.gzip;
    console.log(`  ${row.file.padEnd(40)} ${String(row.raw).padStart(8)} B raw ${String(row.gzip).padStart(8)} B gzip`);
  }
  console.log(`  ${"total".padEnd(40)} ${String(raw).padStart(8)} B raw ${String(gzip).padStart(8)} B gzip`);
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await firstNode(browser, server.url));
  times.sort((a, b) => a - b);
  console.log(`\nFirst drawn node after navigation (localhost, 5 loads): median ${times[2].toFixed(0)} ms, worst ${times[4].toFixed(0)} ms`);
  if (!process.env.PERF_SKIP_HOUR) {
    const m = await memoryOverAnHour(browser, server.url + SCENES.classroom);
    const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
    console.log(`\nSimulated hours at 4× (classroom scene; page clock at "${m.clock}"), after GC:`);
    m.readings.forEach((r, hour) =>
      console.log(`  hour ${hour}: JS heap ${kib(r.heap)}, wasm memory ${kib(r.wasm)}`));
  }
} finally {
  await browser.close();
  await server.close();
}
