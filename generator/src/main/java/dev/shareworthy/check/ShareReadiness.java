package dev.shareworthy.check;

import java.util.Collection;

/**
 * The share-readiness score of a page: 100 less a penalty per finding, never below 0. Reports quote
 * {@link #EXPLANATION} so writers know how to raise it.
 */
public final class ShareReadiness {

  public static final int ERROR_PENALTY = 25;
  public static final int WARNING_PENALTY = 10;
  public static final int INFO_PENALTY = 2;

  public static final String EXPLANATION = "Share readiness starts at 100 and loses " + ERROR_PENALTY
      + " points per error, " + WARNING_PENALTY + " per warning and " + INFO_PENALTY
      + " per info finding on the page, down to 0.";

  private ShareReadiness() {}

  public static int score(Collection<Finding> pageFindings) {
    int score = 100;
    for (Finding f : pageFindings) {
      score -= switch (f.severity()) {
        case ERROR -> ERROR_PENALTY;
        case WARNING -> WARNING_PENALTY;
        case INFO -> INFO_PENALTY;
        case OFF -> 0;
      };
    }
    return Math.max(0, score);
  }
}
