package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.text.Shown;

/**
 * The XML serialiser under {@link IatiWriter}: indented elements, attributes and escaped text on
 * a {@link Writer}, with the open elements kept to close them. Markup characters are escaped, and
 * so are the tabs and line breaks in attributes and the carriage returns in text that a reader
 * would otherwise normalise away; a character XML 1.0 cannot carry is refused. Not thread-safe.
 */
final class XmlOut {

  private final Writer w;

  /** Names of the open elements, innermost first. */
  private final Deque<String> open = new ArrayDeque<>();

  /** For each open element, whether it has child elements yet. */
  private final Deque<Boolean> hasChildren = new ArrayDeque<>();

  /** Whether the last start tag still awaits its closing {@code >}. */
  private boolean tagOpen;

  XmlOut(Writer w) {
    this.w = w;
  }

  /** Writes {@code markup} as it is, such as the XML declaration or a final line break. */
  void raw(String markup) throws IOException {
    w.write(markup);
  }

  /** Flushes the output. */
  void flush() throws IOException {
    w.flush();
  }

  /** Writes element {@code name} with {@code date} as its {@code iso-date}. */
  void dateElement(String name, LocalDate date) throws IOException {
    start(name);
    dateAttribute("iso-date", date);
    end();
  }

  /**
   * Writes attribute {@code name} of the open element as an IATI date, {@code yyyy-mm-dd}.
   *
   * @throws IllegalArgumentException for a year outside 0000–9999, naming the attribute and the
   *     date: an IATI date has four digits of year (the reader reads no other), where {@link
   *     LocalDate#toString} would write a sign and more digits
   */
  void dateAttribute(String name, LocalDate date) throws IOException {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException(
          open.peek()
              + "/@"
              + name
              + " "
              + Shown.value(date.toString())
              + ": an IATI date has a year from 0000 to 9999");
    }
    attribute(name, date.toString());
  }

  void narrativesIn(String name, List<Narrative> narratives) throws IOException {
    start(name);
    narratives(narratives);
    end();
  }

  void narratives(List<Narrative> narratives) throws IOException {
    for (Narrative n : narratives) {
      start("narrative");
      optional("xml:lang", n.language());
      characters(n.text());
      endInline();
    }
  }

  void text(String name, String text) throws IOException {
    start(name);
    characters(text);
    endInline();
  }

  void start(String name) throws IOException {
    closeTag();
    if (!hasChildren.isEmpty()) {
      hasChildren.pop();
      hasChildren.push(Boolean.TRUE);
    }
    w.write("\n" + " ".repeat(open.size()) + "<" + name);
    open.push(name);
    hasChildren.push(Boolean.FALSE);
    tagOpen = true;
  }

  void attribute(String name, String value) throws IOException {
    checkState(tagOpen, "attribute %s after content", name);
    w.write(" " + name + "=\"" + escape(value, true) + "\"");
  }

  void optional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      attribute(name, value.get());
    }
  }

  void characters(String text) throws IOException {
    closeTag();
    w.write(escape(text, false));
  }

  private void closeTag() throws IOException {
    if (tagOpen) {
      w.write(">");
      tagOpen = false;
    }
  }

  void end() throws IOException {
    boolean children = hasChildren.pop();
    String name = open.pop();
    if (tagOpen) {
      w.write("/>");
      tagOpen = false;
      return;
    }
    if (children) {
      w.write("\n" + " ".repeat(open.size()));
    }
    w.write("</" + name + ">");
  }

  void endInline() throws IOException {
    hasChildren.pop();
    String name = open.pop();
    closeTag();
    w.write("</" + name + ">");
  }

  /**
   * The text with markup characters, and the white space a reader would normalise, written as
   * references, so that it reads back exactly.
   *
   * @throws IllegalArgumentException for a character XML 1.0 cannot carry
   */
  static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\r' -> b.append("&#13;");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          boolean legal =
              (c >= 0x20 && c <= 0xD7FF)
                  || (c >= 0xE000 && c <= 0xFFFD)
                  || (c >= 0x10000 && c <= 0x10FFFF);
          if (!legal) {
            throw new IllegalArgumentException(
                String.format(
                    "character U+%04X in \"%s\" cannot be written in XML",
                    c, Shown.value(s)));
          }
          b.appendCodePoint(c);
        }
      }
    }
    return b.toString();
  }
}
