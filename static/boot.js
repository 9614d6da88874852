// Starts netmodels without any inline script, so the page runs under a strict
// Content-Security-Policy. Trunk writes the hashed file names into this tag's data-*.
const tag = document.querySelector("script[data-js][data-wasm]");
try {
  const { default: init } = await import(tag.dataset.js);
  const wasm = await init({ module_or_path: tag.dataset.wasm });
  // For the performance report: how much memory the WebAssembly instance holds.
  globalThis.netmodelsMemory = () => wasm.memory.buffer.byteLength;
} catch (error) {
  const box = document.getElementById("fatal");
  box.textContent =
    "netmodels could not start: this browser may not support WebAssembly, or a file " +
    "failed to load. (" + error + ")";
  box.hidden = false;
  throw error;
}
