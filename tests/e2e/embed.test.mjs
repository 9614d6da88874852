// Links, sharing and embedding: URL-configured scenarios, the Share and Embed controls,
// two framed instances in one host page, sub-paths, and hostile parameters.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, DIST, PROJECT, count, serveStatic, sleep, until, useBrowserAndServer, withSession } from "./harness.mjs";


const env = useBrowserAndServer();

/** Opens the page with `query`, runs `check`, and demands a clean console throughout. */
const withQuery = (query, check, options) => withSession(env, query, check, options);

const offNodes = (page) =>
  page.locator('[data-node][data-state="down"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.node));

describe("URL-configured scenarios", () => {
  test("view=client-server&clients=5 shows one diagram with five clients", async () => {
    await withQuery("?view=client-server&clients=5", async (page) => {
      assert.equal(await page.locator("[data-model]").count(), 1);
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 5);
      assert.equal(await page.locator("[data-notices]").count(), 0, "no notice for a good link");
    });
  });

  test("peers=7&down=p2,p3 starts with those two peers off", async () => {
    await withQuery("?peers=7&down=p2,p3", async (page) => {
      assert.equal(await page.locator(`[data-model="${P2P}"] [data-role="peer"]`).count(), 7);
      assert.deepEqual(await offNodes(page), ["p2", "p3"]);
      assert.equal(
        await page.locator('[data-node="p2"]').getAttribute("aria-pressed"),
        "true",
      );
    });
  });

  test("paused, minimal controls, no log, dark theme, several servers", async () => {
    await withQuery("?paused=1&controls=minimal&log=0&theme=dark&servers=3&clients=6", async (page) => {
      assert.match(await page.locator('[data-control="play-pause"]').textContent(), /Play/);
      assert.equal(await page.locator('[data-control="speed"]').count(), 0);
      assert.equal(await page.locator('[data-control="reset"]').count(), 1);
      assert.equal(await page.locator(".log").count(), 0);
      assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, "rgb(11, 17, 32)");
      assert.equal(await page.locator('[data-role="server"]').count(), 3);
      await sleep(300);
      assert.equal(await count(page, CS, "sent"), 0, "paused: nothing sent");
    });
    await withQuery("?controls=none", async (page) => {
      assert.equal(await page.locator(".controls").count(), 0, "no control bar");
      assert.equal(await page.locator("[data-model] [data-control]").count(), 3, "only the size selectors");
    });
  });

  test("a hostile value gives a readable notice, is never run, and can be dismissed", async () => {
    const evil = encodeURIComponent('<img src=x onerror="document.title=\'pwned\'">');
    await withQuery(`?view=${evil}&clients=abc&clients=3&zoom=9&speed=`, async (page) => {
      let dialogs = 0;
      page.on("dialog", (d) => { dialogs += 1; d.dismiss(); });
      const notices = page.locator("[data-notices]");
      await notices.waitFor();
      const items = await notices.locator("li").allTextContents();
      assert.equal(items.length, 5, items.join(" | "));
      assert.ok(items.some((t) => t.includes("<img src=x")), "shown as text");
      assert.equal(await notices.locator("img").count(), 0, "never parsed as HTML");
      assert.notEqual(await page.title(), "pwned");
      assert.equal(await page.locator("[data-model]").count(), 2, "defaults stand in");
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 3);
      await page.locator('[data-control="dismiss-notices"]').click();
      assert.equal(await notices.count(), 0);
      assert.equal(dialogs, 0);
    });
  });
});

