package org.rbmkit.core.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.problem.Severity;

/**
 * Maps what classifies an activity or a transaction (sectors, recipient countries and regions,
 * tags, policy markers, flow, finance, aid and tied-status types), its other identifiers, document
 * links and transaction organisations, and checks the percentage rules of IATI's rulesets (2.1,
 * 3.1, 3.4, 12.1, 12.3). One instance per activity; not thread-safe.
 */
final class ClassificationMapper {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<String> DOCUMENT_LINK =
      List.of("title", "description", "category", "language", "document-date");
  private static final List<String> OTHER_IDENTIFIER = List.of("owner-org");

  private final ElementChecks c;

  ClassificationMapper(ElementChecks c) {
    this.c = c;
  }

  /** The activity's classifications, with the percentage findings. */
  IatiClassifications activity(XmlElement a) {
    List<XmlElement> countryElements = c.many(a, "recipient-country", 0);
    List<XmlElement> regionElements = c.many(a, "recipient-region", 0);
    List<XmlElement> sectorElements = c.many(a, "sector", 0);
    ImmutableList<IatiClassification> countries = codes(countryElements, false, true);
    ImmutableList<IatiClassification> regions = codes(regionElements, true, true);
    ImmutableList<IatiClassification> sectors = codes(sectorElements, true, true);
    ImmutableList.Builder<IatiClassification> tags = ImmutableList.builder();
    for (XmlElement t : c.many(a, "tag", 0)) {
      code(t, true, false).ifPresent(tags::add);
    }
    ImmutableList.Builder<IatiPolicyMarker> markers = ImmutableList.builder();
    for (XmlElement m : c.many(a, "policy-marker", 0)) {
      policyMarker(m).ifPresent(markers::add);
    }
    Optional<String> collaboration = simpleCode(a, "collaboration-type");
    Optional<String> flow = simpleCode(a, "default-flow-type");
    Optional<String> finance = simpleCode(a, "default-finance-type");
    ImmutableList<IatiClassification> aid = aidTypes(a, "default-aid-type");
    Optional<String> tied = simpleCode(a, "default-tied-status");
    checkSectorPercentages(a, sectors);
    checkGeographyPercentages(a, countries, regions);
    return new IatiClassifications(
        sectors,
        countries,
        regions,
        tags.build(),
        markers.build(),
        collaboration,
        flow,
        finance,
        aid,
        tied);
  }

  /** A transaction's own classifications (no percentages: one sector per vocabulary). */
  IatiClassifications transaction(XmlElement t) {
    ImmutableList<IatiClassification> sectors = codes(c.many(t, "sector", 0), true, false);
    ImmutableList<IatiClassification> countries =
        codes(c.one(t, "recipient-country", false).map(List::of).orElse(List.of()), false, false);
    ImmutableList<IatiClassification> regions =
        codes(c.one(t, "recipient-region", false).map(List::of).orElse(List.of()), true, false);
    Optional<String> flow = simpleCode(t, "flow-type");
    Optional<String> finance = simpleCode(t, "finance-type");
    ImmutableList<IatiClassification> aid = aidTypes(t, "aid-type");
    Optional<String> tied = simpleCode(t, "tied-status");
    return new IatiClassifications(
        sectors,
        countries,
        regions,
        ImmutableList.of(),
        ImmutableList.of(),
        Optional.empty(),
        flow,
        finance,
        aid,
        tied);
  }

  /** A transaction's {@code provider-org} or {@code receiver-org}. */
  Optional<IatiTransactionOrg> transactionOrg(XmlElement t, String name, String activityAttribute) {
    return c.one(t, name, false)
        .map(
            o -> {
              Optional<String> ref = c.attr(o, "ref", false);
              Optional<String> type = c.attr(o, "type", false);
              Optional<String> activity = c.attr(o, activityAttribute, false);
              return new IatiTransactionOrg(ref, type, activity, c.narratives(o, false));
            });
  }

  ImmutableList<IatiOtherIdentifier> otherIdentifiers(XmlElement a) {
    ImmutableList.Builder<IatiOtherIdentifier> out = ImmutableList.builder();
    for (XmlElement o : c.many(a, "other-identifier", 0)) {
      c.schema(o, OTHER_IDENTIFIER);
      Optional<String> ref = c.attr(o, "ref", true);
      Optional<String> type = c.attr(o, "type", true);
      Optional<String> ownerRef = Optional.empty();
      ImmutableList<Narrative> ownerName = ImmutableList.of();
      Optional<XmlElement> owner = c.one(o, "owner-org", false);
      if (owner.isPresent()) {
        ownerRef = c.attr(owner.get(), "ref", false);
        ownerName = c.narratives(owner.get(), false);
      }
      c.finish(o, false);
      if (ref.isPresent()) {
        out.add(new IatiOtherIdentifier(ref.get(), type, ownerRef, ownerName));
      } else {
        c.notRead(o);
      }
    }
    return out.build();
  }

