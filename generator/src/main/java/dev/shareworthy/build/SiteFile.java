package dev.shareworthy.build;

import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * One file of a built site held in memory, as the dev server serves it.
 *
 * @param bytes the file's content; never modified after creation
 * @param etag a strong HTTP entity tag of the content, quotes included
 * @param modified when this content first appeared in the session, for {@code Last-Modified}
 */
public record SiteFile(byte[] bytes, String etag, Instant modified) {

  /** A file with its entity tag computed from its bytes. */
  public static SiteFile of(byte[] bytes, Instant modified) {
    CRC32C crc = new CRC32C(); // hardware-accelerated: tagging a 10,000-post site costs milliseconds
    crc.update(bytes);
    return new SiteFile(bytes, "\"" + Long.toHexString(bytes.length) + "-" + Long.toHexString(crc.getValue()) + "\"",
        modified);
  }
}
