package dev.shareworthy.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Parses a page whose markup is strictly nested, as generators write it, into the same tree jsoup's HTML parser
 * builds, about two and a half times faster; for anything else it gives up and returns null, and the caller
 * parses with jsoup. Only the plain cases of HTML's tree building are handled here: a doctype, then html, head
 * and body in order, every end tag closing the element open last, and a set of common elements, tables written
 * out in full among them. Whatever would make the HTML parser repair, move or imply an element (a block inside a
 * paragraph, a row without its tbody, text in a table, a form, foreign content, unusual comments...) is a reason
 * to give up, so the trees cannot differ.
 *
 * <p>Why: the checks parse every page of a site, and jsoup's general parser was a quarter of their time. A test
 * compares both parsers' trees over real and generated pages.
 */
final class StrictHtml {

  /** Thrown inside the parse to give up; never escapes. Without a stack trace, it costs little. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  // What each element may do here; an element without an entry makes the parse give up.
  private static final int VOID = 1;
  /** Closes an open p in the HTML parser: allowed only when no p is open. */
  private static final int BLOCK = 2;
  /** Kept in the parser's list of active formatting elements. */
  private static final int FORMATTING = 4;
  private static final int HEADING = 8;
  /** Raw text up to its end tag: script and style. */
  private static final int RAW = 16;
  /** Text with character references up to its end tag: title. */
  private static final int RCDATA = 32;
  private static final int PRE = 64;
  /** Allowed in the head. */
  private static final int HEAD = 128;
  /** A table or one of its rows or groups of rows, which may hold only its own parts and whitespace. */
  private static final int TABLE = 256;

  /** html, head and body: only where the page's outline has them. */
  private static final int OUTLINE = 512;

  /** An element this parser handles: its name, jsoup's tag for it, what it may do, and the parents it needs. */
  private record Known(String name, Tag tag, int kind, Set<String> parents) {}

  /**
   * The known elements by a hash of their name's bytes (open addressing), so that a tag's name is looked up
   * without making a string of it, and its kind and jsoup tag come with it: four map lookups per tag before.
   */
  private static final Known[] KNOWN = new Known[256];
  /**
   * Elements that must be written in the one parent HTML gives them, or the parser would close or imply other
   * elements around them.
   */
  private static final Map<String, Set<String>> PARENTS = Map.of(
      "li", Set.of("ul", "ol", "menu"), "dd", Set.of("dl"), "dt", Set.of("dl"),
      "caption", Set.of("table"), "thead", Set.of("table"), "tbody", Set.of("table"), "tfoot", Set.of("table"),
      "tr", Set.of("thead", "tbody", "tfoot"), "th", Set.of("tr"), "td", Set.of("tr"));

