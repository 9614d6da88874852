// Trying to break the page: a minute of random clicks, keys, speed and size changes and
// window resizes; a tab left in the background for minutes. (The strict CSP: page.test.mjs.)
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, sleep, until, useBrowserAndServer } from "./harness.mjs";

const env = useBrowserAndServer();

/** A small seeded generator, so a failing run can be replayed with MONKEY_SEED. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads every diagram's numbers in one go, from what is on the page. */
const readNumbers = (page) =>
  page.locator("[data-model]").evaluateAll((diagrams) =>
    diagrams.map((d) => {
      const n = (name) => Number.parseInt(d.querySelector(`[data-metric="${name}"]`).dataset.value || "0", 10);
      return {
        model: d.dataset.model,
        sent: n("sent"), answered: n("answered"), failed: n("failed"),
        waiting: n("in-flight"), cancelled: n("cancelled"),
        availability: d.querySelector('[data-metric="availability"]').dataset.value,
      };
    }));

describe("robustness", () => {
  test("a minute of random use leaves no error and consistent, moving numbers", async () => {
    const seed = Number(process.env.MONKEY_SEED ?? Date.now() % 100000);
    const random = mulberry32(seed);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const { page, context, problems } = await openPage(env.browser, env.server.url);
    const counts = {};
    const did = (what) => { counts[what] = (counts[what] ?? 0) + 1; };
    try {
      const end = Date.now() + 60_000;
      while (Date.now() < end) {
        const action = pick(["node", "node", "node", "burst", "key", "key", "speed", "size", "button", "resize", "share"]);
        switch (action) {
          case "node": {
            const nodes = page.locator("[data-node]");
            const n = await nodes.count();
            await nodes.nth(Math.floor(random() * n)).click({ timeout: 2000 });
            break;
          }
          case "burst": { // rapid clicking on one node
            const node = page.locator("[data-node]").first();
            for (let i = 0; i < 7; i++) await node.click({ delay: 0, timeout: 2000 });
            break;
          }
          case "key":
            await page.keyboard.press(pick(["Space", "Enter", "Tab", "Shift+Tab", "ArrowRight", "ArrowLeft", "Home", "End", "Escape"]));
            break;
          case "speed":
            await page.locator('[data-control="speed"]').selectOption(pick(["0.25", "0.5", "1", "2", "4"]), { timeout: 2000 });
            break;
          case "size":
            if (random() < 0.5) {
              await page.locator('[data-control="clients"]').selectOption(String(1 + Math.floor(random() * 12)), { timeout: 2000 });
            } else {
              await page.locator('[data-control="peers"]').selectOption(String(2 + Math.floor(random() * 11)), { timeout: 2000 });
            }
            break;
          case "button": {
            const control = pick(["play-pause", "step", "reset", "play-pause"]);
            const button = page.locator(`[data-control="${control}"]`);
            if (await button.isEnabled()) await button.click({ timeout: 2000 });
            break;
          }
          case "resize":
            await page.setViewportSize({ width: 320 + Math.floor(random() * 1100), height: 500 + Math.floor(random() * 500) });
            break;
          case "share":
            await page.locator(`[data-control="${pick(["share", "embed"])}"]`).click({ timeout: 2000 });
            if (random() < 0.7) await page.locator('[data-control="close-share"]').click({ timeout: 2000 });
            break;
        }
        did(action);
        // Numbers on screen always add up. "Waiting" is not the remainder of the others: the
        // page shows the engine's own count of its open requests, so this is a real check.
        for (const d of await readNumbers(page)) {
          assert.equal(d.sent, d.answered + d.failed + d.waiting + d.cancelled, `${d.model} after ${action} (seed ${seed})`);
          assert.match(d.availability, /^(|\d{1,3})$/);
        }
      }
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(`# monkey (seed ${seed}): ${total} actions survived: ${JSON.stringify(counts)}`);
      assert.ok(total > 100, `${total} actions`);

      // Still alive: running again, time moves and requests are answered. Arrow keys on a
      // focused language list switch the language, and the Play button is read by its
      // words, so come back to English first, as a person who cannot read the button would.
      await page.locator('[data-control="language"]').selectOption("en", { timeout: 2000 });
      await until(async () => (await page.locator("html").getAttribute("lang")) === "en", "English", 3000);
      const playPause = page.locator('[data-control="play-pause"]');
      if (/Play/.test(await playPause.textContent())) await playPause.click();
      const clock = await page.locator(".clock").textContent();
      await until(async () => (await page.locator(".clock").textContent()) !== clock, "the clock to move", 3000);
      assert.equal(await page.locator("#fatal").isVisible(), false, "no crash message");
      assert.deepEqual(problems.consoleErrors, [], `console errors (seed ${seed})`);
    } finally {
      await context.close();
    }
  });

  test("a tab left in the background resumes without racing through the backlog", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(env.server.url + "?speed=4");
    await page.locator("[data-node]").first().waitFor();
    const t = async () => Number.parseFloat((await page.locator(".clock").textContent()).replace("t = ", ""));
    // Stop the page's clock first: until then it follows real time, and loading on a busy
    // machine would count as running time. From here on only runFor moves it.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 100));
    const start = await t();
    await page.clock.runFor(2000);
    const before = await t();
    assert.ok(before - start > 6 && before - start < 9, `2 s at 4× is about 8 simulated s: ${start} → ${before}`);
    // Ten minutes with no animation frame, as in a hidden tab, then one frame.
    await page.clock.fastForward("10:00");
    await page.clock.runFor(50);
    const after = await t();
    assert.ok(after - before < 1.5, `resumed where it was: ${before} → ${after}`);
    await page.clock.runFor(1000);
    assert.ok((await t()) > after + 3, "and keeps running");
    await context.close();
  });
});
