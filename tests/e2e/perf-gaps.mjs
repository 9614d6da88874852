// Where the missing frames go (not a test: it prints numbers, asserts nothing). Loads one
// scene of a build in headless Chromium with the CPU slowed, traces the renderer's main
// thread from navigation on, and prints, for the window of SECONDS after the first drawn
// node: frames per second of the window, and every gap between frames longer than
// GAP_MS with the top-level work that ran in it (script, timers, style, layout, GC…),
// so that the cause of a dropped frame can be named rather than guessed. Then the main
// thread's CPU time in the window's first 2 s and per frame after (less sensitive to
// machine load than fps). The page's clock is matched to the trace's by the recorder's
// own frame callbacks. Note that a frame's time is when the frame began: a long task
// that was running then (the start-up) counts against the window.
//
//   node tests/e2e/perf-gaps.mjs [dist] [query] [slowdown] [seconds]
//   e.g. node tests/e2e/perf-gaps.mjs dist "" 4 10
// Knobs: GAP_MS (default 20); GAP_TRACE=0 (frames only, no trace: least disturbance);
// GAP_DETAIL=1 (nested events per gap); GAP_TASKS=1 (every task over 5 ms around the
// first node); GAP_LAYOUT=1 (style and layout passes, with the script that forced them);
// GAP_PROFILE=1 (V8's samples: the functions that ran in each gap or task, by name in a
// build made with `data-keep-debug data-wasm-opt="0"` on index.html's rust link).
import { resolve } from "node:path";
import { DIST, launchBrowser, serveStatic, sleep } from "./harness.mjs";

const [root = DIST, query = "", slowdown = "4", seconds = "10"] = process.argv.slice(2);
const GAP_MS = Number(process.env.GAP_MS ?? 20);

