// Starts netmodels without any inline script, so the page runs under a strict
// Content-Security-Policy. Trunk writes the hashed file names into this tag's data-*.
const tag = document.querySelector("script[data-js][data-wasm]");

// If the page cannot start, the wasm (and its catalogues) cannot speak: these few lines
// say so in the first of the browser's languages the page knows.
const COULD_NOT_START = {
  en: "netmodels could not start: this browser may not support WebAssembly, or a file failed to load.",
  fr: "netmodels n’a pas pu démarrer : ce navigateur ne prend peut-être pas en charge WebAssembly, ou un fichier n’a pas pu être chargé.",
  de: "netmodels konnte nicht starten: Dieser Browser unterstützt WebAssembly vielleicht nicht, oder eine Datei konnte nicht geladen werden.",
  es: "netmodels no pudo arrancar: puede que este navegador no admita WebAssembly, o que no se haya podido cargar un archivo.",
};

function couldNotStart() {
  let remembered = null;
  try {
    remembered = localStorage.getItem("netmodels:lang");
  } catch {
    // Storage refused (private mode, a sandboxed frame): the browser's languages decide.
  }
  const link = new URLSearchParams(location.search).get("lang");
  const asked = [link, remembered, ...(navigator.languages ?? [])];
  for (const code of asked) {
    const primary = String(code ?? "").split(/[-_]/)[0].toLowerCase();
    if (COULD_NOT_START[primary]) return [primary, COULD_NOT_START[primary]];
  }
  return ["en", COULD_NOT_START.en];
}

// The Save menu's code (src/bin/netmodels-save.rs) comes from save/ beside this file the
// first time someone opens the menu (src/ui/controls/save_menu.rs), so the page does not carry it.
// The module asks for the moment on screen with an event the page answers. If loading
// fails, the menu says so in the page's language; opening it again retries, under a fresh
// address, as a browser may remember that an import failed.
let saving = null;
let saveTries = 0;
document.addEventListener("toggle", async ({ target: menu }) => {
  if (!menu.matches?.(".save[open]")) return;
  const at = (file) => new URL("save/" + file + "?" + saveTries, import.meta.url);
  // The page writes its state into the event: Share's query and the moment on screen.
  const state = () => {
    const asked = new Event("netmodels-state");
    document.dispatchEvent(asked);
    return asked;
  };
  try {
    saving ??= (async () => {
      saveTries++;
      const save = await import(at("netmodels-save.js"));
      await save.default({ module_or_path: at("netmodels-save_bg.wasm") });
      return save;
    })();
    // Each opening draws the menu afresh, in the language the page speaks now.
    await (await saving).mount(menu.lastChild, state);
  } catch {
    saving = null;
    menu.lastChild.innerHTML = "<p role=alert></p>";
    menu.lastChild.firstChild.textContent = menu.dataset.unavailable;
  }
}, true);

try {
  const { default: init } = await import(tag.dataset.js);
  const wasm = await init({ module_or_path: tag.dataset.wasm });
  // For the performance report: how much memory the WebAssembly instance holds.
  globalThis.netmodelsMemory = () => wasm.memory.buffer.byteLength;
} catch (error) {
  const box = document.getElementById("fatal");
  const [lang, message] = couldNotStart();
  box.lang = lang;
  box.textContent = message + " (" + error + ")";
  box.hidden = false;
  throw error;
}
