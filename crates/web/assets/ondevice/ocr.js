// Reading a photo on the phone, as far as the decision needs, in the server's order (crates/documents/src/
// photo.rs): the page prepared by the server's own code (crates/ondevice, WebAssembly), read by two
// Tesseracts in Web Workers (ocr-worker.js) at once, as the server runs two `tesseract` processes. Every
// decision (is it settled? which turn reads better? is a signer's title missing?) is the server's Rust,
// called through the WebAssembly; this file only orders the readings. Loaded only when a photo is chosen.
const PAGE = 3; // --psm 3: find the blocks, then the lines
const BLOCK = 6; // --psm 6: one block (the signature part read again)
let pool = null;

async function fetched(data, name) {
  const r = await fetch(data[name + "Url"], { integrity: data[name + "Sri"] });
  if (!r.ok) { throw new Error(name + ": " + r.status); }
  return r.arrayBuffer();
}

function worker(data, wasm, model) {
  const w = new Worker(data.ocrWorkerUrl, { type: "module" });
  let next = 0;
  const waiting = new Map();
  w.onmessage = (e) => {
    const p = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (p) { e.data.error ? p.reject(new Error(e.data.error)) : p.resolve(e.data); }
  };
  const call = (msg, transfer) => new Promise((resolve, reject) => {
    const id = ++next;
    waiting.set(id, { resolve, reject });
    w.postMessage(Object.assign({ id }, msg), transfer || []);
  });
  return call({ init: true, wasm: wasm, model: model }).then(() => ({
    read: (page, psm) => {
      const t0 = performance.now();
      const grey = page.grey();
      const size = page.width() + "x" + page.height();
      const t1 = performance.now();
      return call({ grey, width: page.width(), height: page.height(), psm: psm || PAGE }, [grey.buffer]).then((r) => {
        log.push({ size, psm: r.psm, copy: t1 - t0, wall: performance.now() - t1, rgba: r.took[0], load: r.took[1], ocr: r.took[2] });
        return r.text;
      });
    },
  }));
}

// Two readers, started once; the WebAssembly and the model are fetched (hash checked) once. Resolves when
// both workers have been handed them (they then load while the photo is prepared); `ready` when loaded.
export function readers(data) {
  if (!pool) {
    pool = Promise.all([fetched(data, "ocrWasm"), fetched(data, "ocrModel")]).then(([wasm, model]) =>
      ({ ready: Promise.all([worker(data, wasm, model), worker(data, wasm, model)]) }));
  }
  return pool;
}

// What the last photo's reading took (ms), for the measurement script: the preparation, waiting for the
// readers, and each reading (the pixels copied out of the WebAssembly, then in the worker: to RGBA, handed
// to Tesseract, read; `wall` is from handing the page over to the text's return).
let log = [];
export function timings() { return log; }

// A page read whole: in two halves at once, cut at a blank band (the server's `read_parts`).
async function parts(page, r, made) {
  const cut = page.split();
  if (cut < 0) { return r[0].read(page); }
  const [a, b] = await Promise.all([r[0].read(made(page.rows(0, cut))), r[1].read(made(page.rows(cut, page.height())))]);
  return a + "\n" + b;
}

// The server's `read_needed`: the top and bottom bands first where the person asked about no name or
// address, the body only if they do not settle the decision.
async function needed(page, r, od, need, made) {
  const top = page.top_end(), bottom = page.bottom_start();
  if (need.names || top < 0) { return { text: await parts(page, r, made), whole: true }; }
  const [t, b] = await Promise.all([r[0].read(made(page.rows(0, top))), r[1].read(made(page.rows(bottom, page.height())))]);
  const ends = t + "\n" + b;
  if (od.settled(ends, need.names, need.dates)) { return { text: ends, whole: false }; }
  const body = await parts(made(page.rows(top, bottom)), r, made);
  return { text: t + "\n" + body + "\n" + b, whole: true };
}

// The server's `read_upright` and `photo_text`.
export async function read(bytes, od, data, need) {
  log = [];
  const t0 = performance.now();
  // The readers load (in their workers) while the photo is prepared here, as the server's do.
  const started = await readers(data);
  const t1 = performance.now();
  const page = new od.Page(new Uint8Array(bytes));
  const t2 = performance.now();
  // Every page made here is freed when the reading is done (its pixels live in the WebAssembly's memory).
  const pages = [page];
  const made = (p) => { pages.push(p); return p; };
  try {
    const r = await started.ready;
    log.push({ fetch: t1 - t0, prepare: t2 - t1, wait: performance.now() - t2 });
    return await readPage(page, r, od, need, made);
  } finally {
    for (const p of pages) { p.free(); }
  }
}

async function readPage(page, r, od, need, made) {
  let best = { page, text: "", whole: true };
  if (page.sideways()) {
    const turns = [made(page.turned(1)), made(page.turned(3))];
    const [a, b] = await Promise.all([r[0].read(turns[0]), r[1].read(turns[1])]);
    best = od.reading_score(b) >= od.reading_score(a) ? { page: turns[1], text: b, whole: true } : { page: turns[0], text: a, whole: true };
  } else {
    const first = await needed(page, r, od, need, made);
    const s = od.reading_score(first.text);
    best = { page, text: first.text, whole: first.whole };
    if (s < 1000 && s % 1000 < 12) {
      const turns = [made(page.turned(1)), made(page.turned(3))];
      const [a, b] = await Promise.all([r[0].read(turns[0]), r[1].read(turns[1])]);
      let alt = od.reading_score(b) >= od.reading_score(a) ? { page: turns[1], text: b } : { page: turns[0], text: a };
      if (od.reading_score(alt.text) < 1000) {
        const half = made(page.turned(2));
        const h = await r[0].read(half);
        if (od.reading_score(h) > od.reading_score(alt.text)) { alt = { page: half, text: h }; }
      }
      if (od.reading_score(alt.text) > s) { best = { page: alt.page, text: alt.text, whole: true }; }
      else { best.whole = true; }
    }
  }
  if (od.needs_signer_title(best.text)) {
    const again = await r[0].read(made(best.page.signature_part()), BLOCK);
    best.text = best.text + "\n\f\n" + again;
  }
  return { text: best.text, whole: best.whole };
}
