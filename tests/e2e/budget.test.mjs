// The size budget of the release build: the whole page at most 200 KB gzip. Prints the
// sizes of every file in dist/; fails only when the budget is exceeded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST } from "./harness.mjs";

const BUDGET_GZIP_BYTES = 200_000;

test(`the page fits in ${BUDGET_GZIP_BYTES / 1000} KB gzip`, () => {
  let raw = 0;
  let gzip = 0;
  const kinds = {};
  for (const file of readdirSync(DIST)) {
    const body = readFileSync(join(DIST, file));
    const zipped = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += zipped;
    const kind = file.split(".").pop();
    kinds[kind] = (kinds[kind] ?? 0) + zipped;
    console.log(`# size ${file}: ${body.length} B raw, ${zipped} B gzip`);
  }
  console.log(`# size total: ${raw} B raw, ${gzip} B gzip (budget ${BUDGET_GZIP_BYTES} B gzip)`);
  assert.ok(kinds.wasm > 50_000, "the wasm is there");
  assert.ok(gzip <= BUDGET_GZIP_BYTES, `${gzip} B gzip is over the budget`);
});
