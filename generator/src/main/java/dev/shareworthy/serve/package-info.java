/**
 * The dev server: serves a site from memory while it is written, rebuilds what an edit changes and reloads open
 * pages; its writing aids show each page's check findings and how its link looks when shared.
 */
package dev.shareworthy.serve;
