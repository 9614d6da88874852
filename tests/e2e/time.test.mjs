// Going back in time, as a person does it: dragging the timeline back to before
// the server went off, Step back, a log line that jumps to its moment, a scripted link
// that plays by itself, a Share link that reopens the same frame (also after a resize),
// and the keyboard on the timeline. Read from what the page shows: node states, metrics,
// packets, the slider.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CS, metric, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();

const slider = (page) => page.locator('[data-control="timeline"]');
const now = async (page) => Number(await slider(page).getAttribute("aria-valuenow"));
const server = (page) => page.locator(`[data-model="${CS}"] [data-node="s1"]`);

/** Every packet's id and where it is drawn. */
const packets = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("[data-packet]")]
      .map((p) => `${p.dataset.packet}@${p.getAttribute("transform")}`)
      .sort(),
  );

/** Drags the timeline's handle to `fraction` of its width. */
async function dragTo(page, fraction) {
  await slider(page).scrollIntoViewIfNeeded();
  const box = await slider(page).boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * (fraction + 0.2), y, { steps: 3 });
  await page.mouse.move(box.x + box.width * fraction, y, { steps: 3 });
  await page.mouse.up();
}

describe("time", () => {
  test("dragging the timeline back before the server went off shows its clients served", async () => {
    await withSession(env, "?speed=4", async (page) => {
      await until(async () => (await now(page)) > 6, "6 s of session", 20000);
      await server(page).click();
      await until(async () => (await metric(page, CS, "availability")) === "0", "0 % available", 30000);
      const off = await now(page);
      assert.equal(await server(page).getAttribute("data-state"), "down");
      // The plot shows the fall: client-server points at 0 after the switch.
      const low = page.locator('[data-series="cs-availability"] [data-value="0.000"]');
      await until(async () => (await low.count()) > 0, "a point at 0 on the plot");
      assert.ok((await page.locator('[data-series="p2p-availability"] [data-t]').count()) > 3);
      // Back to the first fifth of the session: before the switch.
      await dragTo(page, 0.15);
      const back = await now(page);
      assert.ok(back < off - 3, `sought back to ${back} s (switched at ${off} s)`);
      assert.equal(await server(page).getAttribute("data-state"), "up");
      assert.equal(await metric(page, CS, "availability"), "100");
      assert.match(await slider(page).getAttribute("aria-valuetext"), /^t = [\d.]+ s; availability: client-server 100 %/);
      // Acting back there starts a new future and says so; Undo brings the old one back.
      await server(page).click();
      assert.match(await page.locator('[role="status"]').first().textContent(), /everything recorded after that moment is gone/);
      await page.locator('[data-control="undo"]').click();
      assert.match(await page.locator('[role="status"]').first().textContent(), /is back/);
      assert.equal(await page.locator('[data-control="undo"]').isDisabled(), true, "undo once");
    });
  });

  test("Step back goes a quarter second back; a log line jumps to its moment", async () => {
    await withSession(env, "?speed=4", async (page) => {
      await until(async () => (await now(page)) > 4, "4 s of session", 20000);
      await server(page).click();
      await until(async () => (await now(page)) > 10, "10 s of session", 20000);
      await page.locator('[data-control="play-pause"]').click();
      const paused = await now(page);
      await page.locator('[data-control="step-back"]').click();
      assert.ok(Math.abs((await now(page)) - (paused - 0.25)) < 0.011, `${paused} → ${await now(page)}`);
      // The log line of the switch knows its moment and takes the page there.
      const line = page.locator(`[data-model="${CS}"] .log [data-at]`).filter({ hasText: /off/i }).first();
      const at = Number(await line.getAttribute("data-at"));
      await line.click();
      assert.ok(Math.abs((await now(page)) - at) < 0.011, `jumped to ${await now(page)}, line at ${at}`);
      assert.equal(await server(page).getAttribute("data-state"), "down");
    });
  });

  test("a scripted link switches the server off at 2 s with nobody clicking", async () => {
    await withSession(env, "?speed=4&script=2:off:s1,4:on:s1", async (page) => {
      assert.equal(await server(page).getAttribute("data-state"), "up");
      await until(async () => (await server(page).getAttribute("data-state")) === "down", "s1 off by the script");
      await until(async () => (await server(page).getAttribute("data-state")) === "up", "s1 back on by the script");
      const marks = page.locator('[data-control="timeline"] [data-mark]');
      assert.deepEqual(
        await marks.evaluateAll((m) => m.map((e) => `${e.dataset.mark}@${e.dataset.t}`)),
        ["switch-off@2.00", "switch-on@4.00"],
      );
    });
  });

  test("a Share link reopens the same frame, paused, with the packets where they were", async () => {
    let link;
    let shown;
    await withSession(env, "?speed=4", async (page) => {
      await until(async () => (await now(page)) > 3, "3 s of session", 20000);
      await server(page).click();
      await until(async () => (await now(page)) > 6, "6 s of session", 20000);
      await page.locator('[data-control="play-pause"]').click();
      shown = { t: await now(page), packets: await packets(page), state: await server(page).getAttribute("data-state") };
      await page.locator('[data-control="share"]').click();
      link = await page.locator("[data-share-text]").inputValue();
    });
    assert.match(link, /script=\d+ds1&t=[\d.]+$/);
    await withSession(env, link.slice(link.indexOf("?")), async (page) => {
      assert.equal(await page.locator('[data-control="play-pause"]').textContent(), "Play");
      assert.ok(Math.abs((await now(page)) - shown.t) < 0.011);
      assert.equal(await server(page).getAttribute("data-state"), shown.state);
      assert.ok(shown.packets.length > 0, "packets were in flight");
      assert.deepEqual(await packets(page), shown.packets);
    });
  });

  // Sizes are script actions, so the link stays exact.
  test("after the networks are resized, a Share link still reopens the same frame", async () => {
    let link;
    let shown;
    const nodes = (page) => page.locator("[data-node]").count();
    const c5 = (page) => page.locator(`[data-model="${CS}"] [data-node="c5"]`);
    await withSession(env, "?speed=4", async (page) => {
      await until(async () => (await now(page)) > 2, "2 s of session", 20000);
      await page.locator('[data-control="clients"]').selectOption("6");
      await page.locator('[data-control="peers"]').selectOption("5");
      await until(async () => (await now(page)) > 4, "4 s of session", 20000);
      await c5(page).click();
      await until(async () => (await now(page)) > 6, "6 s of session", 20000);
      await page.locator('[data-control="play-pause"]').click();
      shown = {
        t: await now(page),
        packets: await packets(page),
        nodes: await nodes(page),
        state: await c5(page).getAttribute("data-state"),
      };
      await page.locator('[data-control="share"]').click();
      link = await page.locator("[data-share-text]").inputValue();
    });
    assert.match(link, /script=\d*c6,\d*m5,\d*dc5&t=[\d.]+$/);
    await withSession(env, link.slice(link.indexOf("?")), async (page) => {
      assert.ok(Math.abs((await now(page)) - shown.t) < 0.011);
      assert.equal(await nodes(page), shown.nodes);
      assert.equal(await c5(page).getAttribute("data-state"), shown.state);
      assert.ok(shown.packets.length > 0, "packets were in flight");
      assert.deepEqual(await packets(page), shown.packets);
    });
  });

  test("the timeline works from the keyboard", async () => {
    await withSession(env, "?speed=4", async (page) => {
      await until(async () => (await now(page)) > 24, "24 s of session", 30000);
      await page.locator('[data-control="play-pause"]').click();
      const end = await now(page);
      await slider(page).focus();
      await page.keyboard.press("PageDown");
      assert.ok(Math.abs((await now(page)) - (end - 10)) < 0.011);
      await page.keyboard.press("ArrowLeft");
      assert.ok(Math.abs((await now(page)) - (end - 11)) < 0.011);
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("PageUp");
      assert.ok(Math.abs((await now(page)) - end) < 0.011);
      await page.keyboard.press("Home");
      assert.equal(await now(page), 0);
      await page.keyboard.press("End");
      assert.ok(Math.abs((await now(page)) - end) < 0.011);
      assert.equal(await slider(page).getAttribute("role"), "slider");
    });
  });
});
