package dev.shareworthy.check;

import java.util.List;

/**
 * Runs the quality checks. SKELETON: the engine lands with issue 4; until then these methods throw.
 */
public final class Checks {

  private Checks() {}

  /** Every rule's metadata, in id order. */
  public static List<RuleInfo> rules() {
    throw new UnsupportedOperationException("the check engine has not landed yet");
  }

  /**
   * Checks a site (built into a private temporary folder) or a built HTML folder.
   *
   * @throws dev.shareworthy.ShareworthyException for problems with the site itself (broken front matter, a bad
   *     {@code checks:} section in site.yaml, a suppression that would silence every rule); content weaknesses
   *     are findings, never exceptions
   */
  public static CheckReport run(CheckOptions options) {
    throw new UnsupportedOperationException("the check engine has not landed yet");
  }
}
