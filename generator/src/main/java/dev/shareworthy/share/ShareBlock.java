package dev.shareworthy.share;

import java.util.List;

/**
 * Everything a template needs to show a post's share links: the links, what the share sheet shares, the
 * advocate parameter, and the small script that copies links, opens the share sheet and carries {@code ?ref=}
 * forward. The template prints {@link #script()} with {@code | raw}; it holds no value from the page.
 *
 * @param links the links in the configured order
 * @param title the post's title, for the share sheet
 * @param text the share text, for the share sheet
 * @param ref the advocate parameter's name, or null when referral links are off
 * @param script the inline script (without the {@code <script>} tag)
 */
public record ShareBlock(List<ShareLink> links, String title, String text, String ref, String script) {

  public ShareBlock {
    links = List.copyOf(links);
  }

  /** The heading shown above the links. */
  public String heading() {
    return "Share this post";
  }
}
