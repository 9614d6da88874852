// The README's first command: `.ci/serve` gives a page that runs under the page's own
// Content-Security-Policy with a clean console (Trunk's live-reload script is inline, and
// the policy refuses it, so Trunk.toml turns live reload off). Builds the development page
// into a temporary folder, so it leaves dist/ (the release build the other tests use) alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT, launchBrowser, until, withSession } from "./harness.mjs";

/** A loopback port that was free a moment ago. */
async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, "127.0.0.1", ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

test(".ci/serve: the development page has no CSP violation and no console error", { timeout: 600_000 }, async () => {
  const port = await freePort();
  const dist = await mkdtemp(join(tmpdir(), "netmodels-serve-"));
  // Its own process group, so the server and any build it runs stop with it.
  const server = spawn(join(PROJECT, ".ci/serve"), ["--dist", dist], {
    cwd: PROJECT,
    env: { ...process.env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  server.stderr.on("data", (chunk) => { log = (log + chunk).slice(-4000); });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await launchBrowser();
  try {
    await until(async () => {
      if (server.exitCode !== null) throw new Error(`.ci/serve stopped: ${log}`);
      const page = await fetch(url).then((r) => (r.ok ? r.text() : ""), () => "");
      return page.includes("boot.js");
    }, "the development server's first build", 540_000);
    await withSession({ browser }, "", async (page, session) => {
      await page.locator('[data-node="s1"]').click();
      await page.waitForTimeout(1000);
      assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script served");
      assert.deepEqual(session.problems.cspViolations, []);
    }, { base: url });
  } finally {
    await browser.close();
    if (server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    await rm(dist, { recursive: true, force: true });
  }
});
