/** The public entry point: {@link dev.shareworthy.Shareworthy} builds a site from a {@link dev.shareworthy.build.BuildOptions}. */
package dev.shareworthy;
