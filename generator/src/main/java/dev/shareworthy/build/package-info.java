/** The build: reading a site, planning its pages, rendering them and swapping the new output in atomically. */
package dev.shareworthy.build;
