/** Markdown to HTML with Flexmark, behind one class that builds the parser and renderer once. */
package dev.shareworthy.markdown;
