// Shareworthy dev server: reloads this page when the site changes, swaps stylesheets in place, and shows build
// errors over the page until they are fixed. Added to pages only while serving, never to a real build.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = Number(script && script.getAttribute("data-version")) || 0;
  var OVERLAY = "shareworthy-overlay";

  function showProblems(problems) {
    var box = document.getElementById(OVERLAY);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY;
      box.setAttribute("role", "alertdialog");
      box.setAttribute("aria-label", "Build error");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
        "background:rgba(20,20,24,.94);color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace";
      document.documentElement.appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("h2");
    title.textContent = problems.length === 1 ? "Build error" : problems.length + " build errors";
    title.style.cssText = "margin:0 0 1rem;color:#ff8a80;font:bold 20px/1.3 system-ui,sans-serif";
    box.appendChild(title);
    problems.forEach(function (p) {
      var item = document.createElement("div");
      item.className = "shareworthy-problem";
      item.style.cssText = "margin:0 0 1rem;white-space:pre-wrap";
      var where = document.createElement("div");
      where.className = "shareworthy-problem-file";
      where.style.cssText = "color:#8ab4f8";
      where.textContent = p.file + (p.line > 0 ? ":" + p.line : "");
      var what = document.createElement("div");
      what.className = "shareworthy-problem-message";
      what.textContent = p.message;
      item.appendChild(where);
      item.appendChild(what);
      box.appendChild(item);
    });
    var hint = document.createElement("p");
    hint.textContent = "Fix the file and save: this page reloads by itself. The last good version is still served.";
    hint.style.cssText = "color:#bbb;font:14px/1.4 system-ui,sans-serif";
    box.appendChild(hint);
  }

  function clearProblems() {
    var box = document.getElementById(OVERLAY);
    if (box) {
      box.parentNode.removeChild(box);
    }
  }

  function swapStyles(newVersion) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) {
        return;
      }
      url.searchParams.set("shareworthy", String(newVersion));
      var fresh = link.cloneNode(false);
      fresh.href = url.toString();
      // The old sheet goes only once the new one applies, so the page never shows unstyled.
      fresh.addEventListener("load", function () { if (link.parentNode) { link.parentNode.removeChild(link); } });
      fresh.addEventListener("error", function () { if (link.parentNode) { link.parentNode.removeChild(link); } });
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  var events = new EventSource("/_shareworthy/events");
  events.addEventListener("hello", function (e) {
    var state = JSON.parse(e.data);
    if (state.problems.length) {
      showProblems(state.problems);
    } else if (version && state.version !== version) {
      location.reload(); // the site changed while this page was loading or the server was away
    } else {
      clearProblems();
    }
  });
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("css", function (e) {
    var change = JSON.parse(e.data);
    version = change.version;
    swapStyles(change.version);
  });
  events.addEventListener("problems", function (e) { showProblems(JSON.parse(e.data).problems); });
})();
