package dev.shareworthy.template;

import dev.shareworthy.content.Post;
import java.util.List;

/** The posts of one year, newest first, with the URL of that year's archive page. */
public record ArchiveYear(int year, String url, List<Post> posts) {

  public ArchiveYear {
    posts = List.copyOf(posts);
  }

  public int count() {
    return posts.size();
  }
}
