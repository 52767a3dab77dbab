package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rbmkit.core.iati.IatiProblem.Kind;
import org.rbmkit.core.iati.IatiProblem.Severity;

/**
 * Reads IATI activity files (versions 2.01 to 2.03) activity by activity, checking each against the
 * schema's structure and IATI's codelists and rules.
 *
 * <pre>{@code
 * List<IatiActivity> activities = new ArrayList<>();
 * IatiReadSummary summary = IatiReader.lenient().read(Path.of("activities.xml"), read -> {
 *   read.problems().forEach(System.err::println);   // errors, findings, skipped content
 *   read.activity().ifPresent(activities::add);
 * });
 * }</pre>
 *
 * <p><b>Checks.</b> Structural problems (a missing required element or attribute, an element
 * repeated where one is allowed, a value that is not a date, boolean, positive integer or decimal
 * where the schema wants one, text where only elements are allowed) are {@linkplain
 * IatiProblem.Kind#STRUCTURE errors}. Codelist and ruleset problems (an unknown measure or budget
 * type, a budget period over one year, a start after the end, a missing value for measures 1–4) are
 * {@linkplain IatiProblem.Kind#RULE findings} with the rule's severity. Every element or attribute
 * the model does not carry is listed as {@linkplain IatiProblem.Kind#SKIPPED skipped}. Each problem
 * names the activity and the element path. In {@linkplain #lenient() lenient} mode all of them are
 * reported and reading goes on; in {@linkplain #strict() strict} mode the first structural error
 * throws {@link IatiReadException}.
 *
 * <p><b>Security.</b> Document type declarations are refused, so no external entity is ever
 * resolved and no entity can be declared or expanded ("billion laughs"); the document size, element
 * depth and elements per activity are bounded. A hostile or malformed document throws {@link
 * IatiReadException} in either mode.
 *
 * <p><b>Memory.</b> The document is streamed with StAX; only the current activity is held.
 *
 * <p>Immutable and thread-safe; each {@code read} uses its own parser.
 */
public final class IatiReader {

  /** The default largest document, in bytes: 512 MiB. */
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  /** The default deepest element nesting; IATI itself nests about ten deep. */
  public static final int DEFAULT_MAX_DEPTH = 40;

  /** The default largest number of elements in one activity. */
  public static final int DEFAULT_MAX_ELEMENTS_PER_ACTIVITY = 500_000;

  private static final List<String> VERSIONS = List.of("2.01", "2.02", "2.03");
  private static final List<String> ROOT_ATTRIBUTES =
      List.of("generated-datetime", "linked-data-default");

  private final boolean strict;
  private final long maxBytes;
  private final int maxDepth;
  private final int maxElements;

  private IatiReader(boolean strict, long maxBytes, int maxDepth, int maxElements) {
    this.strict = strict;
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxElements = maxElements;
  }

  /** A reader that reports every problem and goes on; default limits. */
  public static IatiReader lenient() {
    return new IatiReader(
        false, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS_PER_ACTIVITY);
  }

  /**
   * A reader that throws {@link IatiReadException} at the first structural error; default limits.
   */
  public static IatiReader strict() {
    return new IatiReader(
        true, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS_PER_ACTIVITY);
  }

  /** This reader with another document size limit, in bytes (at least 1). */
  public IatiReader withMaxBytes(long bytes) {
    checkArgument(bytes >= 1, "maxBytes %s is below 1", bytes);
    return new IatiReader(strict, bytes, maxDepth, maxElements);
  }

  /** This reader with another element depth limit (at least 4: an activity's own structure). */
  public IatiReader withMaxDepth(int depth) {
    checkArgument(depth >= 4, "maxDepth %s is below 4", depth);
    return new IatiReader(strict, maxBytes, depth, maxElements);
  }

  /** This reader with another limit on the elements of one activity (at least 1). */
  public IatiReader withMaxElementsPerActivity(int elements) {
    checkArgument(elements >= 1, "maxElementsPerActivity %s is below 1", elements);
    return new IatiReader(strict, maxBytes, maxDepth, elements);
  }

