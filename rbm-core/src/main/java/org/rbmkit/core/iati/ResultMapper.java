package org.rbmkit.core.iati;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.problem.Severity;
import org.rbmkit.core.text.Shown;

/**
 * Maps an activity's {@code result} elements (indicators, baselines, periods, targets and actuals)
 * to the model, with the checks of the results rulesets (8.6 to 8.10). One instance per activity;
 * not thread-safe.
 */
final class ResultMapper {

  private static final Set<String> NUMERIC_MEASURES = Set.of("1", "2", "3", "4");
  private static final Set<String> MEASURES = Set.of("1", "2", "3", "4", "5");
  private static final List<String> RESULT =
      List.of("title", "description", "document-link", "reference", "indicator");
  private static final List<String> INDICATOR =
      List.of("title", "description", "document-link", "reference", "baseline", "period");
  private static final List<String> BASELINE =
      List.of("location", "dimension", "document-link", "comment");
  private static final List<String> PERIOD =
      List.of("period-start", "period-end", "target", "actual");
  private static final List<String> TARGET =
      List.of("location", "dimension", "comment", "document-link");

  private final ElementChecks c;

  ResultMapper(ElementChecks c) {
    this.c = c;
  }

  IatiResult result(XmlElement r) {
    c.schema(r, RESULT);
    String type = c.attr(r, "type", true).orElse("");
    Optional<Boolean> aggregation = c.bool(r, "aggregation-status");
    ImmutableList<Narrative> title =
        c.one(r, "title", true).map(t -> c.narratives(t, true)).orElse(ImmutableList.of());
    ImmutableList<Narrative> description =
        c.one(r, "description", false).map(d -> c.narratives(d, true)).orElse(ImmutableList.of());
    List<IatiReference> references = new ArrayList<>();
    for (XmlElement ref : c.many(r, "reference", 0)) {
      reference(ref, "vocabulary-uri").ifPresent(references::add);
    }
    List<IatiIndicator> indicators = new ArrayList<>();
    for (XmlElement i : c.many(r, "indicator", 1)) {
      indicator(i).ifPresentOrElse(indicators::add, () -> c.notRead(i));
    }
    c.finish(r, false);
    IatiResult result =
        new IatiResult(
            type,
            aggregation,
            title,
            description,
            ImmutableList.copyOf(references),
            ImmutableList.copyOf(indicators));
    if (!type.isEmpty() && result.resultType().isEmpty()) {
      c.codelist(r, "type", type, "ResultType (1 output, 2 outcome, 3 impact, 9 other)");
    }
    return result;
  }

  Optional<IatiReference> reference(XmlElement ref, String uriAttribute) {
    c.schema(ref, ElementChecks.EMPTY);
    Optional<String> vocabulary = c.attr(ref, "vocabulary", true);
    Optional<String> code = c.attr(ref, "code", true);
    Optional<String> uri = c.attr(ref, uriAttribute, false);
    c.finish(ref, false);
    if (vocabulary.isEmpty() || code.isEmpty()) {
      c.notRead(ref);
      return Optional.empty();
    }
    return Optional.of(new IatiReference(vocabulary.get(), code.get(), uri));
  }

