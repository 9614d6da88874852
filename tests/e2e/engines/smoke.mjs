// The smoke subset of the browser tests, written once and run in each engine a classroom
// uses (Chromium; Firefox; WebKit, the engine of Safari on iPads): the page loads; a
// server switched off fails its clients while peer-to-peer carries on; a tour step is
// predicted, acted and judged; a Share link reopens the same state; the chart alone
// fills in; a student joins a live classroom (classroom.mjs). The full suite (../*.test.mjs) stays in Chromium; this asks only whether the
// page works at all in the other engines, through WebDriver, as a person would use it.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { By } from "selenium-webdriver";
import { Select } from "selenium-webdriver/lib/select.js";
import { serveStatic, sleep, until } from "../harness.mjs";
import { launchEngine } from "./drivers.mjs";
import { protocolTeacher, startClassroom } from "./classroom.mjs";

const CS = "client-server";
const P2P = "peer-to-peer";

/** Generous for a slow engine on a shared machine; a hung browser still ends the test. */
const TEST_TIMEOUT = 120_000;

/** Declares the smoke tests for `engine` ("chromium", "firefox" or "webkit"). */
export function smokeTests(engine) {
  const env = {};
  before(async () => {
    env.server = await serveStatic();
    env.engine = await launchEngine(engine);
    env.driver = env.engine.driver;
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });

  /**
   * Opens the page at `query`, waits for `ready`, runs `check(driver)`, and then demands
   * that no script error or panic message appeared meanwhile. (WebDriver cannot read
   * every engine's console, so errors are collected in the page from load on, and a
   * panic shows in the page's own error box.)
   */
  async function withPage(query, check, ready = "[data-node]") {
    const { driver } = env;
    const started = Date.now();
    await driver.get(env.server.url + query);
    await until(async () => (await driver.findElements(By.css(ready))).length > 0, `${ready} on the page`);
    const loaded = Date.now() - started;
    await driver.executeScript(`
      window.smokeErrors = [];
      addEventListener("error", (e) => smokeErrors.push(String(e.message)));
      addEventListener("unhandledrejection", (e) => smokeErrors.push(String(e.reason)));
    `);
    await check(driver, { loaded });
    assert.equal(await driver.findElement(By.css("#fatal")).isDisplayed(), false, "no panic message");
    assert.deepEqual(await driver.executeScript("return window.smokeErrors"), [], "no script error");
  }

  describe(`the page in ${engine}`, () => {
    test("loads both networks, and requests travel and are answered", { timeout: TEST_TIMEOUT }, async (t) => {
      await withPage("", async (driver, { loaded }) => {
        t.diagnostic(`${engine}: first node drawn ${loaded} ms after the request`);
        assert.equal(await nodes(driver, CS, "server").then((n) => n.length), 1);
        assert.equal(await nodes(driver, CS, "client").then((n) => n.length), 3);
        assert.equal(await nodes(driver, P2P, "peer").then((n) => n.length), 3);
        assert.equal(await node(driver, CS, "s1").getAttribute("aria-label"), "Server 1");
        await until(async () => (await driver.findElements(By.css("[data-packet]"))).length > 0, "a packet drawn");
        await until(async () => (await count(driver, CS, "answered")) > 0, "a client answered");
        await until(async () => (await count(driver, P2P, "answered")) > 0, "a peer answered");
      });
    });

    test("switching the server off fails every client; peer-to-peer is unaffected", { timeout: TEST_TIMEOUT }, async () => {
      await withPage("", async (driver) => {
        await choose(driver, '[data-control="speed"]', "4");
        await until(async () => (await count(driver, CS, "answered")) >= 3, "client-server answers");
        await until(async () => (await count(driver, P2P, "answered")) >= 3, "peer answers");
        assert.equal(await count(driver, CS, "failed"), 0);
        assert.equal(await metric(driver, CS, "availability"), "100");

        await pointerClick(driver, node(driver, CS, "s1"));
        assert.equal(await node(driver, CS, "s1").getAttribute("data-state"), "down");
        assert.equal(await node(driver, CS, "s1").getAttribute("aria-pressed"), "true");
        const peersAnswered = await count(driver, P2P, "answered");
        // Responses already on their way may land (a second is 4 simulated seconds);
        // after that, no client is answered.
        await sleep(1000);
        await until(async () => (await count(driver, CS, "failed")) >= 3, "client requests failing");
        const answered = await count(driver, CS, "answered");
        await sleep(2000);
        assert.equal(await count(driver, CS, "answered"), answered, "no client is answered");
        await until(async () => (await metric(driver, CS, "availability")) === "0", "availability 0 %", 20000);

        assert.ok((await count(driver, P2P, "answered")) > peersAnswered, "peers are still answered");
        assert.equal(await count(driver, P2P, "failed"), 0);
        assert.equal(await metric(driver, P2P, "availability"), "100");
      });
    });

    test("a tour step: predict, act, and see the verdict on the prediction", { timeout: TEST_TIMEOUT }, async () => {
      await withPage("", async (driver) => {
        await driver.findElement(By.css('[data-control="tour"]')).click();
        // In English the panel's words come with the tour (lang/en.ftl): it is drawn once
        // they are there.
        await until(async () => (await driver.findElements(By.css('[data-panel="tour"]'))).length > 0, "the tour's panel");
        const tour = () => driver.findElement(By.css('[data-panel="tour"]'));
        const progress = () => tour().then((t) => t.findElement(By.css("[data-tour-progress]")).getText());
        assert.equal(await progress(), "Step 1 of 9");
        // Step 3 is the one that asks the learner to act: skip the first two.
        for (const step of [2, 3]) {
          await driver.findElement(By.css('[data-control="tour-next"]')).click();
          assert.equal(await progress(), `Step ${step} of 9`);
        }
        const choice = await driver.findElement(By.css('[data-choice="0"]'));
        const predicted = (await choice.findElement(By.xpath("./ancestor::label")).getText()).trim();
        await choice.click();
        assert.equal(await choice.isSelected(), true);
        await driver.findElement(By.css('[data-control="tour-commit"]')).click();
        assert.equal(await (await tour()).getAttribute("data-phase"), "act");
        assert.match(await (await tour()).findElement(By.css("[data-task]")).getText(), /Server 1/);

        await pointerClick(driver, node(driver, CS, "s1"));
        await until(async () => (await (await tour()).getAttribute("data-phase")) === "explain", "the verdict", 30000);
        const verdict = await (await tour()).findElement(By.css("[data-verdict]")).getText();
        assert.ok(verdict.includes(predicted), `the verdict “${verdict}” names the prediction “${predicted}”`);
        assert.ok(await count(driver, CS, "failed") > 0, "the clients failed, as the verdict says");
        assert.notEqual((await (await tour()).findElement(By.css("[data-explanation]")).getText()).trim(), "");
      });
    });

    test("a Share link reopens the page as it was", { timeout: TEST_TIMEOUT }, async () => {
      let link;
      await withPage("", async (driver) => {
        await choose(driver, '[data-control="clients"]', "5");
        await choose(driver, '[data-control="speed"]', "2");
        for (const id of ["s1", "c4", "p2"]) {
          await pointerClick(driver, driver.findElement(By.css(`[data-node="${id}"]`)));
        }
        assert.deepEqual(await offNodes(driver), ["s1", "c4", "p2"]);
        await driver.findElement(By.css('[data-control="share"]')).click();
        link = await driver.findElement(By.css("[data-share-text]")).getProperty("value");
      });
      assert.ok(link.startsWith(env.server.url + "?"), `a link to this page: ${link}`);
      await withPage(link.slice(env.server.url.length), async (driver) => {
        assert.equal((await nodes(driver, CS, "client")).length, 5);
        assert.deepEqual(await offNodes(driver), ["s1", "c4", "p2"]);
        const speed = await new Select(driver.findElement(By.css('[data-control="speed"]'))).getFirstSelectedOption();
        assert.equal(await speed.getAttribute("value"), "2");
      });
    });

    test("view=scaling shows the chart alone, filled, never below the textbook bounds", { timeout: TEST_TIMEOUT }, async () => {
      await withPage(
        "?view=scaling",
        async (driver) => {
          assert.equal((await driver.findElements(By.css("[data-node]"))).length, 0, "no network diagram");
          await until(
            async () => (await driver.findElements(By.css('[data-panel="scaling"] [data-status="done"]'))).length === 1,
            "the simulation to fill the chart",
            60000,
          );
          const series = await chart(driver);
          assert.deepEqual(Object.keys(series).sort(), ["cs-formula", "cs-simulated", "p2p-formula", "p2p-simulated"]);
          for (const model of ["cs", "p2p"]) {
            const formula = series[`${model}-formula`];
            const simulated = series[`${model}-simulated`];
            assert.equal(formula.size, 100, `${model}: a point per N = 1…100`);
            assert.equal(simulated.size, 100);
            for (const [n, hours] of simulated) {
              // data-hours has 4 decimals: allow that rounding only.
              assert.ok(hours >= formula.get(n) - 0.00011, `${model} N=${n}: ${hours} h below ${formula.get(n)} h`);
            }
          }
        },
        '[data-panel="scaling"]',
      );
    });

    test("lang=fr: the catalogue is fetched and the page speaks French", { timeout: TEST_TIMEOUT }, async () => {
      await withPage("?lang=fr", async (driver) => {
        const server = () => node(driver, CS, "s1").getAttribute("aria-label");
        await until(async () => (await server()) === "Serveur 1", "the server named in French");
        assert.equal(await driver.executeScript("return document.documentElement.lang"), "fr");
        assert.equal(await driver.findElement(By.css('[data-control="reset"]')).getText(), "Réinitialiser");
      });
    });
  });

  describe(`the live classroom in ${engine}`, () => {
    before(async () => {
      env.classroom = await startClassroom();
    });
    after(() => env.classroom?.close());

    test("a student's page opens its WebSocket under the CSP, joins, asks and shows its own state", { timeout: TEST_TIMEOUT }, async (t) => {
      const { driver } = env;
      const teacher = await protocolTeacher(env.classroom.port);
      try {
        const started = Date.now();
        await driver.get(`${env.classroom.url}/?join=${teacher.code}&lang=fr`);
        const join = () => driver.findElement(By.css('[data-control="join"]'));
        await until(async () => (await driver.findElements(By.css('[data-control="join"]'))).length > 0, "the join form");
        await until(async () => (await (await join()).getText()) === "Rejoindre", "the join form in French");
        await driver.findElement(By.css('[data-control="name"]')).sendKeys("Safari");
        await (await join()).click();
        const mine = () => driver.findElements(By.css("[data-node-mine]"));
        await until(async () => (await mine()).length > 0, "a seat: the socket opened and the server answered", 30000);
        t.diagnostic(`${engine}: seated ${Date.now() - started} ms after opening the join link`);
        const node = await (await mine())[0].getAttribute("data-node-mine");
        assert.equal(node, "c1", "the first student is the first client");
        assert.ok(teacher.lines.includes("name c1 Safari"), "the teacher heard the student's name");
        const me = () => driver.findElement(By.css('[data-metric="me"]'));
        assert.equal(await (await me()).getAttribute("data-state"), "idle");
        await driver.findElement(By.css('[data-control="ask"]')).click();
        await until(async () => (await (await me()).getAttribute("data-state")) === "served", "the student served", 30000);
        assert.match(await (await me()).getText(), /^Servi/);
        assert.equal(await driver.findElement(By.css(".class-status")).getText(), "", "no lost connection");
        assert.equal(await driver.findElement(By.css("#fatal")).isDisplayed(), false, "no panic message");
      } finally {
        teacher.ws.terminate();
      }
    });
  });
}

