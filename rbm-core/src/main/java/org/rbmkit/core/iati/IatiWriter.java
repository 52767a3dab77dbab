package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Writes activities as an IATI 2.03 {@code iati-activities} document, one activity at a time.
 *
 * <pre>{@code
 * try (IatiWriter w = IatiWriter.open(out)) {
 *   for (IatiActivity a : activities) {
 *     w.write(a);
 *   }
 * }
 * String xml = IatiWriter.toXml(List.of(activity));
 * }</pre>
 *
 * <p>The output is UTF-8, indented, with elements in the schema's order, and validates against
 * {@code iati-activities-schema.xsd} 2.03. Everything an {@link IatiActivity} carries is written,
 * so that {@link IatiReader} reads the same activity back. An activity the schema cannot accept (no
 * description, participating organisation or activity date; a reporting organisation without {@code
 * ref} or {@code type}, or with a role; a participating organisation without a role, or with {@code
 * secondary-reporter}; a result without indicator; a title without narrative) is refused with an
 * {@link IllegalArgumentException} naming the activity and element, before anything of it is
 * written.
 *
 * <p>Sectors, countries, regions, tags, policy markers, the default types, other identifiers,
 * document links and the transactions' organisations and classifications are written as read
 * (see {@link IatiClassifications}); the writer does not check their percentages, which the
 * reader reports.
 *
 * <p>Markup characters are escaped, and so are the tabs and line breaks in attributes and the
 * carriage returns in text that a reader would otherwise normalise away (the JDK's StAX writer
 * leaves them, which is why this writer serialises itself). A character XML 1.0 cannot carry is
 * refused.
 *
 * <p>Not thread-safe: one writer per output. Closing ends the document and flushes; it does not
 * close the stream.
 */
public final class IatiWriter implements AutoCloseable {

  /** The IATI version written. */
  public static final String VERSION = "2.03";

  private final Writer w;

  /** Names of the open elements, innermost first. */
  private final Deque<String> open = new ArrayDeque<>();

  /** For each open element, whether it has child elements yet. */
  private final Deque<Boolean> hasChildren = new ArrayDeque<>();

  /** Whether the last start tag still awaits its closing {@code >}. */
  private boolean tagOpen;

  private boolean closed;

  private IatiWriter(Writer w) {
    this.w = w;
  }

  /**
   * Starts a document on {@code out}: the XML declaration and {@code <iati-activities
   * version="2.03">}.
   */
  public static IatiWriter open(OutputStream out) {
    checkNotNull(out, "out");
    IatiWriter writer =
        new IatiWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    try {
      writer.w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      writer.start("iati-activities");
      writer.attribute("version", VERSION);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the IATI document: " + e.getMessage(), e);
    }
    return writer;
  }

