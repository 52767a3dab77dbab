package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.rbmkit.core.staff.Grade;

/**
 * A way to group staff in a composition table: by grade, grade band, category, gender,
 * nationality, region, duty station, location type, fund, contract type or recruitment.
 *
 * <pre>{@code
 * Dimension.GRADE.keyOf(member);                       // "P-4"
 * Dimension.gradeAtLeast(Grade.P_5).keyOf(member);     // "below P-5"
 * Dimension.region(Map.of(CountryCode.of("KEN"), "Africa")).keyOf(member);  // "Africa"
 * }</pre>
 *
 * <p>A dimension maps a staff member to a non-blank text key and orders its keys for display
 * (grades from the most senior down, other keys alphabetically). Immutable and thread-safe when
 * its key function is.
 */
public final class Dimension {

  private static final Comparator<String> BY_GRADE_RANK_DESCENDING =
      Comparator.comparingInt((String k) -> -Grade.parse(k).rank());

  /** The grade, {@code P-4}; keys ordered from the most senior grade down. */
  public static final Dimension GRADE =
      new Dimension("grade", m -> m.grade().code(), BY_GRADE_RANK_DESCENDING, "grade");
  /** The staff category, {@code professional}. */
  public static final Dimension CATEGORY = of("category", m -> m.category().code());
  /** The gender code, {@code female}. */
  public static final Dimension GENDER = of("gender", m -> m.gender().code());
  /** The nationality, {@code KEN}. */
  public static final Dimension NATIONALITY = of("nationality", m -> m.nationality().alpha3());
  /** The duty station, {@code Geneva}. */
  public static final Dimension DUTY_STATION = of("dutyStation", StaffMember::dutyStation);
  /** Headquarters or field. */
  public static final Dimension LOCATION = of("location", m -> m.location().code());
  /** The fund code, {@code RB}. */
  public static final Dimension FUND = of("fund", StaffMember::fund);
  /** The contract type, {@code fixed-term}. */
  public static final Dimension CONTRACT_TYPE =
      of("contractType", m -> m.contractType().code());
  /** Local or international recruitment. */
  public static final Dimension RECRUITMENT = of("recruitment", m -> m.recruitment().code());

  private final String name;
  private final Function<StaffMember, String> key;
  private final Comparator<String> order;
  /** What makes two dimensions equal besides the name: a threshold, a region map, a function. */
  private final Object definition;

  private Dimension(
      String name, Function<StaffMember, String> key, Comparator<String> order, Object definition) {
    this.name = checkNotNull(name, "name");
    this.key = checkNotNull(key, "key");
    this.order = checkNotNull(order, "order");
    this.definition = checkNotNull(definition, "definition");
    checkArgument(!name.isBlank(), "dimension name is blank");
  }

  /**
   * A dimension of your own, keys ordered alphabetically; equal to another only when both have
   * the same name and the same function instance.
   */
  public static Dimension of(String name, Function<StaffMember, String> key) {
    return new Dimension(name, key, Comparator.naturalOrder(), key);
  }

  /**
   * Two grade bands split at {@code threshold}: {@code "P-5 and above"} for grades at least as
   * senior (by {@link Grade#rank()}) and {@code "below P-5"} for the others, the senior band
   * first.
   */
  public static Dimension gradeAtLeast(Grade threshold) {
    checkNotNull(threshold, "threshold");
    String above = threshold.code() + " and above";
    String below = "below " + threshold.code();
    return new Dimension(
        "grade band",
        m -> m.grade().isAtLeast(threshold) ? above : below,
        Comparator.comparingInt((String k) -> k.equals(above) ? 0 : 1),
        threshold);
  }

  /**
   * The region of the nationality, from the given map (regions differ between organizations).
   * A nationality missing from the map is an error naming the staff member, never an
   * "unassigned" group.
   */
  public static Dimension region(Map<CountryCode, String> regions) {
    ImmutableMap<CountryCode, String> copy = ImmutableMap.copyOf(regions);
    return new Dimension(
        "region",
        m -> {
          String r = copy.get(m.nationality());
          checkArgument(
              r != null,
              "staff member %s: nationality %s has no region in the region map",
              m.id(),
              m.nationality());
          return r;
        },
        Comparator.naturalOrder(),
        copy);
  }

  /** The dimension's name, used as a column heading. */
  public String name() {
    return name;
  }

  /**
   * The key of {@code member} in this dimension.
   *
   * @throws IllegalArgumentException if the key function returns null or a blank key
   */
  public String keyOf(StaffMember member) {
    checkNotNull(member, "member");
    String k = key.apply(member);
    checkArgument(
        k != null && !k.isBlank(), "dimension %s gives no key for staff member %s", name, member.id());
    return k;
  }

  /** The display order of keys. */
  public Comparator<String> order() {
    return order;
  }

  /**
   * Whether {@code o} is the same dimension: same name and definition (the threshold of a grade
   * band, the map of a region dimension, the function of {@link #of}).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Dimension d && name.equals(d.name) && definition.equals(d.definition);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + definition.hashCode();
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
