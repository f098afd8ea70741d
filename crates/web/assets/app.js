// Optional enhancements; every page works without this file.
// 1. Offline: a service worker caches the pages of the language being read.
// 2. "Read aloud": the device's own speech synthesis (nothing is sent anywhere), each language run in its own
//    voice: the English lines for the officers in an English voice.
(function () {
  "use strict";
  var lang = document.documentElement.lang;
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    navigator.serviceWorker.register("/sw.js").then(function (reg) {
      var w = reg.active || reg.waiting || reg.installing;
      if (w) { w.postMessage({ cache: lang }); }
      navigator.serviceWorker.ready.then(function (r) { if (r.active) { r.active.postMessage({ cache: lang }); } });
    }).catch(function () {});
  }
  var btn = document.getElementById("speak");
  if (btn && "speechSynthesis" in window) {
    btn.hidden = false;
    btn.addEventListener("click", function () {
      var main = document.querySelector("main");
      if (speechSynthesis.speaking) { speechSynthesis.cancel(); return; }
      runs(main).forEach(function (r) {
        var u = new SpeechSynthesisUtterance(r.text);
        u.lang = r.lang;
        var v = voiceFor(r.lang);
        if (v) { u.voice = v; }
        speechSynthesis.speak(u);
      });
    });
  }
  // The visible text of `root`, as runs of one language each (the nearest `lang` attribute): the lines for
  // the officers, marked lang="en", are read by an English voice, the rest in the page's language.
  function runs(root) {
    var out = [];
    if (!root) { return out; }
    var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var n = walk.nextNode(); n; n = walk.nextNode()) {
      var el = n.parentElement;
      if (!el || !shown(el)) { continue; }
      var t = n.nodeValue.replace(/\s+/g, " ");
      if (!t.trim()) { continue; }
      var l = el.closest("[lang]");
      var code = l ? l.getAttribute("lang") : lang;
      var last = out[out.length - 1];
      if (last && last.lang === code) { last.text += t; } else { out.push({ lang: code, text: t }); }
    }
    return out.filter(function (r) { return r.text.trim(); });
  }
  function shown(el) {
    if (el.closest("script, style, [hidden], [aria-hidden=true]")) { return false; }
    var d = el.closest("details");
    if (d && !d.open && !el.closest("summary")) { return false; }
    return true;
  }
  function voiceFor(code) {
    var base = code.split("-")[0].toLowerCase();
    var vs = speechSynthesis.getVoices();
    for (var i = 0; i < vs.length; i++) {
      if (vs[i].lang && vs[i].lang.toLowerCase().split(/[-_]/)[0] === base) { return vs[i]; }
    }
    return null;
  }
})();