  /** Whether this reader stops at the first structural error. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads the file, handing each activity to {@code consumer} as soon as it is read.
   *
   * @throws IatiReadException for hostile or malformed XML, an exceeded limit, a root element other
   *     than {@code iati-activities}, or (strict) the first structural error
   * @throws UncheckedIOException if the file cannot be read
   */
  public IatiReadSummary read(Path file, Consumer<? super ActivityRead> consumer) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the stream, handing each activity to {@code consumer} as soon as it is read. The stream
   * is not closed.
   *
   * @throws IatiReadException for hostile or malformed XML, an exceeded limit, a root element other
   *     than {@code iati-activities}, or (strict) the first structural error
   */
  public IatiReadSummary read(InputStream in, Consumer<? super ActivityRead> consumer) {
    checkNotNull(in, "in");
    checkNotNull(consumer, "consumer");
    LimitedInputStream limited = new LimitedInputStream(in, maxBytes);
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(limited);
      return document(r, consumer);
    } catch (XMLStreamException e) {
      if (limited.exceeded) {
        throw new IatiReadException(
            "document is larger than the limit of " + maxBytes + " bytes", e);
      }
      throw new IatiReadException("malformed or unsafe XML: " + e.getMessage(), e);
    } catch (MissingResourceException e) {
      // the JDK's parser, meeting some malformed input (a NUL in a DTD), fails to look up its
      // own error message and throws this instead of an XMLStreamException
      throw new IatiReadException(
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

  /** Reads every activity into a list; convenient for small files, memory grows with the file. */
  public ImmutableList<ActivityRead> readAll(InputStream in) {
    ImmutableList.Builder<ActivityRead> out = ImmutableList.builder();
    read(in, out::add);
    return out.build();
  }

  private IatiReadSummary document(XMLStreamReader r, Consumer<? super ActivityRead> consumer)
      throws XMLStreamException {
    List<IatiProblem> problems = new ArrayList<>();
    int event = r.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      refuseDtd(event, r);
      event = r.next();
    }
    if (!"iati-activities".equals(r.getLocalName()) || !isEmpty(r.getNamespaceURI())) {
      throw new IatiReadException(
          "the root element is <"
              + r.getLocalName()
              + ">, not <iati-activities>: not an IATI activity file",
          null);
    }
    String version = "";
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String name = attributeName(r, i);
      if (name.equals("version")) {
        version = r.getAttributeValue(i);
      } else if (name.contains(":") || name.startsWith("{") || ROOT_ATTRIBUTES.contains(name)) {
        problems.add(
            docProblem(
                Kind.SKIPPED,
                Severity.INFO,
                "/iati-activities/@" + name,
                r,
                "attribute @" + name + " of <iati-activities> not carried"));
      } else {
        problems.add(
            structural(
                docProblem(
                    Kind.STRUCTURE,
                    Severity.ERROR,
                    "/iati-activities/@" + name,
                    r,
                    "attribute @" + name + " is not allowed on <iati-activities>")));
      }
    }
    if (r.getAttributeValue(null, "version") == null) {
      problems.add(
          structural(
              docProblem(
                  Kind.STRUCTURE,
                  Severity.ERROR,
                  "/iati-activities",
                  r,
                  "missing required attribute @version of <iati-activities>")));
    } else if (!VERSIONS.contains(version.strip())) {
      problems.add(
          docProblem(
              Kind.RULE,
              Severity.WARNING,
              "/iati-activities/@version",
              r,
              "version \""
                  + XmlText.abbreviate(version)
                  + "\" is not 2.01, 2.02 or 2.03; read as 2.03"));
    }
    int activities = 0;
    int others = 0;
    while (true) {
      event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      refuseDtd(event, r);
      if (event == XMLStreamConstants.START_ELEMENT) {
        boolean iati = isEmpty(r.getNamespaceURI());
        String name = elementName(r);
        if (iati && name.equals("iati-activity")) {
          activities++;
          XmlElement a =
              new XmlElement(
                  name,
                  true,
                  "/iati-activities/iati-activity[" + activities + "]",
                  r.getLocation().getLineNumber());
          int[] count = {1};
          attributes(r, a);
          children(r, a, 2, count);
          consumer.accept(new ActivityMapper(strict).map(a, activities));
        } else {
          others++;
          XmlElement skip =
              new XmlElement(
                  name,
                  iati,
                  "/iati-activities/" + name + "[" + others + "]",
                  r.getLocation().getLineNumber());
          children(r, skip, 2, new int[] {1});
          problems.add(
              iati
                  ? structural(
                      new IatiProblem(
                          Kind.STRUCTURE,
                          Severity.ERROR,
                          Optional.empty(),
                          "",
                          skip.path,
                          skip.line,
                          "element <" + name + "> is not allowed in <iati-activities>"))
                  : new IatiProblem(
                      Kind.SKIPPED,
                      Severity.INFO,
                      Optional.empty(),
                      "",
                      skip.path,
                      skip.line,
                      "element <" + name + "> not carried"));
        }
      } else if (isText(event) && !r.getText().isBlank()) {
        problems.add(
            structural(
                docProblem(
                    Kind.STRUCTURE,
                    Severity.ERROR,
                    "/iati-activities",
                    r,
                    "<iati-activities> contains text \""
                        + XmlText.abbreviate(r.getText().strip())
                        + "\" but allows only elements")));
      }
    }
    if (activities == 0) {
      problems.add(
          structural(
              docProblem(
                  Kind.STRUCTURE,
                  Severity.ERROR,
                  "/iati-activities",
                  r,
                  "missing required element <iati-activity> in <iati-activities>")));
    }
    while (r.hasNext()) {
      refuseDtd(r.next(), r);
    }
    return new IatiReadSummary(version, activities, ImmutableList.copyOf(problems));
  }

