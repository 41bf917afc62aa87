/** Sharing: share links with referral tracking, share metadata for {@code <head>}, injection into any theme, social cards. */
package dev.shareworthy.share;
