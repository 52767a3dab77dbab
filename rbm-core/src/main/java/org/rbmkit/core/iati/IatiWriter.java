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

  private final XmlOut x;

  private boolean closed;

  private IatiWriter(Writer w) {
    this.x = new XmlOut(w);
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
      writer.x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      writer.x.start("iati-activities");
      writer.x.attribute("version", VERSION);
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
      x.end();
      x.raw("\n");
      x.flush();
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
    x.start("iati-activity");
    x.optional("xml:lang", a.language());
    x.optional("default-currency", a.defaultCurrency());
    x.text("iati-identifier", a.identifier());
    x.start("reporting-org");
    x.optional("ref", a.reportingOrg().ref());
    x.optional("type", a.reportingOrg().type());
    x.optional("secondary-reporter", a.reportingOrg().secondaryReporter().map(String::valueOf));
    x.narratives(a.reportingOrg().name());
    x.end();
    x.narrativesIn("title", a.title());
    for (IatiDescription d : a.descriptions()) {
      x.start("description");
      x.optional("type", d.type());
      x.narratives(d.narratives());
      x.end();
    }
    for (IatiOrganisation p : a.participatingOrgs()) {
      x.start("participating-org");
      x.optional("ref", p.ref());
      x.optional("type", p.type());
      x.optional("role", p.role());
      x.narratives(p.name());
      x.end();
    }
    DetailsWriter.otherIdentifiers(x, a.otherIdentifiers());
    x.start("activity-status");
    x.attribute("code", a.activityStatus());
    x.end();
    for (IatiActivityDate d : a.activityDates()) {
      x.start("activity-date");
      x.attribute("type", d.type());
      x.dateAttribute("iso-date", d.isoDate());
      x.narratives(d.narratives());
      x.end();
    }
    DetailsWriter.activityClassifications(x, a.classifications());
    for (IatiBudget b : a.budgets()) {
      x.start("budget");
      x.optional("type", b.type());
      x.optional("status", b.status());
      x.dateElement("period-start", b.periodStart());
      x.dateElement("period-end", b.periodEnd());
      value(b.value());
      x.end();
    }
    for (IatiPlannedDisbursement p : a.plannedDisbursements()) {
      x.start("planned-disbursement");
      x.optional("type", p.type());
      x.dateElement("period-start", p.periodStart());
      if (p.periodEnd().isPresent()) {
        x.dateElement("period-end", p.periodEnd().get());
      }
      value(p.value());
      x.end();
    }
    for (IatiTransaction t : a.transactions()) {
      x.start("transaction");
      x.start("transaction-type");
      x.attribute("code", t.type());
      x.end();
      x.dateElement("transaction-date", t.date());
      value(t.value());
      DetailsWriter.transactionDetails(x, t);
      x.end();
    }
    DetailsWriter.documentLinks(x, a.documentLinks());
    for (IatiResult r : a.results()) {
      result(r);
    }
    x.end();
  }

  private void result(IatiResult r) throws IOException {
    x.start("result");
    x.attribute("type", r.type());
    x.optional("aggregation-status", r.aggregationStatus().map(String::valueOf));
    x.narrativesIn("title", r.title());
    if (!r.description().isEmpty()) {
      x.narrativesIn("description", r.description());
    }
    references(r.references(), "vocabulary-uri");
    for (IatiIndicator i : r.indicators()) {
      x.start("indicator");
      x.attribute("measure", i.measure());
      x.optional("ascending", i.ascending().map(String::valueOf));
      x.optional("aggregation-status", i.aggregationStatus().map(String::valueOf));
      x.narrativesIn("title", i.title());
      if (!i.description().isEmpty()) {
        x.narrativesIn("description", i.description());
      }
      references(i.references(), "indicator-uri");
      for (IatiBaseline b : i.baselines()) {
        x.start("baseline");
        x.attribute("year", Integer.toString(b.year()));
        if (b.isoDate().isPresent()) {
          x.dateAttribute("iso-date", b.isoDate().get());
        }
        indicatorValue(b.value());
        x.end();
      }
      for (IatiPeriod p : i.periods()) {
        x.start("period");
        x.dateElement("period-start", p.start());
        x.dateElement("period-end", p.end());
        for (IatiIndicatorValue t : p.targets()) {
          x.start("target");
          indicatorValue(t);
          x.end();
        }
        for (IatiIndicatorValue t : p.actuals()) {
          x.start("actual");
          indicatorValue(t);
          x.end();
        }
        x.end();
      }
      x.end();
    }
    x.end();
  }

  /** The value attribute, locations, dimensions and comment of an open element. */
  private void indicatorValue(IatiIndicatorValue v) throws IOException {
    x.optional("value", v.value());
    for (String ref : v.locations()) {
      x.start("location");
      x.attribute("ref", ref);
      x.end();
    }
    for (IatiDimension d : v.dimensions()) {
      x.start("dimension");
      x.attribute("name", d.name());
      x.attribute("value", d.value());
      x.end();
    }
    if (!v.comment().isEmpty()) {
      x.narrativesIn("comment", v.comment());
    }
  }

  private void references(List<IatiReference> references, String uriAttribute) throws IOException {
    for (IatiReference ref : references) {
      x.start("reference");
      x.attribute("vocabulary", ref.vocabulary());
      x.attribute("code", ref.code());
      x.optional(uriAttribute, ref.uri());
      x.end();
    }
  }

  private void value(IatiAmount v) throws IOException {
    x.start("value");
    x.optional("currency", v.currency());
    x.dateAttribute("value-date", v.valueDate());
    x.characters(v.amount().toPlainString());
    x.endInline();
  }
}
