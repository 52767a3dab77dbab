package org.rbmkit.core.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rbmkit.core.iati.IatiProblem.Kind;
import org.rbmkit.core.iati.IatiProblem.Severity;
import org.rbmkit.core.money.Money;

/**
 * Maps one activity's elements to the model, checking the schema's structure and IATI's rules, and
 * lists what it does not carry. One instance per activity; not thread-safe.
 */
final class ActivityMapper {

  private static final Set<String> NUMERIC_MEASURES = Set.of("1", "2", "3", "4");

  // The IATI children of each element, in the order of the 2.03 schema's sequences; 2.01 and
  // 2.02 use subsets in the same order. Extension elements (other namespaces) come last.
  private static final List<String> ACTIVITY =
      List.of(
          "iati-identifier",
          "reporting-org",
          "title",
          "description",
          "participating-org",
          "other-identifier",
          "activity-status",
          "activity-date",
          "contact-info",
          "activity-scope",
          "recipient-country",
          "recipient-region",
          "location",
          "sector",
          "tag",
          "country-budget-items",
          "humanitarian-scope",
          "policy-marker",
          "collaboration-type",
          "default-flow-type",
          "default-finance-type",
          "default-aid-type",
          "default-tied-status",
          "budget",
          "planned-disbursement",
          "capital-spend",
          "transaction",
          "document-link",
          "related-activity",
          "legacy-data",
          "conditions",
          "result",
          "crs-add",
          "fss");
  private static final List<String> BUDGET = List.of("period-start", "period-end", "value");
  private static final List<String> PLANNED_DISBURSEMENT =
      List.of("period-start", "period-end", "value", "provider-org", "receiver-org");
  private static final List<String> TRANSACTION =
      List.of(
          "transaction-type",
          "transaction-date",
          "value",
          "description",
          "provider-org",
          "receiver-org",
          "disbursement-channel",
          "sector",
          "recipient-country",
          "recipient-region",
          "flow-type",
          "finance-type",
          "aid-type",
          "tied-status");
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
  private static final List<String> NARRATIVES = List.of("narrative");
  private static final List<String> EMPTY = List.of();

  private final boolean strict;
  private final int maxProblems;
  private final IdentifierIndex identifiers;
  private final List<IatiProblem> problems = new ArrayList<>();
  private int notListed;
  private int errorsNotListed;
  private String activityId = "";
  private Optional<String> language = Optional.empty();
  private Optional<String> defaultCurrency = Optional.empty();

  ActivityMapper(boolean strict, int maxProblems, IdentifierIndex identifiers) {
    this.strict = strict;
    this.maxProblems = maxProblems;
    this.identifiers = identifiers;
  }

