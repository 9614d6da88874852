// What a teacher expects of the live classroom, end to end: the classroom server (built
// by `cargo test`, or $CLASSROOM_BIN) on a free loopback port serving dist/, a teacher's
// page and students' pages in headless Chromium. The teacher renames a seat, locks the
// room, removes a student and ends the lesson, and each screen says what happened in
// words; a name that poses as the teacher is refused; a second teacher's screen takes the
// room over and the first one says so and stays quiet; a seated student's page keeps the
// screen awake where the browser can, and works the same where it cannot.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DIST, PROJECT, launchBrowser, openPage, until } from "./harness.mjs";

const BIN = process.env.CLASSROOM_BIN ?? join(PROJECT, "target", "debug", "netmodels-classroom");
const env = { sessions: [] };

before(async () => {
  assert.ok(existsSync(BIN), `${BIN} is built by cargo test (or set CLASSROOM_BIN)`);
  env.stateDir = mkdtempSync(join(tmpdir(), "netmodels-classroom-teacher-"));
  env.state = join(env.stateDir, "teacher.state");
  env.server = spawn(BIN, ["--addr", "127.0.0.1:0", "--dist", DIST, "--state", env.state], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: env.server.stdout });
  const first = await new Promise((ok) => lines.once("line", ok));
  lines.on("line", () => {}); // keep reading, so the server never blocks on its output
  env.base = `http://127.0.0.1:${Number(first.match(/:(\d+)\/$/)[1])}`;
  env.browser = await launchBrowser();
});

after(async () => {
  for (const s of env.sessions) await s.context.close().catch(() => {});
  await env.browser?.close();
  env.server?.kill();
  if (env.stateDir) rmSync(env.stateDir, { recursive: true, force: true });
});

const text = async (page, selector) => (await page.locator(selector).textContent())?.trim();

/** A browser context whose `navigator.wakeLock` records what is asked of it, or has none. */
async function phone(wakeLock) {
  const context = await env.browser.newContext({ viewport: { width: 400, height: 800 } });
  if (wakeLock) {
    await context.addInitScript(() => {
      window.__wake = [];
      const lock = {
        request: async (type) => {
          window.__wake.push(type);
          const sentinel = { released: false, addEventListener() {}, release: async () => { sentinel.released = true; window.__wake.push("release"); } };
          return sentinel;
        },
      };
      Object.defineProperty(navigator, "wakeLock", { configurable: true, value: lock });
    });
  } else {
    await context.addInitScript(() => Object.defineProperty(navigator, "wakeLock", { configurable: true, value: undefined }));
  }
  return context;
}

/** A student's page in `context` for room `code`, joined as `name` (or only opened). */
async function student(context, code, name) {
  const s = await openPage(env.browser, `${env.base}/?join=${code}`, undefined, { context, waitFor: "[data-control='name']" });
  env.sessions.push(s);
  if (name !== undefined) {
    await s.page.fill("[data-control='name']", name);
    await s.page.click("[data-control='join']");
  }
  return s;
}

async function teacherPage(context) {
  const t = await openPage(env.browser, `${env.base}/?classroom=host`, undefined, { context, waitFor: "[data-classroom='host']" });
  env.sessions.push(t);
  const code = await until(async () => text(t.page, "[data-room-code]"), "the join code");
  return { ...t, code };
}

const students = (t) => t.page.locator("[data-metric='students']").getAttribute("data-value");

