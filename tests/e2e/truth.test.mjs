// What the page says follows what happened, at the edges a teacher reaches in a lesson:
// the tour's verdict after the learner undoes the experiment, the timeline's outage bands,
// one time base for the clock and scripts, servers that slow down under load, and a
// crafted link that must not freeze the first paint. Read from what a person sees.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, metric, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();

describe("truth", () => {
  // ---- the tour's verdict follows the experiment ----

  // ---- end of the tour's tests ----

  // ---- the timeline's outage bands ----

  // ---- end of the timeline's tests ----

  // ---- one time base ----

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

  // ---- end of the costly link's tests ----
});

// Keeps the shared imports used while sections are empty.
void [CS, P2P, metric, until, assert, test, withSession];
