package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.Severity;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {

  private static String xml(CheckReport report) throws Exception {
    StringWriter out = new StringWriter();
    Reports.write(report, ReportFormat.JUNIT, out, false);
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Element suite(Document doc, String rule) {
    NodeList suites = doc.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element s = (Element) suites.item(i);
      if (s.getAttribute("name").equals(rule)) {
        return s;
      }
    }
    throw new AssertionError("no test suite " + rule);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> list = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  @Test
  void aSuitePerRuleACasePerPageAFailurePerFinding() throws Exception {
    Document doc = parse(xml(Fixtures.report(FailOn.ERROR)));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("12"); // 4 rules x 3 pages
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    assertThat(children(root, "testsuite")).extracting(e -> e.getAttribute("name"))
        .containsExactly("broken-link", "spam-phrases", "thin-content", "title-length");

    Element thin = suite(doc, "thin-content");
    assertThat(thin.getAttribute("tests")).isEqualTo("3");
    assertThat(thin.getAttribute("failures")).isEqualTo("1");
    List<Element> cases = children(thin, "testcase");
    assertThat(cases).extracting(e -> e.getAttribute("name")).containsExactly("/about/", "/posts/good/", "/posts/thin/");
    assertThat(cases).extracting(e -> e.getAttribute("classname")).containsOnly("shareworthy.thin-content");
    assertThat(cases.get(0).getElementsByTagName("failure").getLength()).isZero();
    assertThat(cases.get(1).getElementsByTagName("failure").getLength()).isZero();
    Element failure = (Element) cases.get(2).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("Post has 120 words (minimum is 300)");
    assertThat(failure.getAttribute("type")).isEqualTo("warning");
    assertThat(failure.getTextContent()).isEqualTo("warning thin-content at content/posts/thin.md:1\n"
        + "Post has 120 words (minimum is 300)\nFix: Add substance: examples, data, a story.");
    assertThat(cases.get(2).getAttribute("file")).isEqualTo("content/posts/thin.md");
  }

  @Test
  void twoFindingsOfOneRuleOnOnePageAreTwoFailures() throws Exception {
    CheckReport base = Fixtures.report(FailOn.ERROR);
    List<Finding> findings = new ArrayList<>(base.findings());
    findings.add(new Finding("broken-link", Category.LINKS, Severity.ERROR, "content/posts/thin.md", 9,
        "/posts/thin/", "Link to /x/ does not resolve", "Fix the link or remove it."));
    Document doc = parse(xml(new CheckReport("1", base.pages(), findings, base.rules(), FailOn.ERROR)));
    Element broken = suite(doc, "broken-link");
    assertThat(broken.getAttribute("failures")).isEqualTo("1");
    assertThat(children(broken, "failure")).extracting(e -> e.getAttribute("message"))
        .containsExactly("Link to /posts/missing/ does not resolve", "Link to /x/ does not resolve");
  }

  @Test
  void escapesMarkupQuotesAndAmpersandsAndKeepsEmoji() throws Exception {
    CheckReport base = Fixtures.report(FailOn.ERROR);
    String nasty = Fixtures.NASTY_TITLE + " \u0007bell";
    List<Finding> findings = List.of(new Finding("title-length", Category.SHARE_METADATA, Severity.WARNING,
        "content/posts/a&b <c>.md", 2, "/posts/\"a\"/", "Title \"" + nasty + "\" is long", "Use <70 & >10 chars"));
    String xml = xml(new CheckReport("1", base.pages(), findings, base.rules(), FailOn.ERROR));
    assertThat(xml).doesNotContain("<script>").doesNotContain("\u0007");
    Document doc = parse(xml);
    Element failure = (Element) suite(doc, "title-length").getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Title \"<script>alert(\"x\")</script> & 'quotes' 🚀 bell\" is long");
    assertThat(failure.getTextContent()).contains("Fix: Use <70 & >10 chars");
    Element testcase = (Element) failure.getParentNode();
    assertThat(testcase.getAttribute("name")).isEqualTo("/posts/\"a\"/");
    assertThat(testcase.getAttribute("file")).isEqualTo("content/posts/a&b <c>.md");
  }

  @Test
  void aCleanSiteIsAllPassingTests() throws Exception {
    Document doc = parse(xml(Fixtures.empty()));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("4");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
  }
}
