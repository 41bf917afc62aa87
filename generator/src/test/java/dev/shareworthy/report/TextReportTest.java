package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.check.FailOn;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static String text(dev.shareworthy.check.CheckReport report, boolean colour) throws IOException {
    StringWriter out = new StringWriter();
    Reports.write(report, ReportFormat.TEXT, out, colour);
    return out.toString();
  }

  @Test
  void groupsFindingsByFileWithHintsAndEndsWithTheVerdict() throws IOException {
    assertThat(text(Fixtures.report(FailOn.ERROR), false)).isEqualTo("""
        content/pages/about.md (/about/, share readiness 98/100)
        content/pages/about.md:3 info spam-phrases Contains "act now" & <b>bold</b>
            fix: Say it plainly.

        content/posts/thin.md (/posts/thin/, share readiness 55/100)
        content/posts/thin.md warning title-length Title has 75 characters (maximum is 70)
            fix: Shorten the title.
        content/posts/thin.md:1 warning thin-content Post has 120 words (minimum is 300)
            fix: Add substance: examples, data, a story.
        content/posts/thin.md:7 error broken-link Link to /posts/missing/ does not resolve
            fix: Fix the link or remove it.

        Checked 3 pages: 1 error, 2 warnings, 1 info. Failed: 1 finding at the fail level (error).
        """);
  }

  @Test
  void verdictFollowsTheFailLevel() throws IOException {
    assertThat(text(Fixtures.report(FailOn.WARNING), false))
        .endsWith("Failed: 3 findings at the fail level (warning or error).\n");
    assertThat(text(Fixtures.report(FailOn.NEVER), false))
        .endsWith("Checked 3 pages: 1 error, 2 warnings, 1 info. Passed: the fail level is 'never'.\n");
  }

  @Test
  void aCleanSiteSaysSo() throws IOException {
    assertThat(text(Fixtures.empty(), false)).isEqualTo("""
        No findings.

        Checked 1 page: 0 errors, 0 warnings, 0 infos. Passed: nothing at the fail level (error).
        """);
  }

  @Test
  void colourOnlyWhenAsked() throws IOException {
    String plain = text(Fixtures.report(FailOn.ERROR), false);
    String coloured = text(Fixtures.report(FailOn.ERROR), true);
    assertThat(plain).doesNotContain("\u001b[");
    assertThat(coloured).contains("\u001b[31m\u001b[1merror\u001b[0m").contains("\u001b[33mwarning\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void aMessageWithLineBreaksStaysOnOneLine() throws IOException {
    var base = Fixtures.report(FailOn.ERROR);
    var f = base.findings().get(0);
    var broken = new dev.shareworthy.check.Finding(f.rule(), f.category(), f.severity(), f.source(), f.line(),
        f.page(), "first\nsecond", "fix\r\nit");
    var report = new dev.shareworthy.check.CheckReport("1", base.pages(), java.util.List.of(broken), base.rules(),
        FailOn.ERROR);
    assertThat(text(report, false)).contains("spam-phrases first second\n    fix: fix it\n");
  }
}
