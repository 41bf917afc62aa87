package dev.shareworthy.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/** Parses the date forms writers use in front matter (ISO dates and times, Jekyll's and Hugo's forms). */
public final class Dates {

  /** A date, then optionally 'T' or a space and a time, then optionally a space and an offset. */
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT); // 2024-02-30 is an error, not 29 February

  private Dates() {}

  /**
   * Reads {@code 2024-05-01}, {@code 2024-05-01 10:30}, {@code 2024-05-01T10:30:00}, with or without an
   * offset ({@code Z}, {@code +02:00}, {@code +0200}, after a space or not). A date or time without an
   * offset is in {@code zone}.
   */
  public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
    try {
      TemporalAccessor t = FORMAT.parse(text.strip());
      LocalDate date = LocalDate.from(t);
      if (!t.isSupported(ChronoField.HOUR_OF_DAY)) {
        return Optional.of(date.atStartOfDay(zone).toOffsetDateTime());
      }
      LocalDateTime local = LocalDateTime.from(t);
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Optional.of(OffsetDateTime.from(t));
      }
      return Optional.of(local.atZone(zone).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
