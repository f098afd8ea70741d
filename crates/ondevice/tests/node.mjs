// Runs the committed on-device WebAssembly (crates/web/assets/ondevice) in Node, as the warrant page does:
// cases as JSON on stdin ([{input: "text"|"guided", ...}]), answers (the JSON contract) as a JSON array on stdout.
import { readFileSync } from "node:fs";

const dir = process.argv[2];
const glue = readFileSync(dir + "/amparo_ondevice.js", "utf8");
// The glue is an ES module; a data: URL imports it as one wherever it sits.
const od = await import("data:text/javascript;base64," + Buffer.from(glue).toString("base64"));
od.initSync({ module: readFileSync(dir + "/amparo_ondevice_bg.wasm") });
const cases = JSON.parse(readFileSync(0, "utf8"));
const out = cases.map((c) => {
  const answer = c.input === "guided"
    ? od.check_guided(JSON.stringify(c.fields), c.now, c.lang, "json")
    : od.check_text(c.text, c.name, c.address, c.now, c.lang, "json");
  const html = c.input === "guided"
    ? od.check_guided(JSON.stringify(c.fields), c.now, c.lang, "html")
    : od.check_text(c.text, c.name, c.address, c.now, c.lang, "html");
  return { answer: JSON.parse(answer), html };
});
process.stdout.write(JSON.stringify(out));
