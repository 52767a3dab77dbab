package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
        "parity target %s%% is outside 0–100",
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
