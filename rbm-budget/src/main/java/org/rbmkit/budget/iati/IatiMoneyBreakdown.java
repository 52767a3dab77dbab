package org.rbmkit.budget.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiAmount;
import org.rbmkit.core.iati.IatiBudget;
import org.rbmkit.core.iati.IatiClassification;
import org.rbmkit.core.iati.IatiPlannedDisbursement;
import org.rbmkit.core.iati.IatiTransaction;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.Money;

/**
 * The money of imported IATI activities (budgets, planned disbursements and transactions) summed
 * by flow and year, by sector and by recipient country or region, with amounts split by the
 * published percentages; exact, in each currency apart.
 *
 * <pre>{@code
 * IatiMoneyBreakdown b = IatiMoneyBreakdown.of(activities, "1");   // sectors of vocabulary 1
 * b.byYear();      // [budget original indicative 2024 EUR 1000.00 (2 items), transaction 3 disbursement 2024 …]
 * b.bySector();    // [transaction 3 disbursement 11220 EUR 600.00, … 12110 EUR 400.00]
 * b.byCountry();   // [transaction 3 disbursement KE EUR 1000.00]
 * b.unsummed();    // amounts without a currency, with the reason
 * }</pre>
 *
 * <p><b>Flows.</b> A budget counts under {@code budget <type> <status>} (original and revised,
 * indicative and committed never add up; absent type and status are IATI's defaults, original
 * and indicative), a planned disbursement under {@code planned-disbursement}, a transaction under
 * {@code transaction <code> <name>} (TransactionType codelist). A budget or planned disbursement is
 * dated by its period start, a transaction by its {@code transaction-date}. Negative values
 * (refunds, cancellations) are summed as published.
 *
 * <p><b>Splits.</b> A transaction with its own sector (of the chosen vocabulary), country or region
 * counts wholly there; else the activity's are used, each share being amount × percentage ÷ 100,
 * exactly, by the one rule of the IATI views ({@link IatiCube} too): a single sector, country or
 * region without percentage takes 100 %; several whose percentages are missing, negative or do
 * not add up to exactly 100 are not split, the amount going whole to a row naming them all joined
 * by {@code +} (such as {@code KE+UG}); with none published the amount stays in the row {@code
 * (unallocated)}. Each such case has its reason in {@link #notes()}: nothing is invented and
 * nothing is lost. Regions are keyed {@code region <code>}.
 *
 * <p><b>Exact money.</b> Each row keeps its exact sum ({@link Row#exact()}); {@link Row#money()} is
 * that sum rounded toward zero to the currency's minor units and {@link Row#remainder()} the part
 * below them, so the rows' money plus their remainders equals the total exactly.
 *
 * <p>Immutable and thread-safe.
 */
public final class IatiMoneyBreakdown {

  /** Where an amount is not split: the key of its row. */
  public static final String UNALLOCATED = "(unallocated)";

  private static final Map<String, String> TRANSACTION_TYPES =
      Map.ofEntries(
          Map.entry("1", "incoming funds"),
          Map.entry("2", "outgoing commitment"),
          Map.entry("3", "disbursement"),
          Map.entry("4", "expenditure"),
          Map.entry("5", "interest payment"),
          Map.entry("6", "loan repayment"),
          Map.entry("7", "reimbursement"),
          Map.entry("8", "purchase of equity"),
          Map.entry("9", "sale of equity"),
          Map.entry("10", "credit guarantee"),
          Map.entry("11", "incoming commitment"),
          Map.entry("12", "outgoing pledge"),
          Map.entry("13", "incoming pledge"));

  /**
   * One sum: the flow, the key (a year, a sector code, a country code or {@code region <code>}, or
   * {@link #UNALLOCATED}), the currency, the exact sum and how many amounts went into it.
   *
   * @param flow {@code budget original indicative}, {@code planned-disbursement}, {@code
   *     transaction 3 disbursement}…
   * @param key the year, sector, country or region
   * @param currency the currency
   * @param exact the exact sum, which may have more decimals than the currency after a split
   * @param count how many amounts (or shares of amounts) were summed
   */
  public record Row(String flow, String key, Currency currency, BigDecimal exact, int count) {

    /** Checks the components. */
    public Row {
      checkNotNull(flow, "flow");
      checkNotNull(key, "key");
      checkNotNull(currency, "currency");
      checkNotNull(exact, "exact");
    }

    /** The sum rounded toward zero to the currency's minor units. */
    public Money money() {
      return Money.ofTotal(currency, exact.setScale(minor(currency), RoundingMode.DOWN));
    }

    /** The part of the exact sum below the currency's minor units ({@code exact − money}). */
    public BigDecimal remainder() {
      return exact.subtract(exact.setScale(minor(currency), RoundingMode.DOWN)).stripTrailingZeros();
    }

