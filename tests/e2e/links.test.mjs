// Links that carry more than the networks: the chart's problem and N, a speed between the
// menu's choices, and a long crafted link whose notices stay short. Read as a person reads
// the page: the sliders' values, the speed menu, the notice list, the Share text.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();

const shareText = async (page) => {
  await page.locator('[data-control="share"]').click();
  return page.locator("[data-share-text]").inputValue();
};

describe("links", () => {
  test("a textbook problem in its own units opens the chart with it, and Share keeps it", async () => {
    const query = "?file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10";
    await withSession(env, query, async (page) => {
      // The sliders' read-outs (a slider itself snaps to its step).
      const reads = (id) => page.locator(`label[for="scaling-${id}"] output`).textContent();
      assert.equal(await reads("file-size"), "1.88 GB");
      assert.match(await reads("server-upload"), /^13\.5 GB\/h/);
      assert.match(await reads("peer-upload"), /^0\.32 GB\/h \(≈ 0\.7 Mbit\/s\)/);
      assert.equal(await page.locator('[data-control="receivers"]').inputValue(), "10");
      // The read-out at N = 10: the slowest download limits client-server (7500 s).
      assert.match(await page.locator("[data-readout]").textContent(), /client-server needs at least 2\.08 h/);
      assert.equal(await page.locator("[data-notices]").count(), 0, "no notice");
      assert.match(await shareText(page), /\?file=1\.875&server_up=13\.5&peer_up=0\.315&dmin=0\.9&n=10&t=[\d.]+$/);
      await page.locator('[data-control="close-share"]').click();
      // Moved by hand, the slider's value is what Share writes next.
      await page.locator('[data-control="file-size"]').fill("4");
      await page.locator('[data-control="receivers"]').fill("25");
      assert.match(await shareText(page), /\?file=4&server_up=13\.5&peer_up=0\.315&dmin=0\.9&n=25&t=[\d.]+$/);
    });
  });

  test("a speed between the menu's choices is what the menu shows", async () => {
    await withSession(env, "?speed=3", async (page) => {
      const speed = page.locator('[data-control="speed"]');
      assert.equal(await speed.inputValue(), "3");
      assert.match(await speed.locator("option:checked").textContent(), /3×/);
    });
  });

  test("a long crafted link lists ten notices, counts the rest and keeps its keys short", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `zz${i}`).join(",");
    await withSession(env, `?down=${ids}&${"k".repeat(300)}=1`, async (page) => {
      const items = page.locator("[data-notice]");
      assert.equal(await items.count(), 11);
      assert.match(await items.last().textContent(), /and 31 more/);
      const keys = await items.evaluateAll((li) => li.map((e) => e.dataset.notice));
      assert.ok(keys.every((k) => k.length <= 25), JSON.stringify(keys));
    });
  });
});
