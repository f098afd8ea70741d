// "Speak for me": one line at a time, and a tap says its English through the device's own speech synthesis,
// in an English voice (nothing is sent anywhere). Without this file the page lists every line, large.
(function () {
  "use strict";
  var list = document.getElementById("lines");
  var nav = document.getElementById("speaknav");
  if (!list || !nav) { return; }
  var lines = Array.prototype.slice.call(list.children);
  if (!lines.length) { return; }
  var at = 0;
  var canSpeak = "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;

  function show(i) {
    at = (i + lines.length) % lines.length;
    lines.forEach(function (li, k) { li.classList.toggle("on", k === at); });
  }
  // An English voice: American English first, then any English one; none found, the browser picks one for
  // the utterance's language.
  function englishVoice() {
    var vs = speechSynthesis.getVoices() || [];
    var any = null;
    for (var i = 0; i < vs.length; i++) {
      var l = (vs[i].lang || "").toLowerCase().replace("_", "-");
      if (l === "en-us") { return vs[i]; }
      if (!any && l.split("-")[0] === "en") { any = vs[i]; }
    }
    return any;
  }
  function say(li) {
    var en = li.querySelector("[lang=en]");
    if (!canSpeak || !en) { return; }
    speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance(en.textContent.trim());
    u.lang = "en-US";
    u.rate = 0.9;
    var v = englishVoice();
    if (v) { u.voice = v; }
    speechSynthesis.speak(u);
  }

  list.classList.add("one");
  nav.hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll(".speakpage .js"), function (p) { p.hidden = false; });
  Array.prototype.forEach.call(document.querySelectorAll(".speakpage .nojs"), function (p) { p.hidden = true; });
  var play = document.getElementById("play");
  if (!canSpeak) { play.hidden = true; }
  lines.forEach(function (li, k) {
    li.addEventListener("click", function (e) {
      if (e.target.closest("a")) { return; }
      show(k);
      say(li);
    });
  });
  play.addEventListener("click", function () { say(lines[at]); });
  document.getElementById("prev").addEventListener("click", function () { show(at - 1); });
  document.getElementById("next").addEventListener("click", function () { show(at + 1); });
  var start = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  show(start ? Math.max(0, lines.indexOf(start)) : 0);
})();
