package dev.shareworthy.share;

/**
 * What share links need to know about a post.
 *
 * @param canonical the URL that is shared, without tracking parameters
 * @param image the share image as an absolute URL, or null
 */
record SharedPost(String title, String description, String author, String siteTitle, String slug, String canonical,
    String image) {}
