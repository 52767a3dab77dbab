package org.rbmkit.core.iati;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.Severity;
import org.rbmkit.core.text.Shown;

/**
 * One read of one document by an {@link IatiReader}: the parser, the limits' counters, the
 * problems of the document outside its activities and the identifiers seen. Not thread-safe; one
 * per {@code read} call.
 */
final class DocumentReader {

  private static final List<String> VERSIONS = List.of("2.01", "2.02", "2.03");
  private static final List<String> ROOT_ATTRIBUTES =
      List.of("generated-datetime", "linked-data-default");
  private static final String ROOT = "/iati-activities";

  private final ReadSettings config;
  private final CountingInputStream in;
  private final long maxMarkupBytes;
  private final IdentifierIndex identifiers = new IdentifierIndex();
  private final List<Problem> problems = new ArrayList<>();

  private final TextPieces pieces = new TextPieces();
  private long notListed;
  private long errorsNotListed;
  private String versionRead = "";
  private XMLStreamReader r;

  /** The path of the element being read, for a limit's message. */
  private Supplier<String> where = () -> ROOT;

  DocumentReader(ReadSettings config, InputStream in) {
    this.config = config;
    this.maxMarkupBytes = 4L * config.maxTextLength() + 65_536;
    this.in = new CountingInputStream(in, config.maxBytes(), maxMarkupBytes);
  }

