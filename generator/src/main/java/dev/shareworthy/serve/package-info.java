/** The dev server: serves a site from memory while it is written, rebuilds what an edit changes and reloads open pages. */
package dev.shareworthy.serve;
