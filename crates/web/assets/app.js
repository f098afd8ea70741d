// Optional enhancements; every page works without this file.
// 1. Offline: a service worker caches the pages of the language being read.
// 2. "Read aloud": the device's own speech synthesis (nothing is sent anywhere).
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
      var u = new SpeechSynthesisUtterance(main ? main.innerText : "");
      u.lang = lang;
      speechSynthesis.speak(u);
    });
  }
})();
