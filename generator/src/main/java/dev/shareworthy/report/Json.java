package dev.shareworthy.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** Jackson's streaming writer as the JSON reports use it: indented, field order as written, the target left open. */
final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private Json() {}

  static JsonGenerator generator(Writer out) throws IOException {
    // "key": value, as people and other tools write JSON (Jackson's default puts a space before the colon too).
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return FACTORY.createGenerator(out).setPrettyPrinter(pretty);
  }
}
