// Makes dist/offline.html: the whole page in one file that works opened from disk
// (file://) with no network. Called by the post-build hook (minify-glue.mjs) once the
// glue is final, inside Trunk's staging directory.
//
// - The wasm travels gzip-compressed and base64-encoded in a non-executed <script> and is
//   unpacked with DecompressionStream: no fetch, no worker (both refused from file://).
// - The JS glue (turned into a classic script by esbuild), the start-up code and the CSS
//   are inline, and the copy's Content-Security-Policy allows exactly them by their
//   sha256 hashes, computed here (crypto.subtle is missing on plain-http pages, so the
//   page could not compute them itself). No 'unsafe-inline'; default-src 'none', so no
//   request can leave the file.
// - The French, German and Spanish catalogues ride along as
//   <script type="text/x-fluent" data-lang="fr"> elements, and the whole English one too:
//   the wasm's built-in English leaves out the text of the tour's steps, read when the tour
//   opens.
// - The scene to start in is read from <meta name="netmodels-scene" content="…"> (a link's
//   query; empty here), an attribute that no hash covers, so a copy given a scene keeps a
//   valid policy.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, constants } from "node:zlib";
import { transformSync } from "esbuild";

export const OFFLINE_FILE = "offline.html";
const LANGUAGES = ["en", "fr", "de", "es"];

const sha256 = (text) => "'sha256-" + createHash("sha256").update(text, "utf8").digest("base64") + "'";

/// Text going inside a raw-text element must not be able to end it early.
function inlineable(text, element, what) {
  const lower = text.toLowerCase();
  if (lower.includes("</" + element) || lower.includes("<!--")) {
    throw new Error(`offline-copy: ${what} contains "</${element}" or "<!--" and cannot be inlined`);
  }
  return text;
}

function attribute(html, pattern, what) {
  const match = html.match(pattern);
  if (!match) throw new Error(`offline-copy: no ${what} in index.html`);
  return match[1].replace(/^\.\//, "");
}

// Starts the app from the packed wasm; shows a readable message if anything fails.
const BOOT = `
(async () => {
  try {
    const packed = document.getElementById("netmodels-wasm").textContent.trim();
    const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    const wasm = await new Response(stream).arrayBuffer();
    await netmodelsGlue.default({ module_or_path: wasm });
  } catch (error) {
    const box = document.getElementById("fatal");
    box.textContent = "netmodels could not start: this browser may be too old for the offline copy (it needs WebAssembly and DecompressionStream). (" + error + ")";
    box.hidden = false;
    throw error;
  }
})();
`;

export function writeOfflineCopy(stage, { minify, langDir }) {
  const html = readFileSync(join(stage, "index.html"), "utf8");
  const glueFile = attribute(html, /data-js="?([^" >]+)/, "glue script");
  const wasmFile = attribute(html, /data-wasm="?([^" >]+)/, "wasm");
  const cssFile = attribute(html, /href="?([^" >]+\.css)/, "stylesheet");
  const iconFile = attribute(html, /href="?([^" >]+\.svg)/, "icon");

  const glue = transformSync(readFileSync(join(stage, glueFile), "utf8"), {
    format: "iife",
    globalName: "netmodelsGlue",
    minify,
    target: "es2022",
    legalComments: "none",
    // The glue finds its wasm by import.meta.url only when given none; here it is given
    // the bytes, so the empty stand-in esbuild puts there is never read.
    logOverride: { "empty-import-meta": "silent" },
  }).code;
  const boot = minify ? transformSync(BOOT, { minify: true, target: "es2022" }).code : BOOT;
  const script = inlineable(glue + "\n" + boot, "script", "the glue");
  const css = inlineable(readFileSync(join(stage, cssFile), "utf8"), "style", "the stylesheet");
  const icon = "data:image/svg+xml;base64," + readFileSync(join(stage, iconFile)).toString("base64");
  const wasm = gzipSync(readFileSync(join(stage, wasmFile)), { level: constants.Z_BEST_COMPRESSION });

  const catalogues = LANGUAGES.map((lang) => {
    const text = inlineable(readFileSync(join(langDir, `${lang}.ftl`), "utf8"), "script", `${lang}.ftl`);
    return `<script type="text/x-fluent" data-lang="${lang}">${text}</script>`;
  }).join("");

  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    "img-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  let page = html
    // Everything the page would fetch is inline instead.
    .replace(/<link[^>]*>/g, "")
    .replace(/<script[^>]*\bdata-js\b[^>]*><\/script>/, "")
    .replace(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i, "");
  if (/<link|<script|Content-Security-Policy/i.test(page)) {
    throw new Error("offline-copy: index.html has a tag this script does not know how to inline");
  }
  const head =
    `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
    `<meta name="netmodels-offline" content="">` +
    `<meta name="netmodels-scene" content="">` +
    `<link rel="icon" href="${icon}" type="image/svg+xml">` +
    `<style>${css}</style>`;
  const body =
    catalogues +
    `<script type="application/octet-stream" id="netmodels-wasm">${wasm.toString("base64")}</script>` +
    `<script>${script}</script>`;
  page = page.replace(/<meta charset="?utf-8"?\s*\/?>/i, (m) => m + head);
  if (!page.includes("netmodels-offline")) throw new Error("offline-copy: no <meta charset> in index.html");
  page = page.replace("</body>", body + "</body>");
  writeFileSync(join(stage, OFFLINE_FILE), page);
  console.log(`offline-copy: ${OFFLINE_FILE} ${Buffer.byteLength(page)} B (wasm ${wasm.length} B gzip)`);
}