  static {
    Map<String, Integer> kinds = new HashMap<>();
    Map<String, Tag> tagFor = new HashMap<>();
    for (String t : new String[] {"address", "article", "aside", "blockquote", "details", "div", "dl", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul"}) {
      kinds.put(t, BLOCK);
    }
    for (String t : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
      kinds.put(t, BLOCK | HEADING);
    }
    kinds.put("hr", BLOCK | VOID);
    kinds.put("pre", BLOCK | PRE);
    kinds.put("li", BLOCK);
    kinds.put("dd", BLOCK);
    kinds.put("dt", BLOCK);
    kinds.put("table", BLOCK | TABLE);
    for (String t : new String[] {"thead", "tbody", "tfoot", "tr"}) {
      kinds.put(t, TABLE);
    }
    for (String t : new String[] {"caption", "th", "td"}) {
      kinds.put(t, 0);
    }
    kinds.put("input", VOID);
    for (String t : new String[] {"abbr", "bdi", "bdo", "cite", "data", "dfn", "kbd", "mark", "q", "samp", "span",
        "sub", "sup", "time", "var", "del", "ins", "label", "picture"}) {
      kinds.put(t, 0);
    }
    for (String t : new String[] {"a", "b", "code", "em", "i", "s", "small", "strong", "u"}) {
      kinds.put(t, FORMATTING);
    }
    kinds.put("br", VOID);
    kinds.put("img", VOID);
    kinds.put("wbr", VOID);
    kinds.put("meta", VOID | HEAD);
    kinds.put("link", VOID | HEAD);
    kinds.put("script", RAW | HEAD);
    kinds.put("style", RAW | HEAD);
    kinds.put("title", RCDATA | HEAD);
    TagSet tags = TagSet.Html();
    for (String t : kinds.keySet()) {
      tagFor.put(t, tags.valueOf(t, Parser.NamespaceHtml));
    }
    for (String t : new String[] {"html", "head", "body"}) {
      tagFor.put(t, tags.valueOf(t, Parser.NamespaceHtml));
    }
    for (String t : new String[] {"html", "head", "body"}) {
      kinds.put(t, OUTLINE);
    }
    for (Map.Entry<String, Integer> k : kinds.entrySet()) {
      String name = k.getKey();
      KNOWN[freeSlot(KNOWN, name)] = new Known(name, tagFor.get(name), k.getValue(), PARENTS.get(name));
    }
  }

  private static final Known BODY = KNOWN[slotOf(KNOWN, "body")];

  /**
   * The slot where a lookup of {@code name}'s bytes in an open-addressing table of this length starts: the tables
   * of known elements and of common attribute names.
   */
  private static int hash(byte[] b, int from, int to, int length) {
    int h = to - from;
    for (int i = from; i < to; i++) {
      h = h * 31 + b[i];
    }
    return (h ^ (h >>> 8)) & (length - 1);
  }

  private static int hash(String name, int length) {
    return hash(name.getBytes(StandardCharsets.ISO_8859_1), 0, name.length(), length);
  }

  /** The first empty slot for {@code name} in a table being filled. */
  private static int freeSlot(Object[] table, String name) {
    int slot = hash(name, table.length);
    while (table[slot] != null) {
      slot = (slot + 1) & (table.length - 1);
    }
    return slot;
  }

  /** The slot of {@code name}, which the table holds. */
  private static int slotOf(Known[] table, String name) {
    int slot = hash(name, table.length);
    while (!table[slot].name().equals(name)) {
      slot = (slot + 1) & (table.length - 1);
    }
    return slot;
  }


  private final byte[] in;
  private final int end;
  private int pos;
  /** The page's share blocks, whose insides are skipped as {@link ShareBlocks#cut} cuts them; the next one. */
  private final ShareBlocks.Found shareBlocks;
  private int nextBlock;
  private final Document doc;
  private final List<Element> open = new ArrayList<>(32);
  /** What each open element is, as {@link #open} holds them. */
  private Known[] openKnown = new Known[32];
  /** Open p elements, open a elements and open formatting elements. */
  private int openP;
  private int openA;
  private int openFormatting;

  private StrictHtml(byte[] in, ShareBlocks.Found shareBlocks) {
    this.in = in;
    this.end = in.length;
    this.shareBlocks = shareBlocks;
    this.doc = new Document(Parser.NamespaceHtml, "");
  }

  /**
   * The tree jsoup's HTML parser builds from the page with its share blocks cut ({@link ShareBlocks#cut}), or
   * null when the page is not plain enough. Reads the UTF-8 bytes as they are: markup is ASCII, and text is
   * decoded a run at a time, straight into strings.
   */
  static Document parse(byte[] page) {
    return parse(ShareBlocks.find(page));
  }

  /** The tree of a page whose share blocks were found; see {@link #parse(byte[])}. */
  static Document parse(ShareBlocks.Found page) {
    try {
      return new StrictHtml(page.page(), page).document();
    } catch (GiveUp e) {
      return null;
    }
  }

  private Document document() {
    doc.parser(Parser.htmlParser());
    doc.quirksMode(Document.QuirksMode.noQuirks);
    whitespaceTo(doc);
    doctype();
    whitespaceTo(doc);
    Element html = startTag("html", doc);
    whitespaceTo(html);
    Element head = startTag("head", html);
    head(head);
    whitespaceTo(html);
    Element body = startTag("body", html);
    push(body, BODY);
    body();
    whitespaceTo(html);
    endTag("html");
    whitespaceTo(doc);
    if (pos != end || nextBlock != shareBlocks.blocks().size()) {
      throw GIVE_UP;
    }
    return doc;
  }

  private void doctype() {
    if (!regionMatchesIgnoreCase("<!doctype html>")) {
      throw GIVE_UP;
    }
    pos += "<!doctype html>".length();
    doc.appendChild(new DocumentType("html", "", ""));
  }

  /** An expected start tag, appended to {@code parent}. */
  private Element startTag(String name, Element parent) {
    if (pos >= end || in[pos] != '<') {
      throw GIVE_UP;
    }
    pos++;
    Known known = tagName();
    if (!name.equals(known.name())) {
      throw GIVE_UP;
    }
    Element e = element(known);
    if (selfClosing) {
      throw GIVE_UP;
    }
    parent.appendChild(e);
    return e;
  }

  private void endTag(String name) {
    if (pos + 2 >= end || in[pos] != '<' || in[pos + 1] != '/') {
      throw GIVE_UP;
    }
    pos += 2;
    if (!name.equals(tagName().name()) || pos >= end || in[pos] != '>') {
      throw GIVE_UP;
    }
    pos++;
  }

  private void head(Element head) {
    while (true) {
      whitespaceTo(head);
      if (pos >= end || in[pos] != '<') {
        throw GIVE_UP;
      }
      if (regionMatches("</head>")) {
        pos += "</head>".length();
        return;
      }
      if (regionMatches("<!--")) {
        comment(head);
        continue;
      }
      pos++;
      Known known = tagName();
      if ((known.kind() & HEAD) == 0) {
        throw GIVE_UP;
      }
      insert(known, head);
    }
  }

  private void body() {
    while (true) {
      int top = open.size() - 1;
      Element current = open.get(top);
      Known currentKnown = openKnown[top];
      if (pos >= end || nextBlock < shareBlocks.blocks().size()
          && pos > shareBlocks.blocks().get(nextBlock).startTagEnd()) {
        throw GIVE_UP; // a share block that starts somewhere unusual
      }
      int currentKind = currentKnown.kind() & ~OUTLINE;
      if (in[pos] != '<') {
        text(current, (currentKind & TABLE) != 0);
        continue;
      }
      if (pos + 1 >= end) {
        throw GIVE_UP;
      }
      int next = in[pos + 1];
      if (next == '/') {
        pos += 2;
        Known known = tagName();
        if (pos >= end || in[pos] != '>' || known != currentKnown) {
          throw GIVE_UP; // attributes on an end tag, or an element closed out of order
        }
        pos++;
        open.remove(top);
        String name = known.name();
        if (name.equals("body")) {
          return;
        }
        if (name.equals("p")) {
          openP--;
        } else if ((currentKind & FORMATTING) != 0) {
          openFormatting--;
          if (name.equals("a")) {
            openA--;
          }
        }
        continue;
      }
      if (next == '!') {
        if (!regionMatches("<!--")) {
          throw GIVE_UP;
        }
        comment(current);
        continue;
      }
      pos++;
      Known known = tagName();
      String name = known.name();
      int kind = known.kind();
      if ((kind & OUTLINE) != 0) {
        throw GIVE_UP;
      }
      Set<String> parents = known.parents();
      boolean placed = parents != null ? parents.contains(current.normalName()) : (currentKind & TABLE) == 0;
      if (!placed
          || (kind & BLOCK) != 0 && openP > 0
          || (kind & HEADING) != 0 && (currentKind & HEADING) != 0
          || name.equals("a") && openA > 0
          || name.equals("table") && openFormatting > 0) {
        throw GIVE_UP; // the HTML parser would close, imply or move elements here
      }
      Element e = insert(known, current);
      if (e != null) {
        push(e, known);
        if (name.equals("p")) {
          openP++;
        } else if ((kind & FORMATTING) != 0) {
          openFormatting++;
          if (name.equals("a")) {
            openA++;
          }
        }
        if ((kind & PRE) != 0 && pos < end && in[pos] == '\n') {
          pos++; // the HTML parser drops a newline right after <pre>
        }
        if (nextBlock < shareBlocks.blocks().size() && pos == shareBlocks.blocks().get(nextBlock).startTagEnd()) {
          skipShareBlock(shareBlocks.blocks().get(nextBlock++));
        }
      }
    }
  }

  /** The block's insides are left out, as the cut page leaves them out. */
  private void skipShareBlock(ShareBlocks.Block b) {
    pos = b.closeStart();
  }

  /** The text of some bytes: a copy when they are ASCII, else decoded. */
  private String string(int from, int to, int seen) {
    return new String(in, from, to - from, (seen & NON_ASCII) != 0 ? StandardCharsets.UTF_8
        : StandardCharsets.ISO_8859_1);
  }

  private void push(Element e, Known known) {
    int at = open.size();
    if (at == openKnown.length) {
      openKnown = java.util.Arrays.copyOf(openKnown, 2 * at);
    }
    openKnown[at] = known;
    open.add(e);
  }

  /**
   * Appends the element whose name was just read, with its attributes and, for raw text and title, its text.
   *
   * @return the element when it stays open for its content, else null
   */
  private Element insert(Known known, Element parent) {
    String name = known.name();
    int kind = known.kind();
    Element e = element(known);
    parent.appendChild(e);
    if ((kind & VOID) != 0) {
      return null;
    }
    if (selfClosing) {
      throw GIVE_UP; // <div/> opens a div in HTML, which a generator hardly means
    }
    if ((kind & (RAW | RCDATA)) != 0) {
      int close = closingTag(name);
      int seen = 0;
      for (int i = pos; i < close; i++) {
        seen |= TEXT_CLASS[in[i] & 0xff];
      }
      if ((seen & ODD) != 0) {
        throw GIVE_UP; // the parser replaces NUL and carriage returns
      }
      String text = string(pos, close, seen);
      if ((kind & RAW) != 0) {
        if (name.equals("script") && text.contains("<!--")) {
          throw GIVE_UP; // script data's escaped states
        }
        if (!text.isEmpty()) {
          e.appendChild(new DataNode(text));
        }
      } else if (!text.isEmpty()) {
        e.appendChild(new TextNode(decoded(text, false)));
      }
      pos = close + name.length() + 3;
      return null;
    }
    return e;
  }

  /** Where raw text or a title ends: the exact end tag {@code </name>}, in any case. */
  private int closingTag(String name) {
    int n = name.length();
    for (int i = pos; i + n + 2 < end; i++) {
      if (in[i] == '<' && in[i + 1] == '/') {
        boolean same = true;
        for (int j = 0; j < n && same; j++) {
          same = (in[i + 2 + j] | 0x20) == name.charAt(j);
        }
        if (same) {
          int after = in[i + 2 + n];
          if (after == '>') {
            return i;
          }
          if (after == ' ' || after == '\t' || after == '\n' || after == '\f' || after == '/') {
            throw GIVE_UP;
          }
        }
      }
    }
    throw GIVE_UP;
  }

  private boolean selfClosing;

  /**
   * Reads a tag's name after {@code <} or {@code </}: lower-case ASCII letters and digits as written, and one of
   * the elements this parser handles.
   */
  private Known tagName() {
    int start = pos;
    while (pos < end) {
      int c = in[pos];
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' && pos > start) {
        pos++;
      } else {
        break;
      }
    }
    if (pos == start || pos >= end) {
      throw GIVE_UP;
    }
    int c = in[pos];
    if (c != '>' && c != ' ' && c != '\n' && c != '\t' && c != '/') {
      throw GIVE_UP; // upper case, a hyphen, or anything else unusual
    }
    for (int slot = hash(in, start, pos, KNOWN.length); KNOWN[slot] != null;
        slot = (slot + 1) & (KNOWN.length - 1)) {
      if (same(KNOWN[slot].name(), start, pos)) {
        return KNOWN[slot];
      }
    }
    throw GIVE_UP;
  }

