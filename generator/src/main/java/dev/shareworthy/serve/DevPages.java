package dev.shareworthy.serve;

import dev.shareworthy.report.SharePreviewCards;
import org.jsoup.nodes.Entities;

/** The frame of the dev server's own pages under {@code /_shareworthy/}: one self-contained style, no theme. */
final class DevPages {

  private DevPages() {}

  private static final String CSS = """
      :root{--bg:#f6f7f9;--panel:#fff;--text:#1f2328;--muted:#57606a;--line:#d8dee4;--accent:#0b5cad;
        --error:#c62828;--warning:#a15c07;--info:#1d4ed8;--good:#15803d;--card:#fff;--card-line:#cfd9de}
      @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--panel:#161b22;--text:#e6edf3;--muted:#9da7b3;
        --line:#30363d;--accent:#6cb6ff;--error:#ff7b72;--warning:#e3b341;--info:#79c0ff;--good:#56d364;
        --card:#0d1117;--card-line:#30363d}}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
        "Helvetica Neue",Arial,sans-serif}
      a{color:var(--accent)}
      :focus-visible{outline:3px solid var(--accent);outline-offset:2px}
      .skip{position:absolute;left:-9999px}.skip:focus{left:12px;top:12px;background:var(--panel);padding:8px 12px;z-index:2}
      header.top{background:#0f2740;color:#fff;padding:14px 0 10px}
      header.top .brand{margin:0;font-size:.8rem;letter-spacing:.12em;text-transform:uppercase;opacity:.85}
      header.top h1{margin:2px 0 6px;font-size:1.5rem;line-height:1.25;overflow-wrap:anywhere}
      header.top nav{display:flex;flex-wrap:wrap;gap:4px 18px}
      header.top nav a{color:#cfe3ff}
      .wrap{max-width:1120px;margin:0 auto;padding:0 20px}
      section{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:16px 20px;margin:18px 0}
      h2{margin:0 0 10px;font-size:1.2rem}
      .note{color:var(--muted);margin:0 0 10px}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
      table{border-collapse:collapse;width:100%;font-size:.95rem}
      th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      thead th{font-size:.85rem;color:var(--muted);font-weight:600}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      td.has-error{color:var(--error);font-weight:700}td.has-warning{color:var(--warning);font-weight:700}
      td.has-info{color:var(--info);font-weight:700}
      .badge{display:inline-block;min-width:2.6em;text-align:center;border-radius:999px;padding:1px 8px;color:#fff;
        font-weight:700;font-variant-numeric:tabular-nums}
      .badge.good{background:#15803d}.badge.fair{background:#a15c07}.badge.poor{background:#c62828}
      .path{display:block;color:var(--muted);font-size:.8rem;font-weight:400;overflow-wrap:anywhere}
      .table-scroll{overflow-x:auto}
      .links{list-style:none;margin:0;padding:0}
      .links li{border-top:1px solid var(--line);padding:10px 0}
      .links li:first-child{border-top:none}
      .links .name{font-weight:600;margin-right:8px}
      .links .action{color:var(--muted);font-size:.85rem}
      .links .href{display:block;margin-top:2px}
      .links details{margin-top:4px;font-size:.85rem}.links summary{cursor:pointer;color:var(--muted)}
      .params{margin:4px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 8px}
      .params li{border:none;padding:1px 6px;background:var(--bg);border-radius:4px;font-size:.85rem}
      .findings{list-style:none;margin:0;padding:0}
      .finding{border-left:4px solid var(--line);padding:4px 10px;margin:6px 0}
      .finding.error{border-color:var(--error)}.finding.warning{border-color:var(--warning)}.finding.info{border-color:var(--info)}
      .sev{text-transform:uppercase;font-size:.75rem;font-weight:700;letter-spacing:.05em}
      .finding.error .sev{color:var(--error)}.finding.warning .sev{color:var(--warning)}.finding.info .sev{color:var(--info)}
      .finding p{margin:2px 0}
      .len{color:var(--muted);font-size:.85rem;white-space:nowrap}
      @media (max-width:760px){.wrap{padding:0 12px}section{padding:12px}}
      """;

  /** A whole page: {@code title} (escaped here) over the body's HTML. */
  static String page(String title, String heading, String body, String extraCss) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n<meta name=\"color-scheme\" content=\"light dark\">\n"
        + "<title>" + Entities.escape(title) + "</title>\n<style>\n" + CSS + SharePreviewCards.CSS + extraCss
        + "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the content</a>\n"
        + "<header class=\"top\"><div class=\"wrap\"><p class=\"brand\">Shareworthy dev server</p><h1>"
        + Entities.escape(heading) + "</h1><nav aria-label=\"Dev server\"><a href=\"" + DevServer.PREFIX
        + "\">All posts by score</a></nav></div></header>\n<main id=\"main\" class=\"wrap\">\n" + body
        + "</main>\n</body>\n</html>\n";
  }

  /** Colour band of a score, as in the HTML report: good from 80, fair from 50, poor below. */
  static String band(int score) {
    return score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
  }

  static String esc(String s) {
    return s == null ? "" : Entities.escape(s);
  }
}
