package dev.shareworthy.build;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.content.FrontMatter;
import dev.shareworthy.content.FrontMatterReader;
import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.RenderedMarkdown;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.Slugs;
import dev.shareworthy.content.SourceDocument;
import dev.shareworthy.content.SourceText;
import dev.shareworthy.content.Term;
import dev.shareworthy.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Finds a site's posts and pages, reads their front matter, renders their Markdown and gives each its URL.
 * Every problem of every file is collected before anything fails.
 */
final class ContentLoader {

  static final String POSTS = "content/posts";
  static final String PAGES = "content/pages";
  /** The order posts are listed in everywhere: newest first, then by title, then by file. */
  static final Comparator<Post> POST_ORDER =
      Comparator.comparing(Post::date).reversed().thenComparing(Post::title).thenComparing(Post::source);
  private static final String[] COVER_NAMES = {"cover", "feature"};
  private static final String[] IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".webp", ".gif"};

  private final Path siteDir;
  private final SiteConfig site;
  private final MarkdownRenderer markdown;
  private final FrontMatterReader frontMatter;
  private final BuildOptions options;
  private final Instant now;
  /**
   * The source files' text by source path, kept when the checks will run: they point findings at lines, and
   * reading each file again cost them more than a few percent. Kept off the heap (see {@link OffHeapTexts}). Null
   * otherwise.
   */
  private final OffHeapTexts texts;
  /** Time spent keeping texts for the checks, summed over threads: part of what the checks cost a build. */
  private final java.util.concurrent.atomic.AtomicLong keepingNanos = new java.util.concurrent.atomic.AtomicLong();

  ContentLoader(Path siteDir, SiteConfig site, MarkdownRenderer markdown, BuildOptions options, Instant now) {
    this.siteDir = siteDir;
    this.site = site;
    this.markdown = markdown;
    this.frontMatter = new FrontMatterReader(site.timezone());
    this.options = options;
    this.now = now;
    this.texts = options.checks() ? new OffHeapTexts() : null;
  }

  /** Reads everything; must run inside the build's thread pool, whose threads it uses. */
  SiteContent load() {
    List<Path> postFiles = markdownFiles(POSTS);
    List<Path> pageFiles = markdownFiles(PAGES);
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    int total = postFiles.size() + pageFiles.size();
    AtomicInteger done = new AtomicInteger();
    List<SourceDocument> postDocs = read(postFiles, problems, done, total);
    List<SourceDocument> pageDocs = read(pageFiles, problems, done, total);
    return publish(postDocs, pageDocs, problems, Map.of());
  }

  /**
   * Publishes documents already read: leaves out drafts and future posts, gives each its URL, renders its
   * Markdown and sorts them. Must run inside the build's thread pool.
   *
   * @param problems problems found so far, such as while reading; any of them fails the build
   * @param rendered posts and pages rendered before, by the document they were rendered from; one is reused
   *     when its document is the same instance and its URL has not changed (the dev server's session keeps
   *     unchanged documents, so an edit renders one file's Markdown, not every file's)
   */
  SiteContent publish(List<SourceDocument> postDocs, List<SourceDocument> pageDocs, List<Problem> problems,
      Map<SourceDocument, Object> rendered) {
    int drafts = 0;
    int future = 0;
    List<SourceDocument> published = new ArrayList<>();
    for (SourceDocument doc : postDocs) {
      FrontMatter fm = doc.frontMatter();
      if (fm.date() == null) {
        problems.add(new Problem(doc.source(), 1, "missing date: add 'date: 2024-05-01' to the front matter "
            + "or name the file like 2024-05-01-" + fm.slug() + ".md"));
      } else if (fm.draft() && !options.drafts()) {
        drafts++;
      } else if (fm.date().toInstant().isAfter(now) && !options.future()) {
        future++;
      } else {
        published.add(doc);
      }
    }
    List<SourceDocument> publishedPages = pageDocs.stream()
        .filter(d -> !d.frontMatter().draft() || options.drafts()).toList();

    Map<String, String> owners = new HashMap<>();
    Map<SourceDocument, String> paths = new java.util.IdentityHashMap<>(); // records hash every field
    for (SourceDocument doc : published) {
      claim(postPath(doc.frontMatter()), doc, owners, paths, problems);
    }
    for (SourceDocument doc : publishedPages) {
      claim(pagePath(doc.frontMatter()), doc, owners, paths, problems);
    }
    failOn(problems);

    AtomicInteger done = new AtomicInteger();
    int toRender = published.size() + publishedPages.size();
    List<Post> posts = renderAll(published, paths, reusing(rendered, Post.class, Post::path, this::post), done, toRender);
    posts.sort(POST_ORDER);
    List<Page> pages = renderAll(publishedPages, paths, reusing(rendered, Page.class, Page::path, this::page), done,
        toRender);
    pages.sort(Comparator.comparing(Page::title).thenComparing(Page::source));
    return new SiteContent(posts, pages, drafts, future);
  }

  private static <T> java.util.function.BiFunction<SourceDocument, String, T> reusing(Map<SourceDocument, Object> rendered,
      Class<T> type, java.util.function.Function<T, String> pathOf,
      java.util.function.BiFunction<SourceDocument, String, T> render) {
    if (rendered.isEmpty()) {
      return render;
    }
    return (doc, path) -> {
      Object before = rendered.get(doc);
      return type.isInstance(before) && pathOf.apply(type.cast(before)).equals(path) ? type.cast(before)
          : render.apply(doc, path);
    };
  }

  /** Renders documents in parallel into a mutable list, in the documents' order. */
  private <T> List<T> renderAll(List<SourceDocument> docs, Map<SourceDocument, String> paths,
      java.util.function.BiFunction<SourceDocument, String, T> render, AtomicInteger done, int total) {
    Object[] rendered = new Object[docs.size()];
    Parallel.forEach(docs.size(), i -> {
      SourceDocument doc = docs.get(i);
      rendered[i] = render.apply(doc, paths.get(doc));
      options.listener().progress("Rendering Markdown", done.incrementAndGet(), total);
    });
    List<T> list = new ArrayList<>(rendered.length);
    for (Object r : rendered) {
      @SuppressWarnings("unchecked")
      T t = (T) r;
      list.add(t);
    }
    return list;
  }

  private List<SourceDocument> read(List<Path> files, List<Problem> problems, AtomicInteger done, int total) {
    SourceDocument[] docs = new SourceDocument[files.size()];
    Parallel.forEach(files.size(), i -> {
      docs[i] = readOne(files.get(i), problems).orElse(null);
      options.listener().progress("Reading content", done.incrementAndGet(), total);
    });
    return java.util.Arrays.stream(docs).filter(java.util.Objects::nonNull).toList();
  }

  /** The text of a source file read by {@link #load} when the checks will run and it was kept; else null. */
  String sourceText(String source) {
    return texts == null ? null : texts.get(source);
  }

  /**
   * How long keeping the source texts for the checks took, summed over the threads that read files in parallel:
   * more than it added to the build's wall time, which is what a build reports the checks' cost by.
   */
  java.time.Duration keepingTexts() {
    return java.time.Duration.ofNanos(keepingNanos.get());
  }

  /** Reads one Markdown file's front matter and body; its problems go to {@code problems}. */
  Optional<SourceDocument> readOne(Path file, List<Problem> problems) {
    String source = relative(file);
    String text;
    try {
      SourceText.Read read = SourceText.readWithBytes(file, source);
      text = read.text();
      if (texts != null) {
        long start = System.nanoTime();
        texts.put(source, read.utf8(), read.from(), text.length());
        keepingNanos.addAndGet(System.nanoTime() - start);
      }
    } catch (ShareworthyException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
    List<Problem> own = new ArrayList<>();
    Optional<SourceDocument> doc = frontMatter.read(source, stem(file), text, own);
    problems.addAll(own);
    return doc;
  }

  private void claim(String path, SourceDocument doc, Map<String, String> owners, Map<SourceDocument, String> paths,
      List<Problem> problems) {
    String previous = owners.putIfAbsent(path, doc.source());
    if (previous != null) {
      problems.add(new Problem(doc.source(), 1, "has the same URL " + path + " as " + previous
          + "; give one of them another 'slug'"));
    }
    paths.put(doc, path);
  }

  /** The site path of a page: its slug at the root. */
  static String pagePath(FrontMatter fm) {
    return "/" + fm.slug() + "/";
  }

  /** The site path a published post gets from its front matter, by the site's permalink pattern. */
  String postPath(FrontMatter fm) {
    ZonedDateTime d = fm.date().atZoneSameInstant(site.timezone());
    return site.permalink()
        .replace(":year", String.format("%04d", d.getYear()))
        .replace(":month", String.format("%02d", d.getMonthValue()))
        .replace(":day", String.format("%02d", d.getDayOfMonth()))
        .replace(":slug", fm.slug());
  }

  /** Renders one post's Markdown and gives it its URLs; {@code path} is the one {@link #publish} gives it. */
  Post post(SourceDocument doc, String path) {
    FrontMatter fm = doc.frontMatter();
    String url = site.url(path);
    RenderedMarkdown md = markdown.render(doc.body(), url, site.basePath());
    Path bundle = bundleOf(doc);
    String permalink = site.absoluteUrl(path);
    return new Post(doc.source(), fm.slug(), fm.title(), fm.date(), fm.lastmod(),
        describe(fm.description(), md.excerptText()), fm.description() != null,
        terms("tags", fm.tags()), terms("categories", fm.categories()),
        image(fm.image(), bundle, permalink), fm.author() != null ? fm.author() : site.author(), fm.draft(),
        path, url, permalink, canonical(fm, permalink), fm.aliases(), md.html(), md.excerptHtml(), md.toc(),
        md.wordCount(), md.readingMinutes(), fm.params(), bundle);
  }

  /** Renders one page's Markdown and gives it its URLs; {@code path} is the one {@link #publish} gives it. */
  Page page(SourceDocument doc, String path) {
    FrontMatter fm = doc.frontMatter();
    String url = site.url(path);
    RenderedMarkdown md = markdown.render(doc.body(), url, site.basePath());
    Path bundle = bundleOf(doc);
    String permalink = site.absoluteUrl(path);
    return new Page(doc.source(), fm.slug(), fm.title(), fm.date(), fm.lastmod(),
        describe(fm.description(), md.excerptText()), image(fm.image(), bundle, permalink), path, url,
        permalink, canonical(fm, permalink), fm.aliases(), md.html(), md.toc(), md.wordCount(), fm.params(), bundle);
  }

  private List<Term> terms(String taxonomy, List<String> names) {
    List<Term> terms = new ArrayList<>();
    for (String name : names) {
      String slug = Slugs.slugify(name);
      if (!slug.isEmpty() && terms.stream().noneMatch(t -> t.slug().equals(slug))) {
        terms.add(new Term(name, slug, site.url("/" + taxonomy + "/" + slug + "/")));
      }
    }
    return terms;
  }

  private String canonical(FrontMatter fm, String permalink) {
    if (fm.canonical() == null || fm.canonical().isBlank()) {
      return permalink;
    }
    String c = fm.canonical().strip();
    return c.startsWith("/") ? site.absoluteUrl(c) : c;
  }

  /** The share image as an absolute URL: front matter {@code image}, else a bundle's cover or feature image. */
  private String image(String image, Path bundle, String permalink) {
    if (image != null && !image.isBlank()) {
      String i = image.strip();
      if (i.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
        return i;
      }
      return i.startsWith("/") ? site.absoluteUrl(i) : permalink + i;
    }
    if (bundle != null) {
      for (String name : COVER_NAMES) {
        for (String ext : IMAGE_EXTENSIONS) {
          if (Files.isRegularFile(bundle.resolve(name + ext))) {
            return permalink + name + ext;
          }
        }
      }
    }
    return null;
  }

  /** The author's description, or else the excerpt cut at a word boundary near 160 characters. */
  static String describe(String description, String excerpt) {
    if (description != null) {
      return description;
    }
    String text = excerpt.strip();
    if (text.length() <= 160) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 157);
    String head = text.substring(0, cut > 80 ? cut : 157).replaceAll("[\\s,;:.\\-–—]+$", "");
    return head + "…";
  }

  private Path bundleOf(SourceDocument doc) {
    return doc.source().endsWith("/index.md") ? siteDir.resolve(doc.source()).getParent() : null;
  }

  /** The Markdown files of a content folder that are published, bundle members left out, sorted. */
  List<Path> markdownFiles(String folder) {
    Path root = siteDir.resolve(folder);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
          .filter(p -> !isInsideBundle(p, root))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ShareworthyException(new Problem(folder, 0, "cannot list the folder: " + e), e);
    }
  }

  /** A Markdown file beside a bundle's index.md belongs to the bundle: it is copied, not published. */
  private static boolean isInsideBundle(Path file, Path root) {
    if (file.getFileName().toString().equals("index.md")) {
      return false;
    }
    for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("index.md"))) {
        return true;
      }
    }
    return false;
  }

  private String relative(Path file) {
    return siteDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    if (name.equals("index.md") && file.getParent() != null) {
      return file.getParent().getFileName().toString();
    }
    return name.substring(0, name.length() - ".md".length());
  }

  /** Throws when there are problems, sorted by file and line. */
  static void failOn(List<Problem> problems) {
    if (!problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
      throw new ShareworthyException(sorted);
    }
  }
}
