package dev.shareworthy.content;

/**
 * A content file split into its front matter and its Markdown body.
 *
 * @param source the file, relative to the site folder, with forward slashes
 * @param bodyLine the 1-based line of the file where the body starts, so body lines map back to the file
 */
public record SourceDocument(String source, FrontMatter frontMatter, String body, int bodyLine) {}
