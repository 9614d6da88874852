// Accessibility in the real browser: axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation
// on any view, in either theme, with or without reduced motion; keyboard use, touch target
// sizes, reduced motion and the screen-reader summary behave as a person needs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { openPage, sleep, until, useBrowserAndServer } from "./harness.mjs";

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

async function session(query, { reducedMotion = "no-preference", colorScheme = "light", viewport, bypassCSP = false } = {}) {
  const context = await env.browser.newContext({
    viewport: viewport ?? { width: 1280, height: 900 },
    reducedMotion,
    colorScheme,
    // axe is injected as a script of the test's own; the page's CSP would (rightly) refuse it.
    bypassCSP,
  });
  return openPage(env.browser, env.server.url + query, undefined, { context });
}

describe("axe-core", () => {
  const views = ["both", "client-server", "peer-to-peer"];
  for (const view of views) {
    for (const theme of ["light", "dark"]) {
      for (const reducedMotion of ["no-preference", "reduce"]) {
        test(`no violations: view=${view}, ${theme}, motion ${reducedMotion}`, async () => {
          // Some nodes off and a notice shown, so those states are checked too.
          const { page, context, problems } = await session(
            `?view=${view}&theme=${theme}&down=s1,p2&zoom=1`,
            { reducedMotion, colorScheme: theme, bypassCSP: true },
          );
          try {
            await sleep(1500);
            await page.locator('[data-control="share"]').click();
            const { result, violations } = await runAxe(page);
            assert.deepEqual(violations, []);
            assert.ok(result.passes.length >= 20, `rules that passed: ${result.passes.length}`);
            console.log(`# axe ${view}/${theme}/${reducedMotion}: ${result.passes.length} rules passed, ` +
              `${result.incomplete.length} need review, ${result.inapplicable.length} not applicable`);
            assert.deepEqual(problems.consoleErrors, []);
          } finally {
            await context.close();
          }
        });
      }
    }
  }
  for (const theme of ["light", "dark"]) {
    test(`no violations: tour explaining, library words, versions shown, chart drawn (${theme})`, async () => {
      const { page, context, problems } = await session(`?theme=${theme}&labels=analogy&tour=5`, {
        colorScheme: theme,
        bypassCSP: true,
      });
      try {
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
        assert.deepEqual(problems.consoleErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("keyboard, touch, motion and screen readers", () => {
  test("Tab reaches the controls and nodes in order; arrows move between nodes", async () => {
    const { page, context } = await session("");
    try {
      const order = [];
      for (let i = 0; i < 16; i++) {
        await page.keyboard.press("Tab");
        order.push(await page.evaluate(() => {
          const e = document.activeElement;
          return e.dataset.control ?? e.dataset.node ?? e.tagName;
        }));
      }
      assert.deepEqual(order, [
        "play-pause", "speed", "reset", "publish", "labels", "tour", "share", "embed",
        "servers", "clients", "s1", "c1", "c2", "c3", "peers", "p1",
      ]);
      // Step is skipped while running (disabled); arrows walk the peers and wrap around.
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
    } finally {
      await context.close();
    }
  });

  test("a tap switches a node; every node is a big enough target at 320 px", async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const { page } = await openPage(env.browser, env.server.url + "?clients=12&peers=12", undefined, { context });
    try {
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
    } finally {
      await context.close();
    }
  });

  test("with reduced motion the page starts paused and says so", async () => {
    const { page, context } = await session("", { reducedMotion: "reduce" });
    try {
      await page.locator("[data-reduced-motion]").waitFor();
      assert.match(await page.locator('[data-control="play-pause"]').textContent(), /Play/);
      const clock = await page.locator(".clock").textContent();
      await sleep(400);
      assert.equal(await page.locator(".clock").textContent(), clock);
      await page.locator('[data-control="step"]').click();
      assert.notEqual(await page.locator(".clock").textContent(), clock);
    } finally {
      await context.close();
    }
  });

  test("the live region and the summary tell what switching the server off did", async () => {
    const { page, context } = await session("?speed=4");
    try {
      await page.locator('[data-node="s1"]').click();
      assert.equal(
        await page.locator('[role="status"].announcement').textContent(),
        "Server 1 switched off. Its 3 clients can no longer be served.",
      );
      await page.locator('[data-control="share"]').click();
      assert.equal(await page.locator('[aria-live], [role="status"]').count(), 1, "one live region");
      const svg = page.locator('[data-model="client-server"] svg.network');
      await until(async () => /0 of 3 clients served/.test(await svg.getAttribute("aria-label")), "summary", 10000);
      assert.match(await svg.getAttribute("aria-label"), /^Client-server network: 1 server, 3 clients; off: server 1/);
    } finally {
      await context.close();
    }
  });
});