  ActivityRead map(XmlElement a, int index) {
    String identifier =
        a.children("iati-identifier").stream()
            .findFirst()
            .map(e -> e.text().strip())
            .orElse("");
    activityId = identifier.isEmpty() ? "(activity " + index + ")" : identifier;
    a.used = true;
    schema(
        a,
        ACTIVITY,
        "last-updated-datetime",
        "humanitarian",
        "hierarchy",
        "linked-data-uri",
        "budget-not-provided");
    language = attr(a, "xml:lang", false);
    defaultCurrency = attr(a, "default-currency", false);
    defaultCurrency.ifPresent(c -> checkCurrency(c, a, "default-currency"));

    Optional<XmlElement> idEl = one(a, "iati-identifier", true);
    idEl.ifPresent(
        e -> {
          simple(e);
          finish(e, true);
        });
    if (idEl.isPresent() && identifier.isEmpty()) {
      rule(Severity.ERROR, "1.1.1", idEl.get(), "iati-identifier is empty");
    } else if (idEl.isPresent()) {
      identifiers
          .firstWith(identifier, index)
          .ifPresent(
              first ->
                  rule(
                      Severity.ERROR,
                      "identifier",
                      idEl.get(),
                      "iati-identifier \""
                          + XmlText.abbreviate(identifier)
                          + "\" is also the identifier of activity "
                          + first
                          + " of this file; each activity needs its own"));
    }
    Optional<IatiOrganisation> reportingOrg = one(a, "reporting-org", true).map(this::reportingOrg);
    ImmutableList<Narrative> title =
        one(a, "title", true).map(t -> narratives(t, true)).orElse(ImmutableList.of());
    List<IatiDescription> descriptions = new ArrayList<>();
    for (XmlElement d : many(a, "description", 1)) {
      descriptions.add(new IatiDescription(attr(d, "type", false), narratives(d, true)));
    }
    List<IatiOrganisation> participating = new ArrayList<>();
    for (XmlElement p : many(a, "participating-org", 1)) {
      p.knowAttributes(List.of("activity-id", "crs-channel-code"));
      participating.add(
          new IatiOrganisation(
              attr(p, "ref", false),
              attr(p, "type", false),
              Optional.of(attr(p, "role", true).orElse("")),
              Optional.empty(),
              narratives(p, false)));
    }
    Optional<String> status =
        one(a, "activity-status", true)
            .map(
                s -> {
                  schema(s, EMPTY);
                  Optional<String> code = attr(s, "code", true);
                  finish(s, false);
                  return code.orElse("");
                });
    List<IatiActivityDate> dates = new ArrayList<>();
    for (XmlElement d : many(a, "activity-date", 1)) {
      Optional<String> type = attr(d, "type", true);
      Optional<LocalDate> date = date(d, "iso-date", true);
      ImmutableList<Narrative> n = narratives(d, false);
      if (type.isPresent() && date.isPresent()) {
        dates.add(new IatiActivityDate(type.get(), date.get(), n));
      } else {
        notRead(d);
      }
    }
    List<IatiBudget> budgets = new ArrayList<>();
    for (XmlElement b : many(a, "budget", 0)) {
      budget(b).ifPresentOrElse(budgets::add, () -> notRead(b));
    }
    List<IatiPlannedDisbursement> planned = new ArrayList<>();
    for (XmlElement p : many(a, "planned-disbursement", 0)) {
      plannedDisbursement(p).ifPresentOrElse(planned::add, () -> notRead(p));
    }
    List<IatiTransaction> transactions = new ArrayList<>();
    for (XmlElement t : many(a, "transaction", 0)) {
      transaction(t).ifPresentOrElse(transactions::add, () -> notRead(t));
    }
    List<IatiResult> results = new ArrayList<>();
    for (XmlElement r : many(a, "result", 0)) {
      results.add(result(r));
    }
    finish(a, false);

    Optional<IatiActivity> activity = Optional.empty();
    if (reportingOrg.isPresent() && status.isPresent()) {
      activity =
          Optional.of(
              new IatiActivity(
                  identifier,
                  language,
                  defaultCurrency,
                  reportingOrg.get(),
                  title,
                  ImmutableList.copyOf(descriptions),
                  ImmutableList.copyOf(participating),
                  status.get(),
                  ImmutableList.copyOf(dates),
                  ImmutableList.copyOf(budgets),
                  ImmutableList.copyOf(planned),
                  ImmutableList.copyOf(transactions),
                  ImmutableList.copyOf(results)));
    } else {
      skipped(a, "activity not built: it lacks its reporting-org or activity-status");
    }
    return new ActivityRead(
        index, identifier, activity, ImmutableList.copyOf(problems), notListed, errorsNotListed);
  }

  private IatiOrganisation reportingOrg(XmlElement e) {
    return new IatiOrganisation(
        attr(e, "ref", true),
        attr(e, "type", true),
        Optional.empty(),
        bool(e, "secondary-reporter"),
        narratives(e, true));
  }

