package org.rbmkit.budget.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiClassification;
import org.rbmkit.core.iati.IatiClassifications;
import org.rbmkit.core.iati.IatiTransaction;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.Money;

/**
 * The data-cube view of imported IATI activities: their spending (disbursements and expenditure)
 * by finance type × sector × location × SDG, in one currency, as the rows of a table.
 *
 * <pre>{@code
 * IatiCube cube = IatiCube.of(activities, Currency.getInstance("EUR"), rates,
 *     RoundingMode.HALF_EVEN);
 * cube.cells();        // [110 1:11330 KE 8 EUR 360000.00, …]
 * cube.total();        // Σ of every converted spending transaction, equal to Σ of the cells
 * cube.unconverted();  // spending with no rate or no usable currency, listed
 * }</pre>
 *
 * <p>IATI carries none of the UN data standards' dimensions as such, so each dimension stands on
 * the nearest IATI classification, kept as published (docs/resources.md says why):
 *
 * <ul>
 *   <li><b>finance type</b> for the instrument: the transaction's {@code finance-type}, else the
 *       activity's {@code default-finance-type};
 *   <li><b>sector</b> for the function: the transaction's sectors, else the activity's, of the
 *       first sector's vocabulary (schema default 1, DAC 5-digit), written {@code vocabulary:code};
 *   <li><b>location</b>: the transaction's recipient country or region, else the activity's
 *       countries and regions together, a region written {@code region:code};
 *   <li><b>SDG</b>: the goals of the activity's tags of vocabulary 2 (goals) and 3 (targets, by
 *       their goal), joined by {@code +}: tags carry no percentage, so an activity tagged with two
 *       goals is one cell {@code 4+8}, never counted twice.
 * </ul>
 *
 * <p>An amount is split by the sector and the location percentages: its portion in a cell is
 * amount × sector % × location % ÷ 10 000, exact (a portion may hold fractions of a cent; nothing
 * is rounded). The split follows the one rule of the IATI views ({@code rbm portfolio} too): a
 * single sector or location without a percentage takes 100 %; when several are published and
 * their percentages are missing, negative or do not sum to exactly 100, the amount is not split
 * and goes whole to a cell naming them all, joined by {@code +}. A dimension with nothing
 * published is {@value #UNTAGGED}. Conversion is that of {@link IatiExecution}: the rate in force
 * on the {@code value-date}, rounded once to the currency's minor units. Cells are sorted by their
 * codes. Immutable and thread-safe.
 */
public final class IatiCube {

  /** The code shown for a dimension with nothing published. */
  public static final String UNTAGGED = "untagged";

  /**
   * One cell.
   *
   * @param financeType the IATI finance type code
   * @param sector {@code vocabulary:code}
   * @param location a country code or {@code region:code}
   * @param sdg the SDG goals, joined by {@code +}
   * @param amount Σ of the portions in the cell, exact, in the cube's currency
   */
  public record Cell(String financeType, String sector, String location, String sdg,
      BigDecimal amount) {

    /** Validates the components. */
    public Cell {
      checkNotNull(financeType, "financeType");
      checkNotNull(sector, "sector");
      checkNotNull(location, "location");
      checkNotNull(sdg, "sdg");
      checkNotNull(amount, "amount");
    }
  }

