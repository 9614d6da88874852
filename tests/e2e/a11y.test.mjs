// Accessibility in the real browser: axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation
// on any view, in either theme, with or without reduced motion; keyboard use, touch target
// sizes, reduced motion and the screen-reader summary behave as a person needs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { CS, P2P, sleep, until, useBrowserAndServer, withSession } from "./harness.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const env = useBrowserAndServer();

/** Runs axe-core on the page: its whole result, and each violation as one readable line. */
async function runAxe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
    TAGS,
  );
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`,
  );
  return { result, violations };
}

/**
 * The shared session (clean console, no CSP violation, nothing leaves the origin) in a
 * browser that asks for `reducedMotion` and `colorScheme`.
 */
function withPage(query, check, { reducedMotion = "no-preference", colorScheme = "light", viewport, bypassCSP = false } = {}) {
  // axe is injected as a script of the test's own; the page's CSP would (rightly) refuse it.
  return withSession(env, query, check, { viewport, contextOptions: { reducedMotion, colorScheme, bypassCSP } });
}

describe("axe-core", () => {
  const views = ["both", CS, P2P];
  for (const view of views) {
    for (const theme of ["light", "dark"]) {
      for (const reducedMotion of ["no-preference", "reduce"]) {
        test(`no violations: view=${view}, ${theme}, motion ${reducedMotion}`, async () => {
          // Some nodes off and a notice shown, so those states are checked too.
          await withPage(`?view=${view}&theme=${theme}&down=s1,p2&zoom=1`, async (page) => {
            await sleep(1500);
            await page.locator('[data-control="share"]').click();
            const { result, violations } = await runAxe(page);
            assert.deepEqual(violations, []);
            assert.ok(result.passes.length >= 20, `rules that passed: ${result.passes.length}`);
            console.log(`# axe ${view}/${theme}/${reducedMotion}: ${result.passes.length} rules passed, ` +
              `${result.incomplete.length} need review, ${result.inapplicable.length} not applicable`);
          }, { reducedMotion, colorScheme: theme, bypassCSP: true });
        });
      }
    }
  }
  for (const theme of ["light", "dark"]) {
    test(`no violations: tour explaining, library words, versions shown, chart drawn (${theme})`, async () => {
      await withPage(`?theme=${theme}&labels=analogy&tour=5`, async (page) => {
        await page.locator('[data-choice="1"]').check();
        await page.locator('[data-control="tour-commit"]').click();
        await page.locator('[data-control="tour-publish"]').click();
        await page.locator('[data-panel="tour"][data-phase="explain"]').waitFor({ timeout: 15000 });
        await page.locator('[data-panel="scaling"] figure').scrollIntoViewIfNeeded();
        await page.locator('[data-panel="scaling"] [data-status="done"]').waitFor({ timeout: 30000 });
        const { result, violations } = await runAxe(page);
        assert.deepEqual(violations, []);
        console.log(`# axe tour/${theme}: ${result.passes.length} rules passed, ` +
          `${result.incomplete.length} need review, ${result.inapplicable.length} not applicable`);
      }, { colorScheme: theme, bypassCSP: true });
    });
  }
  for (const lang of ["fr", "de", "es"]) {
    test(`no violations in ${lang}: nodes off, a notice, Share, the tour, library words`, async () => {
      await withPage(`?lang=${lang}&down=s1,p2&zoom=1&labels=analogy&tour=3`, async (page) => {
        // Every label in the language (the catalogue has arrived), and <html lang> says so.
        await until(async () => (await page.locator("html").getAttribute("lang")) === lang, `html lang=${lang}`);
        await page.locator('[data-control="share"]').click();
        const { violations } = await runAxe(page);
        assert.deepEqual(violations, []);
      }, { bypassCSP: true });
    });
  }
  test("no violations with dishonest nodes, damaged copies and checking shown", async () => {
    await withPage("?bad=s1,p2&peers=5&speed=4", async (page) => {
      await page.locator(`[data-model="${P2P}"] [data-kind="corrupt"]`).first().waitFor({ timeout: 15000 });
      await page.locator('[data-control="verify"]').check();
      const { violations } = await runAxe(page);
      assert.deepEqual(violations, []);
    }, { bypassCSP: true });
  });
  test("no violations with the Save menu open, its module loaded (French, dark)", async () => {
    await withPage("?lang=fr&theme=dark&down=s1", async (page) => {
      await until(async () => (await page.locator("html").getAttribute("lang")) === "fr", "html lang=fr");
      await page.locator('[data-control="save"]').click();
      await page.locator('[data-control="download-offline"]').waitFor();
      const { violations } = await runAxe(page);
      assert.deepEqual(violations, []);
    }, { bypassCSP: true });
  });
  test("no violations on a 390 px phone with the folded controls opened", async () => {
    await withPage("?down=c2", async (page) => {
      await page.locator('[data-control="more"]').click();
      await page.locator('[data-control="share"]').click();
      const { violations } = await runAxe(page);
      assert.deepEqual(violations, []);
    }, { viewport: { width: 390, height: 844 }, bypassCSP: true });
  });
});

