package dev.shareworthy.build;

import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import java.util.List;

/**
 * The published content of a site: posts newest first, and pages.
 *
 * @param skippedDrafts drafts left out of this build
 * @param skippedFuture posts dated after the build's clock, left out
 */
record SiteContent(List<Post> posts, List<Page> pages, int skippedDrafts, int skippedFuture) {

  SiteContent {
    posts = List.copyOf(posts);
    pages = List.copyOf(pages);
  }
}