  private record Key(String financeType, String sector, String location, String sdg) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::financeType)
      .thenComparing(Key::sector).thenComparing(Key::location).thenComparing(Key::sdg);

  private final Currency currency;
  private final ImmutableList<Cell> cells;
  private final Money total;
  private final ImmutableList<IatiExecution.Unconverted> unconverted;

  private IatiCube(Currency currency, ImmutableList<Cell> cells, Money total,
      ImmutableList<IatiExecution.Unconverted> unconverted) {
    this.currency = currency;
    this.cells = cells;
    this.total = total;
    this.unconverted = unconverted;
  }

  /**
   * The cube of the spending of {@code activities} in {@code currency}.
   *
   * @throws IllegalArgumentException when a rate does not convert to {@code currency}, or two
   *     rates for one currency and date differ
   */
  public static IatiCube of(Iterable<IatiActivity> activities, Currency currency,
      List<ExchangeRate> rates, RoundingMode rounding) {
    checkNotNull(activities, "activities");
    checkNotNull(currency, "currency");
    checkNotNull(rounding, "rounding");
    for (ExchangeRate r : checkNotNull(rates, "rates")) {
      checkArgument(r.to().equals(currency), "exchange rate %s->%s on %s does not convert to %s",
          r.from(), r.to(), r.date(), currency);
    }
    IatiExecution.Rates table = new IatiExecution.Rates(currency, rates, rounding);
    Map<Key, BigDecimal> sums = new TreeMap<>(ORDER);
    BigDecimal total = BigDecimal.ZERO;
    List<IatiExecution.Unconverted> unconverted = new ArrayList<>();
    for (IatiActivity a : activities) {
      IatiClassifications ac = a.classifications();
      String sdg = sdg(ac.tags());
      for (int i = 0; i < a.transactions().size(); i++) {
        IatiTransaction t = a.transactions().get(i);
        if (!IatiExecution.SPENDING.contains(t.type())) {
          continue;
        }
        String where = "transaction[" + (i + 1) + "] type " + t.type();
        Optional<Money> money = t.value().money();
        Optional<Money> m =
            money.flatMap(x -> table.convert(x, t.value().valueDate(), a.identifier(), where));
        if (m.isEmpty()) {
          unconverted.add(new IatiExecution.Unconverted(a.identifier(), where, t.value(),
              money.isEmpty()
                  ? "no usable currency (no @currency or default-currency, or not ISO 4217)"
                  : "no rate " + money.get().currency() + "->" + currency + " on or before "
                      + t.value().valueDate()));
          continue;
        }
        IatiClassifications tc = t.classifications();
        String finance = tc.financeType().or(ac::financeType).orElse(UNTAGGED);
        Map<String, BigDecimal> sectors = split(sectors(
            tc.sectors().isEmpty() ? ac.sectors() : tc.sectors()));
        boolean ownLocation = !tc.recipientCountries().isEmpty()
            || !tc.recipientRegions().isEmpty();
        Map<String, BigDecimal> locations = split(locations(
            ownLocation ? tc : ac));
        BigDecimal amount = m.get().amount();
        for (Map.Entry<String, BigDecimal> s : sectors.entrySet()) {
          for (Map.Entry<String, BigDecimal> l : locations.entrySet()) {
            BigDecimal portion = amount.multiply(s.getValue()).multiply(l.getValue())
                .movePointLeft(4).stripTrailingZeros();
            sums.merge(new Key(finance, s.getKey(), l.getKey(), sdg), portion, BigDecimal::add);
          }
        }
        total = total.add(amount);
      }
    }
    ImmutableList.Builder<Cell> b = ImmutableList.builder();
    int minor = Math.max(0, currency.getDefaultFractionDigits());
    sums.forEach((k, v) -> b.add(new Cell(k.financeType(), k.sector(), k.location(), k.sdg(),
        v.scale() < minor ? v.setScale(minor) : v)));
    return new IatiCube(currency, b.build(), Money.ofTotal(currency, total),
        ImmutableList.copyOf(unconverted));
  }

  /** The sectors of the first one's vocabulary, {@code vocabulary:code} → published %. */
  private static List<Map.Entry<String, Optional<BigDecimal>>> sectors(
      List<IatiClassification> sectors) {
    List<Map.Entry<String, Optional<BigDecimal>>> out = new ArrayList<>();
    if (sectors.isEmpty()) {
      return out;
    }
    String vocabulary = sectors.get(0).effectiveVocabulary("1");
    for (IatiClassification s : sectors) {
      if (s.effectiveVocabulary("1").equals(vocabulary)) {
        out.add(Map.entry(vocabulary + ":" + s.code(), s.percentage()));
      }
    }
    return out;
  }

  private static List<Map.Entry<String, Optional<BigDecimal>>> locations(IatiClassifications c) {
    List<Map.Entry<String, Optional<BigDecimal>>> out = new ArrayList<>();
    c.recipientCountries().forEach(x -> out.add(Map.entry(x.code(), x.percentage())));
    c.recipientRegions().forEach(x -> out.add(Map.entry("region:" + x.code(), x.percentage())));
    return out;
  }

  /** Code → percentage by the one rule of {@link PercentageSplit}. */
  private static Map<String, BigDecimal> split(List<Map.Entry<String, Optional<BigDecimal>>> in) {
    return PercentageSplit.shares(in, UNTAGGED);
  }


  /**
   * The goals of SDG tags (vocabulary 2: the goal's code; 3: a target's code, by the part before
   * its first dot), as published, joined by + in numeric order; {@value #UNTAGGED} when none.
   */
  private static String sdg(List<IatiClassification> tags) {
    TreeSet<String> goals = new TreeSet<>(
        Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    for (IatiClassification t : tags) {
      String v = t.vocabulary().orElse("");
      String code = t.code().strip();
      if (v.equals("2")) {
        goals.add(code);
      } else if (v.equals("3")) {
        goals.add(code.split("\\.", -1)[0]);
      }
    }
    return goals.isEmpty() ? UNTAGGED : String.join("+", goals);
  }

  /** The currency of every amount. */
  public Currency currency() {
    return currency;
  }

  /** The cells, sorted by finance type, sector, location and SDG. */
  public ImmutableList<Cell> cells() {
    return cells;
  }

  /** Σ of every converted spending transaction; equal to the Σ of the cells. */
  public Money total() {
    return total;
  }

  /** The spending left out: no usable currency, or no rate in force on its date. */
  public ImmutableList<IatiExecution.Unconverted> unconverted() {
    return unconverted;
  }
}