describe("keyboard, touch, motion and screen readers", () => {
  test("Tab reaches the controls and nodes in order; arrows move between nodes", async () => {
    await withPage("", async (page) => {
      const order = [];
      for (let i = 0; i < 21; i++) {
        await page.keyboard.press("Tab");
        order.push(await page.evaluate(() => {
          const e = document.activeElement;
          return e.dataset.control ?? e.dataset.node ?? e.tagName;
        }));
      }
      // The language selector first: it is at the top right of the masthead.
      assert.deepEqual(order, [
        "language", "play-pause", "reset", "tour", "speed", "publish", "labels", "share", "embed", "save",
        "servers", "clients", "s1", "c1", "c2", "c3",
        // The card's trust row: a node, then what it does.
        "trust-node", "dishonest", "publish-from", "peers", "p1",
      ]);
      // Step is skipped while running (disabled), and on a wide screen the "More" group is
      // open with its summary hidden, so Tab goes straight into it (the Save menu inside it
      // is folded: one stop); arrows walk the peers
      // and wrap around.
      await page.keyboard.press("ArrowRight");
      assert.equal(await page.evaluate(() => document.activeElement.dataset.node), "p2");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      assert.equal(await page.evaluate(() => document.activeElement.dataset.node), "p3");
      await page.keyboard.press("Home");
      assert.equal(await page.evaluate(() => document.activeElement.dataset.node), "p1");
      // The focus ring is visible.
      const ring = await page.locator('[data-node="p1"] .focus-ring').evaluate((e) => getComputedStyle(e).stroke);
      assert.notEqual(ring, "none");
      await page.keyboard.press("Enter");
      assert.equal(await page.locator('[data-node="p1"]').getAttribute("aria-pressed"), "true");
    });
  });

  test("a tap switches a node; every node is a big enough target at 320 px", async () => {
    await withSession(env, "?clients=12&peers=12", async (page) => {
      const sizes = await page.locator("[data-node]").evaluateAll((nodes) =>
        nodes.map((n) => { const r = n.getBoundingClientRect(); return Math.min(r.width, r.height); }));
      assert.equal(sizes.length, 1 + 12 + 12);
      assert.ok(Math.min(...sizes) >= 24, `smallest target ${Math.min(...sizes)} px`);
      await page.locator('[data-node="c7"]').tap();
      assert.equal(await page.locator('[data-node="c7"]').getAttribute("data-state"), "down");
      const viewport = await page.locator('meta[name="viewport"]').getAttribute("content");
      assert.doesNotMatch(viewport, /user-scalable=no|maximum-scale=1/, "pinch-zoom allowed");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0);
    }, { viewport: { width: 320, height: 640 }, contextOptions: { hasTouch: true, isMobile: true } });
  });

  test("with reduced motion the page starts paused and says so", async () => {
    await withPage("", async (page) => {
      await page.locator("[data-reduced-motion]").waitFor();
      assert.match(await page.locator('[data-control="play-pause"]').textContent(), /Play/);
      const clock = await page.locator(".clock").textContent();
      await sleep(400);
      assert.equal(await page.locator(".clock").textContent(), clock);
      await page.locator('[data-control="step"]').click();
      assert.notEqual(await page.locator(".clock").textContent(), clock);
    }, { reducedMotion: "reduce" });
  });

  test("the live region and the summary tell what switching the server off did", async () => {
    await withPage("?speed=4", async (page) => {
      await page.locator('[data-node="s1"]').click();
      assert.equal(
        await page.locator('[role="status"].announcement').textContent(),
        "Server 1 switched off. Its 3 clients can no longer be served.",
      );
      await page.locator('[data-control="share"]').click();
      assert.equal(await page.locator('[aria-live], [role="status"]').count(), 1, "one live region");
      const svg = page.locator(`[data-model="${CS}"] svg.network`);
      await until(async () => /0 of 3 clients served/.test(await svg.getAttribute("aria-label")), "summary", 10000);
      assert.match(await svg.getAttribute("aria-label"), /^Client-server network: 1 server, 3 clients; off: server 1/);
    });
  });
});
