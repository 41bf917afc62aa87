package dev.shareworthy.content;

import java.time.ZoneOffset;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ParameterizedTest
  @CsvSource({
      "2024-05-01,                 2024-05-01T00:00+02:00",
      "2024-01-15,                 2024-01-15T00:00+01:00",
      "2024-05-01 10:30,           2024-05-01T10:30+02:00",
      "2024-05-01T10:30:00,        2024-05-01T10:30+02:00",
      "2024-05-01T10:30:00Z,       2024-05-01T10:30Z",
      "2024-05-01T10:30:00+05:00,  2024-05-01T10:30+05:00",
      "2024-05-01 10:30:00 +0500,  2024-05-01T10:30+05:00",
      "2024-05-01 10:30 -0700,     2024-05-01T10:30-07:00",
      "'  2024-05-01  ',           2024-05-01T00:00+02:00",
  })
  void readsTheFormsWritersUse(String text, String expected) {
    assertThat(Dates.parse(text, BERLIN)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2024-13-01", "2024-02-30", "01/05/2024"})
  void refusesWhatIsNotARealDate(String text) {
    assertThat(Dates.parse(text, BERLIN)).isEmpty();
  }

  @Test
  void readsCompactOffsetAfterTAndHugosSpacedOffset() {
    assertThat(Dates.parse("2024-05-01T10:30:00+0200", ZoneOffset.UTC))
        .contains(OffsetDateTime.parse("2024-05-01T10:30+02:00"));
    assertThat(Dates.parse("2024-05-01 10:30:00 +02:00", ZoneOffset.UTC))
        .contains(OffsetDateTime.parse("2024-05-01T10:30+02:00"));
  }
}
