package dev.shareworthy.check;

import java.nio.file.Path;

/**
 * One checked page as the reports show it: its score and what its share card is made of.
 *
 * @param source the source file as in {@link Finding#source()}
 * @param page the URL path
 * @param title the shared title ({@code og:title}, else {@code <title>})
 * @param description the shared description, or null
 * @param image the shared image URL ({@code og:image}), or null
 * @param imageFile that image's file in the built site when it is one of the site's own, or null
 * @param siteName {@code og:site_name}, or null
 * @param url the canonical URL
 * @param words words of body text
 * @param score share readiness from 0 to 100, see {@link ShareReadiness}
 */
public record PageSummary(String source, String page, String title, String description, String image,
    Path imageFile, String siteName, String url, int words, int score) {}
