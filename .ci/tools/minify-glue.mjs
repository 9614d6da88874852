// Trunk post-build hook: minifies the wasm-bindgen JS glue (and boot.js) of a release
// build with esbuild, which Trunk 0.21 leaves as written, and rewrites the glue's
// Subresource Integrity hash in index.html to match. Debug builds are left readable.
// Then, in every profile, writes the default page's offline copy (offline-copy.mjs) from
// the final files, and puts the Save module (built before into target/save-dist/ by
// `trunk build save.html --dist target/save-dist --filehash false`, see .ci/test) into
// save/, so that every build of the page, `trunk serve`'s rebuilds included, is complete.
// Runs inside Trunk's staging directory (TRUNK_STAGING_DIR) before dist/ is replaced.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { transformSync } from "esbuild";
import { writeOfflineCopy } from "./offline-copy.mjs";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error("TRUNK_STAGING_DIR is not set: run this from a Trunk hook");
const release = process.env.TRUNK_PROFILE === "release";

if (release) {
  const sri = (body) => "sha384-" + createHash("sha384").update(body).digest("base64");
  const htmlPath = join(stage, "index.html");
  let html = readFileSync(htmlPath, "utf8");
  for (const file of readdirSync(stage).filter((f) => f.endsWith(".js"))) {
    const path = join(stage, file);
    const before = readFileSync(path);
    // ES modules (the glue exports its init; boot.js awaits at the top level).
    const { code } = transformSync(before.toString("utf8"), {
      minify: true,
      format: "esm",
      target: "es2022",
      legalComments: "none",
    });
    writeFileSync(path, code);
    html = html.replaceAll(sri(before), sri(code));
    console.log(`minify-glue: ${file} ${before.length} → ${Buffer.byteLength(code)} B`);
  }
  writeFileSync(htmlPath, html);
}

// The offline copy is of the default page only (not of classroom.html's screens).
const target = basename(process.env.TRUNK_HTML_FILE ?? "index.html");
if (target === "index.html") {
  const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  writeOfflineCopy(stage, { minify: release, langDir: join(source, "static", "lang") });
  const save = join(source, "target", "save-dist");
  if (existsSync(save)) {
    cpSync(save, join(stage, "save"), { recursive: true, filter: (path) => !path.endsWith("index.html") });
  } else {
    console.warn("minify-glue: no target/save-dist/, so no Save module: its menu will say it could not load");
  }
}
