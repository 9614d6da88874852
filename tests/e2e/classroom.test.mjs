// The live classroom end to end: the classroom server (built by `cargo test`, or
// $CLASSROOM_BIN) on a free loopback port serving dist/, a teacher page and five student
// pages in headless Chromium, and 295 more students at the protocol level (the `ws`
// package). All join; the teacher switches the server off and every student page shows
// failing requests; as peers, half the class leaves and the others are still served.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import WebSocket from "ws";
import { DIST, PROJECT, launchBrowser, openPage, until } from "./harness.mjs";

const PAGES = 5;
const PROTOCOL_STUDENTS = 295;
const BIN = process.env.CLASSROOM_BIN ?? join(PROJECT, "target", "debug", "netmodels-classroom");

const env = { clients: [], sessions: [] };

/** The classroom server on `port` of loopback (0: a free one) keeping its rooms in `state`. */
async function startServer(port, state) {
  const child = spawn(BIN, ["--addr", `127.0.0.1:${port}`, "--dist", DIST, "--state", state], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise((ok) => lines.once("line", ok));
  lines.on("line", () => {}); // keep reading, so the server never blocks on its output
  return { child, port: Number(first.match(/:(\d+)\/$/)[1]) };
}

/** Kills a server as a crash would, and waits until it is gone. */
async function killServer(server) {
  const gone = new Promise((ok) => server.child.once("exit", ok));
  server.child.kill("SIGKILL");
  await gone;
}

before(async () => {
  assert.ok(existsSync(BIN), `${BIN} is built by cargo test (or set CLASSROOM_BIN)`);
  env.stateDir = mkdtempSync(join(tmpdir(), "netmodels-classroom-"));
  const server = await startServer(0, join(env.stateDir, "main.state"));
  env.server = server.child;
  env.port = server.port;
  env.base = `http://127.0.0.1:${env.port}`;
  env.browser = await launchBrowser();
});

after(async () => {
  for (const c of env.clients) c.ws.terminate();
  for (const s of env.sessions) await s.context.close().catch(() => {});
  await env.browser?.close();
  env.server?.kill();
  env.restarting?.child.kill("SIGKILL");
  if (env.stateDir) rmSync(env.stateDir, { recursive: true, force: true });
});

/** A protocol-level student: joins and keeps what the server tells it. */
function protocolStudent(code, name) {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${env.port}/ws/1`);
    const client = { ws, node: null, serverUp: true, standing: "idle" };
    ws.on("open", () => ws.send(`join ${code} ${name}`));
    ws.on("message", (data) => {
      const line = String(data);
      const [verb, a, b] = line.split(" ");
      if (verb === "you") {
        client.node = a;
        ok(client);
      } else if (verb === "refused") {
        fail(new Error(`${name} refused: ${a}`));
      } else if (verb === "node" && (a === "s1")) {
        client.serverUp = b === "up";
      } else if (verb === "me") {
        client.standing = a;
      }
    });
    ws.on("error", fail);
  });
}

const text = async (page, selector) => (await page.locator(selector).textContent())?.trim();

test("a class of 300 is the network: the server goes off for all; as peers, half leave and the rest are served", async () => {
  const teacher = await openPage(env.browser, `${env.base}/?classroom=host`, undefined, { waitFor: "[data-classroom='host']" });
  env.sessions.push(teacher);
  const code = await until(async () => text(teacher.page, "[data-room-code]"), "the join code");
  assert.match(code, /^[A-Z2-9]{6}$/);
  // The QR code is an image the server makes: it arrives a moment after the code.
  await until(
    () => teacher.page.locator("img.class-qr").evaluate((img) => img.complete && img.naturalWidth > 0),
    "the QR code drawn",
  );

  const students = [];
  for (let i = 0; i < PAGES; i++) {
    const s = await openPage(env.browser, `${env.base}/?join=${code}`, { width: 400, height: 800 }, { waitFor: "[data-control='name']" });
    env.sessions.push(s);
    // A name that looks like markup stays text.
    await s.page.fill("[data-control='name']", i === 0 ? "<b>Ada</b>" : `Page ${i}`);
    await s.page.click("[data-control='join']");
    await s.page.locator("[data-classroom='student'] [data-control='ask']").waitFor();
    students.push(s);
  }
  for (let i = 0; i < PROTOCOL_STUDENTS; i++) env.clients.push(await protocolStudent(code, `Client ${i}`));
  await until(async () => (await text(teacher.page, "[data-metric='students']")) === "300", "300 students on the teacher's screen", 20000);
  assert.equal(await teacher.page.locator("[data-node='c1']").textContent(), "c1 · <b>Ada</b>", "the name is shown as text, with its seat");

  // Served while the server is on.
  for (const s of students) await s.page.click("[data-control='ask']");
  for (const s of students) await s.page.locator("[data-metric='me'][data-state='served']").waitFor({ timeout: 10000 });

  // The teacher switches the server off: every screen shows it.
  const clicked = Date.now();
  await teacher.page.click("[data-node='s1']");
  const seen = await Promise.all(
    students.map(async (s) => {
      await s.page.locator("[data-node='s1'][data-state='down']").waitFor({ timeout: 10000 });
      return Date.now();
    }),
  );
  await until(async () => env.clients.every((c) => !c.serverUp), "every protocol student hears the server is off", 10000);
  const toLastNode = Math.max(...seen, Date.now()) - clicked;
  const asked = Date.now();
  for (const s of students) await s.page.click("[data-control='ask']");
  const failed = await Promise.all(
    students.map(async (s) => {
      await s.page.locator("[data-metric='me'][data-state='failed']").waitFor({ timeout: 10000 });
      return Date.now();
    }),
  );
  console.log(
    `[classroom] 300 students: server off on every screen ${toLastNode} ms after the click; ` +
      `every student page showed its request failing ${Math.max(...failed) - asked} ms after asking ` +
      `(the model's 2 s timeout included)`,
  );

  // Peer-to-peer: half the class leaves, the rest are still served.
  await teacher.page.click("[data-control='model-peer-to-peer']");
  await students[0].page.locator("[data-model='peer-to-peer']").waitFor({ timeout: 10000 });
  for (const s of students.slice(0, 2)) await s.page.click("[data-control='leave']");
  for (const c of env.clients.slice(0, 148)) c.ws.send("leave");
  await until(async () => (await text(teacher.page, "[data-metric='students']")) === "150", "half the class left", 10000);
  for (const s of students.slice(2)) {
    // A peer asks three partners at random; with half gone, an ask fails 1 time in 8.
    // Served = one more answer received. (The state alone can mislead: the page may still
    // show the outcome of an earlier ask, and a quick "waiting" can come and go unseen.)
    const answers = async () => Number(await text(s.page, "[data-metric='answers']"));
    let served = false;
    for (let attempt = 0; attempt < 6 && !served; attempt++) {
      const before = await answers();
      await s.page.click("[data-control='ask']");
      served = await until(async () => (await answers()) > before, "an answer", 5000).then(() => true, () => false);
      // One request waits at a time: let a failing one end before asking again.
      await s.page.locator("[data-metric='me']:not([data-state='waiting'])").waitFor({ timeout: 10000 });
    }
    assert.ok(served, "a remaining peer is served");
  }

  for (const s of env.sessions) {
    assert.deepEqual(s.problems.cspViolations, [], "the same-origin WebSocket is allowed by the CSP");
    assert.deepEqual(s.problems.consoleErrors, [], "no console errors");
    assert.deepEqual(s.problems.foreignRequests, [], "no request leaves the origin");
  }
});

