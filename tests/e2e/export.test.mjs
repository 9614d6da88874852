// Taking things away: the offline copy (dist/offline.html), opened from file:// with no
// server, starts in the scene written into it, works (a server off fails its clients) and
// sends no request anywhere; printing gives a clean handout.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CS, DIST, count, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();
const OFFLINE_LIMIT = 1_000_000;

test(`the offline copy is under ${OFFLINE_LIMIT / 1e6} MB and works from file:// with no request leaving it`, async () => {
  const size = statSync(join(DIST, "offline.html")).size;
  console.log(`size offline.html: ${size} B`);
  assert.ok(size < OFFLINE_LIMIT, `${size} B`);

  const query = "?clients=3&peers=4&down=p2";
  const dir = mkdtempSync(join(tmpdir(), "netmodels-offline-"));
  try {
    // A scene written into the copy, as a course designer may: a link's query in its <meta>.
    const copy = readFileSync(join(DIST, "offline.html"), "utf8").replace(
      '<meta name="netmodels-scene" content="">',
      `<meta name="netmodels-scene" content="${query.slice(1).replaceAll("&", "&amp;")}">`,
    );
    const file = join(dir, "netmodels-offline.html");
    (await import("node:fs")).writeFileSync(file, copy);

    const address = pathToFileURL(file).href;
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    const requests = [];
    try {
      const page = await context.newPage();
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`CSP: ${e.violatedDirective} refused ${e.blockedURI || "inline"}`),
        ),
      );
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      page.on("pageerror", (e) => problems.push(String(e)));
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(address);
      await page.locator("[data-node]").first().waitFor();
      // The saved scenario: three clients, peer 2 off.
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 3);
      assert.equal(await page.locator('[data-model="peer-to-peer"] [data-node="p2"]').getAttribute("data-state"), "down");
      await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
      await until(async () => (await count(page, CS, "failed")) > 0, "clients to fail with the server off");
      assert.deepEqual(requests.filter((u) => u !== address && !u.startsWith("data:") && !u.startsWith("blob:")), []);
      assert.deepEqual(problems, [], "no console error and no CSP violation");
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("printing gives the diagrams, their numbers and the lesson line, without the controls", async () => {
  await withSession(env, "?clients=3&peers=4&theme=dark", async (page) => {
    await page.emulateMedia({ media: "print" });
    const shown = (selector) => page.locator(selector).first().isVisible();
    for (const selector of [`[data-model="${CS}"] [data-node="s1"]`, '[data-metric="failed"]', ".insight", ".legend"]) {
      assert.equal(await shown(selector), true, `${selector} is printed`);
    }
    for (const selector of [".controls", '[data-control="reset"]', '[data-control="receivers"]']) {
      assert.equal(await shown(selector), false, `${selector} is not printed`);
    }
    // On white paper, whatever the screen's theme.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, "rgb(255, 255, 255)");
  });
});