  ImmutableList<IatiDocumentLink> documentLinks(XmlElement a) {
    ImmutableList.Builder<IatiDocumentLink> out = ImmutableList.builder();
    for (XmlElement d : c.many(a, "document-link", 0)) {
      c.schema(d, DOCUMENT_LINK);
      Optional<String> url = c.attr(d, "url", true);
      Optional<String> format = c.attr(d, "format", true);
      ImmutableList<Narrative> title =
          c.one(d, "title", true).map(x -> c.narratives(x, true)).orElse(ImmutableList.of());
      ImmutableList<Narrative> description =
          c.one(d, "description", false).map(x -> c.narratives(x, true)).orElse(ImmutableList.of());
      List<String> categories = new ArrayList<>();
      for (XmlElement k : c.many(d, "category", 1)) {
        attributeOnly(k, "code").ifPresent(categories::add);
      }
      List<String> languages = new ArrayList<>();
      for (XmlElement l : c.many(d, "language", 0)) {
        attributeOnly(l, "code").ifPresent(languages::add);
      }
      Optional<LocalDate> date = c.dateElement(d, "document-date", false);
      c.finish(d, false);
      if (url.isPresent()) {
        out.add(
            new IatiDocumentLink(
                url.get(),
                format,
                title,
                description,
                ImmutableList.copyOf(categories),
                ImmutableList.copyOf(languages),
                date));
      } else {
        c.notRead(d);
      }
    }
    return out.build();
  }

  private ImmutableList<IatiClassification> codes(
      List<XmlElement> elements, boolean vocabulary, boolean percentage) {
    ImmutableList.Builder<IatiClassification> out = ImmutableList.builder();
    for (XmlElement e : elements) {
      code(e, vocabulary, percentage).ifPresent(out::add);
    }
    return out.build();
  }

  /** A coded element with narratives; empty (listed as not read) without its {@code @code}. */
  private Optional<IatiClassification> code(
      XmlElement e, boolean vocabulary, boolean percentage) {
    Optional<String> code = c.attr(e, "code", true);
    Optional<String> vocab = vocabulary ? c.attr(e, "vocabulary", false) : Optional.empty();
    Optional<String> uri = vocabulary ? c.attr(e, "vocabulary-uri", false) : Optional.empty();
    Optional<BigDecimal> pct = percentage ? c.decimal(e, "percentage", false) : Optional.empty();
    ImmutableList<Narrative> narratives = c.narratives(e, false);
    if (code.isEmpty()) {
      c.notRead(e);
      return Optional.empty();
    }
    return Optional.of(new IatiClassification(vocab, uri, code.get(), pct, narratives));
  }

  private Optional<IatiPolicyMarker> policyMarker(XmlElement m) {
    Optional<String> code = c.attr(m, "code", true);
    Optional<String> vocab = c.attr(m, "vocabulary", false);
    Optional<String> uri = c.attr(m, "vocabulary-uri", false);
    Optional<String> significance = c.attr(m, "significance", false);
    ImmutableList<Narrative> narratives = c.narratives(m, false);
    if (code.isEmpty()) {
      c.notRead(m);
      return Optional.empty();
    }
    return Optional.of(new IatiPolicyMarker(vocab, uri, code.get(), significance, narratives));
  }

  private ImmutableList<IatiClassification> aidTypes(XmlElement parent, String name) {
    ImmutableList.Builder<IatiClassification> out = ImmutableList.builder();
    for (XmlElement e : c.many(parent, name, 0)) {
      c.schema(e, ElementChecks.EMPTY);
      Optional<String> code = c.attr(e, "code", true);
      Optional<String> vocab = c.attr(e, "vocabulary", false);
      c.finish(e, false);
      code.ifPresentOrElse(
          k ->
              out.add(
                  new IatiClassification(
                      vocab, Optional.empty(), k, Optional.empty(), ImmutableList.of())),
          () -> c.notRead(e));
    }
    return out.build();
  }

  /** The {@code @code} of the single child {@code name}, which holds nothing else. */
  private Optional<String> simpleCode(XmlElement parent, String name) {
    return c.one(parent, name, false).flatMap(e -> attributeOnly(e, "code"));
  }

