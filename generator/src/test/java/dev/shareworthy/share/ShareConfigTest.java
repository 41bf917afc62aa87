package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ShareConfigTest {

  private final List<Problem> problems = new ArrayList<>();

  private ShareConfig site(String yaml) {
    return ShareConfig.readSite(share(yaml), "site.yaml", yaml, problems);
  }

  private static Object share(String yaml) {
    return ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml)).get("share");
  }

  @Test
  void withoutSettingsTheDefaultsApply() {
    ShareConfig c = ShareConfig.defaults();
    assertThat(c.enabled()).isTrue();
    assertThat(c.networks()).startsWith(Network.NATIVE, Network.X).contains(Network.EMAIL, Network.COPY);
    assertThat(c.trackingFor(Network.EMAIL, "my-post")).containsExactly(Map.entry("utm_source", "email"),
        Map.entry("utm_medium", "email"), Map.entry("utm_campaign", "my-post"), Map.entry("utm_content", "share-bar"));
    assertThat(c.inject()).isEqualTo(ShareConfig.Inject.AUTO);
    assertThat(c.ref()).isNull();
    assertThat(c.feedTracking("p")).containsExactly(Map.entry("utm_source", "rss"), Map.entry("utm_medium", "feed"));
  }

  @Test
  void everyNameAndValueIsConfigurableAndEachParameterCanBeOff() {
    ShareConfig c = site("""
        title: T
        share:
          networks: [bluesky, twitter, email]
          placement: footer
          utm:
            source: { name: src, value: "{network}-share" }
            medium: false
            campaign: spring
          ref: via
          feed: false
        """);
    assertThat(problems).isEmpty();
    assertThat(c.networks()).containsExactly(Network.BLUESKY, Network.X, Network.EMAIL);
    assertThat(c.trackingFor(Network.BLUESKY, "p")).containsExactly(Map.entry("src", "bluesky-share"),
        Map.entry("utm_campaign", "spring"), Map.entry("utm_content", "footer"));
    assertThat(c.ref()).isEqualTo("via");
    assertThat(c.feedTracking("p")).isEmpty();
  }

  @Test
  void utmFalseTurnsTrackingOff() {
    ShareConfig c = site("share:\n  utm: false\n");
    assertThat(c.trackingFor(Network.X, "p")).isEmpty();
  }

  @Test
  void aPostOverridesSomeSettingsAndKeepsTheRest() {
    ShareConfig c = site("share:\n  networks: [x, email]\n  ref: true\n");
    String fm = "---\ntitle: P\nshare:\n  networks: [bluesky]\n  utm:\n    campaign: launch\n---\n";
    ShareConfig post = c.withPost(share(fm.replace("---\n", "")), "content/posts/p.md", fm, problems);
    assertThat(problems).isEmpty();
    assertThat(post.networks()).containsExactly(Network.BLUESKY);
    assertThat(post.ref()).isEqualTo("ref");
    assertThat(post.trackingFor(Network.BLUESKY, "p")).contains(Map.entry("utm_campaign", "launch"),
        Map.entry("utm_source", "bluesky"));
    assertThat(c.withPost(false, "content/posts/p.md", fm, problems).enabled()).isFalse();
  }

  @Test
  void anUnknownNetworkNamesTheFileLineAndKey() {
    site("title: T\nshare:\n  inject: auto\n  networks: [x, myspace]\n");
    assertThat(problems).containsExactly(new Problem("site.yaml", 4,
        "share.networks: unknown network 'myspace'; use any of native, x, facebook, linkedin, reddit, hackernews, "
            + "bluesky, mastodon, whatsapp, telegram, pinterest, email, copy"));
  }

  @Test
  void aBadInjectValueIsAProblem() {
    site("share:\n  inject: sometimes\n");
    assertThat(problems).containsExactly(new Problem("site.yaml", 2,
        "share.inject must be auto, always or never, found 'sometimes'"));
  }

  @Test
  void badTrackingSettingsAreProblemsOnTheirLines() {
    site("""
        share:
          utm:
            source: "{network}"
            medium: "{channel}"
            campaign: { name: "utm campaign" }
            term: x
        """);
    assertThat(problems).extracting(Problem::line).containsExactly(4, 5, 6);
    assertThat(problems).extracting(Problem::message).containsExactly(
        "share.utm.medium: unknown placeholder {channel}; use {network}, {medium}, {slug} or {placement}",
        "share.utm.campaign.name must be 1 to 40 letters, digits, '_', '-' or '.', found 'utm campaign'",
        "share.utm.term is not a tracking parameter; use source, medium, campaign, content");
  }

  @Test
  void aBadRefNameAndAnUnknownKeyAreProblems() {
    site("share:\n  ref: \"ref id\"\n  netwroks: [x]\n");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "site.yaml:2: share.ref must be false, true (for 'ref') or a parameter name of letters, digits, '_', '-' "
            + "or '.' that does not start with utm_, found 'ref id'",
        "site.yaml:3: share.netwroks is not a share setting; use card, cards, defaultImage, enabled, feed, inject, "
            + "networks, placement, ref, text, utm");
  }

  @Test
  void sitewideSettingsCannotBeSetInAPost() {
    String fm = "---\ntitle: P\nshare:\n  inject: always\n---\n";
    ShareConfig.defaults().withPost(share(fm.replace("---\n", "")), "content/posts/p.md", fm, problems);
    assertThat(problems).containsExactly(new Problem("content/posts/p.md", 4,
        "share.inject can only be set in site.yaml, for the whole site"));
  }

  @Test
  void cardColoursMustBeHexColours() {
    ShareConfig c = site("share:\n  card:\n    background: \"#101820\"\n    accent: red\n");
    assertThat(c.card().background()).isEqualTo("#101820");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "site.yaml:4: share.card.accent must be a colour such as \"#1f4fb8\" (quoted), found 'red'");
  }
}
