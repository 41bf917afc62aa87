package dev.shareworthy.content;

/** A tag or category as a post links to it: its name as written, its URL slug, and its page's URL. */
public record Term(String name, String slug, String url) {}
