// The live classroom in each engine (run by smoke.mjs): the classroom server on a free
// loopback port, a room opened by a teacher at the protocol level, and a student's page
// (`?join=CODE`) that must open its same-origin WebSocket under the page's CSP
// (`connect-src 'self'`, which WebKit before its 2022 fix did not read as covering `ws:`),
// join, ask, and show its own state; in French, so the catalogue's fetch is under the
// same CSP.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";
import WebSocket from "ws";
import { DIST, PROJECT } from "../harness.mjs";

const BIN = process.env.CLASSROOM_BIN ?? join(PROJECT, "target", "debug", "netmodels-classroom");

/** Starts the classroom server on 127.0.0.1 at a port the OS picks; `close()` stops it. */
export async function startClassroom() {
  assert.ok(existsSync(BIN), `${BIN} is built by cargo test (or set CLASSROOM_BIN)`);
  assert.ok(existsSync(join(DIST, "classroom", "index.html")), "dist/classroom/ is built (trunk build classroom.html …)");
  const server = spawn(BIN, ["--addr", "127.0.0.1:0", "--dist", DIST], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout });
  const first = await new Promise((ok, fail) => {
    lines.once("line", ok);
    server.once("exit", (code) => fail(new Error(`the classroom server stopped (${code})`)));
  });
  lines.on("line", () => {}); // keep reading, so the server never blocks on its output
  const port = Number(first.match(/:(\d+)\/$/)[1]);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.kill();
    },
  };
}

/** A teacher at the protocol level: opens a room and hears every line; `code` is its join code. */
export function protocolTeacher(port) {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws/1`);
    const teacher = { ws, code: null, lines: [] };
    ws.on("open", () => ws.send("create"));
    ws.on("message", (data) => {
      const line = String(data);
      teacher.lines.push(line);
      const [verb, code] = line.split(" ");
      if (verb === "room") {
        teacher.code = code;
        ok(teacher);
      }
    });
    ws.on("error", fail);
  });
}