/** Installed before the page's scripts: the time of every frame and of the first node. */
function recorder() {
  window.__gaps = { frames: [], firstNode: null };
  const frame = (now) => {
    window.__gaps.frames.push(now);
    if (window.__gaps.firstNode === null && document.querySelector("[data-node]")) window.__gaps.firstNode = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const server = await serveStatic(resolve(root));
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(recorder);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(slowdown) });
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  const tracing = process.env.GAP_TRACE !== "0";
  if (tracing) await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: {
      includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8.execute", "v8", ...(process.env.GAP_PROFILE ? ["disabled-by-default-v8.cpu_profiler"] : [])],
    },
  });
  await page.goto(server.url + query);
  const firstNode = await page.waitForFunction(() => window.__gaps.firstNode, null, { timeout: 60000 }).then((h) => h.jsonValue());
  await sleep(Math.max(0, firstNode + Number(seconds) * 1000 - (await page.evaluate(() => performance.now()))) + 300);
  const frames = await page.evaluate(() => window.__gaps.frames);
  // performance.now() in the page against trace time: the first frame's FireAnimationFrame.
  if (tracing) {
    await cdp.send("Tracing.end");
    await done;
  }
  await context.close();
  if (!tracing) {
    const end = firstNode + Number(seconds) * 1000;
    const inWindow = frames.filter((t) => t >= firstNode && t <= end);
    const perSecond = [];
    for (const t of inWindow) perSecond[Math.floor((t - firstNode) / 1000)] = (perSecond[Math.floor((t - firstNode) / 1000)] ?? 0) + 1;
    console.log(`${root}${query} at ${slowdown}× CPU, untraced: ${inWindow.length} frames in ${seconds} s; per second: ${[...perSecond].map((n) => n ?? 0).join(" ")}`);
    const gaps = inWindow.slice(1).map((t, i) => [inWindow[i] - firstNode, t - inWindow[i]]).filter(([, g]) => g > GAP_MS);
    console.log(`gaps > ${GAP_MS} ms: ${gaps.map(([t, g]) => `+${t.toFixed(0)}:${g.toFixed(0)}`).join(" ")}`);
    process.exit(0);
  }

  const fire = events.filter((e) => e.name === "FireAnimationFrame" && e.ph === "X").sort((a, b) => a.ts - b.ts);
  if (!fire.length) throw new Error("no animation frame in the trace");
  const { pid, tid } = fire[0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X").sort((a, b) => a.ts - b.ts);
  // Align the page's clock with the trace's: the recorder's own frame callbacks (`frame`)
  // are in both; the k-th last in the trace is the k-th last recorded. A callback starts
  // a little after its frame's time, so the smallest difference is the offset.
  const calls = main.filter((e) => e.name === "FunctionCall" && e.args?.data?.functionName === "frame");
  const pairs = Math.min(calls.length, frames.length);
  let origin = Infinity;
  for (let k = 1; k <= pairs; k++) origin = Math.min(origin, calls[calls.length - k].ts - frames[frames.length - k] * 1000);
  if (!Number.isFinite(origin)) throw new Error("the recorder's frames are not in the trace");
  const at = (ms) => origin + ms * 1000;

  const end = firstNode + Number(seconds) * 1000;
  const inWindow = frames.filter((t) => t >= firstNode && t <= end);
  const perSecond = [];
  for (const t of inWindow) perSecond[Math.floor((t - firstNode) / 1000)] = (perSecond[Math.floor((t - firstNode) / 1000)] ?? 0) + 1;
  console.log(`${root}${query} at ${slowdown}× CPU: first node at ${firstNode.toFixed(0)} ms; ${inWindow.length} frames in ${seconds} s`);
  console.log(`frames per second of the window: ${[...perSecond].map((n) => n ?? 0).join(" ")}`);

  // Top-level events only: those not nested in another main-thread event.
  const top = [];
  let openUntil = -1;
  for (const e of main) {
    if (e.ts >= openUntil) {
      top.push(e);
      openUntil = e.ts + (e.dur ?? 0);
    }
  }
  const describe = (e) => {
    const d = e.args?.data ?? {};
    const what = d.functionName || d.url?.split("/").pop() || d.type || d.timerId || "";
    return `${e.name}${what ? `(${what})` : ""} ${((e.dur ?? 0) / 1000).toFixed(1)}ms`;
  };
  // With GAP_PROFILE=1: V8's samples in the trace (same clock), to name the wasm functions
  // that ran in a gap (a build with names: `data-keep-debug data-wasm-opt="0"`).
  const samples = [];
  if (process.env.GAP_PROFILE) {
    const nodes = new Map();
    const parents = new Map();
    const profileStart = new Map();
    for (const e of events) if (e.name === "Profile") profileStart.set(e.id, e.args.data.startTime);
    for (const e of events.filter((e) => e.name === "ProfileChunk")) {
      const c = e.args.data.cpuProfile ?? {};
      for (const n of c.nodes ?? []) {
        nodes.set(`${e.id}:${n.id}`, n.callFrame.functionName || n.callFrame.url?.split("/").pop() || "?");
        if (n.parent) parents.set(`${e.id}:${n.id}`, `${e.id}:${n.parent}`);
      }
      let t = profileStart.get(e.id) ?? 0;
      const deltas = e.args.data.timeDeltas ?? [];
      (c.samples ?? []).forEach((id, i) => {
        t += deltas[i] ?? 0;
        profileStart.set(e.id, t);
        samples.push({ t, key: `${e.id}:${id}` });
      });
    }
    for (const s of samples) {
      const stack = [];
      for (let k = s.key; k; k = parents.get(k)) stack.push(nodes.get(k));
      s.stack = stack;
    }
  }
  const named = (from, to) => {
    const counts = new Map();
    const inGap = samples.filter((s) => s.t >= from && s.t < to);
    for (const s of inGap) for (const name of new Set(s.stack.filter((n) => /netmodels::(ui|model|text)|FunctionProvider|Intl|NumberFormat|__wbg_new/.test(n)))) counts.set(name, (counts.get(name) ?? 0) + 1);
    const perSample = inGap.length ? (to - from) / 1000 / Math.max(1, inGap.length) : 0;
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, c]) => `${n.replace(/::h[0-9a-f]{16}$/, "").replace(/<netmodels::ui::(?:\w+::)+(\w+) as yew::functional::FunctionProvider>::run.*/, "$1::run").slice(-60)} ~${(c * perSample).toFixed(0)}ms`).join("; ");
  };
  if (process.env.GAP_TASKS) {
    // Every task over 5 ms from 1.5 s before the first node to 1.5 s after, and what ran in it.
    for (const e of top.filter((e) => e.ts >= at(firstNode - 1500) && e.ts < at(firstNode + 1500) && e.dur > 5000)) {
      const nested = main.filter((n) => n.ts >= e.ts && n.ts < e.ts + e.dur && n !== e && n.dur > 3000 && !/^(RunTask|ThreadControllerImpl|v8.callFunction|RunMicrotasks)/.test(n.name)).map(describe);
      console.log(`  task at ${((e.ts - at(firstNode)) / 1000).toFixed(0).padStart(6)} ms, ${(e.dur / 1000).toFixed(1)} ms: ${nested.slice(0, 10).join("; ")}${samples.length ? "\n        " + named(e.ts, e.ts + e.dur) : ""}`);
    }
  }
  let gaps = 0;
  for (let i = 1; i < inWindow.length; i++) {
    const gap = inWindow[i] - inWindow[i - 1];
    if (gap <= GAP_MS) continue;
    gaps++;
    const from = at(inWindow[i - 1]);
    const to = at(inWindow[i]);
    const ran = top.filter((e) => e.ts < to && e.ts + (e.dur ?? 0) > from && (e.dur ?? 0) > 1000);
    // Inside script: the longest nested functions and GCs, to name the work.
    const inner = main
      .filter((e) => e.ts >= from && e.ts < to && /GC|Compile|ParseHTML|UpdateLayoutTree|Layout|Paint|TimerFire|FireIdleCallback|EventDispatch|FunctionCall|UserTiming|RunMicrotasks|v8.callFunction/.test(e.name) && (e.dur ?? 0) > 2000)
      .map(describe);
    console.log(`  +${(inWindow[i - 1] - firstNode).toFixed(0).padStart(5)} ms: gap ${gap.toFixed(1)} ms | ${ran.map(describe).join(", ")}`);
    if (process.env.GAP_DETAIL) console.log(`        ${[...new Set(inner)].slice(0, 12).join("; ")}`);
    if (samples.length) console.log(`        ${named(from, to)}`);
  }
  console.log(`${gaps} gaps > ${GAP_MS} ms`);
  if (process.env.GAP_LAYOUT) {
    // Layouts forced by script (they carry the script's stack), with where they came from.
    for (const e of main.filter((e) => (e.name === "Layout" || e.name === "UpdateLayoutTree") && e.ts >= at(firstNode - 2000) && e.ts < at(end) && e.dur > 2000)) {
      const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
      console.log(`  ${e.name} at +${((e.ts - at(firstNode)) / 1000).toFixed(0)} ms ${(e.dur / 1000).toFixed(1)} ms ${stack ? "FORCED by " + stack.slice(0, 4).map((f) => f.functionName).join(" < ") : ""}`);
    }
  }

  // CPU time of the main thread per drawn frame over the window (thread time where known).
  const windowTop = top.filter((e) => e.ts >= at(firstNode) && e.ts < at(end));
  const cpu = windowTop.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const steady = top.filter((e) => e.ts >= at(firstNode + 2000) && e.ts < at(end));
  const steadyFrames = inWindow.filter((t) => t >= firstNode + 2000).length;
  const steadyCpu = steady.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  // From the frame before the first node (its task straddles it) to 2 s after.
  const startup = top.filter((e) => e.ts + (e.dur ?? 0) >= at(firstNode) && e.ts < at(firstNode + 2000));
  const startupCpu = startup.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  console.log(`main-thread CPU: ${startupCpu.toFixed(0)} ms in the first 2 s, ${(cpu / Math.max(1, inWindow.length)).toFixed(2)} ms/frame over the window, ${(steadyCpu / Math.max(1, steadyFrames)).toFixed(2)} ms/frame after its first 2 s`);
} finally {
  await browser.close();
  await server.close();
}
