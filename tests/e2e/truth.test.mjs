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

  const tourNode = (page, model, id) => page.locator(`[data-model="${model}"] [data-node="${id}"]`);
  const tourPhase = (page) => page.locator('[data-panel="tour"]').getAttribute("data-phase");

  test("tour: switching the server back on during the watch gives no verdict, says so, and offers Try again", async () => {
    await withSession(env, "?tour=spof", async (page) => {
      const tour = page.locator('[data-panel="tour"]');
      await page.locator('[data-choice="2"]').check();
      await page.locator('[data-control="tour-commit"]').click();
      await tourNode(page, CS, "s1").click();
      assert.equal(await tourPhase(page), "observe");
      assert.equal(await tourNode(page, CS, "s1").getAttribute("data-state"), "down");
      // Changed my mind: the server back on before the clients' requests have failed.
      await tourNode(page, CS, "s1").click();
      await until(async () => (await tourPhase(page)) === "undone", "the step to end as undone", 5000);
      assert.equal(await tour.locator("[data-verdict]").count(), 0, "no verdict");
      assert.match(await tour.locator("[data-undone]").textContent(), /You undid the experiment/);
      // Said in the live region too, for a screen reader.
      assert.match(await page.locator('[role="status"]').textContent(), /You undid the experiment/);
      // No time limit: it stays until the learner acts.
      await new Promise((ok) => setTimeout(ok, 3000));
      assert.equal(await tourPhase(page), "undone");
      const retry = tour.locator('[data-control="tour-retry"]');
      assert.equal(await retry.textContent(), "Try again");
      await retry.click();
      assert.equal(await tourPhase(page), "predict");
      assert.equal(await tourNode(page, CS, "s1").getAttribute("data-state"), "up", "the scene is set up again");
    });
  });

  test("tour: a normal run's verdict and numbers match what the diagram shows, and stay put", async () => {
    await withSession(env, "?tour=spof", async (page) => {
      const tour = page.locator('[data-panel="tour"]');
      // Predict wrongly ("Nothing: they keep being served"), then switch the server off.
      await page.locator('[data-choice="0"]').check();
      await page.locator('[data-control="tour-commit"]').click();
      await tourNode(page, CS, "s1").click();
      await until(async () => (await tourPhase(page)) === "explain", "the explanation", 15000);
      assert.match(
        await tour.locator("[data-verdict]").textContent(),
        /the network showed otherwise: “No client can be served”/,
      );
      const explanation = await tour.locator("[data-explanation]").textContent();
      assert.match(explanation, /availability is 0 %: 0 of 3 clients are served/);
      // The diagram's log shows each of the three clients failing at the server that is off.
      const log = await page.locator(`[data-model="${CS}"] .log`).textContent();
      for (const client of [1, 2, 3]) {
        assert.match(log, new RegExp(`client ${client} → server 1: no answer, server 1 is off`), log);
      }
      // More failures come, yet the explanation keeps the numbers it opened with.
      await new Promise((ok) => setTimeout(ok, 3000));
      assert.equal(await tour.locator("[data-explanation]").textContent(), explanation);
    });
  });

  test("tour: at the slowest rate the verdict waits for the clients' failures, then matches the log", async () => {
    await withSession(env, "?tour=spof&rate=0.1", async (page) => {
      const tour = page.locator('[data-panel="tour"]');
      // Predict rightly ("No client can be served"), then switch the server off at once.
      await page.locator('[data-choice="2"]').check();
      await page.locator('[data-control="tour-commit"]').click();
      await tourNode(page, CS, "s1").click();
      const started = Date.now();
      // One request per client every 7.5 to 12.5 s and a 2 s wait: no verdict can come in
      // the first two seconds, and every client has failed within 15 s.
      await sleep(1500);
      assert.equal(await tourPhase(page), "observe", "still watching: nothing has failed yet");
      assert.equal(await tour.locator("[data-verdict]").count(), 0);
      await until(async () => (await tourPhase(page)) === "explain", "the explanation", 20000);
      const waited = (Date.now() - started) / 1000;
      assert.ok(waited > 2, `the verdict came after ${waited} s, before any request could fail`);
      assert.equal(
        await tour.locator("[data-verdict]").textContent(),
        "You predicted “No client can be served”, and that is what happened.",
      );
      const explanation = await tour.locator("[data-explanation]").textContent();
      assert.match(explanation, /availability is 0 %: 0 of 3 clients are served/);
      assert.doesNotMatch(explanation, /100 %/);
      const log = await page.locator(`[data-model="${CS}"] .log`).textContent();
      for (const client of [1, 2, 3]) {
        assert.match(log, new RegExp(`client ${client} → server 1: no answer, server 1 is off`), log);
      }
    });
  });

  // ---- end of the tour's tests ----

  // ---- the timeline's outage bands ----

  const slider = (page) => page.locator('[data-control="timeline"]');
  const now = async (page) => Number(await slider(page).getAttribute("aria-valuenow"));
  const peer = (page, id) => page.locator(`[data-model="${P2P}"] [data-node="${id}"]`);

  test("every peer off: the line stops, a peer-to-peer band marks the outage and ends when two are back", async () => {
    await withSession(env, "?speed=4&peers=3", async (page) => {
      await until(async () => (await now(page)) > 3, "3 s of session", 20000);
      // Down from the second click on: fewer than two peers on.
      const first = await now(page);
      for (const id of ["p1", "p2", "p3"]) await peer(page, id).click();
      const off = await now(page);
      // Nobody asks, so nothing is measured once the 10 s window has emptied.
      await until(async () => (await metric(page, P2P, "availability")) === "", "nothing measured", 30000);
      const band = page.locator('rect[data-down="peer-to-peer"]');
      await until(async () => (await band.count()) === 1, "one peer-to-peer band");
      const from = Number(await band.getAttribute("data-from"));
      assert.ok(first <= from && from <= off + 0.6, `band from ${from} s, peers off from ${first} s to ${off} s`);
      const to = Number(await band.getAttribute("data-to"));
      assert.ok(to - from >= 9, `the band covers the outage so far: ${from}..${to}`);
      assert.ok(Number(await band.getAttribute("width")) > 0);
      assert.equal(await page.locator('rect[data-down="client-server"]').count(), 0, "the server stayed on");
      // Two peers back: the outage ends there, and the line starts again apart from the old one.
      await peer(page, "p1").click();
      const one = await now(page);
      await peer(page, "p2").click();
      const on = await now(page);
      await until(async () => (await now(page)) > on + 4, "4 s more", 20000);
      const end = Number(await band.getAttribute("data-to"));
      assert.ok(one <= end && end <= on + 0.6, `band to ${end} s, two peers on between ${one} s and ${on} s`);
      const lines = await page
        .locator('[data-series="p2p-availability"] polyline')
        .evaluateAll((ls) => ls.filter((l) => l.getAttribute("points").trim() !== "").length);
      assert.ok(lines >= 2, `the line breaks where nothing was measured: ${lines} pieces`);
    });
  });

  test("a scripted server outage is a client-server band from its start to its end", async () => {
    await withSession(env, "?speed=4&script=2:off:s1,5:on:s1", async (page) => {
      await until(async () => (await now(page)) > 7, "7 s of session", 20000);
      const band = page.locator('rect[data-down="client-server"]');
      assert.equal(await band.count(), 1);
      // A script's switch comes before its moment's sample: the band runs from 2 s to 5 s.
      assert.equal(Number(await band.getAttribute("data-from")), 2, "from the switch off");
      assert.equal(Number(await band.getAttribute("data-to")), 5, "to the switch on");
    });
  });

  // ---- end of the timeline's tests ----

  // ---- one time base ----

  const clockSeconds = async (page) => {
    const text = await page.locator(".clock").textContent();
    const m = text.match(/t = ([\d.]+) s/);
    assert.ok(m, `the clock reads ${text}`);
    return Number(m[1]);
  };

  test("Reset leaves a mark and the clock runs on; a script written from the clock plays at that moment", async () => {
    await withSession(env, "?speed=4", async (page) => {
      await until(async () => (await clockSeconds(page)) > 3, "3 s on the clock", 20000);
      const before = await clockSeconds(page);
      await page.locator('[data-control="reset"]').click();
      const after = await clockSeconds(page);
      assert.ok(after >= before, `the clock runs on through Reset: ${before} s → ${after} s`);
      const mark = page.locator('[data-mark="reset"]');
      await until(async () => (await mark.count()) === 1, "a Reset mark on the timeline");
      const at = Number(await mark.getAttribute("data-t"));
      assert.ok(Math.abs(at - after) < 0.6, `mark at ${at} s, clock read ${after} s`);
      assert.match(await page.locator('[role="status"]').first().textContent(), /restarted at t = [\d.]+ s: their counts start again from zero/);
    });
    // A person reads 'the reset was at 2 s, I want the server off at 6 s' and writes it.
    await withSession(env, "?script=2:reset,6:off:s1&t=6.5", async (page) => {
      assert.equal(await clockSeconds(page), 6.5, "the link's moment is the clock's");
      const server = page.locator(`[data-model="${CS}"] [data-node="s1"]`);
      assert.equal(await server.getAttribute("data-state"), "down");
      assert.equal(Number(await page.locator('[data-mark="reset"]').getAttribute("data-t")), 2);
      assert.equal(Number(await page.locator('[data-mark="switch-off"]').getAttribute("data-t")), 6);
    });
    await withSession(env, "?script=2:reset,6:off:s1&t=5.9", async (page) => {
      assert.equal(await clockSeconds(page), 5.9);
      const server = page.locator(`[data-model="${CS}"] [data-node="s1"]`);
      assert.equal(await server.getAttribute("data-state"), "up", "not yet at 5.9 s");
    });
  });

  // ---- end of the time base's tests ----

  // ---- servers have a capacity ----

  // The fill of a node's bar in the load list, as painted ("37.5%"), and of its drawn bar.
  const share = (page, node) =>
    page.locator(`[data-metric="load-${node}"] .bar`).evaluate((bar) => bar.style.getPropertyValue("--share"));
  const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));
  const drawnWidth = (page, node) =>
    page.locator(`[data-node="${node}"] .load-fill`).getAttribute("width");

  test("capacity: twelve clients asking twice a second fill the server's queue and bar, and requests fail", async () => {
    await withSession(env, "?view=client-server&clients=12&rate=2&capacity=4&speed=2", async (page) => {
      const started = Date.now();
      assert.equal(await metric(page, CS, "queue-s1"), "0", "nothing waits at the start");
      const queued = await until(async () => {
        const n = Number(await metric(page, CS, "queue-s1"));
        return n >= 10 && n;
      }, "requests queue at the server", 20000);
      // A person sees the queue beside the server's load.
      assert.match(await page.locator('[data-metric="queue-s1"]').textContent(), /\d+ in queue/);
      await until(async () => Number(await metric(page, CS, "failed")) > 10, "requests time out", 20000);
      await until(async () => (await share(page, "s1")) === "100.0%", "the server's bar is full", 20000);
      assert.equal(await drawnWidth(page, "s1"), "36.0", "the drawn bar too");
      // The server answers its 4 per second, not the 24 asked (once the 10 s load window
      // is full, the 8 answers it saved up at the start count for 0.8 per second at most).
      await until(async () => {
        const load = Number(await page.locator('[data-metric="load-s1"]').getAttribute("data-value"));
        return load >= 3.5 && load <= 4.8;
      }, "the server's load at its capacity", 20000);
      assert.match(await page.locator(".legend").textContent(), /a server 4 per second, a peer 2 per second/);
      assert.ok(Date.now() - started < 60000, `${queued} queued`);
    });
  });

  test("capacity: the default page's bars are short, and more clients for the same server show the queue live", async () => {
    await withSession(env, "?speed=4", async (page) => {
      await wait(3000);
      for (const [model, node] of [[CS, "s1"], [P2P, "p1"]]) {
        const fill = Number.parseFloat(await page.locator(`[data-model="${model}"] [data-metric="load-${node}"] .bar`)
          .evaluate((bar) => bar.style.getPropertyValue("--share")));
        assert.ok(fill > 0 && fill < 60, `${node}'s bar at ${fill}%`);
        assert.equal(await metric(page, model, `queue-${node}`), "0");
      }
      assert.equal(await page.locator('[data-metric="queue-s1"]').textContent(), "", "no queue shown");
      assert.equal(await metric(page, CS, "failed"), "0");
      // "More clients, same server": the selector's twelve ask 6 per second of a server of 4.
      await page.locator('[data-control="clients"]').selectOption("12");
      await until(async () => Number(await metric(page, CS, "queue-s1")) > 0, "a queue at the server", 30000);
      await until(async () => Number(await metric(page, CS, "failed")) > 0, "a request times out", 30000);
      await until(async () => (await share(page, "s1")) === "100.0%", "the server's bar is full", 30000);
    });
  });

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
      assert.match(await notice.textContent(), /1800 s.*t = 117 s/);
      // The catching up says where it goes and how far it is, in a polite live region.
      const progress = page.locator("[data-catch-up]");
      await progress.waitFor({ timeout: 10000 });
      assert.equal(await page.locator(".catch-up").getAttribute("aria-live"), "polite");
      assert.match(await progress.textContent(), /^Catching up to t = 117 s: \d+ % done\.$/);
      const started = Date.now();
      const startedInPage = await page.evaluate(() => performance.now());
      const seen = new Set();
      await until(async () => {
        const done = await page.evaluate(() => document.querySelector(".catch-up")?.dataset.catchUp ?? null);
        if (done !== null) seen.add(Number(done));
        return done === null;
      }, "the catching up to end", 120000);
      const seconds = (Date.now() - started) / 1000;
      console.log(`catching up to t = 117 s at ${SLOWDOWN}× CPU took about ${seconds.toFixed(1)} s; progress seen: ${[...seen].sort((a, b) => a - b).join(", ")} %`);
      assert.ok(seen.size >= 3, `the progress moved: ${[...seen]}`);
      assert.equal(await page.locator(".catch-up").count(), 0, "the notice goes once there");
      // There: paused at the moment the notice named.
      assert.match(await page.locator(".clock").textContent(), /117/);

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
      // Each slice stops after 12 ms of work, and most tasks measured 50–70 ms: under the
      // 100 ms a click may wait. A 2-core machine running several builds at once stretches a
      // slice's wall time (225 ms seen under a load of 10); such a machine can loosen the
      // limit with LONG_TASK_MS=250, CI runs alone and keeps 100.
      const limit = Number(process.env.LONG_TASK_MS ?? 100);
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
