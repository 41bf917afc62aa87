// Shareworthy dev server: the findings panel of a post. Shows what the quality checks find on this page and its
// share-readiness score, read from /_shareworthy/findings. Styled here, never by the theme; dismissed per page
// for the browser session. Added to pages only while serving, never to a real build.
(function () {
  "use strict";
  var panel = document.getElementById("shareworthy-panel");
  if (!panel || panel.getAttribute("data-ready")) {
    return;
  }
  panel.setAttribute("data-ready", "1");
  var page = panel.getAttribute("data-page");
  var KEY = "shareworthy-panel-dismissed:" + page;
  var PREFIX = "/_shareworthy/";
  var opener = null;
  var last = null;
  var polls = 0;

  var style = document.createElement("style");
  style.id = "shareworthy-panel-style";
  // Every rule is under the panel's id, and theme styles are reverted inside it, so no theme changes its look.
  style.textContent = [
    "#shareworthy-panel,#shareworthy-panel *,#shareworthy-panel-open{all:revert;box-sizing:border-box}",
    "#shareworthy-panel[hidden],#shareworthy-panel-open[hidden]{display:none}",
    "#shareworthy-panel{position:fixed;right:16px;bottom:16px;z-index:2147483646;width:min(380px,calc(100vw - 32px));",
    "max-height:min(60vh,520px);overflow:auto;background:#fff;color:#1f2328;border:1px solid #c9d1d9;",
    "border-radius:10px;box-shadow:0 8px 28px rgba(15,23,42,.22);font:14px/1.45 system-ui,-apple-system,'Segoe UI',",
    "Roboto,Arial,sans-serif;text-align:left;padding:0}",
    "#shareworthy-panel .sw-head{display:flex;align-items:center;gap:10px;padding:10px 12px 6px;position:sticky;top:0;",
    "background:#fff;border-bottom:1px solid #eaeef2}",
    "#shareworthy-panel .sw-title{margin:0;font-size:14px;font-weight:600;line-height:1.3;flex:1;color:#1f2328}",
    "#shareworthy-panel .sw-title small{display:block;font-weight:400;font-size:12px;color:#57606a}",
    "#shareworthy-panel .sw-score{min-width:44px;text-align:center;border-radius:999px;padding:2px 8px;color:#fff;",
    "font-size:13px;font-weight:700;line-height:1.4;font-variant-numeric:tabular-nums}",
    "#shareworthy-panel .sw-good{background:#15803d}#shareworthy-panel .sw-fair{background:#a15c07}",
    "#shareworthy-panel .sw-poor{background:#c62828}",
    "#shareworthy-panel .sw-close{margin:0;border:1px solid #c9d1d9;background:#f6f8fa;color:#1f2328;border-radius:6px;",
    "width:30px;height:30px;font-size:18px;line-height:1;cursor:pointer;padding:0}",
    "#shareworthy-panel .sw-close:hover{background:#eaeef2}",
    "#shareworthy-panel :focus-visible,#shareworthy-panel-open:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}",
    "#shareworthy-panel .sw-body{padding:6px 12px 10px}",
    "#shareworthy-panel .sw-summary,#shareworthy-panel .sw-note{margin:4px 0 6px;color:#57606a;font-size:13px}",
    "#shareworthy-panel .sw-list{list-style:none;margin:0;padding:0}",
    "#shareworthy-panel .sw-finding{margin:8px 0;padding:6px 10px;border-left:4px solid #8c959f;",
    "border-radius:0 6px 6px 0;background:#f6f8fa}",
    "#shareworthy-panel .sw-error{border-color:#c62828;background:#fdecea}",
    "#shareworthy-panel .sw-warning{border-color:#a15c07;background:#fff4e0}",
    "#shareworthy-panel .sw-info{border-color:#1d4ed8;background:#e8effd}",
    "#shareworthy-panel .sw-sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em}",
    "#shareworthy-panel .sw-error .sw-sev{color:#b42318}#shareworthy-panel .sw-warning .sw-sev{color:#8a4b00}",
    "#shareworthy-panel .sw-info .sw-sev{color:#1d4ed8}",
    "#shareworthy-panel .sw-rule{font:600 12px/1.4 ui-monospace,Menlo,Consolas,monospace;margin-left:6px;color:#1f2328}",
    "#shareworthy-panel .sw-line{font-size:12px;color:#57606a;margin-left:6px}",
    "#shareworthy-panel .sw-msg{margin:2px 0;overflow-wrap:anywhere}",
    "#shareworthy-panel .sw-hint{margin:2px 0;font-size:13px;color:#3d444d;overflow-wrap:anywhere}",
    "#shareworthy-panel .sw-foot{margin:8px 0 0;font-size:13px}",
    "#shareworthy-panel a{color:#0b5cad}",
    "#shareworthy-panel-open{position:fixed;right:16px;bottom:16px;z-index:2147483646;border:1px solid #c9d1d9;",
    "background:#fff;color:#1f2328;border-radius:999px;padding:5px 12px;font:600 13px/1.4 system-ui,-apple-system,",
    "'Segoe UI',Roboto,Arial,sans-serif;box-shadow:0 4px 14px rgba(15,23,42,.18);cursor:pointer}"
  ].join("");
  document.head.appendChild(style);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function band(score) {
    return score >= 80 ? "sw-good" : score >= 50 ? "sw-fair" : "sw-poor";
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function dismissed() {
    try {
      return sessionStorage.getItem(KEY) === "1";
    } catch (e) {
      return false;
    }
  }

  function remember(flag) {
    try {
      if (flag) {
        sessionStorage.setItem(KEY, "1");
      } else {
        sessionStorage.removeItem(KEY);
      }
    } catch (e) {
      // storage off: the panel simply comes back on the next load
    }
  }

  function dismiss() {
    remember(true);
    panel.hidden = true;
    showOpener(true);
  }

  function reopen() {
    remember(false);
    showOpener(false);
    panel.hidden = false;
    var close = panel.querySelector(".sw-close");
    if (close) {
      close.focus();
    }
  }

  function showOpener(focus) {
    if (!opener) {
      opener = el("button");
      opener.id = "shareworthy-panel-open";
      opener.type = "button";
      opener.addEventListener("click", reopen);
      document.body.appendChild(opener);
    }
    opener.textContent = "Shareworthy" + (last ? " · " + last.score : "");
    opener.setAttribute("aria-label", "Show the Shareworthy findings" + (last ? " (score " + last.score + ")" : ""));
    opener.hidden = false;
    if (focus) {
      opener.focus();
    }
  }

  function render(data) {
    last = data;
    panel.textContent = "";
    panel.setAttribute("aria-labelledby", "shareworthy-panel-title");
    panel.setAttribute("data-version", String(data.version));
    var head = el("div", "sw-head");
    var title = el("h2", "sw-title", "Share readiness");
    title.id = "shareworthy-panel-title";
    title.appendChild(el("small", null, "Shareworthy checks of this page"));
    var score = el("span", "sw-score " + band(data.score), data.score);
    score.setAttribute("title", "Share-readiness score out of 100");
    score.setAttribute("aria-label", "Score " + data.score + " out of 100");
    var close = el("button", "sw-close", "\u00d7");
    close.type = "button";
    close.setAttribute("aria-label", "Dismiss the findings panel");
    close.setAttribute("title", "Dismiss (Esc)");
    close.addEventListener("click", dismiss);
    head.appendChild(title);
    head.appendChild(score);
    head.appendChild(close);
    panel.appendChild(head);

    var body = el("div", "sw-body");
    if (data.error) {
      body.appendChild(el("p", "sw-note", "The checks could not run: " + data.error));
    } else {
      var counts = { error: 0, warning: 0, info: 0 };
      data.findings.forEach(function (f) { counts[f.severity] = (counts[f.severity] || 0) + 1; });
      var summary = data.findings.length === 0 ? "No findings: this page is ready to share."
        : [plural(counts.error, "error"), plural(counts.warning, "warning"), plural(counts.info, "info")].join(" \u00b7 ");
      body.appendChild(el("p", "sw-summary", summary));
      var list = el("ul", "sw-list");
      data.findings.forEach(function (f) {
        var item = el("li", "sw-finding sw-" + f.severity);
        item.setAttribute("data-rule", f.rule);
        item.appendChild(el("span", "sw-sev", f.severity));
        item.appendChild(el("code", "sw-rule", f.rule));
        if (f.line > 0) {
          item.appendChild(el("span", "sw-line", "line " + f.line));
        }
        item.appendChild(el("p", "sw-msg", f.message));
        if (f.hint) {
          item.appendChild(el("p", "sw-hint", "Fix: " + f.hint));
        }
        list.appendChild(item);
      });
      body.appendChild(list);
      if (!data.complete) {
        body.appendChild(el("p", "sw-note", "Comparing with the other posts for duplicates (" + data.checked +
          " of " + data.pages + " checked)\u2026"));
      }
    }
    var foot = el("p", "sw-foot");
    var preview = el("a", null, "Share preview");
    preview.href = PREFIX + "share" + page;
    var all = el("a", null, "All posts by score");
    all.href = PREFIX;
    foot.appendChild(preview);
    foot.appendChild(document.createTextNode(" \u00b7 "));
    foot.appendChild(all);
    body.appendChild(foot);
    panel.appendChild(body);

    if (dismissed()) {
      panel.hidden = true;
      showOpener(false);
    } else {
      panel.hidden = false;
    }
    if (!data.complete && !data.error && polls < 90) {
      polls++;
      setTimeout(load, 2000); // the site-wide checks finish in the background
    }
  }

  function load() {
    fetch(PREFIX + "findings?page=" + encodeURIComponent(page), { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(render)
      .catch(function () { /* the server went away: live reload brings the page back */ });
  }

  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      e.preventDefault();
      dismiss();
    }
  });
  load();
})();
