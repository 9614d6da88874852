// A room of 1,000 students in the real browser: the classroom server (built by `cargo test`,
// or $CLASSROOM_BIN) on a free loopback port, a teacher page, one student's phone page and
// 999 students at the protocol level (the `ws` package), each from an address of its own in
// 127.0.0.0/8. The phone draws its own part of the class, not 1,000 nodes; the teacher's
// screen draws every student; axe finds nothing on either; a switch reaches every screen.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import WebSocket from "ws";
import { DIST, PROJECT, launchBrowser, openPage, until } from "./harness.mjs";

const SEATS = 1000;
/** What the phone may draw: its block of 24 seats (the model's NEIGHBOURHOOD) and the server. */
const PHONE_MOST = 24 + 1;
const BIN = process.env.CLASSROOM_BIN ?? join(PROJECT, "target", "debug", "netmodels-classroom");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const env = { clients: [], sessions: [] };

before(async () => {
  assert.ok(existsSync(BIN), `${BIN} is built by cargo test (or set CLASSROOM_BIN)`);
  env.stateDir = mkdtempSync(join(tmpdir(), "netmodels-thousand-"));
  env.server = spawn(BIN, ["--addr", "127.0.0.1:0", "--dist", DIST, "--state", join(env.stateDir, "state")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: env.server.stdout });
  const first = await new Promise((ok) => lines.once("line", ok));
  lines.on("line", () => {}); // keep reading, so the server never blocks on its output
  env.port = Number(first.match(/:(\d+)\/$/)[1]);
  env.base = `http://127.0.0.1:${env.port}`;
  env.browser = await launchBrowser();
});

after(async () => {
  for (const c of env.clients) c.ws.terminate();
  for (const s of env.sessions) await s.context.close().catch(() => {});
  await env.browser?.close();
  env.server?.kill();
  if (env.stateDir) rmSync(env.stateDir, { recursive: true, force: true });
});

/** The `n`-th student's own loopback address (127.20.0.1 onwards). */
const address = (n) => `127.20.${Math.floor(n / 250)}.${(n % 250) + 1}`;

/** A protocol-level student from its own address: joins, and notes when s1 goes off. */
function protocolStudent(code, n) {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${env.port}/ws/2`, { localAddress: address(n) });
    const client = { ws, node: null, s1DownAt: null };
    ws.on("open", () => ws.send(`join ${code} Client ${n}`));
    ws.on("message", (data) => {
      const [verb, a, b] = String(data).split(" ");
      if (verb === "you") {
        client.node = a;
        ok(client);
      } else if (verb === "refused") {
        fail(new Error(`client ${n} refused: ${a}`));
      } else if (verb === "node" && a === "s1" && b === "down") {
        client.s1DownAt ??= Date.now();
      }
    });
    ws.on("error", fail);
  });
}

/** axe-core's violations on the page, each as one readable line. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

const text = async (page, selector) => (await page.locator(selector).textContent())?.trim();

test("a room of 1,000: the phone draws its own part, the teacher every student, axe finds nothing, a switch reaches all", async () => {
  // axe is injected as a script of the test's own; the page's CSP would (rightly) refuse it.
  const contextOptions = { bypassCSP: true };
  const teacher = await openPage(env.browser, `${env.base}/?classroom=host`, undefined, { waitFor: "[data-classroom='host']", contextOptions });
  env.sessions.push(teacher);
  const code = await until(async () => text(teacher.page, "[data-room-code]"), "the join code");
  const phone = await openPage(env.browser, `${env.base}/?join=${code}`, { width: 400, height: 800 }, { waitFor: "[data-control='name']", contextOptions });
  env.sessions.push(phone);
  await phone.page.fill("[data-control='name']", "Zoé");
  await phone.page.click("[data-control='join']");
  await phone.page.locator("[data-classroom='student'] [data-control='ask']").waitFor();

  // The other 999 join together, fifty at a time.
  const started = Date.now();
  for (let n = 1; n < SEATS; n += 50) {
    const batch = [];
    for (let k = n; k < Math.min(n + 50, SEATS); k++) batch.push(protocolStudent(code, k));
    env.clients.push(...(await Promise.all(batch)));
  }
  await until(async () => (await text(teacher.page, "[data-metric='students']")) === String(SEATS), "1,000 students on the teacher's screen", 60000);
  console.log(`# ${SEATS} students seated in ${Date.now() - started} ms`);

  // The phone: its own node, the server and its neighbours, never the whole class.
  const mine = await phone.page.locator("[data-node-mine]").getAttribute("data-node-mine");
  const drawn = await phone.page.locator(".class-net [data-node]").evaluateAll((nodes) => nodes.map((n) => n.dataset.node));
  assert.ok(drawn.length <= PHONE_MOST, `the phone draws ${drawn.length} nodes`);
  assert.ok(drawn.includes(mine), "its own node is drawn");
  assert.ok(drawn.includes("s1"), "and its server");
  assert.equal(await phone.page.locator(".class-net").getAttribute("data-shown"), "neighbourhood");

  // The teacher: a button for the server and for each of the 1,000 seats, each readable.
  const seats = await teacher.page.locator(".class-net button[data-node]").evaluateAll((buttons) =>
    buttons.map((b) => {
      const box = b.getBoundingClientRect();
      return { node: b.dataset.node, text: b.textContent, width: box.width, font: parseFloat(getComputedStyle(b).fontSize) };
    }),
  );
  const ids = new Set(seats.map((s) => s.node));
  for (let k = 1; k <= SEATS; k++) assert.ok(ids.has(`c${k}`), `c${k} is on the teacher's screen`);
  assert.ok(ids.has("s1"));
  assert.equal(seats.length, SEATS + 1);
  assert.ok(
    seats.every((s) => s.width >= 60 && s.font >= 11),
    "every seat is a cell wide enough to read",
  );
  assert.equal(seats.find((s) => s.node === mine)?.text, `${mine} · Zoé`, "the phone's seat by its node and name");

  for (const [who, session] of [["phone", phone], ["teacher", teacher]]) {
    const violations = await axeViolations(session.page);
    assert.deepEqual(violations, [], `axe on the ${who}'s page`);
  }

  // The teacher switches the server off: every screen hears of it.
  const clicked = Date.now();
  await teacher.page.click("[data-node='s1']");
  await phone.page.locator("[data-node='s1'][data-state='down']").waitFor({ timeout: 10000 });
  const phoneSaw = Date.now() - clicked;
  await until(() => env.clients.every((c) => c.s1DownAt !== null), "every protocol student sees s1 go off", 10000);
  const last = Math.max(...env.clients.map((c) => c.s1DownAt - clicked));
  console.log(`# the switch reached the phone page in ${phoneSaw} ms and the last of ${env.clients.length} protocol students in ${last} ms`);
  for (const s of [teacher, phone]) {
    assert.deepEqual(s.problems.consoleErrors, []);
    assert.deepEqual(s.problems.foreignRequests, []);
  }
});
