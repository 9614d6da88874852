// The page in French, German and Spanish, as a learner meets it: a link with `lang=`, the
// selector, the browser's own languages, the choice remembered for the next visit, and a
// catalogue that fails to load (the page keeps English and says so).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CS, DIST, P2P, count, metricText, openPage, sleep, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();
const withPage = (query, check, options) => withSession(env, query, check, options);

const serverName = (page) => page.locator(`[data-model="${CS}"] [data-node="s1"]`).getAttribute("aria-label");

/** Waits until the page speaks `name` for server 1 (the catalogue has arrived). */
const speaks = (page, name) => until(async () => (await serverName(page)) === name, `server 1 called ${name}`);

describe("a link with lang=", () => {
  test("lang=fr: switching the server off is announced in French, and the page is French", async () => {
    await withPage("?lang=fr", async (page) => {
      await speaks(page, "Serveur 1");
      assert.equal(await page.locator("html").getAttribute("lang"), "fr");
      assert.match(await page.title(), /client-serveur/);
      assert.equal(await page.locator("h1").textContent(), "Réseaux client-serveur et pair-à-pair");
      await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
      const announced = await until(async () => {
        const text = await page.locator('[role="status"].announcement').textContent();
        return /serveur 1/i.test(text) && text;
      }, "the French announcement");
      assert.match(announced, /Le serveur 1 .*clients ne peuvent plus être servis/);
      // Numbers in the language's own style: a French percentage has its space.
      await until(async () => /^\d+\s%$/u.test(await metricText(page, P2P, "availability")), "a French percentage");
    });
  });

  test("lang=fr&tour=3: the tour's third step is in French", async () => {
    await withPage("?lang=fr&tour=3", async (page) => {
      await speaks(page, "Serveur 1");
      assert.equal(await page.locator("#tour-title").textContent(), "Un point de défaillance unique");
      assert.equal(await page.locator("[data-tour-progress]").textContent(), "Étape 3 sur 9");
      assert.equal(await page.locator('[data-control="tour-commit"]').textContent(), "Valider ma prédiction");
    });
  });

  test("lang=fr&view=scaling: the chart's title, axes and reading are in French", async () => {
    await withPage("?lang=fr&view=scaling", async (page) => {
      const title = page.locator("#scaling-title");
      await until(async () => (await title.textContent()).startsWith("Quel modèle"), "the French title");
      assert.match(await page.locator(".chart").textContent(), /Destinataires N.*Temps pour finir \(heures\)/s);
      assert.match(await page.locator(".chart-key").textContent(), /Client-serveur.*Pair-à-pair/s);
      await page.locator('[data-panel="scaling"] [data-status="done"]').waitFor({ timeout: 30000 });
      assert.match(await page.locator("[data-readout]").textContent(), /^Avec \d+ destinataires\s:\sle client-serveur nécessite au moins \d+,\d\d\sh/u);
    }, { waitFor: '[data-panel="scaling"]' });
  });

  test("an unknown lang gets a notice and English", async () => {
    await withPage("?lang=xx", async (page) => {
      await page.locator('[data-notice="lang"]').waitFor();
      await sleep(500);
      assert.equal(await serverName(page), "Server 1");
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
    });
  });

  test("German fits a 320 px wide screen", async () => {
    await withPage("?lang=de", async (page) => {
      await speaks(page, "Server 1");
      await until(async () => (await page.locator("h1").textContent()).includes("Netze"), "German heading");
      await page.locator('[data-control="more"]').click();
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(widths[0] <= widths[1], `page ${widths[0]} px wide on a ${widths[1]} px screen`);
    }, { viewport: { width: 320, height: 640 } });
  });
});

describe("choosing", () => {
  test("the selector switches language, keeps the counts, goes into Share and is remembered", async () => {
    await withPage("", async (page) => {
      await until(async () => (await count(page, CS, "answered")) > 0, "an answer");
      await page.locator('[data-control="play-pause"]').click();
      const counts = () => Promise.all(["sent", "answered", "failed"].map((m) => count(page, CS, m)));
      const before = await counts();
      const language = page.getByLabel("Language");
      assert.equal(await language.getAttribute("data-control"), "language");
      assert.deepEqual(await language.locator("option").allTextContents(), ["English", "Français", "Deutsch", "Español"]);
      await language.selectOption("es");
      await speaks(page, "Servidor 1");
      assert.equal(await page.locator('[data-control="play-pause"]').textContent(), "Reproducir");
      assert.deepEqual(await counts(), before, "counts kept");
      await page.locator('[data-control="share"]').click();
      assert.match(await page.locator("[data-share-text]").inputValue(), /[?&]lang=es(&|$)/);
      await page.locator('[data-control="embed"]').click();
      assert.match(await page.locator("[data-share-text]").inputValue(), /title="netmodels: redes cliente-servidor y entre pares"/);
      // Back to English: the catalogue is built in, so at once.
      await page.getByLabel("Idioma").selectOption("en");
      await speaks(page, "Server 1");
      await page.getByLabel("Language").selectOption("de");
      await until(async () => (await page.locator("html").getAttribute("lang")) === "de", "html lang=de");
      assert.deepEqual(await counts(), before, "counts kept");
      // A second visit without lang= speaks the language chosen on the first.
      await page.goto(env.server.url);
      await until(async () => (await page.locator("h1").textContent()) === "Client-Server- und Peer-to-Peer-Netze", "German on the second visit");
      assert.equal(await page.getByLabel("Sprache").inputValue(), "de");
    });
  });

  test("with no link or earlier choice, the browser's preferred languages decide", async () => {
    await withPage("", async (page) => {
      await speaks(page, "Servidor 1");
      assert.equal(await page.locator("html").getAttribute("lang"), "es");
    }, { contextOptions: { locale: "es-MX" } });
  });
});

describe("loading", () => {
  test("a catalogue that fails to load keeps English, with a notice", async () => {
    const browser = env.browser;
    const context = await browser.newContext();
    await context.route("**/lang/de.ftl", (route) => route.fulfill({ status: 404, body: "not found" }));
    const session = await openPage(browser, env.server.url + "?lang=de", undefined, { context });
    try {
      const { page } = session;
      await page.locator('[data-notice="lang-load"]').waitFor();
      assert.match(await page.locator('[data-notice="lang-load"]').textContent(), /could not be loaded/);
      assert.equal(await serverName(page), "Server 1");
      assert.equal(await page.locator('[data-control="language"]').inputValue(), "en", "the selector shows English");
      // Still usable: a click switches a node off.
      await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
      await until(async () => (await page.locator(`[data-model="${CS}"] [data-node="s1"]`).getAttribute("data-state")) === "down", "s1 off");
      // The browser's own line about the 404 is the only console error.
      assert.deepEqual(session.problems.consoleErrors.filter((e) => !/404/.test(e)), []);
    } finally {
      await context.close();
    }
  });

  test("a catalogue carried by the document is read from it, without a fetch", async () => {
    const french = readFileSync(join(DIST, "lang", "fr.ftl"), "utf8");
    const context = await env.browser.newContext();
    const fetched = [];
    await context.route("**/lang/fr.ftl", (route) => {
      fetched.push(route.request().url());
      return route.fulfill({ status: 404, body: "" });
    });
    await context.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "</body>",
        `<script type="text/x-fluent" data-lang="fr">${french}</script></body>`,
      );
      return route.fulfill({ response, body: html });
    });
    const session = await openPage(env.browser, env.server.url + "?lang=fr", undefined, { context });
    try {
      await speaks(session.page, "Serveur 1");
      assert.deepEqual(fetched, []);
    } finally {
      await context.close();
    }
  });
});
