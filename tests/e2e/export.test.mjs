// Taking things away: the Save menu's downloads arrive with the right name and type (the
// browser's download event, and the Blob the page made), the PNG decodes at twice the
// picture's size and is not blank, the CSV files hold what the page shows, and the
// offline copy, opened from file:// with no server, starts in the saved scenario, works
// (a server off fails its clients), and sends no request anywhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CS, DIST, count, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();
const OFFLINE_LIMIT = 1_000_000;

/** Opens the Save menu (inside "More", open on a wide screen). */
async function openSave(page) {
  const more = page.locator("details.more");
  if (!(await more.evaluate((d) => d.open))) await page.locator('[data-control="more"]').click();
  await page.locator('[data-control="save"]').click();
}

/** Records the type and size of every Blob the page turns into an address. */
async function watchBlobs(page) {
  await page.evaluate(() => {
    window.__blobs = [];
    const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      window.__blobs.push({ type: blob.type, size: blob.size });
      return make.call(URL, blob);
    };
  });
}

/** Clicks `selector` and returns the download it starts: name, Blob type, bytes. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  const blobs = await page.evaluate(() => window.__blobs);
  const path = await file.path();
  assert.equal(await file.failure(), null);
  return { name: file.suggestedFilename(), type: blobs.at(-1)?.type, bytes: readFileSync(path) };
}

test("pictures: an SVG of the diagrams, and a PNG of it at twice its size that is not blank", async () => {
  await withSession(env, "?clients=4&peers=5", async (page) => {
    await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
    await openSave(page);
    await watchBlobs(page);

    const svg = await download(page, '[data-control="export-image"][data-format="svg"]');
    assert.equal(svg.name, "netmodels-diagrams.svg");
    assert.equal(svg.type, "image/svg+xml");
    const text = svg.bytes.toString("utf8");
    assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(text, /data-node="s1" data-role="server" data-state="down"/);
    const width = Number(text.match(/ width="([\d.]+)"/)[1]);
    const height = Number(text.match(/ height="([\d.]+)"/)[1]);

    const png = await download(page, '[data-control="export-image"][data-format="png"]');
    assert.equal(png.name, "netmodels-diagrams.png");
    assert.equal(png.type, "image/png");
    assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], "a PNG signature");
    // Decoded by the browser: its size, and how many pixels differ from the background.
    const decoded = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d");
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let differing = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differing++;
      }
      return { width: bitmap.width, height: bitmap.height, share: differing / (data.length / 4) };
    }, png.bytes.toString("base64"));
    assert.equal(decoded.width, width * 2);
    assert.equal(decoded.height, height * 2);
    assert.ok(decoded.share > 0.05, `only ${(decoded.share * 100).toFixed(1)} % of the PNG is drawn`);
  });
});

test("data: the event log, the numbers and the chart's points as CSV with a byte-order mark", async () => {
  await withSession(env, "?clients=3&peers=4", async (page) => {
    await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
    await until(async () => (await count(page, CS, "failed")) > 0, "a client to fail");
    await openSave(page);
    await watchBlobs(page);
    const read = async (file) => {
      const got = await download(page, `[data-control="export-data"][data-file="${file}"]`);
      assert.equal(got.type, "text/csv;charset=utf-8");
      assert.deepEqual([...got.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark");
      return { name: got.name, lines: got.bytes.toString("utf8").slice(1).trimEnd().split("\r\n") };
    };
    const events = await read("events");
    assert.equal(events.name, "netmodels-events.csv");
    assert.equal(events.lines[0], "Time (s),Network,Node,What happened,Outcome");
    assert.ok(events.lines.some((l) => /^[\d.]+,Client-server,Server 1,.*,off$/.test(l)), events.lines.join("\n"));
    assert.ok(events.lines.some((l) => l.endsWith(",failed")), "a failed request is listed");

    const metrics = await read("metrics");
    assert.equal(metrics.name, "netmodels-metrics.csv");
    assert.equal(metrics.lines.length, 3);
    const failed = metrics.lines[0].split(",").indexOf("Failed");
    assert.ok(Number(metrics.lines[1].split(",")[failed]) > 0);

    const scaling = await read("scaling");
    assert.equal(scaling.name, "netmodels-scaling.csv");
    assert.equal(scaling.lines.length, 101, "a header and N = 1…100");
    assert.match(scaling.lines[100], /^100,10\.0000,/);
  });
});

test(`the offline copy is under ${OFFLINE_LIMIT / 1e6} MB and works from file:// with no request leaving it`, async () => {
  const size = statSync(join(DIST, "offline.html")).size;
  console.log(`size offline.html: ${size} B`);
  assert.ok(size < OFFLINE_LIMIT, `${size} B`);

  const query = "?clients=3&peers=4&down=p2";
  const dir = mkdtempSync(join(tmpdir(), "netmodels-offline-"));
  try {
    let saved;
    await withSession(env, query, async (page) => {
      await openSave(page);
      await watchBlobs(page);
      saved = await download(page, '[data-control="download-offline"]');
    });
    assert.equal(saved.name, "netmodels-offline.html");
    assert.equal(saved.type, "text/html");
    const file = join(dir, saved.name);
    (await import("node:fs")).writeFileSync(file, saved.bytes);

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
      // It cannot fetch itself again, so it does not offer to.
      await openSave(page);
      assert.equal(await page.locator('[data-control="download-offline"]').count(), 0);
      await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
      await until(async () => (await count(page, CS, "failed")) > 0, "clients to fail with the server off");
      // Its own Save menu works under its stricter policy (the PNG is drawn from a data: image).
      await watchBlobs(page);
      const png = await download(page, '[data-control="export-image"][data-format="png"]');
      assert.equal(png.type, "image/png");
      assert.ok(png.bytes.length > 10_000, `${png.bytes.length} B`);
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
