// One Tesseract (npm tesseract-wasm 0.11.0, BSD-2-Clause, vendored in ./tesseract/ with its licence and
// checksums) in a Web Worker: the page hands it the WebAssembly and the model (each fetched with its hash
// checked), then prepared grey pages (the server's preparation, done by crates/ondevice), and gets text back.
// It reads as the server's `tesseract stdin stdout -l eng --psm 3|6 --dpi 200` does, and fetches nothing.
import { createOCREngine } from "./tesseract/lib.js";

let engine = null;

self.onmessage = async (e) => {
  const m = e.data;
  try {
    if (m.init) {
      engine = await createOCREngine({ wasmBinary: m.wasm });
      engine.loadModel(m.model);
      self.postMessage({ id: m.id, ok: true });
      return;
    }
    const t0 = performance.now();
    const n = m.width * m.height;
    const rgba = new Uint8ClampedArray(n * 4);
    for (let i = 0, j = 0; i < n; i++, j += 4) {
      const v = m.grey[i];
      rgba[j] = v; rgba[j + 1] = v; rgba[j + 2] = v; rgba[j + 3] = 255;
    }
    const t1 = performance.now();
    engine.loadImage(new ImageData(rgba, m.width, m.height));
    // After loadImage, which sets the page segmentation mode to automatic (tesseract-wasm's src/lib.cpp,
    // `LoadImage`: SetPageSegMode(PSM_AUTO)): set before, --psm 6 would be read as --psm 3.
    engine.setVariable("tessedit_pageseg_mode", String(m.psm));
    engine.setVariable("user_defined_dpi", "200");
    // Read back: a reading in another layout than the server's is refused, not returned.
    const psm = engine.getVariable("tessedit_pageseg_mode");
    if (psm !== String(m.psm)) { throw new Error("Tesseract kept --psm " + psm + ", not " + m.psm); }
    const t2 = performance.now();
    const text = engine.getText();
    engine.clearImage();
    // How long each step took here (ms): the pixels to RGBA, handing them to Tesseract, reading.
    self.postMessage({ id: m.id, text: text, psm: Number(psm), took: [t1 - t0, t2 - t1, performance.now() - t2] });
  } catch (err) {
    self.postMessage({ id: m.id, error: String(err && err.message ? err.message : err) });
  }
};
