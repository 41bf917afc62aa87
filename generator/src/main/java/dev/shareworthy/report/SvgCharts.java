package dev.shareworthy.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report: no script, no external file, readable by screen readers (each chart
 * has a title and a description, each bar its own tooltip), and scaled to the page by its view box.
 */
final class SvgCharts {

  static final String ERROR = "#c62828";
  static final String WARNING = "#b45309";
  static final String INFO = "#1d4ed8";
  static final String GOOD = "#15803d";

  private static final int WIDTH = 560;

  private SvgCharts() {}

  /** One bar of a stacked bar chart: a label and its parts (errors, warnings, infos). */
  record StackedBar(String label, int errors, int warnings, int infos) {
    int total() {
      return errors + warnings + infos;
    }
  }

  /** One bar of a column chart. */
  record Column(String label, int value, String colour) {}

  /** Horizontal bars, one per label, each split into errors, warnings and infos. */
  static String stackedBars(String title, String description, List<StackedBar> bars) {
    // Wider than the column charts: it spans the page, and its labels keep the size of theirs.
    int width = 840;
    int labelWidth = 170;
    int countWidth = 40;
    int rowHeight = 24;
    int top = 8;
    int height = top + bars.size() * rowHeight + 30;
    int max = Math.max(1, bars.stream().mapToInt(StackedBar::total).max().orElse(1));
    double scale = (width - labelWidth - countWidth) / (double) max;
    StringBuilder svg = open(title, description, width, height);
    int y = top;
    for (StackedBar bar : bars) {
      svg.append("<g class=\"bar\">");
      svg.append("<title>").append(Escape.text(bar.label() + ": " + count(bar))).append("</title>");
      svg.append(text(labelWidth - 8, y + 16, "end", "label", bar.label()));
      double x = labelWidth;
      x = segment(svg, x, y + 3, bar.errors() * scale, ERROR);
      x = segment(svg, x, y + 3, bar.warnings() * scale, WARNING);
      x = segment(svg, x, y + 3, bar.infos() * scale, INFO);
      svg.append(text(x + 6, y + 16, "start", "value", Integer.toString(bar.total())));
      svg.append("</g>");
      y += rowHeight;
    }
    // The legend doubles as the key for colour-blind readers: the order matches the stacking.
    int lx = labelWidth;
    int ly = y + 14;
    for (String[] key : new String[][] {{ERROR, "errors"}, {WARNING, "warnings"}, {INFO, "infos"}}) {
      svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(key[0]).append("\"/>");
      svg.append(text(lx + 14, ly, "start", "legend", key[1]));
      lx += 90;
    }
    return svg.append("</svg>").toString();
  }

  /** Vertical columns with their value above and their label below. */
  static String columns(String title, String description, String axisLabel, List<Column> columns) {
    int height = 230;
    int left = 10;
    int bottom = height - 44;
    int top = 22;
    int max = Math.max(1, columns.stream().mapToInt(Column::value).max().orElse(1));
    double slot = (WIDTH - 2.0 * left) / Math.max(1, columns.size());
    double barWidth = Math.max(6, slot * 0.7);
    StringBuilder svg = open(title, description, WIDTH, height);
    svg.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"")
        .append(WIDTH - left).append("\" y2=\"").append(bottom).append("\"/>");
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double h = c.value() == 0 ? 0 : Math.max(2, (bottom - top) * (double) c.value() / max);
      double x = left + i * slot + (slot - barWidth) / 2;
      double cx = left + i * slot + slot / 2;
      svg.append("<g class=\"bar\"><title>").append(Escape.text(c.label() + ": " + c.value())).append("</title>");
      svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(bottom - h)).append("\" width=\"")
          .append(num(barWidth)).append("\" height=\"").append(num(h)).append("\" rx=\"2\" fill=\"")
          .append(c.colour()).append("\"/>");
      svg.append(text(cx, bottom - h - 5, "middle", "value", Integer.toString(c.value())));
      svg.append(text(cx, bottom + 16, "middle", "label", c.label()));
      svg.append("</g>");
    }
    svg.append(text(WIDTH / 2.0, height - 6, "middle", "axis-label", axisLabel));
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, String description, int width, int height) {
    String id = "c" + Integer.toHexString(title.hashCode() & 0xfffffff);
    return new StringBuilder(2048).append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
        .append("-t ").append(id).append("-d\"><title id=\"").append(id).append("-t\">").append(Escape.text(title))
        .append("</title><desc id=\"").append(id).append("-d\">").append(Escape.text(description)).append("</desc>");
  }

  private static double segment(StringBuilder svg, double x, int y, double width, String colour) {
    if (width <= 0) {
      return x;
    }
    double w = Math.max(2, width);
    svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y).append("\" width=\"").append(num(w))
        .append("\" height=\"17\" fill=\"").append(colour).append("\"/>");
    return x + w;
  }

  private static String text(double x, double y, String anchor, String cssClass, String text) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass
        + "\">" + Escape.text(text) + "</text>";
  }

  private static String count(StackedBar bar) {
    return TextReport.plural(bar.errors(), "error") + ", " + TextReport.plural(bar.warnings(), "warning") + ", "
        + TextReport.plural(bar.infos(), "info");
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
