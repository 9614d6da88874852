// One state: what a person changed stays changed. A server switched off stays off when a
// client is added (read from the node's visible OFF mark and its button), and Share says
// in words when its link cannot reopen the moment on screen.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();

/** What a person sees of a node: its visible name and mark ("S1", "S1 OFF"). */
const seen = (page, model, id) =>
  page
    .locator(`[data-model="${model}"] .node-label`, { hasText: new RegExp(`^${id.toUpperCase()}`) })
    .evaluate((label) => [...label.querySelectorAll("text")].map((t) => t.textContent).join(" "));
const pressed = (page, id) => page.locator(`[data-node="${id}"]`).getAttribute("aria-pressed");

const slider = (page) => page.locator('[data-control="timeline"]');
const now = async (page) => Number(await slider(page).getAttribute("aria-valuenow"));
const kept = (page) => page.locator("[data-share-kept]");

/** Opens Share and returns its link. */
async function share(page) {
  await page.locator('[data-control="share"]').click();
  return page.locator("[data-share-text]").inputValue();
}

describe("one state", () => {
  test("a server switched off stays off when a client is added, and a peer when peers are", async () => {
    await withSession(env, "", async (page) => {
      await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
      assert.equal(await seen(page, CS, "s1"), "S1 OFF");
      await page.locator('[data-control="clients"]').selectOption("4");
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 4);
      assert.equal(await seen(page, CS, "s1"), "S1 OFF", "the server is still off");
      assert.equal(await pressed(page, "s1"), "true");
      assert.equal(await seen(page, CS, "c4"), "C4", "the new client is on");
      await page.locator(`[data-model="${P2P}"] [data-node="p2"]`).click();
      await page.locator('[data-control="peers"]').selectOption("5");
      assert.equal(await seen(page, P2P, "p2"), "P2 OFF", "the peer is still off");
      assert.equal(await seen(page, P2P, "p5"), "P5");
    });
  });

  test("Share says what its link keeps once it cannot reopen the moment", async () => {
    // Opened at the latest moment a link can name: its link is still that moment.
    await withSession(env, "?speed=4&t=1800", async (page) => {
      await until(async () => (await now(page)) === 1800, "the session at 30 minutes", 30000);
      let link = await share(page);
      assert.match(link, /t=1800$/);
      assert.equal(await kept(page).count(), 0, "nothing to say about an exact link");
      await page.locator('[data-control="close-share"]').click();
      // A moment later the link can only keep the present.
      await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
      await page.locator('[data-control="play-pause"]').click();
      await until(async () => (await now(page)) > 1801, "a second more", 15000);
      await page.locator('[data-control="play-pause"]').click();
      link = await share(page);
      assert.doesNotMatch(link, /[?&](script|t)=/, link);
      assert.match(link, /down=s1/);
      assert.match(await kept(page).textContent(), /not this moment or what led to it/);
      assert.match(await page.locator("[data-share-text]").getAttribute("aria-describedby"), /share-kept/);
    });
    // The same sentence in another language.
    await withSession(env, "?speed=4&t=1800&lang=fr", async (page) => {
      await until(async () => (await now(page)) === 1800, "the session at 30 minutes", 30000);
      await page.locator('[data-control="play-pause"]').click();
      await until(async () => (await now(page)) > 1801, "a second more", 15000);
      await share(page);
      assert.match(await kept(page).textContent(), /pas ce moment ni ce qui y a mené/);
    });
  });
});
