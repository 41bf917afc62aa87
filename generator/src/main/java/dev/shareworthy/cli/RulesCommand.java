package dev.shareworthy.cli;

import dev.shareworthy.check.Checks;
import dev.shareworthy.report.RulesReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shareworthy rules}: every rule with its id, category, default severity, thresholds and why it matters. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists every quality rule: id, category, default severity, thresholds and why it matters.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or markdown (the text of generator/RULES.md).")
  String format;

  @Override
  public Integer call() {
    String text = switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> RulesReport.text(Checks.rules());
      case "markdown", "md" -> RulesReport.markdown(Checks.rules());
      default -> throw new ParameterException(spec.commandLine(),
          "--format '" + format + "' is not a rules format; use text or markdown");
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
