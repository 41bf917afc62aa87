package dev.shareworthy.build;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small XML writer over StAX that drops characters XML 1.0 cannot hold, so a stray control byte in a post never breaks a feed. */
final class Xml implements AutoCloseable {

  private final OutputStream out;
  private final XMLStreamWriter w;

  private Xml(OutputStream out) throws XMLStreamException {
    this.out = out;
    this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
  }

  /** Writes into {@code out}, which {@link #close()} closes, such as a byte buffer. */
  static Xml to(OutputStream out) throws IOException {
    try {
      return new Xml(out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XMLStreamWriter raw() {
    return w;
  }

  Xml start(String name) throws XMLStreamException {
    w.writeStartElement(name);
    return this;
  }

  Xml attr(String name, String value) throws XMLStreamException {
    w.writeAttribute(name, clean(value));
    return this;
  }

  Xml end() throws XMLStreamException {
    w.writeEndElement();
    return this;
  }

  /** Writes {@code <name>text</name>}. */
  Xml element(String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(clean(text));
    w.writeEndElement();
    return this;
  }

  /** Writes an empty element with attributes given as name, value pairs. */
  Xml empty(String name, String... attributes) throws XMLStreamException {
    w.writeEmptyElement(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      w.writeAttribute(attributes[i], clean(attributes[i + 1]));
    }
    return this;
  }

  Xml newline() throws XMLStreamException {
    w.writeCharacters("\n");
    return this;
  }

  @Override
  public void close() throws IOException {
    try {
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      out.close();
    }
  }

  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
