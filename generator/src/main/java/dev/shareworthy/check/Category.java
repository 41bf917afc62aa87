package dev.shareworthy.check;

/** The families of rules, as named in reports. */
public enum Category {
  CONTENT("content"),
  SHARE_METADATA("share-metadata"),
  SPAM("spam"),
  LINKS("links");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  /** The name used in reports, such as {@code share-metadata}. */
  public String id() {
    return id;
  }
}
