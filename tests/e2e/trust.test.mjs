// Who can you trust, as a person sees it: a dishonest peer's damaged answers
// arrive (torn squares) and damaged copies are counted; with checking on from the link,
// none is held while rejected answers grow; a client's attempt to publish is refused,
// visibly and in the log; a node is made dishonest with the keyboard alone; the chosen
// node follows a resize; and the Check copies box is big enough to tap on a phone.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, count, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();

describe("trust", () => {
  test("bad=p2: the peer is marked dishonest and its damaged copies arrive and are held", async () => {
    await withSession(env, "?bad=p2&peers=5&speed=4", async (page) => {
      const p2 = page.locator(`[data-model="${P2P}"] [data-node="p2"]`);
      assert.equal(await p2.getAttribute("data-honest"), "false");
      assert.match(await p2.getAttribute("aria-label"), /dishonest/);
      // The mark is a sign, not only a colour.
      assert.equal(await page.locator(`[data-model="${P2P}"] .bad-mark`).count(), 1);
      await until(() => page.locator(`[data-model="${P2P}"] [data-kind="corrupt"]`).count(),
        "a damaged answer on its way");
      await until(async () => (await count(page, P2P, "corrupt")) > 0, "a damaged copy held");
      assert.equal(await count(page, P2P, "rejected"), 0, "nobody checks");
      assert.equal(await count(page, CS, "corrupt"), 0, "an honest server");
      assert.match(await page.locator(`[data-model="${P2P}"] .log`).textContent(), /took a damaged copy from peer 2/);
    });
  });

  test("verify=1: no damaged copy is held, while rejected answers grow", async () => {
    await withSession(env, "?bad=p2&peers=5&verify=1&speed=4", async (page) => {
      assert.equal(await page.locator('[data-control="verify"]').isChecked(), true);
      const first = await until(async () => {
        const n = await count(page, P2P, "rejected");
        return n > 0 && n;
      }, "a rejected answer");
      for (let i = 0; i < 10; i++) {
        assert.equal(await count(page, P2P, "corrupt"), 0);
        await page.waitForTimeout(300);
      }
      await until(async () => (await count(page, P2P, "rejected")) > first, "more rejected answers");
      assert.equal(await count(page, P2P, "corrupt"), 0);
      assert.match(await page.locator(`[data-model="${P2P}"] .log`).textContent(), /damaged copy rejected/);
    });
  });

  test("a client's publish is refused by its server, visibly and in the log", async () => {
    await withSession(env, "", async (page) => {
      const card = page.locator(`[data-model="${CS}"]`);
      await card.locator('[data-control="trust-node"]').selectOption("c2");
      await card.locator('[data-control="publish-from"]').click();
      assert.match(await card.locator(".log").textContent(), /client 2 tried to publish; server 1 refused/);
      await until(async () => /Client 2 tried to publish a new version, and server 1 refused/
        .test(await page.locator('.announcement').first().textContent()), "the refusal announced");
      assert.equal(await card.locator('[data-node="s1"]').getAttribute("data-version"), "1");
    });
  });

  test("the keyboard alone makes a node dishonest, and Share keeps it", async () => {
    let link;
    await withSession(env, "?paused=1", async (page) => {
      const card = page.locator(`[data-model="${P2P}"]`);
      await card.locator('[data-control="trust-node"]').focus();
      await page.keyboard.press("ArrowDown"); // p2 → p3
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await until(async () => (await card.locator('[data-node="p3"]').getAttribute("data-honest")) === "false",
        "p3 dishonest");
      assert.equal(await card.locator('[data-control="dishonest"]').textContent(), "Make honest");
      await page.locator('[data-control="share"]').click();
      link = await page.locator("[data-share-text]").inputValue();
    });
    // What was done is part of the link's script (from the start, nobody was dishonest).
    assert.match(link, /script=bp3&t=0$/);
    await withSession(env, link.slice(link.indexOf("?")), async (page) => {
      const card = page.locator(`[data-model="${P2P}"]`);
      assert.equal(await card.locator('[data-node="p3"]').getAttribute("data-honest"), "false");
    });
  });

  test("a chosen node the network loses on resize gives way to the one the select shows", async () => {
    await withSession(env, "?peers=12&paused=1", async (page) => {
      const card = page.locator(`[data-model="${P2P}"]`);
      const select = card.locator('[data-control="trust-node"]');
      await select.selectOption("p12");
      await card.locator('[data-control="peers"]').selectOption("4");
      await until(async () => (await card.locator("[data-node]").count()) === 4, "4 peers left");
      // The select shows a node the network has, and the button acts on that one.
      const shown = await select.inputValue();
      assert.ok(["p1", "p2", "p3", "p4"].includes(shown), shown);
      await card.locator('[data-control="dishonest"]').click();
      await until(async () => (await card.locator(`[data-node="${shown}"]`).getAttribute("data-honest")) === "false",
        `${shown}, the node shown, made dishonest`);
      assert.equal(await card.locator('[data-control="dishonest"]').textContent(), "Make honest");
    });
  });

  test("on a phone the Check copies box is a tap target of at least 24 px", async () => {
    await withSession(env, "", async (page) => {
      const box = await page.locator('[data-control="verify"]').boundingBox();
      assert.ok(box.width >= 24 && box.height >= 24, JSON.stringify(box));
      await page.locator('[data-control="verify"]').tap();
      assert.equal(await page.locator('[data-control="verify"]').isChecked(), true);
    }, { viewport: { width: 375, height: 740 }, contextOptions: { hasTouch: true, isMobile: true } });
  });

  test("progress remembered as a number before steps had names keeps its step; it is saved by name now", async () => {
    await withSession(env, "", async (page) => {
      // Step 6 was "is there a hidden server?"; the trust step now comes before it.
      await page.evaluate(() => localStorage.setItem("netmodels:tour-step", "6"));
      await page.reload();
      const resume = page.locator('[data-control="tour"]');
      await until(async () => (await resume.textContent()) === "Resume tour (step 7 of 9)", "the old step 6, now 7th");
      await resume.click();
      assert.match(await page.locator("#tour-title").textContent(), /is there a hidden server/);
      await page.locator('[data-control="tour-back"]').click();
      assert.equal(await page.locator("#tour-title").textContent(), "Who can you trust?");
      await page.keyboard.press("Escape");
      await until(async () => (await page.evaluate(() => localStorage.getItem("netmodels:tour-step"))) === "trust",
        "the step saved by name");
    });
  });
});
