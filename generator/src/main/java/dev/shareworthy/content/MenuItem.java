package dev.shareworthy.content;

/** One entry of the site's navigation: a label and a site-relative URL such as {@code /about/}. */
public record MenuItem(String name, String url) {}
