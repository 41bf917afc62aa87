/** Pebble themes: template lookup (site first, then theme), the values templates see, and rendering. */
package dev.shareworthy.template;
