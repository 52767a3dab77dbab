package org.rbmkit.kpi.workforce;

import org.rbmkit.kpi.workforce.Workforce.DesirableRange;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Staff per nationality against a desirable range per member state, with the unrepresented,
 * under-represented and over-represented states listed.
 *
 * <pre>{@code
 * GeographicRepresentation g = GeographicRepresentation.assess(
 *     staff.stream().filter(m -> m.recruitment() == RecruitmentStatus.INTERNATIONAL).toList(),
 *     workforce.desirableRanges());
 * g.unrepresented();        // states with no national on the staff
 * g.underRepresented();     // states below their range
 * g.nonMemberNationals();   // nationals of states without a range: counted, never dropped
 * }</pre>
 *
 * <p>Only the staff passed in are counted (headcount): filter the posts subject to
 * geographical distribution first. Immutable and thread-safe.
 */
public final class GeographicRepresentation {

  private final ImmutableList<StateRepresentation> states;
  private final ImmutableSortedMap<CountryCode, Long> nonMemberNationals;

  private GeographicRepresentation(
      List<StateRepresentation> states, Map<CountryCode, Long> nonMemberNationals) {
    this.states = ImmutableList.copyOf(states);
    this.nonMemberNationals = ImmutableSortedMap.copyOf(nonMemberNationals);
  }

  /**
   * Counts {@code staff} by nationality in one pass and compares each member state of {@code
   * ranges} with its range.
   */
  public static GeographicRepresentation assess(
      Iterable<StaffMember> staff, Map<CountryCode, DesirableRange> ranges) {
    checkNotNull(staff, "staff");
    checkNotNull(ranges, "ranges");
    Map<CountryCode, Long> counts = new HashMap<>();
    for (StaffMember m : staff) {
      checkNotNull(m, "staff member");
      counts.merge(m.nationality(), 1L, Long::sum);
    }
    TreeMap<CountryCode, DesirableRange> sorted = new TreeMap<>(ranges);
    ImmutableList.Builder<StateRepresentation> states = ImmutableList.builder();
    sorted.forEach(
        (state, range) -> {
          checkArgument(range != null, "state %s has no range", state);
          long n = counts.getOrDefault(state, 0L);
          states.add(new StateRepresentation(state, n, range, range.statusOf(n)));
        });
    Map<CountryCode, Long> others = new HashMap<>(counts);
    others.keySet().removeAll(sorted.keySet());
    return new GeographicRepresentation(states.build(), others);
  }

  /** Every member state with a range, alphabetically by code. */
  public ImmutableList<StateRepresentation> states() {
    return states;
  }

  /** The member states with the given status, alphabetically. */
  public ImmutableList<CountryCode> withStatus(RepresentationStatus status) {
    checkNotNull(status, "status");
    return states.stream()
        .filter(s -> s.status() == status)
        .map(StateRepresentation::state)
        .collect(ImmutableList.toImmutableList());
  }

  /** Member states with no national on the staff. */
  public ImmutableList<CountryCode> unrepresented() {
    return withStatus(RepresentationStatus.UNREPRESENTED);
  }

  /** Member states with fewer nationals than their lower bound (but at least one). */
  public ImmutableList<CountryCode> underRepresented() {
    return withStatus(RepresentationStatus.UNDER_REPRESENTED);
  }

  /** Member states with more nationals than their upper bound. */
  public ImmutableList<CountryCode> overRepresented() {
    return withStatus(RepresentationStatus.OVER_REPRESENTED);
  }

  /** Member states within their range. */
  public ImmutableList<CountryCode> withinRange() {
    return withStatus(RepresentationStatus.WITHIN_RANGE);
  }

  /** Staff whose nationality has no desirable range, counted per nationality. */
  public ImmutableSortedMap<CountryCode, Long> nonMemberNationals() {
    return nonMemberNationals;
  }

  /**
   * One member state's nationals on the staff against its desirable range.
   *
   * @param state the member state
   * @param staff the number of its nationals counted
   * @param range its desirable range
   * @param status how the count compares with the range
   */
  public record StateRepresentation(
      CountryCode state, long staff, DesirableRange range, RepresentationStatus status) {

    /** Validates the components; the status must be the range's verdict on the count. */
    public StateRepresentation {
      checkNotNull(state, "state");
      checkNotNull(range, "range");
      checkNotNull(status, "status");
      checkArgument(
          range.statusOf(staff) == status,
          "state %s with %s staff and range %s is %s, not %s",
          state,
          staff,
          range,
          range.statusOf(staff).code(),
          status.code());
    }
  }

  /** How a member state's nationals compare with its desirable range. */
  public enum RepresentationStatus {
    /** No national on the staff ("non représenté"). */
    UNREPRESENTED("unrepresented"),
    /** Fewer nationals than the lower bound ("sous-représenté"). */
    UNDER_REPRESENTED("under-represented"),
    /** Within the desirable range. */
    WITHIN_RANGE("within-range"),
    /** More nationals than the upper bound ("surreprésenté"). */
    OVER_REPRESENTED("over-represented");

    private final String code;

    RepresentationStatus(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code under-represented}. */
    public String code() {
      return code;
    }
  }
}