test("each screen speaks its own learner's language, and switching it keeps the student's seat", async () => {
  const sessions = [];
  const open = async (query, options = {}) => {
    const s = await openPage(env.browser, `${env.base}/${query}`, { width: 400, height: 800 }, options);
    sessions.push(s);
    return s;
  };
  const teacher = await open("?classroom=host", { waitFor: "[data-classroom='host']" });
  const code = await until(async () => text(teacher.page, "[data-room-code]"), "the join code");

  // A French student (by the link's lang) beside an English teacher.
  const student = await open(`?join=${code}&lang=fr`, { waitFor: "[data-control='name']" });
  const page = student.page;
  await until(async () => (await text(page, "[data-control='join']")) === "Rejoindre", "the join button in French");
  assert.match(await text(page, "label:has([data-control='name'])"), /^Votre prénom/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  await page.fill("[data-control='name']", "Zoé");
  await page.click("[data-control='join']");
  assert.equal(await text(page, "[data-control='ask']"), "Demander");
  const seat = await page.locator("[data-node-mine]").getAttribute("data-node-mine");
  await until(async () => (await text(teacher.page, "[data-metric='students']")) === "1", "the student on the teacher's screen");
  assert.equal(await text(teacher.page, `[data-node='${seat}']`), `${seat} · Zoé`);
  assert.equal(await text(teacher.page, "[data-control='reset']"), "Start over", "the teacher's screen stays English");
  assert.equal(await teacher.page.evaluate(() => document.documentElement.lang), "en");

  // Switching language on the student's screen: the same seat, no second student.
  await page.selectOption("[data-control='language']", "de");
  await until(async () => (await text(page, "[data-control='ask']")) === "Anfragen", "the ask button in German");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
  assert.equal(await page.locator("[data-node-mine]").getAttribute("data-node-mine"), seat);
  await page.click("[data-control='ask']");
  await page.locator("[data-metric='me'][data-state='served']").waitFor({ timeout: 10000 });
  // The text read with its state: the room's own slow traffic may send the student's next
  // request (and show "waiting") at any moment.
  assert.match(await text(page, "[data-metric='me'][data-state='served']"), /^Bedient/);
  assert.equal(await text(teacher.page, "[data-metric='students']"), "1", "still one student");
  assert.equal(await teacher.page.locator("[data-role='client']").count(), 1, "still one node for the student");
  // Every number either screen shows carries it plain in data-value, as the page's own
  // metrics do, so a tool reads it without parsing German; `me` is a state (data-state).
  for (const screen of [page, teacher.page]) {
    const bare = await screen.$$eval("[data-metric]:not([data-metric='me'])", (shown) =>
      shown.filter((e) => !e.hasAttribute("data-value")).map((e) => e.dataset.metric));
    assert.deepEqual(bare, [], "every shown number has its data-value");
  }
  assert.equal(await teacher.page.locator("[data-metric='students']").getAttribute("data-value"), "1");

  // The join link (and QR) carry no lang, so the student's remembered choice holds when
  // the tab is reopened; the page also asks for the same seat back.
  await page.close();
  const again = await open(`?join=${code}`, { context: student.context, waitFor: "[data-control='ask']" });
  await until(async () => (await text(again.page, "[data-control='ask']")) === "Anfragen", "German remembered");
  assert.equal(await again.page.locator("[data-node-mine]").getAttribute("data-node-mine"), seat);

  // A catalogue that cannot be loaded: the screen keeps its language and says so.
  await again.page.route("**/lang/es.ftl", (route) => route.fulfill({ status: 404, body: "" }));
  await again.page.selectOption("[data-control='language']", "es");
  await again.page.locator("[data-notice='lang-load']").waitFor();
  assert.equal(await text(again.page, "[data-control='ask']"), "Anfragen");
  assert.equal(await again.page.locator("[data-control='language']").inputValue(), "de");

  // A lang the page does not speak: English, and a notice naming it (as text).
  const unknown = await open(`?join=${code}&lang=<b>xx`, { waitFor: "[data-control='name']" });
  assert.match(await text(unknown.page, "[data-notice='lang']"), /“<b>xx”/);
  assert.equal(await text(unknown.page, "[data-control='join']"), "Join");

  // No lang anywhere: the browser's languages decide (a Spanish phone).
  const spanish = await open(`?join=${code}`, { contextOptions: { locale: "es-ES" }, waitFor: "[data-control='name']" });
  await until(async () => (await text(spanish.page, "[data-control='join']")) === "Unirse", "the join button in Spanish");

  for (const s of sessions) {
    assert.deepEqual(s.problems.cspViolations, [], "the catalogues come from the page's origin under its CSP");
    assert.deepEqual(s.problems.foreignRequests, [], "no request leaves the origin");
    assert.deepEqual(s.problems.consoleErrors.filter((e) => !/404/.test(e)), [], "no console errors");
    await s.context.close().catch(() => {});
  }
});

// The teacher's usual controls, seen from a student's page.
test("the teacher pauses (a student's page says so and its ask waits), resumes, publishes a version the student's next answer carries, and sees the lesson's history", async () => {
  const teacher = await openPage(env.browser, `${env.base}/?classroom=host`, undefined, { waitFor: "[data-classroom='host']" });
  env.sessions.push(teacher);
  const code = await until(async () => text(teacher.page, "[data-room-code]"), "the join code");
  const student = await openPage(env.browser, `${env.base}/?join=${code}`, { width: 400, height: 800 }, { waitFor: "[data-control='name']" });
  env.sessions.push(student);
  await student.page.fill("[data-control='name']", "Grace");
  await student.page.click("[data-control='join']");
  const s = student.page;
  await s.locator("[data-control='ask']").waitFor();
  await until(async () => (await text(teacher.page, "[data-metric='students']")) === "1", "the student on the teacher's screen");

  await teacher.page.click("[data-control='play-pause']");
  await s.locator("[data-lesson='paused']").waitFor({ timeout: 5000 });
  assert.match(await text(s, "[data-lesson='paused']"), /paused/i, "the student reads that the lesson is paused");
  await teacher.page.locator("[data-lesson='paused']").waitFor({ timeout: 5000 });
  await s.click("[data-control='ask']");
  await s.locator("[data-metric='me'][data-state='waiting']").waitFor({ timeout: 5000 });
  await s.waitForTimeout(2500); // longer than the model's 2 s timeout: paused, nothing moves
  assert.equal(await s.locator("[data-metric='me']").getAttribute("data-state"), "waiting", "the ask waits while paused");

  await teacher.page.click("[data-control='play-pause']");
  await s.locator("[data-lesson='running']").waitFor({ state: "attached", timeout: 5000 }); // empty, so hidden
  await s.locator("[data-metric='me'][data-state='served']").waitFor({ timeout: 10000 });
  assert.equal(await s.locator("[data-metric='version']").getAttribute("data-value"), "1");

  await teacher.page.click("[data-control='publish']");
  // The copy the student holds is now an old one, and the page says so.
  await s.locator("[data-metric='version'][data-stale='true']").waitFor({ timeout: 5000 });
  assert.equal(await teacher.page.locator("[data-metric='current']").getAttribute("data-value"), "0");
  await s.click("[data-control='ask']");
  await s.locator("[data-metric='version'][data-value='2'][data-stale='false']").waitFor({ timeout: 10000 });
  assert.match(await text(s, "[data-metric='version']"), /version 2, the newest/);
  await teacher.page.locator("[data-metric='current'][data-value='1']").waitFor({ timeout: 5000 });

  // Two servers: the student (c1) is in s1's group, so s2 going off leaves them served.
  await teacher.page.selectOption("[data-control='servers']", "2");
  await s.locator("[data-node='s2']").waitFor({ timeout: 5000 });
  await teacher.page.click("[data-node='s2']");
  await s.locator("[data-node='s2'][data-state='down']").waitFor({ timeout: 5000 });
  // The state alone may still read "served" from before: count the answers instead.
  const answered = Number(await text(s, "[data-metric='answers']"));
  await s.click("[data-control='ask']");
  const state = () => s.locator("[data-metric='me']").getAttribute("data-state");
  const outcome = await until(
    async () => {
      if (Number(await text(s, "[data-metric='answers']")) > answered) return "served";
      return (await state()) === "failed" ? "failed" : null;
    },
    "an answer, or a failure",
    10000,
  );
  assert.equal(outcome, "served", "s2 off fails only its own group");

  // The lesson's history on the teacher's screen: availability as a line (a point every ten
  // seconds of lesson time), and the moment s2 went off marked on it.
  await teacher.page.locator("[data-mark='switch-off']").waitFor({ state: "attached", timeout: 5000 });
  await teacher.page.locator("[data-series='class-availability']").waitFor({ state: "attached", timeout: 15000 });
  const points = await teacher.page.locator("[data-series='class-availability']").getAttribute("points");
  assert.match(points, /^[\d.]+,[\d.]+/, "at least one point of availability");

  for (const session of [teacher, student]) {
    assert.deepEqual(session.problems.consoleErrors, [], "no console errors");
  }
});

test("a restarted server: the teacher's page gets its room back and says so, a student's page its seat, without a reload; without its state, the teacher's page opens a new room by itself", async () => {
  const state = join(env.stateDir, "restart.state");
  env.restarting = await startServer(0, state);
  const port = env.restarting.port;
  const base = `http://127.0.0.1:${port}`;
  const teacher = await openPage(env.browser, `${base}/?classroom=host`, undefined, { waitFor: "[data-classroom='host']" });
  env.sessions.push(teacher);
  const code = await until(async () => text(teacher.page, "[data-room-code]"), "the join code");
  const student = await openPage(env.browser, `${base}/?join=${code}`, { width: 400, height: 800 }, { waitFor: "[data-control='name']" });
  env.sessions.push(student);
  await student.page.fill("[data-control='name']", "Ada");
  await student.page.click("[data-control='join']");
  const mine = await until(async () => student.page.locator("[data-node-mine]").getAttribute("data-node-mine"), "a seat");
  // The teacher pulls the server: the plot shades the period the model calls down.
  await teacher.page.click("[data-node='s1']");
  const band = teacher.page.locator("rect[data-down='client-server']");
  await band.waitFor({ state: "attached", timeout: 5000 });
  assert.match(await band.getAttribute("data-from"), /^\d+$/);
  assert.match(await band.getAttribute("data-to"), /^\d+$/);
  await teacher.page.click("[data-node='s1']");

  await killServer(env.restarting);
  env.restarting = await startServer(port, state);
  await teacher.page.locator("[data-notice='restarted']").waitFor({ timeout: 10000 });
  assert.equal(await text(teacher.page, "[data-room-code]"), code, "the same code on the projector");
  await student.page.locator(`[data-node-mine='${mine}'] [data-metric='me'][data-state='idle']`).waitFor({ timeout: 10000 });
  await student.page.click("[data-control='ask']");
  await student.page.locator("[data-metric='me'][data-state='served']").waitFor({ timeout: 10000 });
  await until(async () => (await text(teacher.page, "[data-metric='students']")) === "1", "the student counted again");

  // Started again without the state: the room is gone.
  await killServer(env.restarting);
  env.restarting = await startServer(port, join(env.stateDir, "empty.state"));
  await teacher.page.locator("[data-notice='new-room']").waitFor({ timeout: 10000 });
  const fresh = await until(async () => {
    const now = await text(teacher.page, "[data-room-code]");
    return now && now !== code ? now : null;
  }, "a new code");
  assert.match(fresh, /^[A-Z2-9]{6}$/);
  assert.equal(await teacher.page.locator("img.class-qr").count(), 1, "and its QR code");
  await student.page.locator("[data-control='name']").waitFor({ timeout: 10000 });
  await killServer(env.restarting);
  env.restarting = undefined;
});
