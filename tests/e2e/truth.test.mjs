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

  // ---- end of the tour's tests ----

  // ---- the timeline's outage bands ----

  // ---- end of the timeline's tests ----

  // ---- one time base ----

  // ---- end of the time base's tests ----

  // ---- servers have a capacity ----

  // ---- end of the capacity tests ----

  // ---- a costly link does not freeze the first paint ----

  // ---- end of the costly link's tests ----
});

// Keeps the shared imports used while sections are empty.
void [CS, P2P, metric, until, assert, test, withSession];