describe("sharing", () => {
  test("a shared link restores the state it was copied from", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.server.url).origin });
    let link;
    await withQuery("", async (page) => {
      await page.locator('[data-control="clients"]').selectOption("5");
      await page.locator('[data-control="speed"]').selectOption("2");
      await page.locator('[data-node="s1"]').click();
      await page.locator('[data-node="c4"]').click();
      await page.locator('[data-node="p2"]').click();
      await page.locator('[data-control="share"]').click();
      link = await page.locator("[data-share-text]").inputValue();
      await until(async () => /Copied/.test(await page.locator(".share-status").textContent()), "copied");
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
      const selected = await page.evaluate(() => {
        const t = document.querySelector("[data-share-text]");
        return t.value.slice(t.selectionStart, t.selectionEnd);
      });
      assert.equal(selected, link, "the text is shown selected too");
    }, { context });
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?/);
    await withQuery(link.slice(env.server.url.length), async (page) => {
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 5);
      assert.deepEqual(await offNodes(page), ["s1", "c4", "p2"]);
      assert.equal(await page.locator('[data-control="speed"]').inputValue(), "2");
    });
  });

  test("without clipboard permission the text is selected for copying by hand", async () => {
    await withQuery("?view=peer-to-peer", async (page) => {
      await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
      await page.locator('[data-control="embed"]').click();
      const snippet = await page.locator("[data-share-text]").inputValue();
      for (const part of ['<iframe src="http://127.0.0.1', "view=peer-to-peer", 'title="', 'width="100%"',
        "aspect-ratio", 'loading="lazy"', 'allow="fullscreen"', 'sandbox="allow-scripts allow-same-origin allow-downloads"']) {
        assert.ok(snippet.includes(part), `${part} in ${snippet}`);
      }
      await until(async () => /Ctrl\+C/.test(await page.locator(".share-status").textContent()), "by-hand hint");
      assert.equal(
        await page.evaluate(() => document.activeElement?.hasAttribute("data-share-text")),
        true,
      );
      await page.locator('[data-control="close-share"]').click();
      assert.equal(await page.locator("[data-share-panel]").count(), 0);
    });
  });
});

describe("embedding", () => {
  test("dist/ works from a sub-path of a plain static server", async () => {
    const nested = await serveStatic(DIST, "/course/unit-1/netmodels/");
    try {
      await withQuery("?clients=2", async (page) => {
        assert.equal(await page.locator('[data-role="client"]').count(), 2);
      }, { base: nested.url });
    } finally {
      await nested.close();
    }
  });

  test("two framed instances are independent, fit 320 px, and report their height", async () => {
    const site = await serveStatic(PROJECT);
    try {
      for (const width of [900, 320]) {
        await withQuery("", async (page) => {
          const first = page.frameLocator("#first");
          const second = page.frameLocator("#second");
          await first.locator('[data-node="s1"]').waitFor();
          await second.locator('[data-node="p1"]').waitFor();
          assert.equal(await first.locator("[data-model]").count(), 1);
          assert.equal(await first.locator(`[data-model="${CS}"]`).count(), 1);
          assert.equal(await second.locator(`[data-model="${P2P}"]`).count(), 1);
          assert.equal(await first.locator('[data-node="s1"]').getAttribute("data-state"), "down");
          // Toggling in one frame leaves the other alone.
          await second.locator('[data-node="p4"]').click();
          assert.equal(await second.locator('[data-node="p4"]').getAttribute("data-state"), "down");
          assert.equal(await first.locator('[data-node="s1"]').getAttribute("data-state"), "down");
          assert.equal(await first.locator('[data-node="c1"]').getAttribute("data-state"), "up");
          for (const frame of page.frames().slice(1)) {
            const overflow = await frame.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            assert.equal(overflow, 0, `no horizontal scroll at ${width} px`);
          }
          // The host sized each frame to the height the page reported.
          await until(async () => {
            const sizes = await page.locator("iframe").evaluateAll((frames) =>
              frames.map((f) => [f.getBoundingClientRect().height, f.contentDocument.documentElement.getBoundingClientRect().height]));
            return sizes.every(([frame, content]) => Math.abs(frame - content) <= 3);
          }, "frames sized to their content");
        }, { base: site.url + "examples/embed.html", viewport: { width, height: 800 }, waitFor: "iframe" });
      }
    } finally {
      await site.close();
    }
  });
});
