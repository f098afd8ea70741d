// Amparo's service worker: keeps the pages of the language being read available offline.
// It caches only Amparo's own pages (same origin), never a form submission or an upload.
"use strict";
var VERSION = "__VERSION__";
var PAGES = __PAGES__; // { "es": ["/es/", "/es/home", ...], ... }
var ASSETS = __ASSETS__; // the files the pages load (site::OFFLINE_ASSETS): ["/app.js", ...]
self.addEventListener("install", function (e) { self.skipWaiting(); });
self.addEventListener("activate", function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(VERSION + ":") !== 0; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener("message", function (e) {
  var lang = e.data && e.data.cache;
  if (!lang || !PAGES[lang]) { return; }
  e.waitUntil(caches.open(VERSION + ":" + lang).then(function (c) { return c.addAll(PAGES[lang].concat(ASSETS)); }));
});
// The warrant check on the phone (crates/web/assets/ondevice/page.js): keep its files, each fetched with its
// Subresource Integrity hash checked, in the language's cache; answer on the port when they are kept. A file
// already kept is not fetched again (the cache's name carries VERSION, which changes with every file's hash).
self.addEventListener("message", function (e) {
  var list = e.data && e.data.ondevice;
  var lang = e.data && e.data.lang;
  var port = e.ports && e.ports[0];
  if (!Array.isArray(list) || !PAGES[lang]) { return; }
  e.waitUntil(caches.open(VERSION + ":" + lang).then(function (c) {
    return Promise.all(list.map(function (a) {
      return c.match(a.url).then(function (hit) { return hit || c.add(new Request(a.url, { integrity: a.integrity })); });
    }));
  }).then(function () { if (port) { port.postMessage("kept"); } }, function () { if (port) { port.postMessage("failed"); } }));
});
self.addEventListener("fetch", function (e) {
  var req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== location.origin) { return; }
  // The on-device check's files that cannot carry an integrity hash (the reading worker's script and the
  // engine it imports: a Worker and its imports take none) are served from the copies kept above, each
  // fetched with its hash checked, once kept; files fetched with a hash go to the network first as all do.
  if (!req.integrity && new URL(req.url).pathname.indexOf("/ondevice/") === 0) {
    e.respondWith(caches.match(req, { ignoreSearch: true }).then(function (hit) {
      return hit || fetch(req);
    }));
    return;
  }
  e.respondWith(fetch(req).then(function (res) {
    return res;
  }).catch(function () {
    return caches.match(req, { ignoreSearch: true }).then(function (hit) {
      return hit || new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain" } });
    });
  }));
});
