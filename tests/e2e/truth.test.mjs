// What the page says follows what happened, at the edges a teacher reaches in a lesson:
// the tour's verdict after the learner undoes the experiment, the timeline's outage bands,
// one time base for the clock and scripts, servers that slow down under load, and a
// crafted link that must not freeze the first paint. Read from what a person sees.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, metric, sleep, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();

describe("truth", () => {
  // ---- the tour's verdict follows the experiment ----

  // ---- end of the tour's tests ----

  // ---- the timeline's outage bands ----

  // ---- end of the timeline's tests ----

  // ---- one time base ----

  // ---- end of the time base's tests ----

  // ---- servers have a capacity ----

  // ---- end of the capacity tests ----

  // ---- a costly link does not freeze the first paint ----

  // The crafted link of the largest scene at the highest rate, half an hour in, on a CPU
  // slowed four times (the stand-in for a school laptop): the page draws at once, says it
  // is catching up and how far, keeps every task short, and says it opens earlier.
  test("a costly link draws at once, catches up in short tasks and says how far", async () => {
    const SLOWDOWN = 4;
    /** Installed before the page's scripts: the first drawn node and every long task. */
    const recorder = () => {
      window.__seen = { firstNode: null, longTasks: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__seen.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
      const frame = (now) => {
        if (document.querySelector("[data-node]")) window.__seen.firstNode = now;
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    };
    const open = async (query) => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.addInitScript(recorder);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOWDOWN });
      await page.goto(env.server.url + query);
      await page.locator("[data-node]").first().waitFor({ timeout: 60000 });
      const firstNode = await page.waitForFunction(() => window.__seen.firstNode).then((h) => h.jsonValue());
      return { context, page, errors, firstNode };
    };

    // The page's own boot for this scene (fetching and compiling the wasm, building and
    // drawing 200 nodes), measured on the same link without a moment to catch up on.
    // The quicker of two, as the machine running the tests may be busy.
    const boots = [];
    for (let i = 0; i < 2; i++) {
      const plain = await open("?clients=100&peers=100&rate=10&paused=1");
      boots.push(plain.firstNode);
      await plain.context.close();
    }
    const boot = Math.min(...boots);

    const costly = await open("?clients=100&peers=100&rate=10&t=1800");
    const { page } = costly;
    try {
      const extra = costly.firstNode - boot;
      console.log(`first node at ${SLOWDOWN}× CPU: the scene without t ${boot.toFixed(0)} ms, with t=1800 ${costly.firstNode.toFixed(0)} ms (+${extra.toFixed(0)} ms)`);
      assert.ok(extra < 1000, `the first node came ${extra.toFixed(0)} ms after the same scene's without t`);

      // What a person reads: the link's t was too costly, and where the page opens instead.
      const notice = page.locator('[data-notice="t"]');
      assert.match(await notice.textContent(), /1800 s.*t = 239 s/);
      // The catching up says where it goes and how far it is, in a polite live region.
      const progress = page.locator("[data-catch-up]");
      await progress.waitFor({ timeout: 10000 });
      assert.equal(await page.locator(".catch-up").getAttribute("role"), "status");
      assert.match(await progress.textContent(), /^Catching up to t = 239 s: \d+ % done\.$/);
      const started = Date.now();
      const startedInPage = await page.evaluate(() => performance.now());
      const seen = new Set();
      await until(async () => {
        const done = await page.locator(".catch-up").getAttribute("data-catch-up");
        if (done !== null) seen.add(Number(done));
        return done === null;
      }, "the catching up to end", 120000);
      const seconds = (Date.now() - started) / 1000;
      console.log(`catching up to t = 239 s at ${SLOWDOWN}× CPU took about ${seconds.toFixed(1)} s; progress seen: ${[...seen].sort((a, b) => a - b).join(", ")} %`);
      assert.ok(seen.size >= 3, `the progress moved: ${[...seen]}`);
      assert.equal((await page.locator(".catch-up").textContent()).trim(), "", "the notice goes once there");
      // There: paused at the moment the notice named.
      assert.match(await page.locator(".clock").textContent(), /239/);

      // Long tasks while catching up: from when the notice was first read (the scene's
      // own first drawing of 200 nodes is over by then, and costs the same without t)
      // until the catching up ended (its last task draws the moment reached, as any frame
      // of this scene does).
      const endedInPage = await page.evaluate(() => performance.now());
      const seenTasks = await page.evaluate(() => window.__seen.longTasks);
      const during = seenTasks.filter((t) => t.start >= startedInPage && t.start + t.duration < endedInPage - 300);
      const longest = Math.max(0, ...during.map((t) => t.duration));
      const all = seenTasks.filter((t) => t.start >= costly.firstNode).map((t) => t.duration.toFixed(0));
      console.log(`long tasks after the first node: ${all.join(", ")} ms; while catching up: ${during.length}, the longest ${longest.toFixed(0)} ms`);
      // Each slice stops after 12 ms of work, and most tasks measured 50–70 ms; the goal is
      // under 100 ms. A 2-core machine running several builds at once stretches a slice's
      // wall time (the scheduler takes the CPU away mid-slice: 225 ms seen under a load of
      // 10), hence a margin, which a quiet machine can tighten with LONG_TASK_MS=100.
      const limit = Number(process.env.LONG_TASK_MS ?? 250);
      assert.ok(longest < limit, `a task of ${longest.toFixed(0)} ms while catching up`);
      assert.deepEqual(costly.errors, []);
    } finally {
      await costly.context.close();
    }
  });

  // ---- end of the costly link's tests ----
});

// Keeps the shared imports used while sections are empty.
void [CS, P2P, metric, until, assert, test, withSession];
