// Imported by firefox.test.mjs. The offline copy (dist/offline.html) opened from disk in Firefox ESR, where file://
// pages may not fetch and start no workers: it starts in the scenario written into it,
// and a server switched off fails its clients. (Chromium's check, with every request
// watched, is in ../export.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { By } from "selenium-webdriver";
import { DIST, until } from "../harness.mjs";
import { launchEngine } from "./drivers.mjs";

test("the offline copy works from file:// in Firefox", { timeout: 120_000 }, async () => {
  // A scene written into the copy, as a course designer may: a link's query in its <meta>.
  const page = readFileSync(join(DIST, "offline.html"), "utf8").replace(
    '<meta name="netmodels-scene" content="">',
    '<meta name="netmodels-scene" content="clients=3&amp;down=p2">',
  );
  const dir = mkdtempSync(join(tmpdir(), "netmodels-offline-ff-"));
  const file = join(dir, "netmodels-offline.html");
  writeFileSync(file, page);
  const engine = await launchEngine("firefox");
  try {
    const { driver } = engine;
    await driver.get(pathToFileURL(file).href);
    const css = (selector) => driver.findElements(By.css(selector));
    await until(async () => (await css("[data-node]")).length > 0, "the diagrams", 60_000);
    assert.equal((await css('[data-model="client-server"] [data-role="client"]')).length, 3);
    const p2 = await driver.findElement(By.css('[data-model="peer-to-peer"] [data-node="p2"]'));
    assert.equal(await p2.getAttribute("data-state"), "down");
    // A node is an SVG <g>, which WebDriver's element click refuses in Firefox: press the
    // mouse at its place, as smoke.mjs does.
    const server = await driver.findElement(By.css('[data-model="client-server"] [data-node="s1"]'));
    const [x, y] = await driver.executeScript(
      `arguments[0].scrollIntoView({ block: "center" });
       const c = arguments[0].getBoundingClientRect();
       return [Math.round(c.x + c.width / 2), Math.round(c.y + c.height / 2)];`,
      server,
    );
    await driver.actions({ async: true }).move({ x, y, origin: "viewport" }).click().perform();
    const failed = () => driver.findElement(By.css('[data-model="client-server"] [data-metric="failed"]')).getText();
    await until(async () => Number.parseInt(await failed(), 10) > 0, "clients to fail", 30_000);
    assert.equal(await driver.findElement(By.id("fatal")).isDisplayed(), false);
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
