// Taking things away. The Save menu: its module loads when the menu is first opened (and
// says so when it cannot, without harming the page); each download arrives with the right
// name and type (the browser's download event, and the Blob the page made), made from
// the moment on screen the page hands over (a server switched off shows OFF; 35 simulated
// minutes in, past what a Share link can hold, still the moment on screen); the PNG decodes at twice the
// picture's size and is not blank; the CSV files hold what the page shows, in the page's
// language; the offline copy carries the scene it was saved in. The offline copy, opened
// from file:// with no server, starts in its scene, works and sends no request anywhere;
// printing gives a clean handout.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CS, DIST, P2P, count, metric, openPage, until, useBrowserAndServer, withSession } from "./harness.mjs";

const env = useBrowserAndServer();
const OFFLINE_LIMIT = 1_000_000;

/** Opens the Save menu (inside "More", open on a wide screen) and waits for its buttons. */
async function openSave(page) {
  const more = page.locator("details.more");
  if (!(await more.evaluate((d) => d.open))) await page.locator('[data-control="more"]').click();
  await page.locator('[data-control="save"]').click();
  await page.locator('[data-control="export-image"]').first().waitFor();
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

/** Clicks `selector` and returns the download it starts: name, Blob type, bytes, and the
 * milliseconds from the click to the download. */
async function download(page, selector) {
  const started = Date.now();
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  const ms = Date.now() - started;
  const blobs = await page.evaluate(() => window.__blobs);
  const path = await file.path();
  assert.equal(await file.failure(), null);
  return { name: file.suggestedFilename(), type: blobs.at(-1)?.type, bytes: readFileSync(path), ms };
}

/** A CSV download's rows (after the byte-order mark), split on `separator`. */
async function readCsv(page, file, separator = ",") {
  const got = await download(page, `[data-control="export-data"][data-file="${file}"]`);
  assert.equal(got.type, "text/csv;charset=utf-8");
  assert.deepEqual([...got.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark");
  const lines = got.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  console.log(`time to make ${got.name}: ${got.ms} ms`);
  return { name: got.name, lines, rows: lines.map((l) => l.split(separator)) };
}

test("pictures: an SVG of the moment on screen, and a PNG of it at twice its size that is not blank", async () => {
  await withSession(env, "?clients=4&peers=5", async (page) => {
    await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
    await openSave(page);
    await watchBlobs(page);

    const svg = await download(page, '[data-control="export-image"][data-format="svg"]');
    console.log(`time to make ${svg.name}: ${svg.ms} ms`);
    assert.equal(svg.name, "netmodels-diagrams.svg");
    assert.equal(svg.type, "image/svg+xml");
    const text = svg.bytes.toString("utf8");
    assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Rebuilt from the page's state: the server switched off is off in the picture.
    assert.match(text, /data-node="s1" data-role="server" data-state="down"><title>Server 1: off<\/title>/);
    for (const node of ["c1", "c2", "c3", "c4", "p1", "p2", "p3", "p4", "p5"]) {
      assert.match(text, new RegExp(`data-node="${node}" data-role="\\w+" data-state="up"`), node);
    }
    const width = Number(text.match(/ width="([\d.]+)"/)[1]);
    const height = Number(text.match(/ height="([\d.]+)"/)[1]);

    const png = await download(page, '[data-control="export-image"][data-format="png"]');
    console.log(`time to make ${png.name}: ${png.ms} ms`);
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

test("data: the event log, the numbers now and over time, and the chart's points as CSV", async () => {
  await withSession(env, "?clients=3&peers=4", async (page) => {
    await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
    await until(async () => (await count(page, CS, "failed")) > 0, "a client to fail");
    await openSave(page);
    await watchBlobs(page);

    const events = await readCsv(page, "events");
    assert.equal(events.name, "netmodels-events.csv");
    assert.equal(events.lines[0], "Time (s),Network,Node,What happened,Outcome");
    assert.ok(events.lines.some((l) => /^[\d.]+,Client-server,Server 1,.*,off$/.test(l)), events.lines.join("\n"));
    assert.ok(events.lines.some((l) => l.endsWith(",failed")), "a failed request is listed");

    const metrics = await readCsv(page, "metrics");
    assert.equal(metrics.name, "netmodels-metrics.csv");
    assert.equal(metrics.rows.length, 3);
    const failed = metrics.rows[0].indexOf("Failed");
    assert.ok(Number(metrics.rows[1][failed]) > 0);

    const timeline = await readCsv(page, "timeline");
    assert.equal(timeline.name, "netmodels-availability.csv");
    assert.deepEqual(timeline.rows[0], [
      "Time (s)",
      "Client-server availability (%)",
      "Peer-to-peer availability (%)",
      "Client-server down (1 = yes)",
      "Peer-to-peer down (1 = yes)",
    ]);
    // The server was switched off in this session: its outage is in the file as 1s.
    assert.ok(timeline.rows.slice(1).some((r) => r[3] === "1"), timeline.lines.join("\n"));
    assert.ok(timeline.rows.length > 2, timeline.lines.join("\n"));
    const times = timeline.rows.slice(1).map((r) => Number(r[0]));
    assert.deepEqual(times, [...times].sort((a, b) => a - b), "in time order");

    const scaling = await readCsv(page, "scaling");
    assert.equal(scaling.name, "netmodels-scaling.csv");
    assert.equal(scaling.lines.length, 101, "a header and N = 1…100");
    assert.match(scaling.lines[100], /^100,10\.0000,/);
    // Every point simulated: no empty field.
    assert.ok(scaling.rows.slice(1).every((r) => r.length === 5 && r.every((f) => f !== "")), scaling.lines[100]);
  });
});

test("35 simulated minutes in, every file is the moment on screen: its time, its counts, its log, its past", async () => {
  // Opened 30 minutes in (a link's `t` goes no further), with switches on the way; then
  // five more minutes with the page's own Step button, past the 30 minutes a session keeps.
  const script = "60:off:s1,300:on:s1,600:publish,1500:off:p2";
  await withSession(env, `?clients=4&peers=5&script=${script}&t=1800`, async (page) => {
    const clock = page.locator(".clock");
    await until(async () => /1800\.0/.test(await clock.textContent()), "the link's moment", 60_000);
    await page.evaluate((steps) => {
      const step = document.querySelector('[data-control="step"]');
      for (let i = 0; i < steps; i++) step.click();
    }, (300 / 0.25));
    await until(async () => /2100\.0/.test(await clock.textContent()), "35 simulated minutes", 60_000);
    // Something done at this very moment, paused: it is in no link's past.
    await page.locator(`[data-model="${P2P}"] [data-node="p3"]`).click();
    await until(
      async () => (await page.locator(`[data-model="${P2P}"] [data-node="p3"]`).getAttribute("data-state")) === "down",
      "p3 off",
    );
    const names = ["sent", "answered", "failed", "cancelled", "in-flight", "stale"];
    const onScreen = {};
    for (const model of [CS, P2P]) {
      onScreen[model] = [];
      for (const name of names) onScreen[model].push(await metric(page, model, name));
    }
    const packets = await page.locator(`[data-model="${CS}"] [data-packet]`).count();
    await openSave(page);
    await watchBlobs(page);

    const metrics = await readCsv(page, "metrics");
    const column = (name) => metrics.rows[0].indexOf(name);
    const columns = ["Sent", "Answered", "Failed", "Cancelled", "Waiting", "Stale copies"].map(column);
    assert.ok(columns.every((c) => c >= 0), metrics.lines[0]);
    for (const [row, model] of [[1, CS], [2, P2P]]) {
      assert.equal(metrics.rows[row][0], "2100.00", "the page's clock");
      assert.deepEqual(columns.map((c) => metrics.rows[row][c]), onScreen[model], `${model}: the counts on screen`);
    }
    assert.ok(Number(onScreen[CS][0]) > 1000, "35 minutes of requests");

    const events = await readCsv(page, "events");
    assert.equal(events.rows.at(-1)[0], "2100.00", events.lines.at(-1));
    const switched = (r) => r[0] === "2100.00" && r[1] === "Peer-to-peer" && r[2] === "Peer 3" && r.at(-1) === "off";
    assert.ok(events.rows.some(switched), events.lines.slice(-5).join("\n"));

    const timeline = await readCsv(page, "timeline");
    const times = timeline.rows.slice(1).map((r) => Number(r[0]));
    assert.equal(times.at(-1), 2100, "the last sample is now");
    assert.ok(times[0] >= 2100 - 1800 - 5, `the kept 30 minutes, from ${times[0]} s`);

    const svg = (await download(page, '[data-control="export-image"][data-format="svg"]')).bytes.toString("utf8");
    assert.match(svg, /data-time="2100\.0"/);
    assert.match(svg, /data-node="p3" data-role="peer" data-state="down"/);
    assert.match(svg, /data-node="p2" data-role="peer" data-state="down"/);
    assert.match(svg, /data-node="s1" data-role="server" data-state="up"/);
    const drawn = svg.split('data-model="peer-to-peer"')[0].split("data-packet=").length - 1;
    assert.equal(drawn, packets, "the packets on the wire now");
  });
});

test("a French page gives French files: words, names, decimal commas and ';' between fields", async () => {
  await withSession(env, "?clients=3&peers=4&lang=fr", async (page) => {
    await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
    await openSave(page);
    assert.equal(await page.locator('[data-control="export-image"][data-format="svg"]').textContent(), "Image (SVG)");
    await watchBlobs(page);
    const svg = await download(page, '[data-control="export-image"][data-format="svg"]');
    assert.equal(svg.name, "netmodels-diagrammes.svg");
    assert.match(svg.bytes.toString("utf8"), /<title>Serveur 1\u00a0: éteint<\/title>/);
    const events = await readCsv(page, "events", ";");
    assert.equal(events.name, "netmodels-evenements.csv");
    assert.deepEqual(events.rows[0], ["Temps (s)", "Réseau", "Nœud", "Ce qui s’est passé", "Résultat"]);
    assert.ok(events.rows.some((r) => r[1] === "Client-serveur" && r[2] === "Serveur 1" && r[4] === "éteint"), events.lines.join("\n"));
  });
});

test("the offline copy downloaded from the menu starts in the scene it was saved in, from file://", async () => {
  const dir = mkdtempSync(join(tmpdir(), "netmodels-offline-"));
  try {
    let saved;
    let shared;
    await withSession(env, "?clients=3&peers=4", async (page) => {
      // Paused, so the moment Share writes is the moment saved.
      await page.locator('[data-control="play-pause"]').click();
      await page.locator('[data-model="peer-to-peer"] [data-node="p2"]').click();
      // What Share writes is what the copy carries.
      await page.locator('[data-control="share"]').click();
      shared = new URL(await page.locator(".share-panel textarea, .share-panel input").first().inputValue()).search.slice(1);
      await openSave(page);
      await watchBlobs(page);
      saved = await download(page, '[data-control="download-offline"]');
    });
    assert.equal(saved.name, "netmodels-offline.html");
    assert.equal(saved.type, "text/html");
    const html = saved.bytes.toString("utf8");
    const scene = html.match(/<meta name="netmodels-scene" content="([^"]*)">/)[1].replaceAll("&amp;", "&");
    assert.equal(scene, shared);
    assert.match(scene, /script=\d*dp2/, "what was done travels as a script");
    const file = join(dir, saved.name);
    writeFileSync(file, saved.bytes);

    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.locator("[data-node]").first().waitFor();
      assert.equal(await page.locator(`[data-model="${CS}"] [data-role="client"]`).count(), 3);
      assert.equal(await page.locator('[data-model="peer-to-peer"] [data-node="p2"]').getAttribute("data-state"), "down");
      // A file:// page cannot import the Save module: it offers no Save menu.
      assert.equal(await page.locator('[data-control="save"]').count(), 0);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the menu speaks the language chosen after it was first opened, and so do its files", async () => {
  await withSession(env, "?clients=3&peers=4", async (page) => {
    await openSave(page);
    const svgButton = page.locator('[data-control="export-image"][data-format="svg"]');
    assert.equal(await svgButton.textContent(), "Picture (SVG)");
    await page.locator('[data-control="save"]').click(); // folded again
    await page.selectOption('[data-control="language"]', "fr");
    await until(async () => (await page.locator('[data-control="save"]').textContent()) === "Enregistrer", "the page in French");
    await page.locator('[data-control="save"]').click();
    await until(async () => (await svgButton.textContent()) === "Image (SVG)", "the menu's buttons in French");
    await watchBlobs(page);
    const svg = await download(page, '[data-control="export-image"][data-format="svg"]');
    assert.equal(svg.name, "netmodels-diagrammes.svg");
  });
});

test("when the Save module cannot be loaded, the menu says so, the page runs on, and reopening retries", async () => {
  const { page, context } = await openPage(env.browser, env.server.url + "?clients=3&peers=4");
  try {
    await page.route("**/save/**", (route) => route.fulfill({ status: 404, body: "not found" }));
    const more = page.locator("details.more");
    if (!(await more.evaluate((d) => d.open))) await page.locator('[data-control="more"]').click();
    await page.locator('[data-control="save"]').click();
    const alert = page.locator('[data-panel="save"] > [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be loaded/);
    // The rest of the page works: a server switched off fails its clients.
    await page.locator(`[data-model="${CS}"] [data-node="s1"]`).click();
    await until(async () => (await count(page, CS, "failed")) > 0, "clients to fail with the server off");
    // Back online: closing and opening the menu again loads it.
    await page.unroute("**/save/**");
    await page.locator('[data-control="save"]').click();
    await page.locator('[data-control="save"]').click();
    await page.locator('[data-control="export-image"][data-format="svg"]').waitFor();
    assert.equal(await alert.count(), 0);
  } finally {
    await context.close();
  }
});

test("opening Save and making each file: times at full speed and at 4× CPU slowdown", async () => {
  const files = [
    '[data-control="export-image"][data-format="svg"]',
    '[data-control="export-image"][data-format="png"]',
    '[data-control="export-data"][data-file="events"]',
    '[data-control="export-data"][data-file="metrics"]',
    '[data-control="export-data"][data-file="timeline"]',
    '[data-control="export-data"][data-file="scaling"]',
    '[data-control="download-offline"]',
  ];
  for (const rate of [1, 4]) {
    const ready = [];
    const making = new Map();
    for (let run = 0; run < 3; run++) {
      // The default scene.
      await withSession(env, "", async (page) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate });
        const more = page.locator("details.more");
        if (!(await more.evaluate((d) => d.open))) await page.locator('[data-control="more"]').click();
        const started = Date.now();
        await page.locator('[data-control="save"]').click();
        await page.locator('[data-control="download-offline"]').waitFor();
        ready.push(Date.now() - started);
        await watchBlobs(page);
        for (const selector of files) {
          const got = await download(page, selector);
          making.set(got.name, [...(making.get(got.name) ?? []), got.ms]);
        }
      });
    }
    console.log(`time from opening Save to its buttons at ${rate}× CPU: ${ready.join(", ")} ms`);
    for (const [name, ms] of making) console.log(`time to make ${name} at ${rate}× CPU: ${ms.join(", ")} ms`);
  }
  // A file is made from the moment the page hands over, with no replay: 30 minutes into a
  // session (a link's t goes no further) it costs what it costs at the start.
  await withSession(env, "?t=1800", async (page) => {
    await openSave(page);
    await watchBlobs(page);
    for (const selector of files.slice(0, 5)) {
      const got = await download(page, selector);
      console.log(`time to make ${got.name} 30 minutes into a session: ${got.ms} ms`);
    }
  });
});

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
      // The tour's words ride in the file too (the wasm's English leaves them out).
      await page.locator('[data-control="tour"]').click();
      assert.match(await page.locator('[data-panel="tour"]').textContent(), /where does each client send its requests\?/);
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
