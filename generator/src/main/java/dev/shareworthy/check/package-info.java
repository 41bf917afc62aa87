/** Quality checks: the rule API, the engine that runs rules over a built site, and its immutable report. */
package dev.shareworthy.check;
