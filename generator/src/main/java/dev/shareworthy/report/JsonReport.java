package dev.shareworthy.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, a public contract: {@code tool}, {@code summary} and {@code findings} keep the shape;
 * {@code failOn}, {@code failed} and {@code pages} (per-page scores) are additions.
 */
final class JsonReport {

  private JsonReport() {}

  static void write(CheckReport report, Writer out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", "shareworthy");
      json.writeStringField("version", report.version());
      json.writeEndObject();

      json.writeObjectFieldStart("summary");
      json.writeNumberField("pages", report.pages().size());
      json.writeNumberField("errors", report.errors());
      json.writeNumberField("warnings", report.warnings());
      json.writeNumberField("infos", report.infos());
      json.writeStringField("failOn", report.failOn().id());
      json.writeBooleanField("failed", report.failed());
      json.writeEndObject();

      json.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("category", f.category().id());
        json.writeStringField("severity", f.severity().id());
        json.writeStringField("source", f.source());
        json.writeNumberField("line", f.line());
        json.writeStringField("page", f.page());
        json.writeStringField("message", f.message());
        json.writeStringField("hint", f.hint());
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("pages");
      for (PageSummary p : report.pages()) {
        json.writeStartObject();
        json.writeStringField("source", p.source());
        json.writeStringField("page", p.page());
        json.writeStringField("title", p.title());
        json.writeNumberField("words", p.words());
        json.writeNumberField("score", p.score());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