  /** The element for the tag whose name was just read, its attributes read up to and past its {@code >}. */
  private Element element(Known known) {
    Tag tag = known.tag();
    Attributes attributes = null;
    selfClosing = false;
    while (true) {
      int before = pos;
      skipWhitespace();
      if (pos >= end) {
        throw GIVE_UP;
      }
      int c = in[pos];
      if (c == '>') {
        pos++;
        break;
      }
      if (c == '/') {
        if (pos + 1 < end && in[pos + 1] == '>') {
          selfClosing = true;
          pos += 2;
          break;
        }
        throw GIVE_UP;
      }
      if (before == pos) {
        throw GIVE_UP; // attributes run together
      }
      if (attributes == null) {
        attributes = new Attributes();
      }
      attribute(attributes);
    }
    return new Element(tag, null, attributes);
  }

  /**
   * Attribute names pages use all the time, as the string constants the rules look them up with: the same
   * instance compares equal at once, and no string is made for them.
   */
  private static final String[] NAMES = new String[128];

  static {
    for (String n : new String[] {"class", "href", "id", "rel", "name", "content", "property", "src", "alt", "type",
        "title", "lang", "charset", "style", "role", "hidden", "width", "height", "loading", "decoding", "datetime",
        "tabindex", "aria-label", "aria-labelledby", "aria-hidden", "aria-live", "aria-current", "target",
        "itemprop", "srcset", "sizes", "media", "colspan", "rowspan", "scope", "start", "value", "for", "open",
        "http-equiv", "crossorigin", "integrity", "async", "defer"}) {
      NAMES[freeSlot(NAMES, n)] = n;
    }
  }