  /**
   * Whether the document is UTF-8 by its first bytes: no UTF-16 byte order or {@code <} in two
   * bytes, and no XML declaration naming another encoding.
   */
  private static boolean isUtf8(byte[] head, int n) {
    if (n >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFF)) {
      return false;
    }
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (!start.startsWith("<?xml") && !start.startsWith("\u00EF\u00BB\u00BF<?xml")) {
      return true;
    }
    int end = start.indexOf("?>");
    String declaration = end < 0 ? start : start.substring(0, end);
    Matcher m = ENCODING.matcher(declaration);
    return !m.find() || m.group(1).equalsIgnoreCase("UTF-8") || m.group(1).equalsIgnoreCase("UTF8");
  }

  private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

  IatiReadSummary read(Consumer<? super ActivityRead> consumer) {
    try {
      // the JDK's parser prints "[Fatal Error]" on standard error for bytes that are not UTF-8;
      // they are caught here first and reported like any other malformed XML
      in.mark(1024);
      byte[] head = in.readNBytes(1024);
      in.reset();
      in.checkUtf8 = isUtf8(head, head.length);
      r = ReadSettings.parserFactory().createXMLStreamReader(in);
      return document(consumer);
    } catch (XMLStreamException e) {
      if (in.tooLarge) {
        throw new IatiReadException(
            "iati.limit.size",
            "document is larger than the limit of " + config.maxBytes() + " bytes", e);
      }
      if (in.notUtf8 >= 0) {
        throw new IatiReadException(
            "iati.xml.encoding",
            "malformed or unsafe XML: byte "
                + in.notUtf8
                + " (from 0) is not UTF-8, the document's encoding",
            e);
      }
      if (in.markupTooLong) {
        throw new IatiReadException(
            "iati.limit.markup",
            "markup in "
                + where.get()
                + " (a start tag with its attributes, a comment or a CDATA section) runs over "
                + maxMarkupBytes
                + " bytes: a text or attribute value may have at most "
                + config.maxTextLength()
                + " characters (IatiReader.withMaxTextLength)",
            e);
      }
      throw new IatiReadException(
          "iati.xml.malformed", "malformed or unsafe XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document: " + e.getMessage(), e);
    } catch (MissingResourceException e) {
      // the JDK's parser, meeting some malformed input (a NUL in a DTD), fails to look up its
      // own error message and throws this instead of an XMLStreamException
      throw new IatiReadException(
          "iati.xml.malformed",
          "malformed or unsafe XML: the parser rejected it (" + e.getKey() + ")", e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing more to report: the input is not closed by us
        }
      }
    }
  }

  /** The next event; the markup-length count restarts with it. */
  private int next() throws XMLStreamException {
    int event = r.next();
    in.eventRead();
    return event;
  }

  private IatiReadSummary document(Consumer<? super ActivityRead> consumer)
      throws XMLStreamException {
    int event = r.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      refuseDtd(event);
      event = next();
    }
    root();
    int activities = 0;
    int others = 0;
    StringBuilder text = new StringBuilder();
    while (true) {
      event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      refuseDtd(event);
      if (isText(event)) {
        if (text.length() <= 40) {
          text.append(r.getText());
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      rootText(text);
      boolean iati = isEmpty(r.getNamespaceURI());
      String name = elementName();
      int line = r.getLocation().getLineNumber();
      if (iati && name.equals("iati-activity")) {
        activities++;
        XmlElement a =
            XmlElement.top(name, true, ROOT + "/iati-activity[" + activities + "]", line);
        attributes(a);
        where = a::path;
        children(a, 2, new int[] {1});
        where = () -> ROOT;
        consumer.accept(
            new ActivityMapper(
                config.strict(), config.tolerant(), config.maxProblems(), identifiers)
                .map(a, activities));
      } else {
        others++;
        XmlElement skip = XmlElement.top(name, iati, ROOT + "/" + name + "[" + others + "]", line);
        skip(skip, 2, new int[] {1});
        if (iati) {
          problem(
              ElementChecks.STRUCTURE + "not-allowed",
              skip::path,
              line,
              "element <" + name + "> is not allowed in <iati-activities>");
        } else {
          problem(ElementChecks.SKIPPED, skip::path, line, "element <" + name + "> not carried");
        }
      }
    }
    rootText(text);
    if (activities == 0) {
      problem(
          ElementChecks.STRUCTURE + "missing",
          () -> ROOT,
          r.getLocation().getLineNumber(),
          "missing required element <iati-activity> in <iati-activities>");
    }
    while (r.hasNext()) {
      refuseDtd(next());
    }
    return new IatiReadSummary(
        versionRead, activities, ImmutableList.copyOf(problems), notListed, errorsNotListed);
  }

  /** Checks the root element and its attributes. */
  private void root() {
    int line = r.getLocation().getLineNumber();
    if (!"iati-activities".equals(r.getLocalName()) || !isEmpty(r.getNamespaceURI())) {
      throw new IatiReadException(
          "iati.root",
          "the root element is <"
              + r.getLocalName()
              + ">"
              + (isEmpty(r.getNamespaceURI())
                  ? ""
                  : " in the namespace \"" + Shown.value(r.getNamespaceURI()) + "\"")
              + ", not <iati-activities> in no namespace: not an IATI activity file",
          null);
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String name = attributeName(i);
      checkLength(r.getAttributeValue(i), () -> ROOT + "/@" + name);
      if (name.equals("version")) {
        continue;
      }
      if (name.contains(":") || name.startsWith("{") || ROOT_ATTRIBUTES.contains(name)) {
        problem(
            ElementChecks.SKIPPED,
            () -> ROOT + "/@" + name,
            line,
            "attribute @" + name + " of <iati-activities> not carried");
      } else {
        problem(
            ElementChecks.STRUCTURE + "not-allowed",
            () -> ROOT + "/@" + name,
            line,
            "attribute @" + name + " is not allowed on <iati-activities>");
      }
    }
    String version = r.getAttributeValue(null, "version");
    if (version == null) {
      problem(
          ElementChecks.STRUCTURE + "missing",
          () -> ROOT,
          line,
          "missing required attribute @version of <iati-activities>");
      return;
    }
    versionRead = version;
    if (version.strip().startsWith("1.")) {
      // a 1.0x file differs from 2.0x almost everywhere: one clear refusal, not an error per
      // difference
      throw new IatiReadException(
          "iati.version",
          "line "
              + line
              + ": "
              + ROOT
              + "/@version is \""
              + Shown.value(version)
              + "\": IATI 1.0x files are not read, only versions 2.01, 2.02 and 2.03",
          null);
    }
    if (!VERSIONS.contains(version.strip())) {
      Problem p =
          new Problem(
              Location.element(ROOT + "/@version", line),
              Severity.ERROR,
              "iati.rule.codelist",
              Optional.empty(),
              "version \""
                  + Shown.value(version)
                  + "\" is not a 2.0x version of the Version codelist (2.01, 2.02, 2.03);"
                  + " the file is read as 2.03");
      problems.add(p);
    }
  }

  private void rootText(StringBuilder text) {
    if (!text.toString().isBlank()) {
      problem(
          ElementChecks.STRUCTURE + "text",
          () -> ROOT,
          r.getLocation().getLineNumber(),
          "<iati-activities> contains text \""
              + Shown.value(text.toString().strip())
              + "\" but allows only elements");
    }
    text.setLength(0);
  }

  /** Reads the content of {@code parent} up to its end tag. */
  private void children(XmlElement parent, int depth, int[] count) throws XMLStreamException {
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          checkLimits(parent, depth + 1, count);
          boolean iati = isEmpty(r.getNamespaceURI());
          XmlElement c = parent.addChild(elementName(), iati, r.getLocation().getLineNumber());
          if (iati) {
            attributes(c);
            children(c, depth + 1, count);
          } else {
            // an extension element is listed as not carried, whole: its content is not kept
            skip(c, depth + 1, count);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text(parent);
        default -> refuseDtd(event);
      }
    }
  }

  /** Reads past the content of {@code e}, counting its elements and depth, keeping nothing. */
  private void skip(XmlElement e, int depth, int[] count) throws XMLStreamException {
    int open = 1;
    while (open > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        checkLimits(e, depth + open, count);
        open++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        open--;
      } else {
        refuseDtd(event);
      }
    }
  }

  private void checkLimits(XmlElement parent, int depth, int[] count) {
    if (depth > config.maxDepth()) {
      throw new IatiReadException(
          "iati.limit.depth",
          "elements nest deeper than the limit of "
              + config.maxDepth()
              + " at line "
              + r.getLocation().getLineNumber()
              + " ("
              + parent.path()
              + ")",
          null);
    }
    if (++count[0] > config.maxElements()) {
      throw new IatiReadException(
          "iati.limit.elements",
          "an activity has more than " + config.maxElements() + " elements (" + parent.path() + ")",
          null);
    }
  }

  /** Adds the current text event to {@code e}'s text, read from the parser's own buffer. */
  private void text(XmlElement e) {
    char[] chars = r.getTextCharacters();
    int start = r.getTextStart();
    int length = r.getTextLength();
    boolean blank = TextPieces.isBlank(chars, start, length);
    if (blank && e.hasChildren()) {
      return; // layout between child elements
    }
    if ((long) e.textLength() + length > config.maxTextLength()) {
      throw new IatiReadException(
          "iati.limit.text",
          "the text of "
              + e.path()
              + " (line "
              + e.line
              + ") is longer than the limit of "
              + config.maxTextLength()
              + " characters (IatiReader.withMaxTextLength)",
          null);
    }
    e.appendText(pieces.piece(chars, start, length, blank));
  }

  private void attributes(XmlElement e) {
    int n = r.getAttributeCount();
    if (n == 0) {
      return;
    }
    String[] namesAndValues = new String[2 * n];
    for (int i = 0; i < n; i++) {
      String name = attributeName(i);
      String value = r.getAttributeValue(i);
      checkLength(value, () -> e.attributePath(name));
      namesAndValues[2 * i] = name;
      namesAndValues[2 * i + 1] = value;
    }
    e.setAttributes(namesAndValues);
  }

  private void checkLength(String value, Supplier<String> path) {
    if (value.length() > config.maxTextLength()) {
      throw new IatiReadException(
          "iati.limit.text",
          "the value of "
              + path.get()
              + " (line "
              + r.getLocation().getLineNumber()
              + ") is longer than the limit of "
              + config.maxTextLength()
              + " characters (IatiReader.withMaxTextLength)",
          null);
    }
  }

  private void refuseDtd(int event) {
    if (event == XMLStreamConstants.DTD) {
      throw new IatiReadException(
          "iati.xml.dtd",
          "document type declarations (DOCTYPE) are not allowed in IATI files: they could declare"
              + " external entities (XXE) or expanding entities",
          null);
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new IatiReadException(
          "iati.xml.entity",
          "entity reference &" + r.getLocalName() + "; is not allowed in IATI files", null);
    }
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  private String elementName() {
    String ns = r.getNamespaceURI();
    if (isEmpty(ns)) {
      return r.getLocalName();
    }
    String prefix = r.getPrefix();
    return isEmpty(prefix) ? "{" + ns + "}" + r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  private String attributeName(int i) {
    String ns = r.getAttributeNamespace(i);
    String local = r.getAttributeLocalName(i);
    if (isEmpty(ns)) {
      return local;
    }
    if (XMLConstants.XML_NS_URI.equals(ns)) {
      return "xml:" + local;
    }
    String prefix = r.getAttributePrefix(i);
    return isEmpty(prefix) ? "{" + ns + "}" + local : prefix + ":" + local;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  /**
   * Records a problem of the document outside its activities: thrown at once when structural and
   * strict; past the limit of problems kept, only counted, its path never built.
   */
  private void problem(String code, Supplier<String> path, int line, String message) {
    boolean structural = code.startsWith(ElementChecks.STRUCTURE);
    if (structural && config.strict()) {
      throw new IatiReadException("", problemOf(code, path, line, message));
    }
    if (problems.size() >= config.maxProblems()) {
      notListed++;
      errorsNotListed += structural ? 1 : 0;
      return;
    }
    problems.add(problemOf(code, path, line, message));
  }

  private static Problem problemOf(String code, Supplier<String> path, int line, String message) {
    return new Problem(
        Location.element(path.get(), line),
        code.equals(ElementChecks.SKIPPED) ? Severity.INFO : Severity.ERROR,
        code,
        Optional.empty(),
        message);
  }
}
