package org.rbmkit.kpi.workforce;

import org.rbmkit.kpi.workforce.Composition.CompositionAccumulator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.google.common.collect.ImmutableMap;

/**
 * Gender parity per level with the gap to a stated target, as the ITU reports it to its Council
 * (seed 001) and the WTO plans its dashboards (seed 000).
 *
 * <pre>{@code
 * GenderParity parity = GenderParity.byLevel(staff, Dimension.GRADE, new BigDecimal("50"), 5);
 * for (ParityRow r : parity.rows()) {
 *   System.out.println(r.level() + " " + r.gapToTarget(1, RoundingMode.HALF_EVEN).orElseThrow());
 * }
 * parity.total().womenShare();     // across all levels
 * }</pre>
 *
 * <p>Immutable and thread-safe; computed in one pass through a {@link CompositionAccumulator}.
 */
public final class GenderParity {

  private static final String TOTAL = "total";

  private final Dimension level;
  private final ImmutableList<ParityRow> rows;
  private final ParityRow total;

  private GenderParity(Dimension level, List<ParityRow> rows, ParityRow total) {
    this.level = level;
    this.rows = ImmutableList.copyOf(rows);
    this.total = total;
  }

  /**
   * Parity of {@code staff} per key of {@code level}, against {@code targetPercent} women,
   * flagging levels of fewer than {@code smallGroupBelow} people. An empty workforce gives no
   * rows and an empty total whose share is undefined.
   */
  public static GenderParity byLevel(
      Iterable<StaffMember> staff, Dimension level, BigDecimal targetPercent, int smallGroupBelow) {
    checkNotNull(staff, "staff");
    checkNotNull(level, "level");
    checkNotNull(targetPercent, "targetPercent");
    checkArgument(smallGroupBelow >= 1, "smallGroupBelow %s must be at least 1", smallGroupBelow);
    CompositionTable t = Composition.of(staff, List.of(level, Dimension.GENDER), 1);
    ImmutableList.Builder<ParityRow> rows = ImmutableList.builder();
    Map<Gender, Long> all = zeros();
    String current = null;
    Map<Gender, Long> counts = null;
    for (CompositionTable.Row r : t.rows()) {
      String key = r.keys().get(0);
      if (!key.equals(current)) {
        if (current != null) {
          rows.add(row(current, counts, targetPercent, smallGroupBelow));
        }
        current = key;
        counts = zeros();
      }
      Gender g = Gender.fromCode(r.keys().get(1));
      counts.merge(g, r.count(), Long::sum);
      all.merge(g, r.count(), Long::sum);
    }
    if (current != null) {
      rows.add(row(current, counts, targetPercent, smallGroupBelow));
    }
    return new GenderParity(level, rows.build(), row(TOTAL, all, targetPercent, smallGroupBelow));
  }

  private static ParityRow row(
      String key, Map<Gender, Long> counts, BigDecimal target, int smallGroupBelow) {
    long n = counts.values().stream().mapToLong(Long::longValue).sum();
    return new ParityRow(key, counts, target, n < smallGroupBelow);
  }

  private static Map<Gender, Long> zeros() {
    Map<Gender, Long> m = new EnumMap<>(Gender.class);
    for (Gender g : Gender.values()) {
      m.put(g, 0L);
    }
    return m;
  }

  /** The level dimension. */
  public Dimension level() {
    return level;
  }

  /** One row per level that has staff, in the dimension's order. */
  public ImmutableList<ParityRow> rows() {
    return rows;
  }

  /** The row for the level with key {@code key}, or empty if no one is at that level. */
  public Optional<ParityRow> row(String key) {
    return rows.stream().filter(r -> r.level().equals(key)).findFirst();
  }

  /**
   * A plain-text rendering: one line per level and a total line with headcount per gender, the
   * percentage of women and the gap to target in points, both rounded once to {@code scale}
   * decimals by {@code mode} ({@code n/a} when a level is empty); small levels marked {@code *}.
   */
  public String toText(int scale, RoundingMode mode) {
    StringBuilder b = new StringBuilder(level.name());
    for (Gender g : Gender.values()) {
      b.append('\t').append(g.code());
    }
    b.append("\ttotal\t% women\tgap to ")
        .append(total.targetPercent().toPlainString())
        .append(" %\n");
    for (ParityRow r : ImmutableList.<ParityRow>builder().addAll(rows).add(total).build()) {
      b.append(r.level());
      for (Gender g : Gender.values()) {
        b.append('\t').append(r.count(g));
      }
      b.append('\t').append(r.total()).append(r.smallGroup() ? "*" : "");
      b.append('\t').append(r.womenShare().percent(scale, mode).map(BigDecimal::toPlainString).orElse("n/a"));
      b.append('\t').append(r.gapToTarget(scale, mode).map(BigDecimal::toPlainString).orElse("n/a"));
      b.append('\n');
    }
    return b.toString();
  }

  /** All levels together, with level {@code total}. */
  public ParityRow total() {
    return total;
  }

  /**
   * Gender balance at one level (a grade, band or category): headcount per gender, the share of
   * women and its gap to a target.
   *
   * <pre>{@code
   * ParityRow p5 = parity.row("P-5").orElseThrow();
   * p5.womenShare().percent(1, RoundingMode.HALF_EVEN);          // Optional[37.5]
   * p5.gapToTarget(1, RoundingMode.HALF_EVEN);                   // Optional[-12.5] percentage points
   * }</pre>
   *
   * <p>The share of women counts everyone at the level in the denominator, including {@code
   * other} and {@code not-stated}. Immutable and thread-safe.
   *
   * @param level the level's key, such as {@code P-5} or {@code total}
   * @param counts headcount per gender; every gender present, zeros included
   * @param targetPercent the target share of women, in percent (0 to 100)
   * @param smallGroup whether the level has fewer people than the stated threshold
   */
  public record ParityRow(
      String level, Map<Gender, Long> counts, BigDecimal targetPercent, boolean smallGroup) {

    /** Validates and copies the components. */
    public ParityRow {
      checkNotNull(level, "level");
      checkNotNull(targetPercent, "targetPercent");
      EnumMap<Gender, Long> all = new EnumMap<>(Gender.class);
      for (Gender g : Gender.values()) {
        Long n = counts.get(g);
        checkArgument(n != null, "parity row %s has no count for %s", level, g.code());
        checkArgument(n >= 0, "parity row %s has a negative count for %s", level, g.code());
        all.put(g, n);
      }
      counts = ImmutableMap.copyOf(all);
      checkArgument(
          targetPercent.signum() >= 0 && targetPercent.compareTo(BigDecimal.valueOf(100)) <= 0,
          "parity target %s% is outside 0–100%",
          targetPercent);
    }

    /** The headcount at the level. */
    public long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The headcount of {@code gender}. */
    public long count(Gender gender) {
      return counts.get(gender);
    }

    /** Women among everyone at the level; undefined when the level is empty. */
    public Share womenShare() {
      return Share.of(count(Gender.FEMALE), total());
    }

    /**
     * The share of women minus the target, in percentage points, rounded once; negative below
     * target; empty when the level is empty.
     */
    public Optional<BigDecimal> gapToTarget(int scale, RoundingMode mode) {
      return womenShare().gapToTarget(targetPercent, scale, mode);
    }
  }
}