  Optional<IatiIndicator> indicator(XmlElement i) {
    c.schema(i, INDICATOR);
    Optional<String> measure = c.attr(i, "measure", true);
    Optional<Boolean> ascending = c.bool(i, "ascending");
    Optional<Boolean> aggregation = c.bool(i, "aggregation-status");
    ImmutableList<Narrative> title =
        c.one(i, "title", true).map(t -> c.narratives(t, true)).orElse(ImmutableList.of());
    ImmutableList<Narrative> description =
        c.one(i, "description", false).map(d -> c.narratives(d, true)).orElse(ImmutableList.of());
    List<IatiReference> references = new ArrayList<>();
    for (XmlElement ref : c.many(i, "reference", 0)) {
      reference(ref, "indicator-uri").ifPresent(references::add);
    }
    String m = measure.orElse("").strip();
    if (measure.isPresent() && !MEASURES.contains(m)) {
      c.codelist(
          i,
          "measure",
          measure.get(),
          "IndicatorMeasure (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative)");
    }
    List<IatiBaseline> baselines = new ArrayList<>();
    for (XmlElement b : c.many(i, "baseline", 0)) {
      c.schema(b, BASELINE);
      Optional<Integer> year = c.positiveInteger(b, "year");
      Optional<LocalDate> isoDate = c.date(b, "iso-date", false);
      IatiIndicatorValue value = indicatorValue(b, m, "8.8", "baseline");
      if (year.isPresent()) {
        baselines.add(new IatiBaseline(year.get(), isoDate, value));
      } else {
        c.notRead(b);
      }
    }
    List<IatiPeriod> periods = new ArrayList<>();
    for (XmlElement p : c.many(i, "period", 0)) {
      c.schema(p, PERIOD);
      Optional<LocalDate> start = c.dateElement(p, "period-start", true);
      Optional<LocalDate> end = c.dateElement(p, "period-end", true);
      List<IatiIndicatorValue> targets = new ArrayList<>();
      for (XmlElement t : c.many(p, "target", 0)) {
        c.schema(t, TARGET);
        targets.add(indicatorValue(t, m, "8.9", "target"));
      }
      List<IatiIndicatorValue> actuals = new ArrayList<>();
      for (XmlElement t : c.many(p, "actual", 0)) {
        c.schema(t, TARGET);
        actuals.add(indicatorValue(t, m, "8.10", "actual"));
      }
      c.finish(p, false);
      if (start.isPresent() && end.isPresent()) {
        if (start.get().isAfter(end.get())) {
          c.rule(
              Severity.ERROR,
              "8.6.1",
              p,
              "indicator period starts " + start.get() + ", after its end " + end.get());
        }
        periods.add(
            new IatiPeriod(
                start.get(),
                end.get(),
                ImmutableList.copyOf(targets),
                ImmutableList.copyOf(actuals)));
      } else {
        c.notRead(p);
      }
    }
    c.finish(i, false);
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IatiIndicator(
            measure.get(),
            ascending,
            aggregation,
            title,
            description,
            ImmutableList.copyOf(references),
            ImmutableList.copyOf(baselines),
            ImmutableList.copyOf(periods)));
  }

  /** A baseline's, target's or actual's value, locations, dimensions and comment. */
  IatiIndicatorValue indicatorValue(
      XmlElement e, String measure, String ruleBase, String what) {
    Optional<String> value = c.attr(e, "value", false);
    List<String> locations = new ArrayList<>();
    for (XmlElement l : c.many(e, "location", 0)) {
      c.schema(l, ElementChecks.EMPTY);
      Optional<String> ref = c.attr(l, "ref", false);
      c.finish(l, false);
      ref.ifPresentOrElse(
          locations::add, () -> c.skipped(l, "location without @ref not carried"));
    }
    List<IatiDimension> dimensions = new ArrayList<>();
    for (XmlElement d : c.many(e, "dimension", 0)) {
      c.schema(d, ElementChecks.EMPTY);
      Optional<String> name = c.attr(d, "name", false);
      Optional<String> v = c.attr(d, "value", false);
      c.finish(d, false);
      if (name.isPresent() && v.isPresent()) {
        dimensions.add(new IatiDimension(name.get(), v.get()));
      } else {
        c.skipped(d, "dimension without both @name and @value not carried");
      }
    }
    ImmutableList<Narrative> comment =
        c.one(e, "comment", false).map(x -> c.narratives(x, true)).orElse(ImmutableList.of());
    c.finish(e, false);
    if (NUMERIC_MEASURES.contains(measure)) {
      if (value.isEmpty()) {
        c.rule(
            Severity.ERROR,
            ruleBase + ".1",
            e,
            "the " + what + " has no @value, which measure " + measure + " requires");
      } else if (XmlText.decimal(value.get()).isEmpty()) {
        c.add(
            "iati.rule." + ruleBase + ".2",
            Severity.WARNING,
            e, "value",
            "the "
                + what
                + " value \""
                + Shown.value(value.get())
                + "\" "
                + XmlText.notDecimal(value.get()).orElseThrow());
      }
    } else if (measure.equals("5") && value.isPresent()) {
      c.add(
            "iati.rule." + ruleBase + ".3",
            Severity.WARNING,
          e, "value",
          "the " + what + " of a qualitative indicator should have no @value");
    }
    return new IatiIndicatorValue(
        value, ImmutableList.copyOf(locations), ImmutableList.copyOf(dimensions), comment);
  }
}