  private Optional<IatiBudget> budget(XmlElement b) {
    schema(b, BUDGET);
    Optional<String> type = attr(b, "type", false);
    Optional<String> status = attr(b, "status", false);
    Optional<LocalDate> start = dateElement(b, "period-start", true);
    Optional<LocalDate> end = dateElement(b, "period-end", true);
    Optional<IatiAmount> value = one(b, "value", true).flatMap(this::amount);
    finish(b, false);
    type.filter(t -> BudgetType.fromCode(t).isEmpty())
        .ifPresent(t -> codelist(b, "type", t, "BudgetType (1 original, 2 revised)"));
    status
        .filter(s -> BudgetStatus.fromCode(s).isEmpty())
        .ifPresent(s -> codelist(b, "status", s, "BudgetStatus (1 indicative, 2 committed)"));
    if (start.isEmpty() || end.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    if (start.get().isAfter(end.get())) {
      rule(
          Severity.ERROR,
          "8.6.3",
          b,
          "budget period starts " + start.get() + ", after its end " + end.get());
    } else if (end.get().isAfter(start.get().plusYears(1).minusDays(1))) {
      rule(
          Severity.ERROR,
          "7.5.3",
          b,
          "budget period " + start.get() + " to " + end.get() + " is longer than one year");
    }
    if (value.get().amount().signum() < 0) {
      // published by real publishers (a reduction, a correction): a warning, and kept as is
      rule(
          Severity.WARNING,
          "budget-value",
          b,
          "budget value "
              + value.get().amount().toPlainString()
              + " is negative; a budget is expected to be zero or more (kept as published)");
    }
    return Optional.of(new IatiBudget(type, status, start.get(), end.get(), value.get()));
  }

  private Optional<IatiPlannedDisbursement> plannedDisbursement(XmlElement p) {
    schema(p, PLANNED_DISBURSEMENT);
    Optional<String> type = attr(p, "type", false);
    Optional<LocalDate> start = dateElement(p, "period-start", true);
    Optional<LocalDate> end = dateElement(p, "period-end", false);
    Optional<IatiAmount> value = one(p, "value", true).flatMap(this::amount);
    finish(p, false);
    if (start.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    if (end.isPresent() && start.get().isAfter(end.get())) {
      rule(
          Severity.ERROR,
          "8.6.3",
          p,
          "planned disbursement starts " + start.get() + ", after its end " + end.get());
    }
    return Optional.of(new IatiPlannedDisbursement(type, start.get(), end, value.get()));
  }

  private Optional<IatiTransaction> transaction(XmlElement t) {
    schema(t, TRANSACTION, "ref", "humanitarian");
    Optional<String> type =
        one(t, "transaction-type", true)
            .flatMap(
                e -> {
                  schema(e, EMPTY);
                  Optional<String> code = attr(e, "code", true);
                  finish(e, false);
                  return code;
                });
    Optional<LocalDate> date = dateElement(t, "transaction-date", true);
    Optional<IatiAmount> value = one(t, "value", true).flatMap(this::amount);
    finish(t, false);
    if (type.isEmpty() || date.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new IatiTransaction(type.get(), date.get(), value.get()));
  }

  private Optional<IatiAmount> amount(XmlElement v) {
    simple(v);
    Optional<LocalDate> valueDate = date(v, "value-date", true);
    Optional<String> currency = attr(v, "currency", false);
    currency.ifPresent(c -> checkCurrency(c, v, "currency"));
    finish(v, true);
    String text = v.text();
    Optional<BigDecimal> amount = XmlText.decimal(text);
    if (text.isBlank()) {
      structure(v, "<value> is empty; a decimal amount is required");
    } else if (amount.isEmpty()) {
      structure(
          v,
          "<value> \""
              + XmlText.abbreviate(text.strip())
              + "\" "
              + XmlText.notDecimal(text).orElseThrow());
    }
    Optional<String> resolved = currency.or(() -> defaultCurrency);
    if (resolved.isEmpty()) {
      rule(
          Severity.ERROR,
          "currency",
          v,
          "<value> has no @currency and the activity no @default-currency");
    }
    if (amount.isEmpty() || valueDate.isEmpty()) {
      return Optional.empty();
    }
    if (resolved.isPresent() && isIso(resolved.get())) {
      try {
        Money.of(resolved.get(), amount.get());
      } catch (IllegalArgumentException e) {
        add(
            Kind.RULE,
            Severity.WARNING,
            Optional.of("money"),
            v, null,
            "the amount does not become Money: " + e.getMessage());
      }
    }
    return Optional.of(new IatiAmount(amount.get(), resolved, valueDate.get()));
  }

  private static boolean isIso(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void checkCurrency(String code, XmlElement e, String attribute) {
    Optional<String> withdrawn = CurrencyCodelist.withdrawn(code);
    if (withdrawn.isPresent()) {
      add(
          Kind.RULE,
          Severity.WARNING,
          Optional.of("codelist"),
          e,
          attribute,
          "currency " + code + " is withdrawn from the Currency codelist: " + withdrawn.get());
      return;
    }
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException ex) {
      if (code.equals("XBT")) {
        // IATI's Currency codelist lists Bitcoin, which ISO 4217 does not
        add(
            Kind.RULE,
            Severity.WARNING,
            Optional.of("codelist"),
            e,
            attribute,
            "currency XBT (Bitcoin) is in IATI's Currency codelist but not in ISO 4217: its amounts"
                + " do not become Money");
      } else {
        add(
            Kind.RULE,
            Severity.ERROR,
            Optional.of("codelist"),
            e,
            attribute,
            "currency \""
                + XmlText.abbreviate(code)
                + "\" is not in the Currency codelist (ISO 4217)");
      }
    }
  }

  private IatiResult result(XmlElement r) {
    schema(r, RESULT);
    String type = attr(r, "type", true).orElse("");
    Optional<Boolean> aggregation = bool(r, "aggregation-status");
    ImmutableList<Narrative> title =
        one(r, "title", true).map(t -> narratives(t, true)).orElse(ImmutableList.of());
    ImmutableList<Narrative> description =
        one(r, "description", false).map(d -> narratives(d, true)).orElse(ImmutableList.of());
    List<IatiReference> references = new ArrayList<>();
    for (XmlElement ref : many(r, "reference", 0)) {
      reference(ref, "vocabulary-uri").ifPresent(references::add);
    }
    List<IatiIndicator> indicators = new ArrayList<>();
    for (XmlElement i : many(r, "indicator", 1)) {
      indicator(i).ifPresentOrElse(indicators::add, () -> notRead(i));
    }
    finish(r, false);
    IatiResult result =
        new IatiResult(
            type,
            aggregation,
            title,
            description,
            ImmutableList.copyOf(references),
            ImmutableList.copyOf(indicators));
    if (!type.isEmpty() && result.resultType().isEmpty()) {
      codelist(r, "type", type, "ResultType (1 output, 2 outcome, 3 impact, 9 other)");
    }
    return result;
  }

  private Optional<IatiReference> reference(XmlElement ref, String uriAttribute) {
    schema(ref, EMPTY);
    Optional<String> vocabulary = attr(ref, "vocabulary", true);
    Optional<String> code = attr(ref, "code", true);
    Optional<String> uri = attr(ref, uriAttribute, false);
    finish(ref, false);
    if (vocabulary.isEmpty() || code.isEmpty()) {
      notRead(ref);
      return Optional.empty();
    }
    return Optional.of(new IatiReference(vocabulary.get(), code.get(), uri));
  }

  private Optional<IatiIndicator> indicator(XmlElement i) {
    schema(i, INDICATOR);
    Optional<String> measure = attr(i, "measure", true);
    Optional<Boolean> ascending = bool(i, "ascending");
    Optional<Boolean> aggregation = bool(i, "aggregation-status");
    ImmutableList<Narrative> title =
        one(i, "title", true).map(t -> narratives(t, true)).orElse(ImmutableList.of());
    ImmutableList<Narrative> description =
        one(i, "description", false).map(d -> narratives(d, true)).orElse(ImmutableList.of());
    List<IatiReference> references = new ArrayList<>();
    for (XmlElement ref : many(i, "reference", 0)) {
      reference(ref, "indicator-uri").ifPresent(references::add);
    }
    String m = measure.orElse("").strip();
    if (measure.isPresent() && !Set.of("1", "2", "3", "4", "5").contains(m)) {
      codelist(
          i,
          "measure",
          measure.get(),
          "IndicatorMeasure (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative)");
    }
    List<IatiBaseline> baselines = new ArrayList<>();
    for (XmlElement b : many(i, "baseline", 0)) {
      schema(b, BASELINE);
      Optional<Integer> year = positiveInteger(b, "year");
      Optional<LocalDate> isoDate = date(b, "iso-date", false);
      IatiIndicatorValue value = indicatorValue(b, m, "8.8", "baseline");
      if (year.isPresent()) {
        baselines.add(new IatiBaseline(year.get(), isoDate, value));
      } else {
        notRead(b);
      }
    }
    List<IatiPeriod> periods = new ArrayList<>();
    for (XmlElement p : many(i, "period", 0)) {
      schema(p, PERIOD);
      Optional<LocalDate> start = dateElement(p, "period-start", true);
      Optional<LocalDate> end = dateElement(p, "period-end", true);
      List<IatiIndicatorValue> targets = new ArrayList<>();
      for (XmlElement t : many(p, "target", 0)) {
        schema(t, TARGET);
        targets.add(indicatorValue(t, m, "8.9", "target"));
      }
      List<IatiIndicatorValue> actuals = new ArrayList<>();
      for (XmlElement t : many(p, "actual", 0)) {
        schema(t, TARGET);
        actuals.add(indicatorValue(t, m, "8.10", "actual"));
      }
      finish(p, false);
      if (start.isPresent() && end.isPresent()) {
        if (start.get().isAfter(end.get())) {
          rule(
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
        notRead(p);
      }
    }
    finish(i, false);
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
  private IatiIndicatorValue indicatorValue(
      XmlElement e, String measure, String ruleBase, String what) {
    Optional<String> value = attr(e, "value", false);
    List<String> locations = new ArrayList<>();
    for (XmlElement l : many(e, "location", 0)) {
      schema(l, EMPTY);
      Optional<String> ref = attr(l, "ref", false);
      finish(l, false);
      ref.ifPresentOrElse(
          locations::add, () -> skipped(l, "location without @ref not carried"));
    }
    List<IatiDimension> dimensions = new ArrayList<>();
    for (XmlElement d : many(e, "dimension", 0)) {
      schema(d, EMPTY);
      Optional<String> name = attr(d, "name", false);
      Optional<String> v = attr(d, "value", false);
      finish(d, false);
      if (name.isPresent() && v.isPresent()) {
        dimensions.add(new IatiDimension(name.get(), v.get()));
      } else {
        skipped(d, "dimension without both @name and @value not carried");
      }
    }
    ImmutableList<Narrative> comment =
        one(e, "comment", false).map(c -> narratives(c, true)).orElse(ImmutableList.of());
    finish(e, false);
    if (NUMERIC_MEASURES.contains(measure)) {
      if (value.isEmpty()) {
        rule(
            Severity.ERROR,
            ruleBase + ".1",
            e,
            "the " + what + " has no @value, which measure " + measure + " requires");
      } else if (XmlText.decimal(value.get()).isEmpty()) {
        add(
            Kind.RULE,
            Severity.WARNING,
            Optional.of(ruleBase + ".2"),
            e, "value",
            "the "
                + what
                + " value \""
                + XmlText.abbreviate(value.get())
                + "\" "
                + XmlText.notDecimal(value.get()).orElseThrow());
      }
    } else if (measure.equals("5") && value.isPresent()) {
      add(
          Kind.RULE,
          Severity.WARNING,
          Optional.of(ruleBase + ".3"),
          e, "value",
          "the " + what + " of a qualitative indicator should have no @value");
    }
    return new IatiIndicatorValue(
        value, ImmutableList.copyOf(locations), ImmutableList.copyOf(dimensions), comment);
  }

  // ---- generic checks ----

  /**
   * Checks that the IATI children of {@code e} are among {@code sequence}, in its order, and before
   * any extension element; records the attributes the schema allows that the model does not carry.
   */
  private void schema(XmlElement e, List<String> sequence, String... otherAttributes) {
    e.knowAttributes(List.of(otherAttributes));
    int highest = -1;
    XmlElement highestElement = null;
    XmlElement extension = null;
    for (XmlElement c : e.children) {
      if (!c.iati) {
        extension = extension == null ? c : extension;
        continue;
      }
      int at = sequence.indexOf(c.name);
      if (at < 0) {
        c.used = true;
        structure(c, "element <" + c.name + "> is not allowed in <" + e.name + ">");
      } else if (extension != null) {
        structure(c, "<"
                + c.name
                + "> comes after the extension element <"
                + extension.name
                + ">; extensions come last in <"
                + e.name
                + ">");
      } else if (at < highest) {
        structure(c, "<" + c.name + "> must come before <" + highestElement.name + "> in <" + e.name + ">");
      } else {
        highest = at;
        highestElement = c;
      }
    }
  }

  /** Checks that {@code e}, which holds only text, has no child element. */
  private void simple(XmlElement e) {
    for (XmlElement c : e.children) {
      c.used = true;
      structure(c, "<" + e.name + "> holds only text, not the element <" + c.name + ">");
    }
  }

  /** The single child {@code name}; an error if it repeats, or is missing when required. */
  private Optional<XmlElement> one(XmlElement parent, String name, boolean required) {
    List<XmlElement> found = parent.children(name);
    found.forEach(c -> c.used = true);
    if (found.size() > 1) {
      XmlElement second = found.get(1);
      structure(second, "<"
              + name
              + "> appears "
              + found.size()
              + " times in <"
              + parent.name
              + ">, where at most one is allowed");
    }
    if (found.isEmpty()) {
      if (required) {
        structure(parent, "missing required element <" + name + "> in <" + parent.name + ">");
      }
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  /** The children {@code name}; an error if fewer than {@code min}. */
  private List<XmlElement> many(XmlElement parent, String name, int min) {
    List<XmlElement> found = parent.children(name);
    found.forEach(c -> c.used = true);
    if (found.size() < min) {
      structure(parent, "missing required element <" + name + "> in <" + parent.name + ">");
    }
    return found;
  }

  private Optional<String> attr(XmlElement e, String name, boolean required) {
    e.useAttribute(name);
    String v = e.attribute(name);
    if (v == null && required) {
      structure(e, "missing required attribute @" + name + " of <" + e.name + ">");
    }
    return Optional.ofNullable(v);
  }

  private Optional<LocalDate> date(XmlElement e, String name, boolean required) {
    String raw = e.attribute(name);
    Optional<LocalDate> d =
        typed(
            e,
            name,
            required,
            XmlText::date,
            raw != null && raw.strip().startsWith("0000")
                ? "a date: XML Schema's xsd:date has no year 0000"
                : "an ISO date (xsd:date) such as 2014-01-31");
    if (d.isPresent()) {
      String text = e.attribute(name);
      if (XmlText.hasZone(text)) {
        skippedAt(e, name, "time zone of \"" + text + "\" not carried");
      }
    }
    return d;
  }

  /**
   * The attribute {@code name} read by {@code parse}; a value it cannot read is a structural
   * error saying what was {@code expected}, and gives empty.
   */
  private <T> Optional<T> typed(
      XmlElement e,
      String name,
      boolean required,
      Function<String, Optional<T>> parse,
      String expected) {
    Optional<String> text = attr(e, name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> value = parse.apply(text.get());
    if (value.isEmpty()) {
      structureAt(e, name, "@"
              + name
              + " \""
              + XmlText.abbreviate(text.get())
              + "\" of <"
              + e.name
              + "> is not "
              + expected);
    }
    return value;
  }

  /** The {@code iso-date} of the child element {@code name}, which allows no text. */
  private Optional<LocalDate> dateElement(XmlElement parent, String name, boolean required) {
    return one(parent, name, required)
        .flatMap(
            e -> {
              schema(e, EMPTY);
              Optional<LocalDate> d = date(e, "iso-date", true);
              finish(e, false);
              return d;
            });
  }

  private Optional<Boolean> bool(XmlElement e, String name) {
    return typed(e, name, false, XmlText::bool, "a boolean (true, false, 1 or 0)");
  }

  private Optional<Integer> positiveInteger(XmlElement e, String name) {
    return typed(
        e, name, true, XmlText::positiveInteger, "a positive integer (xsd:positiveInteger)");
  }

  /** The {@code narrative} children; an error if none when {@code required}. */
  private ImmutableList<Narrative> narratives(XmlElement parent, boolean required) {
    ImmutableList.Builder<Narrative> out = ImmutableList.builder();
    schema(parent, NARRATIVES);
    for (XmlElement n : many(parent, "narrative", required ? 1 : 0)) {
      simple(n);
      Optional<String> lang = attr(n, "xml:lang", false);
      finish(n, true);
      if (lang.isPresent() && lang.get().isBlank()) {
        skippedAt(n, "xml:lang", "blank xml:lang not carried");
        lang = Optional.empty();
      }
      out.add(new Narrative(lang, n.text()));
    }
    finish(parent, false);
    return out.build();
  }

  /**
   * Lists the element's unused children and attributes as skipped, and rejects text in an element
   * that allows only elements.
   */
  private void finish(XmlElement e, boolean textAllowed) {
    if (!textAllowed && !e.text().isBlank()) {
      structure(e, "<"
              + e.name
              + "> contains text \""
              + XmlText.abbreviate(e.text().strip())
              + "\" but allows only elements");
      e.clearText();
    }
    for (String attribute : e.attributeNames()) {
      if (e.useAttribute(attribute)) {
        boolean iati = attribute.indexOf(':') < 0 && !attribute.startsWith("{");
        if (iati && !e.isKnownAttribute(attribute)) {
          structureAt(e, attribute, "attribute @" + attribute + " is not allowed on <" + e.name + ">");
        } else {
          skippedAt(e, attribute, "attribute @" + attribute + " of <" + e.name + "> not carried");
        }
      }
    }
    for (XmlElement c : e.children) {
      if (!c.used) {
        c.used = true;
        skipped(c, "element <" + c.name + "> not carried");
      }
    }
  }

  private void notRead(XmlElement e) {
    skipped(e, "<" + e.name + "> not read because of the error(s) above");
  }

  private void codelist(XmlElement e, String attribute, String value, String codelist) {
    add(
        Kind.RULE,
        Severity.ERROR,
        Optional.of("codelist"),
        e, attribute,
        "@"
            + attribute
            + " \""
            + XmlText.abbreviate(value)
            + "\" is not in the "
            + codelist
            + " codelist");
  }

  private void rule(Severity severity, String rule, XmlElement e, String message) {
    add(Kind.RULE, severity, Optional.of(rule), e, null, message);
  }

  private void structure(XmlElement e, String message) {
    add(Kind.STRUCTURE, Severity.ERROR, Optional.empty(), e, null, message);
  }

  private void structureAt(XmlElement e, String attribute, String message) {
    add(Kind.STRUCTURE, Severity.ERROR, Optional.empty(), e, attribute, message);
  }

  private void skipped(XmlElement e, String message) {
    add(Kind.SKIPPED, Severity.INFO, Optional.empty(), e, null, message);
  }

  private void skippedAt(XmlElement e, String attribute, String message) {
    add(Kind.SKIPPED, Severity.INFO, Optional.empty(), e, attribute, message);
  }

  /**
   * Records a problem of {@code e}, or of its {@code attribute} when not null. Past the limit of
   * problems kept, the problem is only counted, and its path is never built.
   */
  private void add(
      Kind kind,
      Severity severity,
      Optional<String> rule,
      XmlElement e,
      String attribute,
      String message) {
    boolean keep = problems.size() < maxProblems;
    if (!keep && !(strict && kind == Kind.STRUCTURE)) {
      notListed++;
      errorsNotListed += kind == Kind.STRUCTURE ? 1 : 0;
      return;
    }
    String path = attribute == null ? e.path() : e.attributePath(attribute);
    IatiProblem p = new IatiProblem(kind, severity, rule, activityId, path, e.line, message);
    if (strict && p.isError()) {
      throw new IatiReadException(p);
    }
    problems.add(p);
  }
}
