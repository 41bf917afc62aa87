package dev.shareworthy.template;

import dev.shareworthy.content.Post;
import java.util.List;

/** A tag or category with its posts, newest first. */
public record TermListing(String name, String slug, String url, List<Post> posts) {

  public TermListing {
    posts = List.copyOf(posts);
  }

  public int count() {
    return posts.size();
  }
}