    /** {@code transaction 3 disbursement 2011 EUR -11550750.91 (40)}. */
    @Override
    public String toString() {
      return flow + " " + key + " " + money() + " (" + count + ")";
    }
  }

  private final ImmutableList<Row> byYear;
  private final ImmutableList<Row> bySector;
  private final ImmutableList<Row> byCountry;
  private final ImmutableList<String> notes;
  private final ImmutableList<String> unsummed;
  private final int activities;

  private IatiMoneyBreakdown(
      ImmutableList<Row> byYear,
      ImmutableList<Row> bySector,
      ImmutableList<Row> byCountry,
      ImmutableList<String> notes,
      ImmutableList<String> unsummed,
      int activities) {
    this.byYear = byYear;
    this.bySector = bySector;
    this.byCountry = byCountry;
    this.notes = notes;
    this.unsummed = unsummed;
    this.activities = activities;
  }

  /**
   * The breakdown of the activities' money, sectors taken from {@code sectorVocabulary} (IATI's
   * SectorVocabulary code, {@code 1} for OECD DAC 5-digit; a sector without vocabulary is {@code
   * 1}), in one pass.
   *
   * @throws IllegalArgumentException if {@code sectorVocabulary} is blank
   */
  public static IatiMoneyBreakdown of(Iterable<IatiActivity> activities, String sectorVocabulary) {
    checkNotNull(activities, "activities");
    checkNotNull(sectorVocabulary, "sectorVocabulary");
    checkArgument(
        !sectorVocabulary.isBlank(),
        "sector vocabulary \"%s\": a SectorVocabulary code is needed, such as 1 (OECD DAC"
            + " 5-digit)",
        sectorVocabulary);
    Sums year = new Sums();
    Sums sector = new Sums();
    Sums country = new Sums();
    List<String> notes = new ArrayList<>();
    List<String> unsummed = new ArrayList<>();
    int n = 0;
    for (IatiActivity a : activities) {
      n++;
      List<IatiClassification> sectors = inVocabulary(a.classifications().sectors(), sectorVocabulary);
      List<IatiClassification> places = places(a.classifications().recipientCountries(),
          a.classifications().recipientRegions());
      Optional<String> sectorGap = gap(sectors, "sector of vocabulary " + sectorVocabulary);
      Optional<String> placeGap = gap(places, "recipient country or region");
      sectorGap.ifPresent(g -> notes.add("activity " + a.identifier() + ": " + g));
      placeGap.ifPresent(g -> notes.add("activity " + a.identifier() + ": " + g));
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < a.budgets().size(); i++) {
        IatiBudget b = a.budgets().get(i);
        String flow = "budget " + name(b.budgetType().map(Enum::name).orElse("type " + b.type().orElse("")))
            + " " + name(b.budgetStatus().map(Enum::name).orElse("status " + b.status().orElse("")));
        items.add(new Item(flow, b.periodStart(), b.value(), "budget[" + (i + 1) + "]",
            sectors, places));
      }
      for (int i = 0; i < a.plannedDisbursements().size(); i++) {
        IatiPlannedDisbursement p = a.plannedDisbursements().get(i);
        items.add(new Item("planned-disbursement", p.periodStart(), p.value(),
            "planned-disbursement[" + (i + 1) + "]", sectors, places));
      }
      for (int i = 0; i < a.transactions().size(); i++) {
        IatiTransaction t = a.transactions().get(i);
        List<IatiClassification> own = inVocabulary(t.classifications().sectors(), sectorVocabulary);
        List<IatiClassification> ownPlaces = places(t.classifications().recipientCountries(),
            t.classifications().recipientRegions());
        items.add(new Item(
            "transaction " + t.type() + Optional.ofNullable(TRANSACTION_TYPES.get(t.type()))
                .map(x -> " " + x).orElse(""),
            t.date(), t.value(), "transaction[" + (i + 1) + "]",
            own.isEmpty() ? sectors : whole(own), ownPlaces.isEmpty() ? places : whole(ownPlaces)));
      }
      for (Item it : items) {
        Optional<Currency> c = currency(it.value(), a);
        if (c.isEmpty()) {
          unsummed.add("activity " + a.identifier() + " " + it.where() + ": "
              + it.value().amount().toPlainString() + " has no usable currency ("
              + it.value().currency().orElse("none") + ")");
          continue;
        }
        BigDecimal v = it.value().amount();
        year.add(it.flow(), Integer.toString(it.date().getYear()), c.get(), v);
        split(sector, it.flow(), c.get(), v, it.sectors());
        split(country, it.flow(), c.get(), v, it.places());
      }
    }
    return new IatiMoneyBreakdown(year.rows(), sector.rows(), country.rows(),
        ImmutableList.copyOf(notes), ImmutableList.copyOf(unsummed), n);
  }

  private record Item(String flow, LocalDate date, IatiAmount value, String where,
      List<IatiClassification> sectors, List<IatiClassification> places) {}

  private static String name(String constant) {
    return constant.toLowerCase(Locale.ROOT);
  }

  private static List<IatiClassification> inVocabulary(
      List<IatiClassification> sectors, String vocabulary) {
    return sectors.stream().filter(s -> s.effectiveVocabulary("1").equals(vocabulary)).toList();
  }

  /** Countries keyed by code, regions as {@code region <code>}. */
  private static List<IatiClassification> places(
      List<IatiClassification> countries, List<IatiClassification> regions) {
    List<IatiClassification> out = new ArrayList<>(countries);
    for (IatiClassification r : regions) {
      out.add(new IatiClassification(r.vocabulary(), r.vocabularyUri(), "region " + r.code(),
          r.percentage(), r.narratives()));
    }
    return out;
  }

  /** A transaction's own classification: wholly there (it has no percentage). */
  private static List<IatiClassification> whole(List<IatiClassification> own) {
    if (own.size() != 1) {
      return own;
    }
    return List.of(IatiClassification.of(own.get(0).code(), PercentageSplit.HUNDRED));
  }

  /** Why the amounts are not split by the published percentages, if they are not. */
  private static Optional<String> gap(List<IatiClassification> items, String what) {
    return PercentageSplit.whyNotSplit(published(items), what)
        .map(why -> items.isEmpty() ? why + ": its amounts stay " + UNALLOCATED : why);
  }

  private static List<Map.Entry<String, Optional<BigDecimal>>> published(
      List<IatiClassification> items) {
    return items.stream().map(i -> Map.entry(i.code(), i.percentage())).toList();
  }

  /** Adds the amount's shares by the one rule of {@link PercentageSplit}, exactly. */
  private static void split(Sums sums, String flow, Currency c, BigDecimal v,
      List<IatiClassification> items) {
    PercentageSplit.shares(published(items), UNALLOCATED)
        .forEach((key, percent) -> sums.add(flow, key, c,
            percent.compareTo(PercentageSplit.HUNDRED) == 0 ? v
                : v.multiply(percent).movePointLeft(2)));
  }

  private static Optional<Currency> currency(IatiAmount value, IatiActivity a) {
    Optional<String> code = value.currency().or(a::defaultCurrency);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    try {
      Currency c = Currency.getInstance(code.get());
      return c.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(c);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int minor(Currency c) {
    return Math.max(0, c.getDefaultFractionDigits());
  }

  /** Sums by flow, key and currency, in order of flow, then key, then currency code. */
  private static final class Sums {
    private final Map<List<String>, BigDecimal> exact = new TreeMap<>(
        (x, y) -> {
          for (int i = 0; i < x.size(); i++) {
            int k = x.get(i).compareTo(y.get(i));
            if (k != 0) {
              return k;
            }
          }
          return 0;
        });
    private final Map<List<String>, Integer> counts = new LinkedHashMap<>();

    void add(String flow, String key, Currency c, BigDecimal v) {
      List<String> k = List.of(flow, key, c.getCurrencyCode());
      exact.merge(k, v, BigDecimal::add);
      counts.merge(k, 1, Integer::sum);
    }

    ImmutableList<Row> rows() {
      ImmutableList.Builder<Row> out = ImmutableList.builder();
      exact.forEach((k, v) -> out.add(new Row(k.get(0), k.get(1), Currency.getInstance(k.get(2)),
          Digits.normalise(v),
          counts.get(k))));
      return out.build();
    }
  }

  /** The sums by flow and year (of the period start or the transaction date). */
  public ImmutableList<Row> byYear() {
    return byYear;
  }

  /** The sums by flow and sector of the chosen vocabulary, split by percentages. */
  public ImmutableList<Row> bySector() {
    return bySector;
  }

  /** The sums by flow and recipient country or region, split by percentages. */
  public ImmutableList<Row> byCountry() {
    return byCountry;
  }

  /** Why some amounts stay unallocated, one line per activity and dimension. */
  public ImmutableList<String> notes() {
    return notes;
  }

  /** The amounts left out of every sum (no usable currency), one line each. */
  public ImmutableList<String> unsummed() {
    return unsummed;
  }

  /** How many activities were read. */
  public int activities() {
    return activities;
  }

  /** The total of each flow and currency (the sum of its rows by year), keyed {@code flow CUR}. */
  public ImmutableMap<String, BigDecimal> totals() {
    Map<String, BigDecimal> t = new TreeMap<>();
    byYear.forEach(r -> t.merge(r.flow() + " " + r.currency().getCurrencyCode(), r.exact(),
        BigDecimal::add));
    return ImmutableMap.copyOf(t);
  }
}
