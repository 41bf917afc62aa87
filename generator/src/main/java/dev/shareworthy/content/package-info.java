/** The typed content model: site configuration, posts, pages and their front matter, all immutable records. */
package dev.shareworthy.content;
