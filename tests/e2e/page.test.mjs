// The built page, used the way a person uses it: click the server, watch the numbers,
// use the keyboard and the controls. Runs against dist/ from `trunk build --release`.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, P2P, count, metric, openPage, sleep, until, useBrowserAndServer, withSession } from "./harness.mjs";


const env = useBrowserAndServer();

const withPage = (run, viewport) => withSession(env, "", run, { viewport });

describe("the page", () => {
  test("shows both networks as the article draws them, with packets moving", async () => {
    await withPage(async (page) => {
      const cs = page.locator(`[data-model="${CS}"]`);
      const p2p = page.locator(`[data-model="${P2P}"]`);
      assert.equal(await cs.locator('[data-role="server"]').count(), 1);
      assert.equal(await cs.locator('[data-role="client"]').count(), 3);
      assert.equal(await p2p.locator('[data-role="peer"]').count(), 3);
      const server = cs.locator('[data-node="s1"]');
      assert.equal(await server.getAttribute("role"), "button");
      assert.equal(await server.getAttribute("tabindex"), "0");
      assert.equal(await server.getAttribute("aria-pressed"), "false");
      assert.equal(await server.getAttribute("aria-label"), "Server 1");
      assert.equal(await server.getAttribute("data-state"), "up");
      // Packets appear, each with an id and a kind, and they move.
      const packet = await until(async () => {
        const p = page.locator("[data-packet]").first();
        return (await p.count()) ? p : null;
      }, "a packet");
      assert.match(await packet.getAttribute("data-kind"), /^(request|response|dropped)$/);
      // Packets travel along the links: some packet still on its way 100 ms later has
      // moved, and every request or answer is drawn on a link of its own diagram (centre
      // of what is drawn, in the drawing's units, which the links layer shares). Packets
      // live well under a second, so look at all of them in one go, inside the page.
      const travel = await until(
        () =>
          page.evaluate(async () => {
            const centres = () =>
              new Map(
                [...document.querySelectorAll("[data-packet]")].map((p) => {
                  const box = p.getBBox();
                  const links = [...p.closest("[data-model]").querySelectorAll(".links-layer line")].map((l) =>
                    ["x1", "y1", "x2", "y2"].map((a) => Number(l.getAttribute(a))),
                  );
                  return [p.dataset.packet, { kind: p.dataset.kind, x: box.x + box.width / 2, y: box.y + box.height / 2, links }];
                }),
              );
            // Distance from a point to a segment, in drawing units.
            const away = ({ x, y }, [x1, y1, x2, y2]) => {
              const [dx, dy] = [x2 - x1, y2 - y1];
              const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
              return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
            };
            const before = centres();
            await new Promise((ok) => setTimeout(ok, 100));
            const after = centres();
            const moved = [...after].filter(([id, p]) => before.has(id) && (before.get(id).x !== p.x || before.get(id).y !== p.y));
            if (!moved.length) return null;
            const offLink = [...before.values(), ...after.values()]
              .filter((p) => p.kind !== "dropped" && !p.links.some((l) => away(p, l) < 0.5))
              .map((p) => `${p.kind} at ${p.x.toFixed(1)},${p.y.toFixed(1)}`);
            return { moved: moved.length, offLink };
          }),
        "a packet that moves",
      );
      assert.ok(travel.moved > 0);
      assert.deepEqual(travel.offLink, [], "every travelling packet is on a link");
      await until(async () => (await count(page, CS, "answered")) > 0, "a first answer");
    });
  });

  test("switching the server off fails every client while peers keep being answered", async () => {
    await withPage(async (page) => {
      await page.locator('[data-control="speed"]').selectOption("4");
      await until(async () => (await count(page, CS, "answered")) >= 3, "client-server answers");
      await until(async () => (await count(page, P2P, "answered")) >= 3, "peer answers");
      const failedBefore = await count(page, CS, "failed");
      assert.equal(failedBefore, 0);

      const server = page.locator(`[data-model="${CS}"] [data-node="s1"]`);
      await server.click();
      assert.equal(await server.getAttribute("data-state"), "down");
      assert.equal(await server.getAttribute("aria-pressed"), "true");
      assert.match(await page.locator('[role="status"]').textContent(), /Server 1 switched off/);
      assert.match(
        await page.locator(`[data-model="${CS}"] .insight`).textContent(),
        /single point of failure/,
      );

      // Responses already on their way may still land; after that, nothing is answered.
      await sleep(1000);
      const answered = await count(page, CS, "answered");
      const peersAnswered = await count(page, P2P, "answered");
      await until(async () => (await count(page, CS, "failed")) >= 3, "client requests failing");
      await sleep(2000);
      assert.equal(await count(page, CS, "answered"), answered, "no client is answered");
      assert.ok((await count(page, P2P, "answered")) > peersAnswered, "peers still answered");
      await until(
        async () => page.locator(`[data-model="${CS}"] [data-kind="dropped"]`).count(),
        "a packet visibly dropped at the server",
      );
      await until(async () => (await metric(page, CS, "availability")) === "0", "0 % available", 20000);

      // Back on: answers resume within a few seconds.
      await server.click();
      assert.equal(await server.getAttribute("data-state"), "up");
      await until(
        async () => (await count(page, CS, "answered")) > answered,
        "answers after the server is back",
        6000,
      );
    });
  });

  test("one peer off: the others are still served", async () => {
    await withPage(async (page) => {
      await page.locator('[data-control="speed"]').selectOption("4");
      await page.locator(`[data-model="${P2P}"] [data-node="p2"]`).click();
      await sleep(6000); // 24 simulated seconds: beyond the availability window
      assert.equal(await count(page, P2P, "failed"), 0);
      assert.equal(await metric(page, P2P, "availability"), "100");
      assert.ok((await count(page, P2P, "answered")) > 10);
    });
  });

  test("nodes work from the keyboard, and Space on the page pauses and resumes", async () => {
    await withPage(async (page) => {
      const peer = page.locator(`[data-model="${P2P}"] [data-node="p2"]`);
      await peer.focus();
      await page.keyboard.press("Enter");
      assert.equal(await peer.getAttribute("data-state"), "down");
      await page.keyboard.press("Space");
      assert.equal(await peer.getAttribute("data-state"), "up");
      const playPause = page.locator('[data-control="play-pause"]');
      assert.match(await playPause.textContent(), /Pause/, "Space on a node did not pause");

      await page.locator("h1").click();
      await page.keyboard.press("Space");
      assert.match(await playPause.textContent(), /Play/);
      await page.keyboard.press("Space");
      assert.match(await playPause.textContent(), /Pause/);
    });
  });

  test("pause freezes everything, step advances, reset starts the counts over on one clock", async () => {
    await withPage(async (page) => {
      await until(async () => (await count(page, CS, "sent")) > 0, "traffic");
      const clock = page.locator(".clock");
      await page.locator('[data-control="play-pause"]').click();
      const frozen = await clock.textContent();
      const sent = await count(page, CS, "sent");
      await sleep(500);
      assert.equal(await clock.textContent(), frozen);
      assert.equal(await count(page, CS, "sent"), sent);

      const t = (s) => Number.parseFloat(s.replace("t = ", ""));
      await page.locator('[data-control="step"]').click();
      await page.locator('[data-control="step"]').click();
      assert.ok(Math.abs(t(await clock.textContent()) - t(frozen) - 0.5) < 0.11);

      const before = t(await clock.textContent());
      await page.locator('[data-control="reset"]').click();
      assert.equal(await count(page, CS, "sent"), 0);
      // The clock is the session's: Reset restarts the networks, not the time scripts name.
      assert.ok(t(await clock.textContent()) >= before, await clock.textContent());
    });
  });

  test("sizes, including several servers, can be changed in the page", async () => {
    await withPage(async (page) => {
      await page.locator('[data-control="clients"]').selectOption("12");
      await page.locator('[data-control="peers"]').selectOption("7");
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 12);
      assert.equal(await page.locator(`[data-model="${P2P}"] [data-role="peer"]`).count(), 7);
      await page.locator('[data-control="clients"]').selectOption("1");
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 1);
      // Several servers: switching one off cuts off only its own clients.
      await page.locator('[data-control="clients"]').selectOption("4");
      await page.locator('[data-control="servers"]').selectOption("2");
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="server"]`).count(), 2);
      await page.locator('[data-control="speed"]').selectOption("4");
      await page.locator('[data-node="s1"]').click();
      assert.match(
        await page.locator(`[data-model="${CS}"] .insight`).textContent(),
        /only its own clients/,
      );
      await until(async () => (await count(page, CS, "failed")) >= 2, "s1's clients failing");
      const answered = await count(page, CS, "answered");
      await until(async () => (await count(page, CS, "answered")) > answered + 2, "s2's clients answered");
    });
  });

  test("after a resize the drawing shows one line per link: a client to its server, every pair of peers", async () => {
    await withPage(async (page) => {
      // What a person sees as lines in a diagram's links layer: shapes with a length, a
      // stroke and no hiding; dashed ones are the cut links.
      const lines = (model) =>
        page.evaluate((model) => {
          const shown = [...document.querySelectorAll(`[data-model="${model}"] .links-layer *`)].filter((e) => {
            if (!(e instanceof SVGGeometryElement) || e.getTotalLength() === 0) return false;
            for (let n = e; n instanceof SVGElement; n = n.parentElement) {
              const style = getComputedStyle(n);
              if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) return false;
            }
            const style = getComputedStyle(e);
            return style.stroke !== "none" && Number(style.strokeOpacity) > 0 && Number.parseFloat(style.strokeWidth) > 0;
          });
          const cut = shown.filter((e) => getComputedStyle(e).strokeDasharray !== "none").length;
          // The other side of the rule: how many peers are on, from the nodes' own state.
          const peersUp = document.querySelectorAll(`[data-model="${model}"] [data-role="peer"][data-state="up"]`).length;
          return { shown: shown.length, cut, peersUp };
        }, model);
      const pairs = (n) => (n * (n - 1)) / 2;
      // The drawing follows the next frame: look again for a while, then compare.
      const settled = async (model, expected) => {
        let seen;
        for (let tries = 0; tries < 50; tries++) {
          seen = await lines(model);
          if (expected(seen)) break;
          await sleep(100);
        }
        return seen;
      };
      const expectLines = async (model, want) =>
        assert.deepEqual(await settled(model, (l) => JSON.stringify(l) === JSON.stringify(want)), want, model);
      await expectLines(CS, { shown: 3, cut: 0, peersUp: 0 });
      await page.locator('[data-control="servers"]').selectOption("2");
      await page.locator('[data-control="clients"]').selectOption("12");
      await page.locator('[data-control="peers"]').selectOption("7");
      await expectLines(CS, { shown: 12, cut: 0, peersUp: 0 });
      await expectLines(P2P, { shown: pairs(7), cut: 0, peersUp: 7 });
      // One peer off: its six links are drawn cut, the others stay as they were.
      await page.locator(`[data-model="${P2P}"] [data-node="p3"]`).click();
      await expectLines(P2P, { shown: pairs(7), cut: 6, peersUp: 6 });
      // Smaller again: every pair of the five peers, cut wherever an end is off.
      await page.locator('[data-control="peers"]').selectOption("5");
      const five = await settled(P2P, (l) => l.shown === pairs(5));
      assert.equal(five.shown, pairs(5));
      assert.equal(five.cut, pairs(5) - pairs(five.peersUp));
      await page.locator('[data-control="clients"]').selectOption("4");
      assert.equal((await settled(CS, (l) => l.shown === 4)).shown, 4);
    });
  });

  test("a narrow phone screen stacks the diagrams without horizontal scrolling", async () => {
    await withPage(async (page) => {
      const [cs, p2p] = await Promise.all(
        [CS, P2P].map((m) => page.locator(`[data-model="${m}"]`).boundingBox()),
      );
      assert.ok(p2p.y > cs.y + cs.height - 1, "stacked");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0);
    }, { width: 320, height: 700 });
  });

  test("at 1280 × 800 the tour sits beside the network: the question and every node in sight", async () => {
    const viewport = { width: 1280, height: 800 };
    /** What of `selector` lies outside the window, as "selector #i" lines (none: all in sight). */
    const outOfSight = (page, selector) =>
      page.locator(selector).evaluateAll((elements, [w, h]) => elements.flatMap((e, i) => {
        const r = e.getBoundingClientRect();
        const inside = r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w;
        return inside ? [] : [`${e.dataset.node ?? e.tagName} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.bottom)}`];
      }), [viewport.width, viewport.height]);
    await withPage(async (page) => {
      await page.locator('[data-control="tour"]').click();
      const tour = page.locator('[data-panel="tour"]');
      // Every network step (the last one is about the chart): the question and both
      // networks, without scrolling.
      for (let step = 1; step <= 7; step++) {
        await page.locator(`[data-panel="tour"][data-step="${step}"]`).waitFor();
        assert.deepEqual(await outOfSight(page, '[data-panel="tour"] legend'), [], `step ${step}: the question`);
        assert.deepEqual(await outOfSight(page, "[data-node]"), [], `step ${step}: the nodes`);
        if (step === 3) {
          // Predict, then watch the server go off: the task and the nodes are still in sight.
          await page.locator('[data-choice="0"]').check();
          await page.locator('[data-control="tour-commit"]').click();
          await tour.locator("[data-task]").waitFor();
          assert.deepEqual(await outOfSight(page, "[data-panel=\"tour\"] [data-task]"), [], "step 3: the task");
          assert.deepEqual(await outOfSight(page, "[data-node]"), [], "step 3 while acting: the nodes");
        }
        await page.locator('[data-control="tour-next"]').click();
      }
    }, viewport);
  });

  test("on a 390 px phone the diagrams use the width and the control bar keeps to two rows", async () => {
    await withPage(async (page) => {
      const width = 390;
      // The bar's rows: its visible items grouped by their vertical middles (items of one
      // row are centred on one line; rows are a 44 px button apart).
      const rows = () => page.locator(".controls").evaluate((bar) => {
        const middles = [...bar.querySelectorAll(":scope > :not(details), .more > summary")]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => r.top + r.height / 2)
          .sort((a, b) => a - b);
        return middles.filter((m, i) => i === 0 || m - middles[i - 1] > 20).length;
      });
      assert.ok((await rows()) <= 2, `control bar rows: ${await rows()}`);

      for (const model of [CS, P2P]) {
        const drawing = await page.locator(`[data-model="${model}"] svg.network`).evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          const view = svg.viewBox.baseVal;
          const label = svg.querySelector(".node-id");
          return {
            width: box.width,
            ratio: box.width / box.height,
            viewRatio: view.width / view.height,
            // The label's size on the screen: its font size in drawing units, scaled.
            labelPx: Number.parseFloat(getComputedStyle(label).fontSize) * (box.width / view.width),
          };
        });
        assert.ok(drawing.width >= 0.9 * width, `${model} drawing ${drawing.width} px of ${width}`);
        assert.ok(Math.abs(drawing.ratio - drawing.viewRatio) < 0.01, `${model}: the stage has the drawing's shape`);
        assert.ok(drawing.labelPx >= 13, `${model} node labels ${drawing.labelPx.toFixed(1)} px`);
      }

      // The less-used controls are folded under More, and one tap away.
      const grouped = ["speed", "publish", "labels", "share", "embed"];
      for (const name of grouped) {
        assert.equal(await page.locator(`[data-control="${name}"]`).isVisible(), false, `${name} folded`);
      }
      await page.locator('[data-control="more"]').click();
      for (const name of grouped) {
        assert.equal(await page.locator(`[data-control="${name}"]`).isVisible(), true, `${name} shown`);
      }
      await page.locator('[data-control="speed"]').selectOption("4");
      await page.locator('[data-control="share"]').click();
      assert.match(await page.locator(".share-panel textarea").inputValue(), /speed=4/);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0);
    }, { width: 390, height: 844 });
  });

  test("the page runs under its strict Content-Security-Policy, from boot to the last click", async () => {
    await withSession(env, "", async (page, session) => {
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"]) {
        assert.ok(csp.includes(directive), directive);
      }
      assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
      // No inline style: CSP refuses a style attribute in markup or set with setAttribute
      // (the recorder would catch that too). The one thing allowed is what the CSSOM sets,
      // which CSP permits: the load bars' split, a custom property.
      const styled = await page.locator("[style]").evaluateAll((elements) => elements.map((e) => e.getAttribute("style")));
      assert.deepEqual(styled.filter((style) => !/^--share: [\d.]+%;$/.test(style)), [], "no inline style");
      // What draws or changes the page after boot: a node off, a size change, Publish, the
      // tour, the Share panel, the chart. The recorder listens until the session closes.
      await page.locator('[data-node="s1"]').click();
      await page.locator('[data-control="peers"]').selectOption("5");
      await page.locator('[data-control="publish"]').click();
      await page.locator('[data-control="tour"]').click();
      await page.locator('[data-control="share"]').click();
      // The chart simulates only once it is scrolled into view.
      await page.locator('[data-panel="scaling"]').scrollIntoViewIfNeeded();
      await page.locator('[data-panel="scaling"] [data-status="done"]').waitFor({ timeout: 30000 });
      await sleep(500);
      assert.deepEqual(session.problems.cspViolations, []);
    });
  });

  test("the CSP check can fail: an inline style in the page is caught before any script runs", async () => {
    // The recorder's own test: the same page with an inline style attribute added to its
    // HTML, which the browser refuses while parsing, before the page's scripts start.
    const context = await env.browser.newContext();
    await context.route("**/*", async (route) => {
      const response = await route.fetch();
      const type = response.headers()["content-type"] ?? "";
      if (!type.startsWith("text/html")) return route.fulfill({ response });
      // The release HTML is minified (`<main id=app>`), so match either spelling, and make
      // sure the style really went in: a test that injects nothing would wait in vain.
      const original = await response.text();
      const html = original.replace(/<main id="?app"?>/, '<main id="app" style="outline: 1px solid red">');
      assert.notEqual(html, original, "the inline style was added to the page");
      return route.fulfill({ response, body: html });
    });
    try {
      const { page, problems } = await openPage(env.browser, env.server.url, undefined, { context });
      await until(() => problems.cspViolations.length > 0, "the inline style's violation", 5000);
      assert.match(problems.cspViolations[0], /^style-src/);
      // And after boot, a click that makes the page break its policy is caught too.
      const before = problems.cspViolations.length;
      await page.locator('[data-node="s1"]').evaluate((node) => {
        node.addEventListener("click", () => document.body.setAttribute("style", "color: red"));
      });
      await page.locator('[data-node="s1"]').click();
      await until(() => problems.cspViolations.length > before, "the violation after the click", 5000);
    } finally {
      await context.close();
    }
  });
});
