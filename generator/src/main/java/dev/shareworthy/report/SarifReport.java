package dev.shareworthy.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning dashboards (GitHub, GitLab, Azure DevOps) read. The rules come from the
 * rule metadata; each result points at its source file relative to the site folder ({@code SITEROOT}).
 */
final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String BASE_ID = "SITEROOT";

  private SarifReport() {}

  static void write(CheckReport report, Writer out) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<RuleInfo> rules = report.rules();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();

      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "shareworthy");
      json.writeStringField("version", report.version());
      json.writeStringField("informationUri", Reports.INFORMATION_URI);
      json.writeArrayFieldStart("rules");
      for (RuleInfo rule : rules) {
        writeRule(json, rule);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();

      json.writeObjectFieldStart("originalUriBaseIds");
      json.writeObjectFieldStart(BASE_ID);
      if (report.root() != null) {
        // Where the relative source paths start: a site in a folder of a repository is resolved right.
        json.writeStringField("uri", report.root());
      }
      json.writeObjectFieldStart("description");
      json.writeStringField("text", "The checked site folder (for check --html, the checked HTML folder).");
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();

      json.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        writeResult(json, f, ruleIndex.get(f.rule()));
      }
      json.writeEndArray();

      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeRule(JsonGenerator json, RuleInfo rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", camelCase(rule.id()));
    text(json, "shortDescription", rule.description());
    text(json, "fullDescription", rule.description() + " " + rule.why());
    json.writeObjectFieldStart("help");
    json.writeStringField("text", rule.hint());
    json.writeStringField("markdown", "**Why it matters:** " + rule.why() + "\n\n**How to fix:** " + rule.hint());
    json.writeEndObject();
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.defaultSeverity()));
    json.writeBooleanField("enabled", rule.defaultSeverity() != Severity.OFF);
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", rule.category().id());
    json.writeArrayFieldStart("tags");
    json.writeString(rule.category().id());
    json.writeEndArray();
    json.writeObjectFieldStart("thresholds");
    for (Map.Entry<String, Object> t : rule.thresholds().entrySet()) {
      json.writeFieldName(t.getKey());
      writeValue(json, t.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Finding f, Integer index) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.rule());
    if (index != null) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", level(f.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", withHint(f));
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(f.source()));
    json.writeStringField("uriBaseId", BASE_ID);
    json.writeEndObject();
    if (f.line() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", f.line());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeStringField("name", f.page());
    json.writeStringField("kind", "page");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", f.category().id());
    json.writeStringField("page", f.page());
    json.writeStringField("hint", f.hint());
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The message and its fix: code-scanning dashboards show the message text and little else of a result. */
  private static String withHint(Finding f) {
    if (f.hint() == null || f.hint().isBlank()) {
      return f.message();
    }
    String message = f.message().strip();
    boolean ended = message.endsWith(".") || message.endsWith("!") || message.endsWith("?");
    return message + (ended ? " Fix: " : ". Fix: ") + f.hint().strip();
  }

  /** SARIF's levels: error, warning, note; a rule that is off by default is "none". */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  /** A relative URI reference: the path with spaces and other reserved characters percent-encoded. */
  static String uri(String source) {
    try {
      return new URI(null, null, source, null).toASCIIString();
    } catch (URISyntaxException e) {
      return source.replace(" ", "%20");
    }
  }

  /** {@code thin-content} becomes {@code ThinContent}, SARIF's recommended shape for a rule's name. */
  private static String camelCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    return name.toString();
  }

  private static void text(JsonGenerator json, String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** A threshold: a number, a boolean, a string or a list of them. */
  static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      json.writeNumber(n.doubleValue());
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Iterable<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        writeValue(json, item);
      }
      json.writeEndArray();
    } else {
      json.writeString(value.toString());
    }
  }
}
