// Optional: a draft of a tool's form, kept on this phone only, encrypted with a passphrase the person chooses.
// Every page works without this file. Nothing here touches the network: the draft never leaves the browser.
//
// Encryption: AES-GCM (256-bit key) through the browser's WebCrypto; the key is derived from the passphrase with
// PBKDF2-HMAC-SHA-256 and 600,000 iterations (the OWASP Password Storage Cheat Sheet's minimum for PBKDF2-SHA-256),
// with a new random salt and IV on every save. Stored in localStorage under "amparo-draft:<tool>" as
// {v, kdf, iterations, salt, iv, data} (base64). "Delete the draft" removes it.
(function () {
  "use strict";
  var panel = document.getElementById("draft");
  var form = document.querySelector("form[data-draft]");
  if (!panel || !form || !window.crypto || !window.crypto.subtle || !window.localStorage || !window.TextEncoder) {
    return;
  }
  var ITERATIONS = 600000;
  var KEY = "amparo-draft:" + panel.getAttribute("data-tool");
  var pass = document.getElementById("draft-pass");
  var status = document.getElementById("draft-status");
  var subtle = window.crypto.subtle;

  function say(what) { status.textContent = panel.getAttribute("data-" + what) || ""; }
  function b64(buf) {
    var s = "", bytes = new Uint8Array(buf);
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s);
  }
  function unb64(s) {
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }
  function derive(passphrase, salt, iterations) {
    return subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"])
      .then(function (base) {
        return subtle.deriveKey({ name: "PBKDF2", salt: salt, iterations: iterations, hash: "SHA-256" }, base,
          { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
      });
  }
  function values() {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.type === "submit" || e.type === "button") { return; }
      if (e.type === "checkbox") { if (e.checked) { out[e.name] = e.value; } }
      else if (e.value !== "") { out[e.name] = e.value; }
    });
    return out;
  }
  function fill(saved) {
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.type === "submit" || e.type === "button") { return; }
      var has = Object.prototype.hasOwnProperty.call(saved, e.name);
      if (e.type === "checkbox") { e.checked = has; } else { e.value = has ? saved[e.name] : ""; }
    });
  }
  function busy(on) {
    ["draft-save", "draft-open", "draft-delete"].forEach(function (id) { document.getElementById(id).disabled = on; });
    if (on) { say("working"); }
  }

  document.getElementById("draft-save").addEventListener("click", function () {
    if (pass.value.length < 8) { say("short"); return; }
    var salt = window.crypto.getRandomValues(new Uint8Array(16));
    var iv = window.crypto.getRandomValues(new Uint8Array(12));
    var plain = new TextEncoder().encode(JSON.stringify(values()));
    busy(true);
    derive(pass.value, salt, ITERATIONS)
      .then(function (key) { return subtle.encrypt({ name: "AES-GCM", iv: iv }, key, plain); })
      .then(function (sealed) {
        localStorage.setItem(KEY, JSON.stringify({
          v: 1, kdf: "PBKDF2-HMAC-SHA-256", iterations: ITERATIONS, salt: b64(salt), iv: b64(iv), data: b64(sealed)
        }));
        pass.value = "";
        busy(false);
        say("saved");
      })
      .catch(function () { busy(false); say("wrong"); });
  });

  document.getElementById("draft-open").addEventListener("click", function () {
    var stored = localStorage.getItem(KEY);
    if (!stored) { say("none"); return; }
    var d;
    try { d = JSON.parse(stored); } catch (e) { say("wrong"); return; }
    busy(true);
    derive(pass.value, unb64(d.salt), d.iterations)
      .then(function (key) { return subtle.decrypt({ name: "AES-GCM", iv: unb64(d.iv) }, key, unb64(d.data)); })
      .then(function (plain) {
        fill(JSON.parse(new TextDecoder().decode(plain)));
        busy(false);
        say("opened");
      })
      .catch(function () { busy(false); say("wrong"); });
  });

  document.getElementById("draft-delete").addEventListener("click", function () {
    localStorage.removeItem(KEY);
    pass.value = "";
    say(localStorage.getItem(KEY) === null ? "deleted" : "wrong");
  });

  panel.hidden = false;
})();
