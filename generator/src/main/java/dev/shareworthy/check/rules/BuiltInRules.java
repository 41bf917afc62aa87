package dev.shareworthy.check.rules;

import dev.shareworthy.check.Rule;
import java.util.List;

/** Every rule Shareworthy has, new instances per call (rules are stateless, but nothing is shared between runs). */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        // content
        new ThinContentRule(), new ReadabilityRule(), new LongSentencesRule(), new WallOfTextRule(),
        new MissingSubheadingsRule(), new DuplicateContentRule(), new DuplicateMetadataRule(),
        // share metadata
        new MissingTitleRule(), new TitleLengthRule(), new MissingDescriptionRule(), new DescriptionLengthRule(),
        new MissingShareImageRule(), new ShareImageSizeRule(), new CanonicalUrlRule(), new MissingOpenGraphRule(),
        new MissingTwitterCardRule(), new StructuredDataRule(),
        // spammy or shady layout
        new SpamPhrasesRule(), new ExcessiveCapsRule(), new ExcessiveExclamationRule(), new LinkDensityRule(),
        new KeywordStuffingRule(), new UrlShortenerRule(), new GenericLinkTextRule(), new InsecureLinkRule(),
        new HiddenTextRule(), new ThirdPartyScriptRule(), new HeadingStructureRule(),
        // links and images
        new BrokenLinkRule(), new ImageAltRule());
  }
}
