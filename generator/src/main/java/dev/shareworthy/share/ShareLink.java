package dev.shareworthy.share;

/**
 * One share link, ready for a template.
 *
 * @param network the network's id, such as {@code bluesky}
 * @param label the visible name, such as {@code Bluesky}
 * @param title the accessible description, such as {@code Share on Bluesky}
 * @param href where the link goes: the network's share address, or the tracked URL for copy and native
 * @param trackedUrl the post's canonical URL with this link's tracking parameters
 * @param action {@code link} for a plain link, {@code copy} for copy-link, {@code native} for the device's share sheet
 * @param icon an inline SVG icon (decorative, {@code aria-hidden})
 */
public record ShareLink(String network, String label, String title, String href, String trackedUrl, String action,
    String icon) {}