  /** The attribute name in these bytes: the common one's constant, else a new string. */
  private String attributeName(int from, int to) {
    for (int slot = hash(in, from, to, NAMES.length); NAMES[slot] != null; slot = (slot + 1) & (NAMES.length - 1)) {
      if (same(NAMES[slot], from, to)) {
        return NAMES[slot];
      }
    }
    return new String(in, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** Whether the bytes from {@code from} to {@code to} are the ASCII name {@code s}. */
  private boolean same(String s, int from, int to) {
    if (s.length() != to - from) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (in[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void attribute(Attributes attributes) {
    int start = pos;
    while (pos < end) {
      int c = in[pos];
      if (c >= 'a' && c <= 'z' || c == '-' || c >= '0' && c <= '9' && pos > start || c == '_' || c == ':') {
        pos++;
      } else {
        break;
      }
    }
    if (pos == start || pos >= end) {
      throw GIVE_UP;
    }
    String key = attributeName(start, pos);
    if (attributes.hasKey(key)) {
      throw GIVE_UP; // the parser keeps the first of duplicates
    }
    int c = in[pos];
    if (c != '=') {
      if (c == '>' || c == ' ' || c == '\n' || c == '\t' || c == '/') {
        attributes.add(key, null);
        return;
      }
      throw GIVE_UP;
    }
    pos++;
    if (pos >= end) {
      throw GIVE_UP;
    }
    int quote = in[pos];
    String value;
    if (quote == '"' || quote == '\'') {
      byte[] in = this.in;
      int end = this.end;
      int from = pos + 1;
      int at = from;
      int seen = 0;
      while (at < end) {
        int v = in[at];
        if (v == quote) {
          break;
        }
        seen |= TEXT_CLASS[v & 0xff];
        at++;
      }
      if (at >= end || (seen & (ODD | LT)) != 0) {
        throw GIVE_UP;
      }
      value = string(from, at, seen);
      pos = at + 1;
      if ((seen & AMP) != 0) {
        value = decoded(value, true);
      }
      if (pos >= end || in[pos] != '>' && in[pos] != ' ' && in[pos] != '\n' && in[pos] != '\t' && in[pos] != '/') {
        throw GIVE_UP;
      }
    } else {
      int from = pos;
      while (pos < end) {
        int v = in[pos];
        if (v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z' || v >= '0' && v <= '9' || v == '-' || v == '_'
            || v == '.' || v == ':' || v == '#' || v == '%' || v == '+' || v == ',' || v == ';') {
          pos++;
        } else if (v == '>' || v == ' ' || v == '\n' || v == '\t') {
          break;
        } else {
          throw GIVE_UP; // a slash, an ampersand, quotes... in an unquoted value
        }
      }
      if (pos == from) {
        throw GIVE_UP;
      }
      value = new String(in, from, pos - from, StandardCharsets.ISO_8859_1);
    }
    attributes.add(key, value);
  }

  private void skipWhitespace() {
    while (pos < end) {
      int c = in[pos];
      if (c == ' ' || c == '\n' || c == '\t') {
        pos++;
      } else {
        return;
      }
    }
  }

  /** Whitespace where only whitespace may be, appended as the HTML parser keeps it. */
  private void whitespaceTo(Element parent) {
    int start = pos;
    skipWhitespace();
    if (pos > start) {
      parent.appendChild(new TextNode(new String(in, start, pos - start, StandardCharsets.ISO_8859_1)));
    }
  }

  /** Text up to the next tag, in the element open last; only whitespace between a table's parts. */
  private void text(Element parent, boolean inTable) {
    // Locals, not fields, in the loop: the JVM's quick compiler would load each field on every character.
    byte[] in = this.in;
    int end = this.end;
    int start = pos;
    int at = start;
    int seen = 0;
    while (at < end) {
      int cls = TEXT_CLASS[in[at] & 0xff];
      if (cls == LT) {
        break; // the one jump per character, and hardly ever taken: text is mostly letters and spaces mixed
      }
      seen |= cls;
      at++;
    }
    pos = at;
    if ((seen & ODD) != 0 || inTable && (seen & VISIBLE) != 0) {
      throw GIVE_UP; // a NUL or a carriage return; or text in a table, which the parser moves before it
    }
    String text = string(start, at, seen);
    parent.appendChild(new TextNode((seen & AMP) != 0 ? decoded(text, false) : text));
  }

  // Classes of ASCII characters in text.
  private static final byte LT = 1;
  private static final byte AMP = 2;
  private static final byte ODD = 4;
  private static final byte VISIBLE = 8;
  private static final byte NON_ASCII = 16;
  private static final byte QUOTE = 32;
  /** By byte value: what a text or attribute value holding the byte needs. */
  private static final byte[] TEXT_CLASS = new byte[256];

  static {
    for (char c = 33; c < 127; c++) {
      TEXT_CLASS[c] = VISIBLE;
    }
    for (int b = 128; b < 256; b++) {
      TEXT_CLASS[b] = NON_ASCII | VISIBLE;
    }
    TEXT_CLASS['"'] = QUOTE | VISIBLE;
    TEXT_CLASS['<'] = LT;
    TEXT_CLASS['&'] = AMP | VISIBLE;
    TEXT_CLASS[0] = ODD;
    TEXT_CLASS['\r'] = ODD;
    TEXT_CLASS['\f'] = ODD;
  }

  private void comment(Element parent) {
    int from = pos + 4;
    int close = -1;
    for (int i = from; i + 2 < end; i++) {
      if (in[i] == '-' && in[i + 1] == '-') {
        close = i;
        break;
      }
    }
    if (close < 0 || in[close + 2] != '>' || close == from || in[from] == '>' || in[close - 1] == '-') {
      throw GIVE_UP; // "--" inside, or an abrupt or odd end
    }
    int seen = 0;
    for (int i = from; i < close; i++) {
      seen |= TEXT_CLASS[in[i] & 0xff];
    }
    if ((seen & ODD) != 0) {
      throw GIVE_UP;
    }
    String data = string(from, close, seen);
    parent.appendChild(new Comment(data));
    pos = close + 3;
  }

  private static String decoded(String text, boolean attribute) {
    return Parser.unescapeEntities(text, attribute);
  }

  private boolean regionMatches(String s) {
    if (pos + s.length() > end) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (in[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean regionMatchesIgnoreCase(String lower) {
    if (pos + lower.length() > end) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      int c = in[pos + i];
      char want = lower.charAt(i);
      if (c != want && !(want >= 'a' && want <= 'z' && (c | 0x20) == want)) {
        return false;
      }
    }
    return true;
  }
}