function node(driver, model, id) {
  return driver.findElement(By.css(`[data-model="${model}"] [data-node="${id}"]`));
}

function nodes(driver, model, role) {
  return driver.findElements(By.css(`[data-model="${model}"] [data-role="${role}"]`));
}

/** The plain number a metric shows (its `data-value`, the same in every language). */
async function metric(driver, model, name) {
  return driver.findElement(By.css(`[data-model="${model}"] [data-metric="${name}"]`)).getAttribute("data-value");
}

async function count(driver, model, name) {
  return Number.parseInt(await metric(driver, model, name), 10);
}

async function offNodes(driver) {
  const off = await driver.findElements(By.css('[data-node][data-state="down"]'));
  return Promise.all(off.map((n) => n.getAttribute("data-node")));
}

/** Picks an option of a drop-down menu, as a person does: by clicking it. */
async function choose(driver, css, value) {
  await new Select(driver.findElement(By.css(css))).selectByValue(value);
}

/**
 * Clicks an element with the pointer at its middle, as a person does. A node is an SVG
 * `<g>`: WebDriver's element click refuses it in Firefox and WebKit ("not
 * interactable"), so press and release the mouse at its place on the screen instead;
 * whatever is drawn there receives the click, as for a person.
 */
async function pointerClick(driver, element) {
  const [x, y] = await driver.executeScript(
    `const box = arguments[0];
     box.scrollIntoView({ block: "center" });
     const r = box.getBoundingClientRect();
     return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];`,
    await element,
  );
  await driver.actions({ async: true }).move({ x, y, origin: "viewport" }).click().perform();
}

/** Every plotted point of the chart: { "cs-formula": Map(n → hours), … }. */
async function chart(driver) {
  const rows = await driver.executeScript(
    `return [...document.querySelectorAll('[data-panel="scaling"] [data-series]')]
       .map((e) => [e.dataset.series, Number(e.dataset.n), Number(e.dataset.hours)]);`,
  );
  const series = {};
  for (const [name, n, hours] of rows) (series[name] ??= new Map()).set(n, hours);
  return series;
}