  /** The activities as an IATI 2.03 document in a string. */
  public static String toXml(Iterable<IatiActivity> activities) {
    checkNotNull(activities, "activities");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (IatiWriter w = open(out)) {
      for (IatiActivity a : activities) {
        w.write(a);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes one activity.
   *
   * @throws IllegalArgumentException if the schema cannot accept the activity (see the class
   *     description); nothing of it is written then. Also if a text holds a character XML cannot
   *     carry (such as U+0000); the document is then incomplete
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the output fails
   */
  public void write(IatiActivity a) {
    checkNotNull(a, "activity");
    checkState(!closed, "the writer is closed");
    check(a);
    try {
      activity(a);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + a + ": " + e.getMessage(), e);
    }
  }

  /** Ends the document and flushes the output; does not close the stream. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      end();
      w.write("\n");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot end the IATI document: " + e.getMessage(), e);
    }
  }

  private static void check(IatiActivity a) {
    String id = "activity " + a.identifier() + ": ";
    checkArgument(
        a.reportingOrg().ref().isPresent(),
        "%sreporting-org has no ref; IATI 2.03 requires one",
        id);
    checkArgument(
        a.reportingOrg().type().isPresent(),
        "%sreporting-org has no type; IATI 2.03 requires one",
        id);
    checkArgument(
        !a.reportingOrg().name().isEmpty(),
        "%sreporting-org has no narrative; IATI 2.03 requires one",
        id);
    checkArgument(
        a.reportingOrg().role().isEmpty(),
        "%sreporting-org has a role, which IATI does not define",
        id);
    checkArgument(!a.title().isEmpty(), "%stitle has no narrative; IATI 2.03 requires one", id);
    checkArgument(!a.descriptions().isEmpty(), "%sno description; IATI 2.03 requires one", id);
    for (IatiDescription d : a.descriptions()) {
      checkArgument(
          !d.narratives().isEmpty(),
          "%sa description has no narrative; IATI 2.03 requires one",
          id);
    }
    checkArgument(
        !a.participatingOrgs().isEmpty(), "%sno participating-org; IATI 2.03 requires one", id);
    for (IatiOrganisation p : a.participatingOrgs()) {
      checkArgument(
          p.role().isPresent(), "%sa participating-org has no role; IATI 2.03 requires one", id);
      checkArgument(
          p.secondaryReporter().isEmpty(),
          "%sa participating-org has secondary-reporter, which IATI defines only for the"
              + " reporting-org",
          id);
    }
    checkArgument(!a.activityDates().isEmpty(), "%sno activity-date; IATI 2.03 requires one", id);
    for (int i = 0; i < a.results().size(); i++) {
      IatiResult r = a.results().get(i);
      String where = id + "result[" + (i + 1) + "] ";
      checkArgument(
          !r.title().isEmpty(), "%stitle has no narrative; IATI 2.03 requires one", where);
      checkArgument(!r.indicators().isEmpty(), "%shas no indicator; IATI 2.03 requires one", where);
      for (int j = 0; j < r.indicators().size(); j++) {
        checkArgument(
            !r.indicators().get(j).title().isEmpty(),
            "%sindicator[%s] title has no narrative; IATI 2.03 requires one",
            where,
            j + 1);
      }
    }
  }

  private void activity(IatiActivity a) throws IOException {
    start("iati-activity");
    optional("xml:lang", a.language());
    optional("default-currency", a.defaultCurrency());
    text("iati-identifier", a.identifier());
    start("reporting-org");
    optional("ref", a.reportingOrg().ref());
    optional("type", a.reportingOrg().type());
    optional("secondary-reporter", a.reportingOrg().secondaryReporter().map(String::valueOf));
    narratives(a.reportingOrg().name());
    end();
    narrativesIn("title", a.title());
    for (IatiDescription d : a.descriptions()) {
      start("description");
      optional("type", d.type());
      narratives(d.narratives());
      end();
    }
    for (IatiOrganisation p : a.participatingOrgs()) {
      start("participating-org");
      optional("ref", p.ref());
      optional("type", p.type());
      optional("role", p.role());
      narratives(p.name());
      end();
    }
    DetailsWriter.otherIdentifiers(this, a.otherIdentifiers());
    start("activity-status");
    attribute("code", a.activityStatus());
    end();
    for (IatiActivityDate d : a.activityDates()) {
      start("activity-date");
      attribute("type", d.type());
      attribute("iso-date", d.isoDate().toString());
      narratives(d.narratives());
      end();
    }
    DetailsWriter.activityClassifications(this, a.classifications());
    for (IatiBudget b : a.budgets()) {
      start("budget");
      optional("type", b.type());
      optional("status", b.status());
      dateElement("period-start", b.periodStart().toString());
      dateElement("period-end", b.periodEnd().toString());
      value(b.value());
      end();
    }
    for (IatiPlannedDisbursement p : a.plannedDisbursements()) {
      start("planned-disbursement");
      optional("type", p.type());
      dateElement("period-start", p.periodStart().toString());
      if (p.periodEnd().isPresent()) {
        dateElement("period-end", p.periodEnd().get().toString());
      }
      value(p.value());
      end();
    }
    for (IatiTransaction t : a.transactions()) {
      start("transaction");
      start("transaction-type");
      attribute("code", t.type());
      end();
      dateElement("transaction-date", t.date().toString());
      value(t.value());
      DetailsWriter.transactionDetails(this, t);
      end();
    }
    DetailsWriter.documentLinks(this, a.documentLinks());
    for (IatiResult r : a.results()) {
      result(r);
    }
    end();
  }

  private void result(IatiResult r) throws IOException {
    start("result");
    attribute("type", r.type());
    optional("aggregation-status", r.aggregationStatus().map(String::valueOf));
    narrativesIn("title", r.title());
    if (!r.description().isEmpty()) {
      narrativesIn("description", r.description());
    }
    references(r.references(), "vocabulary-uri");
    for (IatiIndicator i : r.indicators()) {
      start("indicator");
      attribute("measure", i.measure());
      optional("ascending", i.ascending().map(String::valueOf));
      optional("aggregation-status", i.aggregationStatus().map(String::valueOf));
      narrativesIn("title", i.title());
      if (!i.description().isEmpty()) {
        narrativesIn("description", i.description());
      }
      references(i.references(), "indicator-uri");
      for (IatiBaseline b : i.baselines()) {
        start("baseline");
        attribute("year", Integer.toString(b.year()));
        optional("iso-date", b.isoDate().map(Object::toString));
        indicatorValue(b.value());
        end();
      }
      for (IatiPeriod p : i.periods()) {
        start("period");
        dateElement("period-start", p.start().toString());
        dateElement("period-end", p.end().toString());
        for (IatiIndicatorValue t : p.targets()) {
          start("target");
          indicatorValue(t);
          end();
        }
        for (IatiIndicatorValue t : p.actuals()) {
          start("actual");
          indicatorValue(t);
          end();
        }
        end();
      }
      end();
    }
    end();
  }

  /** The value attribute, locations, dimensions and comment of an open element. */
  private void indicatorValue(IatiIndicatorValue v) throws IOException {
    optional("value", v.value());
    for (String ref : v.locations()) {
      start("location");
      attribute("ref", ref);
      end();
    }
    for (IatiDimension d : v.dimensions()) {
      start("dimension");
      attribute("name", d.name());
      attribute("value", d.value());
      end();
    }
    if (!v.comment().isEmpty()) {
      narrativesIn("comment", v.comment());
    }
  }

  private void references(List<IatiReference> references, String uriAttribute) throws IOException {
    for (IatiReference ref : references) {
      start("reference");
      attribute("vocabulary", ref.vocabulary());
      attribute("code", ref.code());
      optional(uriAttribute, ref.uri());
      end();
    }
  }

  private void value(IatiAmount v) throws IOException {
    start("value");
    optional("currency", v.currency());
    attribute("value-date", v.valueDate().toString());
    characters(v.amount().toPlainString());
    endInline();
  }

  void dateElement(String name, String isoDate) throws IOException {
    start(name);
    attribute("iso-date", isoDate);
    end();
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

  private void text(String name, String text) throws IOException {
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
                    c, XmlText.abbreviate(s)));
          }
          b.appendCodePoint(c);
        }
      }
    }
    return b.toString();
  }
}