  /** Reads the content of {@code parent} up to its end tag. */
  private void children(XMLStreamReader r, XmlElement parent, int depth, int[] count)
      throws XMLStreamException {
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (depth + 1 > maxDepth) {
            throw new IatiReadException(
                "elements nest deeper than the limit of "
                    + maxDepth
                    + " at line "
                    + r.getLocation().getLineNumber()
                    + " ("
                    + parent.path
                    + ")",
                null);
          }
          if (++count[0] > maxElements) {
            throw new IatiReadException(
                "an activity has more than " + maxElements + " elements (" + parent.path + ")",
                null);
          }
          XmlElement c =
              parent.addChild(
                  elementName(r), isEmpty(r.getNamespaceURI()), r.getLocation().getLineNumber());
          attributes(r, c);
          children(r, c, depth + 1, count);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            parent.text.append(r.getText());
        default -> refuseDtd(event, r);
      }
    }
  }

  private static void attributes(XMLStreamReader r, XmlElement e) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      e.attributes.put(attributeName(r, i), r.getAttributeValue(i));
    }
  }

  private static void refuseDtd(int event, XMLStreamReader r) {
    if (event == XMLStreamConstants.DTD) {
      throw new IatiReadException(
          "document type declarations (DOCTYPE) are not allowed in IATI files: they could declare"
              + " external entities (XXE) or expanding entities",
          null);
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new IatiReadException(
          "entity reference &" + r.getLocalName() + "; is not allowed in IATI files", null);
    }
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  private static String elementName(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    if (isEmpty(ns)) {
      return r.getLocalName();
    }
    String prefix = r.getPrefix();
    return isEmpty(prefix) ? "{" + ns + "}" + r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  private static String attributeName(XMLStreamReader r, int i) {
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

  /** The structural problem, thrown at once in strict mode. */
  private IatiProblem structural(IatiProblem p) {
    if (strict) {
      throw new IatiReadException(p);
    }
    return p;
  }

  private static IatiProblem docProblem(
      Kind kind, Severity severity, String path, XMLStreamReader r, String message) {
    return new IatiProblem(
        kind, severity, Optional.empty(), "", path, r.getLocation().getLineNumber(), message);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource " + systemId + " refused");
        });
    // belt and braces for parsers that honour the JDK's limits
    trySet(f, "jdk.xml.entityExpansionLimit", "100");
    trySet(f, "jdk.xml.totalEntitySizeLimit", "10000");
    trySet(f, "jdk.xml.maxGeneralEntitySizeLimit", "10000");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // the parser does not know the property; the DOCTYPE refusal still protects
    }
  }

  /** Counts bytes and fails once more than the limit has been read. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;
    boolean exceeded;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws IOException {
      count += n;
      if (count > limit) {
        exceeded = true;
        throw new IOException("document is larger than the limit of " + limit + " bytes");
      }
    }
  }
}
