package org.rbmkit.core.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.problem.Severity;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.text.Shown;

/**
 * Maps one activity's elements to the model, checking the schema's structure and IATI's rules, and
 * lists what it does not carry. One instance per activity; not thread-safe.
 */
final class ActivityMapper extends ElementChecks {

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

  private final IdentifierIndex identifiers;
  private final ResultMapper resultMapper = new ResultMapper(this);
  private final ClassificationMapper classificationMapper = new ClassificationMapper(this);
  private Optional<String> language = Optional.empty();
  private Optional<String> defaultCurrency = Optional.empty();

  ActivityMapper(boolean strict, boolean tolerant, int maxProblems, IdentifierIndex identifiers) {
    super(strict, tolerant, maxProblems);
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
                          + Shown.value(identifier)
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
    ImmutableList<IatiOtherIdentifier> otherIdentifiers =
        classificationMapper.otherIdentifiers(a);
    for (XmlElement p : many(a, "participating-org", 1)) {
      p.knowAttributes("activity-id", "crs-channel-code");
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
    IatiClassifications classifications = classificationMapper.activity(a);
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
    ImmutableList<IatiDocumentLink> documentLinks = classificationMapper.documentLinks(a);
    List<IatiResult> results = new ArrayList<>();
    for (XmlElement r : many(a, "result", 0)) {
      results.add(resultMapper.result(r));
    }
    finish(a, false);

    Optional<IatiActivity> activity = Optional.empty();
    boolean buildable =
        (reportingOrg.isPresent() && status.isPresent()) || (tolerant && !identifier.isEmpty());
    if (buildable) {
      activity =
          Optional.of(
              new IatiActivity(
                  identifier,
                  language,
                  defaultCurrency,
                  reportingOrg.orElse(NO_ORGANISATION),
                  title,
                  ImmutableList.copyOf(descriptions),
                  ImmutableList.copyOf(participating),
                  status.orElse(""),
                  ImmutableList.copyOf(dates),
                  ImmutableList.copyOf(budgets),
                  ImmutableList.copyOf(planned),
                  ImmutableList.copyOf(transactions),
                  ImmutableList.copyOf(results),
                  otherIdentifiers,
                  classifications,
                  documentLinks));
    } else {
      skipped(
          a,
          "activity not built: it lacks its reporting-org or activity-status"
              + (tolerant ? " and has no iati-identifier" : "")
              + (tolerant || identifier.isEmpty() ? "" : " (tolerant reading builds it)"));
    }
    return new ActivityRead(
        index, identifier, activity, ImmutableList.copyOf(problems), notListed, errorsNotListed);
  }

  /** The reporting organisation of an activity that publishes none (tolerant reading). */
  private static final IatiOrganisation NO_ORGANISATION =
      new IatiOrganisation(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of());

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
    Optional<IatiTransactionOrg> provider =
        classificationMapper.transactionOrg(t, "provider-org", "provider-activity-id");
    Optional<IatiTransactionOrg> receiver =
        classificationMapper.transactionOrg(t, "receiver-org", "receiver-activity-id");
    IatiClassifications classifications = classificationMapper.transaction(t);
    finish(t, false);
    if (type.isEmpty() || date.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IatiTransaction(
            type.get(), date.get(), value.get(), provider, receiver, classifications));
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
      structure(v, "value", "<value> is empty; a decimal amount is required");
    } else if (amount.isEmpty()) {
      structure(
          v,
          "value",
          "<value> \""
              + Shown.value(text.strip())
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
            "iati.rule.money",
            Severity.WARNING,
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
            "iati.rule.codelist",
            Severity.WARNING,
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
            "iati.rule.codelist",
            Severity.WARNING,
            e,
            attribute,
            "currency XBT (Bitcoin) is in IATI's Currency codelist but not in ISO 4217: its amounts"
                + " do not become Money");
      } else {
        add(
            "iati.rule.codelist",
            Severity.ERROR,
            e,
            attribute,
            "currency \""
                + Shown.value(code)
                + "\" is not in the Currency codelist (ISO 4217)");
      }
    }
  }

}
