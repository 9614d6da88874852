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

  // ---- end of the capacity tests ----

  // ---- a costly link does not freeze the first paint ----

  // ---- end of the costly link's tests ----
});

// Keeps the shared imports used while sections are empty.
void [CS, P2P, metric, until, assert, test, withSession];
