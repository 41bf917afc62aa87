package dev.shareworthy.report;

/** The HTML report's style sheet, inlined into every report. Colours pass WCAG AA in light and dark. */
final class HtmlStyle {

  private HtmlStyle() {}

  static final String CSS = """
      :root{--bg:#f6f7f9;--panel:#fff;--text:#1f2328;--muted:#57606a;--line:#d8dee4;--accent:#0b5cad;
        --error:#c62828;--warning:#b45309;--info:#1d4ed8;--good:#15803d;--fair:#b45309;--poor:#c62828;
        --error-bg:#fdecea;--warning-bg:#fff4e0;--info-bg:#e8effd;--card:#fff;--card-line:#cfd9de}
      @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--panel:#161b22;--text:#e6edf3;--muted:#9da7b3;
        --line:#30363d;--accent:#6cb6ff;--error:#ff7b72;--warning:#e3b341;--info:#79c0ff;--good:#56d364;
        --fair:#e3b341;--poor:#ff7b72;--error-bg:#3b1d1d;--warning-bg:#3a2d12;--info-bg:#182a44;--card:#0d1117;
        --card-line:#30363d}}
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
        "Helvetica Neue",Arial,sans-serif}
      .wrap{max-width:1120px;margin:0 auto;padding:0 20px}
      a{color:var(--accent)}
      :focus-visible{outline:3px solid var(--accent);outline-offset:2px}
      .skip{position:absolute;left:-9999px}.skip:focus{left:12px;top:12px;background:var(--panel);padding:8px 12px;z-index:2}
      header.top{background:#0f2740;color:#fff;padding:18px 0 12px}
      header.top .brand{margin:0;font-size:.8rem;letter-spacing:.12em;text-transform:uppercase;opacity:.8}
      header.top h1{margin:2px 0 8px;font-size:1.7rem;line-height:1.2}
      header.top .site{font-weight:400;opacity:.85}
      header.top nav{display:flex;flex-wrap:wrap;gap:4px 18px}
      header.top nav a{color:#cfe3ff;text-decoration:none;font-size:.95rem}
      header.top nav a:hover{text-decoration:underline}
      main{padding-bottom:24px}
      section{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:20px 0}
      h2{margin:0 0 12px;font-size:1.3rem}
      h3{font-size:1.05rem;margin:18px 0 6px}
      .verdict{margin:0 0 14px;padding:10px 14px;border-radius:8px;border-left:5px solid}
      .verdict.passed{background:#e8f5ec;border-color:var(--good);color:#14532d}
      .verdict.failed{background:var(--error-bg);border-color:var(--error)}
      @media (prefers-color-scheme:dark){.verdict.passed{background:#12261a;color:#c7f0d2}}
      .tiles{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:12px}
      .tile{border:1px solid var(--line);border-radius:8px;padding:10px 14px;display:flex;flex-direction:column}
      .tile .n{font-size:1.9rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
      .tile .l{color:var(--muted);font-size:.9rem}
      .tile.errors .n{color:var(--error)}.tile.warnings .n{color:var(--warning)}.tile.infos .n{color:var(--info)}
      .tile.score.good .n{color:var(--good)}.tile.score.fair .n{color:var(--fair)}.tile.score.poor .n{color:var(--poor)}
      .explain{margin:0;color:var(--text);max-width:75ch}
      .charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
      .chart-box{margin:0;border:1px solid var(--line);border-radius:8px;padding:10px 12px;min-width:0}
      .chart-box.wide{grid-column:1/-1}
      .chart-box figcaption{font-weight:600;margin-bottom:6px}
      svg.chart{display:block;width:100%;height:auto;max-height:560px}
      svg.chart text{fill:var(--text);font-size:12px;font-family:inherit}
      svg.chart text.value{font-weight:600}
      svg.chart text.axis-label,svg.chart text.legend{fill:var(--muted)}
      svg.chart .axis{stroke:var(--line);stroke-width:1}
      svg.chart .bar:hover rect{opacity:.8}
      .empty{color:var(--muted);margin:0}
      .glossary{margin-top:8px;font-size:.92rem}.glossary>summary{cursor:pointer;color:var(--accent)}
      .glossary dl{margin:8px 0 0}.glossary dt{font-weight:600;margin-top:8px}.glossary dd{margin:2px 0 0 0;max-width:90ch}
      .glossary .cat{font-weight:400;color:var(--muted);font-size:.85rem}
      .table-scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%;font-size:.95rem}
      caption{text-align:left;color:var(--muted);padding-bottom:6px}
      th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
      thead th{font-size:.85rem;color:var(--muted);font-weight:600}
      tbody th{font-weight:500;max-width:520px}
      tbody th a{text-decoration:none}tbody th a:hover{text-decoration:underline}
      .path{display:block;color:var(--muted);font-size:.8rem;font-weight:400;overflow-wrap:anywhere}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      td.has-error{color:var(--error);font-weight:700}td.has-warning{color:var(--warning);font-weight:700}
      td.has-info{color:var(--info);font-weight:700}
      .meter{display:inline-block;width:90px;height:9px;border-radius:5px;background:var(--line);vertical-align:middle;
        overflow:hidden;margin-right:8px}
      .meter span{display:block;height:100%}
      .meter.good span{background:var(--good)}.meter.fair span{background:var(--fair)}.meter.poor span{background:var(--poor)}
      .score-n{font-variant-numeric:tabular-nums;font-weight:600}
      .note{color:var(--muted);margin-top:-4px}
      details.post{border:1px solid var(--line);border-radius:8px;margin:10px 0;background:var(--panel)}
      details.post>summary{cursor:pointer;padding:10px 14px;display:flex;align-items:center;gap:12px;list-style:none}
      details.post>summary::-webkit-details-marker{display:none}
      details.post>summary::before{content:"\\25B8";color:var(--muted)}
      details.post[open]>summary::before{content:"\\25BE"}
      details.post>*:not(summary){margin-left:16px;margin-right:16px}
      .badge{min-width:2.6em;text-align:center;border-radius:999px;padding:2px 8px;color:#fff;font-weight:700;
        font-variant-numeric:tabular-nums}
      .badge.good{background:#15803d}.badge.fair{background:#a15c07}.badge.poor{background:#c62828}
      .post-title{font-weight:600;flex:1;min-width:0;overflow-wrap:anywhere}
      .counts{color:var(--muted);font-size:.9rem;white-space:nowrap}
      .meta{color:var(--muted);font-size:.85rem;margin-top:0;overflow-wrap:anywhere}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
      .findings{list-style:none;padding:0}
      .finding{border-left:4px solid;padding:6px 12px;margin:8px 0;border-radius:0 6px 6px 0}
      .finding.error{border-color:var(--error);background:var(--error-bg)}
      .finding.warning{border-color:var(--warning);background:var(--warning-bg)}
      .finding.info{border-color:var(--info);background:var(--info-bg)}
      .sev{text-transform:uppercase;font-size:.75rem;font-weight:700;letter-spacing:.05em}
      .finding.error .sev{color:var(--error)}.finding.warning .sev{color:var(--warning)}.finding.info .sev{color:var(--info)}
      .rule{font-weight:600}.loc{color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
      .msg{margin:2px 0;overflow-wrap:anywhere}
      .hint{margin:2px 0;font-size:.93rem}.hint span{font-weight:700}
      .previews-h{margin-top:14px}
      """ + SharePreviewCards.CSS + """
      footer{color:var(--muted);font-size:.85rem;padding-bottom:24px}
      @media (max-width:760px){.charts{grid-template-columns:1fr}section{padding:14px}.wrap{padding:0 12px}}
      """;
}
