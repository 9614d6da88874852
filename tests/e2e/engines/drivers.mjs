// Starts one of the three browser engines the smoke tests run in, each through its own
// WebDriver server from Debian or crates.io (never a browser or driver downloaded by a
// test tool), and stops it again, even when a test fails or the run is interrupted:
//
// - chromium: Debian's `chromium` through `chromedriver` (package chromium-driver), headless;
// - firefox:  Debian's `firefox-esr` through `geckodriver` (cargo install), headless;
// - webkit:   WebKitGTK, Safari's engine, through `WebKitWebDriver` (package
//   webkit2gtk-driver), whose MiniBrowser draws into a private Xvfb display.
//
// Every server listens on 127.0.0.1 at a port the OS picked; every process started here
// leads its own process group, so stopping it stops the browser it started too.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import { WebDriver } from "selenium-webdriver";
import { Executor, HttpClient } from "selenium-webdriver/http/index.js";
import { CHROMIUM_ARGS } from "../harness.mjs";

export const ENGINES = ["chromium", "firefox", "webkit"];

function cargoBin(name) {
  const installed = join(homedir(), ".cargo", "bin", name);
  return existsSync(installed) ? installed : name;
}

/** Where each engine's programs are, overridable for machines that put them elsewhere. */
const PROGRAMS = {
  chromedriver: process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver",
  chromium: process.env.CHROMIUM ?? "/usr/bin/chromium",
  // `cargo install` puts it in ~/.cargo/bin, which a plain shell may not have on PATH.
  geckodriver: process.env.GECKODRIVER ?? cargoBin("geckodriver"),
  firefox: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
  webkitDriver: process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver",
  xvfb: process.env.XVFB ?? "/usr/bin/Xvfb",
};

/** WebKitGTK's small browser for automation ships in its library package, under the multiarch path. */
function miniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  const candidates = ["x86_64-linux-gnu", "aarch64-linux-gnu", "i386-linux-gnu", "arm-linux-gnueabihf"].map(
    (arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`,
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`WebKitGTK's MiniBrowser not found in ${candidates.join(", ")}: run .ci/setup --test`);
  return found;
}

export const VIEWPORT = { width: 1280, height: 900 };

/** Every process started here and still running, so that an exit on any path can stop them. */
const started = new Set();

function stopGroup(child, signal = "SIGTERM") {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// A crash, an uncaught error or Ctrl+C must not leave a browser behind.
process.on("exit", () => {
  for (const child of started) stopGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    for (const child of started) stopGroup(child, "SIGKILL");
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

/** Starts `program` in its own process group and keeps the end of its output for error messages. */
function start(program, args, options = {}) {
  const child = spawn(program, args, {
    detached: true,
    stdio: options.stdio ?? ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...options.env },
  });
  started.add(child);
  child.output = "";
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // A program that could not be started at all reports an error and never exits.
  child.exited = new Promise((ok) => {
    child.once("exit", (code, signal) => {
      started.delete(child);
      ok({ code, signal });
    });
    child.once("error", (e) => {
      started.delete(child);
      child.output += `\n${e.message}`;
      ok({ code: e.code, signal: null });
    });
  });
  return child;
}

/** Stops a process group politely, then for good if it lingers. */
async function stop(child) {
  if (!started.has(child)) return;
  stopGroup(child, "SIGTERM");
  const gone = await Promise.race([child.exited.then(() => true), deadline(3000).then(() => false)]);
  if (!gone) stopGroup(child, "SIGKILL");
  await child.exited;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Like sleep, but does not keep the process alive: for the far end of a race. */
const deadline = (ms) => new Promise((ok) => setTimeout(ok, ms).unref());

/** A loopback port that was free a moment ago (the driver binds it right after). */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Waits until the WebDriver server at `url` says it is ready, or fails with its output. */
async function waitReady(url, child, what) {
  const end = Date.now() + 30000;
  let exit = null;
  child.exited.then((e) => {
    exit = e;
  });
  for (;;) {
    if (exit?.code === "ENOENT") throw new Error(`${what} is not installed (.ci/setup --test installs it):${child.output}`);
    if (exit) throw new Error(`${what} exited (${exit.code ?? exit.signal}) before it was ready:\n${child.output}`);
    try {
      const reply = await fetch(`${url}/status`);
      if (reply.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > end) throw new Error(`${what} was not ready after 30 s:\n${child.output}`);
    await sleep(100);
  }
}

/** Starts a private X display with a free number (Xvfb picks it and writes it to fd 3). */
async function startDisplay() {
  const xvfb = start(PROGRAMS.xvfb, ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  const display = await new Promise((ok, fail) => {
    let text = "";
    xvfb.stdio[3].on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) ok(`:${text.trim()}`);
    });
    xvfb.exited.then((e) => fail(new Error(`Xvfb exited (${e.code ?? e.signal}):\n${xvfb.output}`)));
    setTimeout(() => fail(new Error(`Xvfb gave no display after 10 s:\n${xvfb.output}`)), 10000).unref();
  });
  return { xvfb, display };
}

/** The capabilities each engine's driver needs to start its browser as the tests want it. */
function capabilities(engine) {
  switch (engine) {
    case "chromium":
      return {
        browserName: "chrome",
        "goog:chromeOptions": {
          binary: PROGRAMS.chromium,
          args: [...CHROMIUM_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
        },
      };
    case "firefox":
      return {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: PROGRAMS.firefox,
          args: ["-headless", `-width=${VIEWPORT.width}`, `-height=${VIEWPORT.height}`],
        },
      };
    case "webkit":
      return {
        "webkitgtk:browserOptions": { binary: miniBrowser(), args: ["--automation"] },
      };
    default:
      throw new Error(`unknown engine ${engine}: one of ${ENGINES.join(", ")}`);
  }
}

/** Starts the engine's WebDriver server (and for WebKit its display) on a free port. */
async function startDriver(engine) {
  const port = await freePort();
  switch (engine) {
    case "chromium":
      return { processes: [start(PROGRAMS.chromedriver, [`--port=${port}`])], port };
    case "firefox":
      return { processes: [start(PROGRAMS.geckodriver, ["--host", "127.0.0.1", "--port", String(port)])], port };
    case "webkit": {
      const { xvfb, display } = await startDisplay();
      const driver = start(PROGRAMS.webkitDriver, [`--port=${port}`, "--host=local"], {
        // Into the private display, even on a desktop that offers Wayland too.
        env: { DISPLAY: display, GDK_BACKEND: "x11" },
      });
      return { processes: [driver, xvfb], port };
    }
    default:
      throw new Error(`unknown engine ${engine}: one of ${ENGINES.join(", ")}`);
  }
}

/**
 * Starts `engine` and opens a WebDriver session in it. Call `close()` when done: it ends
 * the session and stops every process started for it, whatever state they are in.
 */
export async function launchEngine(engine) {
  const { processes, port } = await startDriver(engine);
  const close = async () => {
    for (const child of processes) await stop(child);
  };
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitReady(url, processes[0], `${engine}'s WebDriver server`);
    const driver = await WebDriver.createSession(new Executor(new HttpClient(url)), capabilities(engine));
    await driver.manage().window().setRect(VIEWPORT);
    return {
      driver,
      close: async () => {
        // A hung browser must not hang the run: give the polite quit a few seconds.
        await Promise.race([driver.quit().catch(() => {}), deadline(10000)]);
        await close();
      },
    };
  } catch (e) {
    await close();
    throw e;
  }
}
