// Where a frame's time goes (not a test: it prints numbers, asserts nothing). Loads one
// scene of a build in headless Chromium, optionally with the CPU slowed, and records a
// DevTools trace of the renderer's main thread for a few seconds after start-up; prints
// the total time per kind of work (script, style, layout, paint, layerize…) per second,
// the same breakdown Chrome's Performance panel shows, so that a change can be judged by
// what it removes rather than by fps on a loaded machine.
//
//   node tests/e2e/perf-trace.mjs [dist] [query] [slowdown] [seconds]
//   e.g. node tests/e2e/perf-trace.mjs dist "?clients=12&peers=12" 4 4
import { resolve } from "node:path";
import { DIST, launchBrowser, serveStatic, sleep } from "./harness.mjs";

const [root = DIST, query = "", slowdown = "4", seconds = "4"] = process.argv.slice(2);
/** Start-up (wasm compile, first render, the chart) is left out of the window. */
const SETTLE_MS = 3000;

const server = await serveStatic(resolve(root));
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: Boolean(process.env.TRACE_CSS) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(slowdown) });
  await page.goto(server.url + query);
  await page.locator("[data-node]").first().waitFor({ timeout: 60000 });
  // For experiments: a style sheet added to the page (TRACE_CSS="…").
  if (process.env.TRACE_CSS) await page.addStyleTag({ content: process.env.TRACE_CSS });
  await sleep(SETTLE_MS);
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: { includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc", "v8.execute"] },
  });
  await sleep(Number(seconds) * 1000);
  await cdp.send("Tracing.end");
  await done;
  await context.close();

  // The renderer's main thread is the one that runs the animation frames.
  const frameThread = events.find((e) => e.name === "FireAnimationFrame");
  if (!frameThread) throw new Error("no animation frame in the trace");
  const main = events.filter((e) => e.pid === frameThread.pid && e.tid === frameThread.tid && e.ph === "X");
  const totals = new Map();
  // Thread time (tdur), not wall time: on a loaded machine the thread is often descheduled.
  const counts = new Map();
  for (const e of main) {
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  }
  // Frames the page drew: one main-frame update each.
  const frames = main.filter((e) => e.name === "WebFrameWidgetImpl::UpdateLifecycle").length;
  const perSecond = (ms) => (ms / Number(seconds)).toFixed(1).padStart(8);
  const perFrame = (ms) => (ms / Math.max(1, frames)).toFixed(2).padStart(8);
  console.log(`${root}${query} at ${slowdown}× CPU, ${seconds} s: ${frames} frames`);
  console.log(`${"event (main thread CPU time, nested included)".padEnd(44)} ms/s  ms/frame  times`);
  const shown = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_ROWS ?? 24));
  for (const [name, ms] of shown) console.log(`  ${name.padEnd(42)} ${perSecond(ms)} ${perFrame(ms)} ${String(counts.get(name)).padStart(6)}`);
} finally {
  await browser.close();
  await server.close();
}
