// The warrant check on the phone itself (crates/ondevice): the server's own classifier, rules and answer
// page, built for WebAssembly. Nothing typed, chosen or photographed leaves the phone: this file makes no
// request with a body, and the WebAssembly only computes. Loaded (with Subresource Integrity) only by the
// warrant page; the WebAssembly and the reading engine are fetched only when the person asks.
// Without JavaScript or WebAssembly, nothing here runs and the page's forms go to the server, as before.
import init, * as od from "./amparo_ondevice.js";

const box = document.getElementById("ondevice");
const lang = document.documentElement.lang;
let ready = null;

function asset(name) {
  return { url: box.dataset[name + "Url"], integrity: box.dataset[name + "Sri"] };
}

// The WebAssembly, fetched once with its hash checked (fetch's integrity), then compiled.
function load() {
  if (!ready) {
    const w = asset("wasm");
    ready = init({ module_or_path: fetch(w.url, { integrity: w.integrity }) }).then(() => keep(false));
  }
  return ready;
}

// Ask the service worker to keep the on-device check (and, with `photos`, the reading engine and its model)
// for offline use; it fetches each with its hash checked. Resolves when kept (or at once where there is no
// service worker: then it works for as long as the page stays open).
// Once kept, not asked again while the page is open.
const kept = {};
function keep(photos) {
  const names = ["page", "glue", "wasm"].concat(photos ? ["ocr", "ocrWorker", "ocrLib", "ocrWasm", "ocrModel"] : []);
  const list = names.map(asset).filter((a) => a.url);
  if (!("serviceWorker" in navigator) || !navigator.serviceWorker.controller) { return Promise.resolve(false); }
  if (kept[photos]) { return kept[photos]; }
  kept[photos] = new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = (e) => resolve(e.data === "kept");
    navigator.serviceWorker.controller.postMessage({ ondevice: list, lang: lang }, [ch.port2]);
  }).then((ok) => { if (!ok) { delete kept[photos]; } return ok; });
  return kept[photos];
}

// A module fetched with its hash checked: a module preload carries the integrity, and the import() that
// follows gets the module it fetched (an import() alone takes no hash).
const preloaded = {};
function preload(name) {
  const a = asset(name);
  if (preloaded[name]) { return preloaded[name]; }
  return preloaded[name] = new Promise((resolve, reject) => {
    const l = document.createElement("link");
    l.rel = "modulepreload";
    l.href = a.url;
    l.integrity = a.integrity;
    l.onload = resolve;
    l.onerror = () => { delete preloaded[name]; reject(new Error(name + ": not fetched, or not the file the page expects")); };
    document.head.append(l);
  });
}

// The phone's clock (a test may fix it with data-now, to compare with the server at the same instant).
function now() { return box.dataset.now || new Date().toISOString(); }

function show(html) {
  const out = document.getElementById("od-result");
  out.innerHTML = html; // the server's renderer (maud) built to WebAssembly: escaped HTML
  out.hidden = false;
  out.scrollIntoView();
}

function failed(err) {
  const out = document.getElementById("od-result");
  out.textContent = "";
  const p = document.createElement("p");
  p.textContent = document.getElementById("od-form").dataset.failed;
  const d = document.createElement("small");
  d.lang = "en";
  d.textContent = " " + (err && err.message ? err.message : String(err));
  p.append(d);
  out.append(p);
  out.hidden = false;
}

function busy(on) {
  document.getElementById("od-busy").hidden = !on;
}

async function checkTyped(ev) {
  ev.preventDefault();
  const f = new FormData(ev.target);
  busy(true);
  try {
    const photo = f.get("photo");
    if (photo && photo.size > 0) {
      await load();
      await preload("ocr");
      const ocr = await import("./ocr.js");
      // Kept (each file's hash checked) before the reading workers start: the service worker then serves
      // their scripts, which cannot carry a hash themselves, from those checked copies.
      await keep(true);
      const r = await ocr.read(await photo.arrayBuffer(), od, box.dataset, {
        names: !!(f.get("my_name") || f.get("my_address")),
        dates: true,
      });
      show(od.check_photo_text(r.text, r.whole, f.get("my_name") || "", f.get("my_address") || "", now(), lang, "html"));
    } else {
      await load();
      show(od.check_text(f.get("text") || "", f.get("my_name") || "", f.get("my_address") || "", now(), lang, "html"));
    }
  } catch (e) {
    failed(e);
  } finally {
    busy(false);
  }
}

async function checkGuided(ev) {
  ev.preventDefault();
  const form = ev.target.form;
  busy(true);
  try {
    await load();
    const fields = Array.from(new FormData(form).entries()).filter((p) => typeof p[1] === "string");
    show(od.check_guided(JSON.stringify(fields), now(), lang, "html"));
  } catch (e) {
    failed(e);
  } finally {
    busy(false);
  }
}

// The check is built with WebAssembly SIMD (crates/ondevice, and the reading engine): offered only where the
// browser has it (this tiny module uses a SIMD instruction); elsewhere the page's forms go to the server.
const SIMD = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);
if (box && typeof WebAssembly === "object" && WebAssembly.validate(SIMD)) {
  box.hidden = false;
  document.getElementById("od-form").addEventListener("submit", checkTyped);
  const g = document.getElementById("od-guided");
  if (g) { g.hidden = false; g.addEventListener("click", checkGuided); }
  document.getElementById("od-keep").addEventListener("click", async () => {
    busy(true);
    try {
      await load();
      const kept = await keep(true);
      document.getElementById("od-kept").hidden = !kept;
    } catch (e) {
      failed(e);
    } finally {
      busy(false);
    }
  });
}
// For tests and the measurement script: the same functions, on this page.
window.amparoOnDevice = { load: () => load().then(() => od), keep: keep };
