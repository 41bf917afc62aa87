package dev.shareworthy.share;

/**
 * Small inline SVG icons for share links, drawn for Shareworthy (simple monograms and pictograms in the
 * link's own colour, {@code currentColor}), so no icon font or image is fetched from anywhere.
 */
final class Icons {

  /** Drawn once: every share link of every post refers to the same string. */
  private static final java.util.Map<Network, String> ICONS = drawAll();

  private Icons() {}

  static String of(Network network) {
    return ICONS.get(network);
  }

  private static java.util.Map<Network, String> drawAll() {
    java.util.EnumMap<Network, String> icons = new java.util.EnumMap<>(Network.class);
    for (Network n : Network.values()) {
      icons.put(n, draw(n));
    }
    return java.util.Collections.unmodifiableMap(icons);
  }

  private static String draw(Network network) {
    return switch (network) {
      case NATIVE -> svg("<path d=\"M12 3v12M7 8l5-5 5 5\"/><path d=\"M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6\"/>");
      case X -> svg("<path d=\"M4 4l16 16M20 4L4 20\"/>");
      case FACEBOOK -> svg("<path d=\"M15 3h-2a4 4 0 0 0-4 4v3H7v3h2v8h3v-8h3l1-3h-4V7a1 1 0 0 1 1-1h2z\"/>");
      case LINKEDIN -> svg("<rect x=\"3\" y=\"3\" width=\"18\" height=\"18\" rx=\"3\"/><path d=\"M8 10v7M8 7v.01M12 17v-4a2 2 0 0 1 4 0v4M12 10v7\"/>");
      case REDDIT -> svg("<ellipse cx=\"12\" cy=\"14\" rx=\"8\" ry=\"5.5\"/><path d=\"M12 8.5l1.5-5 4 1\"/><circle cx=\"18.5\" cy=\"4.5\" r=\"1\"/><path d=\"M9 13v.01M15 13v.01M9.5 16.5c1.5 1 3.5 1 5 0\"/>");
      case HACKERNEWS -> svg("<rect x=\"3\" y=\"3\" width=\"18\" height=\"18\" rx=\"2\"/><path d=\"M8 7l4 6 4-6M12 13v5\"/>");
      case BLUESKY -> svg("<path d=\"M12 11C10 7 6.5 4 4.5 4S3 7 3.5 9 6 12.5 9 12c-3 1-4 3-2 5s4-1 5-4c1 3 3 6 5 4s1-4-2-5c3 .5 5-1 5.5-3S21.5 4 19.5 4 14 7 12 11z\"/>");
      case MASTODON -> svg("<path d=\"M20 10c0-4-3-6-8-6S4 6 4 10v3c0 5 3 7 8 7 1.5 0 3-.3 4-.8v-2c-1 .3-2.5.6-4 .6-3 0-4-1-4.5-3H16c3 0 4-1.5 4-4.8z\"/><path d=\"M8.5 13V9.5a1.5 1.5 0 0 1 3 0V12M12.5 12V9.5a1.5 1.5 0 0 1 3 0V13\"/>");
      case WHATSAPP -> svg("<path d=\"M4 20l1.3-4A8 8 0 1 1 8.5 19z\"/><path d=\"M9 8.5c0 3 2.5 6 6 6.5l1-1.5-2-1-1 .8c-1-.4-2.3-1.7-2.7-2.7l.8-1-1-2z\"/>");
      case TELEGRAM -> svg("<path d=\"M21 4L3 11l6 2 2 6 3-4 5 4z\"/><path d=\"M9 13l12-9\"/>");
      case PINTEREST -> svg("<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M11 9.5c0-1.5 1-2.5 2.5-2.5S16 8 16 10c0 3-2 4.5-3.5 4.5S10.5 13 11 12M12 11l-3 10\"/>");
      case EMAIL -> svg("<rect x=\"3\" y=\"5\" width=\"18\" height=\"14\" rx=\"2\"/><path d=\"M3 7l9 6 9-6\"/>");
      case COPY -> svg("<path d=\"M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1\"/><path d=\"M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1\"/>");
    };
  }

  private static String svg(String body) {
    return "<svg class=\"share-icon\" viewBox=\"0 0 24 24\" width=\"20\" height=\"20\" fill=\"none\" stroke=\"currentColor\""
        + " stroke-width=\"1.8\" stroke-linecap=\"round\" stroke-linejoin=\"round\" aria-hidden=\"true\" focusable=\"false\">"
        + body + "</svg>";
  }
}