  private Optional<String> attributeOnly(XmlElement e, String attribute) {
    c.schema(e, ElementChecks.EMPTY);
    Optional<String> v = c.attr(e, attribute, true);
    c.finish(e, false);
    return v;
  }

  // ---- percentages (rulesets 2.1, 3.1, 3.4, 12.1, 12.3) ----

  private void checkSectorPercentages(XmlElement a, List<IatiClassification> sectors) {
    Map<String, List<IatiClassification>> byVocabulary = new LinkedHashMap<>();
    for (IatiClassification s : sectors) {
      byVocabulary.computeIfAbsent(s.effectiveVocabulary("1"), k -> new ArrayList<>()).add(s);
      range(a, s, "12.3.1", "sector");
    }
    byVocabulary.forEach(
        (vocabulary, list) ->
            shares(
                a,
                list,
                "sector",
                "sectors of vocabulary " + vocabulary,
                new String[] {"2.1.1", "2.1.2", "2.1.4"}));
  }

  private void checkGeographyPercentages(
      XmlElement a, List<IatiClassification> countries, List<IatiClassification> regions) {
    countries.forEach(k -> range(a, k, "12.1.1", "recipient-country"));
    regions.forEach(r -> range(a, r, "12.1.1", "recipient-region"));
    if (regions.isEmpty()) {
      shares(a, countries, "recipient-country", "recipient countries",
          new String[] {"3.1.1", "3.1.2", "3.1.4"});
      return;
    }
    // All countries and regions together, whatever the region vocabulary: the standard's own
    // annotated example (AF 25, AG 25, region 489 of vocabulary 1 at 25, A1 of vocabulary 99 at
    // 25) adds up to 100 only so.
    List<IatiClassification> together = new ArrayList<>(countries);
    together.addAll(regions);
    if (countries.isEmpty() && regions.size() == 1) {
      shares(a, regions, "recipient-region", "recipient regions",
          new String[] {"3.4.1", "3.4.2", "3.4.4"});
    } else {
      shares(a, together, "recipient-country/recipient-region", "recipient countries and regions",
          new String[] {"3.4.1", "3.4.2", "3.4.4"});
    }
  }

  /**
   * One item: its percentage is absent or 100 (rule {@code rules[2]}); several: each has one
   * ({@code rules[0]}) and they add up to exactly 100 ({@code rules[1]}).
   */
  private void shares(
      XmlElement a, List<IatiClassification> items, String element, String what, String[] rules) {
    if (items.size() == 1) {
      items.get(0).percentage()
          .filter(p -> p.compareTo(HUNDRED) != 0)
          .ifPresent(
              p ->
                  c.rule(
                      Severity.ERROR,
                      rules[2],
                      a,
                      "a single "
                          + element
                          + " ("
                          + items.get(0).code()
                          + ") has percentage "
                          + p.toPlainString()
                          + "; it must be omitted or 100"));
      return;
    }
    if (items.size() < 2) {
      return;
    }
    List<String> without = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    List<String> parts = new ArrayList<>();
    for (IatiClassification i : items) {
      if (i.percentage().isEmpty()) {
        without.add(i.code());
      } else {
        sum = sum.add(i.percentage().get());
        parts.add(i.code() + " " + i.percentage().get().toPlainString());
      }
    }
    if (!without.isEmpty()) {
      c.rule(
          Severity.ERROR,
          rules[0],
          a,
          items.size() + " " + what + " are declared, and " + without.size() + " of them ("
              + first(without) + ") " + (without.size() == 1 ? "has" : "have")
              + " no percentage");
    } else if (sum.compareTo(HUNDRED) != 0) {
      c.rule(
          Severity.ERROR,
          rules[1],
          a,
          "the percentages of the " + what + " add up to " + sum.toPlainString()
              + ", not 100 (" + first(parts) + ")");
    }
  }

  /** The first ten items, then how many more. */
  private static String first(List<String> items) {
    int shown = Math.min(10, items.size());
    return String.join(", ", items.subList(0, shown))
        + (items.size() > shown ? " and " + (items.size() - shown) + " more" : "");
  }

  private void range(XmlElement a, IatiClassification item, String rule, String element) {
    item.percentage()
        .filter(p -> p.signum() < 0 || p.compareTo(HUNDRED) > 0)
        .ifPresent(
            p ->
                c.rule(
                    Severity.ERROR,
                    rule,
                    a,
                    element + " " + item.code() + " has percentage " + p.toPlainString()
                        + "; it must be between 0 and 100"));
  }
}