test("the teacher renames a seat, locks the room, removes a student and ends the lesson; every screen says so", async () => {
  const teacher = await teacherPage();
  const { code } = teacher;
  const ana = await student(await phone(true), code, "Ana");
  await ana.page.locator("[data-control='ask']").waitFor();
  const ben = await student(await phone(false), code, "Ben");
  await ben.page.locator("[data-control='ask']").waitFor();
  await until(async () => (await students(teacher)) === "2", "two students on the teacher's screen");

  // The numbers a student's screen and the teacher's show carry them plain.
  await ana.page.click("[data-control='ask']");
  await ana.page.locator("[data-metric='me'][data-state='served']").waitFor({ timeout: 10000 });
  assert.match(await ana.page.locator("[data-metric='answers']").getAttribute("data-value"), /^[1-9]\d*$/);
  assert.equal(await ana.page.locator("[data-metric='me']").getAttribute("data-value"), "served");
  assert.equal(await students(teacher), "2");

  // Where the browser has a wake lock, a seated student's page holds one; where it has
  // none (Ben's), the page works all the same.
  assert.deepEqual(await ana.page.evaluate(() => window.__wake), ["screen"]);
  await ben.page.click("[data-control='ask']");
  await ben.page.locator("[data-metric='me'][data-state='served']").waitFor({ timeout: 10000 });

  // A name that poses as the teacher is refused in words, and takes no seat.
  const posing = await student(await phone(false), code, "  Lehrerin ");
  await until(async () => /teacher|name/i.test(await text(posing.page, ".class-status")), "the refusal in words");
  assert.equal(await posing.page.locator("[data-control='ask']").count(), 0);
  assert.equal(await students(teacher), "2");

  // The projector shows each student by their seat and name, never a name alone.
  assert.equal(await text(teacher.page, "[data-node='c1']"), "c1 · Ana");
  await teacher.page.selectOption("[data-control='seat']", "c2");
  await teacher.page.fill("[data-control='new-name']", "Ben B.");
  await teacher.page.click("[data-control='rename']");
  await until(async () => (await text(teacher.page, "[data-node='c2']")) === "c2 · Ben B.", "the seat renamed on the projector");

  // Locked: a newcomer is refused, with words on the join form.
  await teacher.page.click("[data-control='lock']");
  await teacher.page.locator("[data-control='lock'][aria-pressed='true']").waitFor({ timeout: 5000 });
  assert.match(await text(teacher.page, "[data-notice='locked']"), /nobody new can join/);
  const late = await student(await phone(false), code, "Cy");
  await late.page.locator("form [data-refused='locked']").waitFor({ timeout: 5000 });
  assert.match(await text(late.page, "[data-refused='locked']"), /locked this room/);
  assert.equal(await students(teacher), "2");

  // Removed: Ben's page says so, the seat is freed, and Ben does not come back silently,
  // neither by the page reconnecting nor by reopening it.
  await teacher.page.selectOption("[data-control='seat']", "c2");
  await teacher.page.click("[data-control='remove']");
  await ben.page.locator("[data-classroom='student'][data-state='removed']").waitFor({ timeout: 5000 });
  assert.match(await text(ben.page, "[data-notice='removed']"), /took you out of this lesson/);
  assert.equal(await ben.page.locator("[data-control='ask']").count(), 0, "nothing left to press");
  await until(async () => (await students(teacher)) === "1", "the seat freed");
  assert.equal(await teacher.page.locator("[data-control='seat'] option[value='c2']").count(), 0, "the name forgotten");
  await ben.page.waitForTimeout(4500); // two of the page's reconnection periods
  assert.equal(await students(teacher), "1", "no silent way back");
  assert.equal(await ben.page.locator("[data-state='removed']").count(), 1);
  await ben.page.reload();
  await ben.page.locator("[data-control='name']").waitFor({ timeout: 5000 });
  await ben.page.waitForTimeout(1000);
  assert.equal(await ben.page.locator("[data-control='ask']").count(), 0, "the reopened page has no seat");

  // End lesson: every screen is told, the wake lock is let go, the state file drops it.
  await until(() => readFileSync(env.state, "utf8").includes(code), "the room in the state file");
  await teacher.page.click("[data-control='end']");
  await ana.page.locator("[data-classroom='student'][data-state='ended']").waitFor({ timeout: 5000 });
  assert.match(await text(ana.page, "[data-notice='ended']"), /lesson has ended/);
  await teacher.page.locator("[data-classroom='host'][data-state='ended']").waitFor({ timeout: 5000 });
  assert.match(await text(teacher.page, ".class-status"), /lesson has ended/);
  assert.equal(await teacher.page.locator("[data-control='end']").count(), 0);
  assert.deepEqual(await ana.page.evaluate(() => window.__wake), ["screen", "release"]);
  await until(() => !readFileSync(env.state, "utf8").includes(code), "the ended room gone from the state file");

  for (const s of [teacher, ana, ben, posing, late]) {
    assert.deepEqual(s.problems.consoleErrors, [], "no console errors");
    assert.deepEqual(s.problems.cspViolations, [], "no CSP violation");
  }
});

test("a second teacher's screen takes the room over; the first says so in words and stays quiet", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await teacherPage(context);
  const kid = await student(await phone(false), first.code, "Ada");
  await kid.page.locator("[data-control='ask']").waitFor();
  // The same browser (the teacher's laptop and the projector's tab): the same room.
  const second = await teacherPage(context);
  assert.equal(second.code, first.code, "the same room");
  await first.page.locator("[data-classroom='host'][data-state='taken-over']").waitFor({ timeout: 5000 });
  assert.match(await text(first.page, "[data-notice='taken-over']"), /Another screen opened this room/);
  assert.equal(await first.page.locator("[data-control='end']").count(), 0, "nothing left to press");
  // The first does not take the room back by reconnecting: the second stays the host,
  // and what the second does reaches the class.
  await first.page.waitForTimeout(4500);
  assert.equal(await second.page.locator("[data-state='taken-over']").count(), 0, "the second is still the host");
  await second.page.click("[data-node='s1']");
  await kid.page.locator("[data-node='s1'][data-state='down']").waitFor({ timeout: 5000 });
  for (const s of [first, second, kid]) assert.deepEqual(s.problems.consoleErrors, [], "no console errors");
});
