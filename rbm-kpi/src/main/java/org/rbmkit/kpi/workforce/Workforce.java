package org.rbmkit.kpi.workforce;

import org.rbmkit.kpi.workforce.GeographicRepresentation.RepresentationStatus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.text.Shown;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A workforce at a date: the staff, the region of each nationality and the desirable range of
 * each member state; the document that docs/workforce-format.md describes.
 *
 * <pre>{@code
 * Workforce w = RbmJson.mapper().readValue(json, Workforce.class);
 * CompositionTable t = Composition.of(w.staff(), List.of(Dimension.GRADE, Dimension.GENDER), 5);
 * GenderParity p = GenderParity.byLevel(w.staff(), Dimension.CATEGORY, new BigDecimal("50"), 5);
 * GeographicRepresentation g = GeographicRepresentation.assess(w.staff(), w.desirableRanges());
 * }</pre>
 *
 * <p>The constructor checks the document as a whole and reports every problem it finds, each
 * with its path ({@code staff[3].id}): duplicate staff ids and, when regions are given,
 * nationalities without a region. Immutable and thread-safe.
 *
 * @param organization the organization's name, not blank
 * @param asOf the date the figures describe
 * @param regions the region of each nationality, for {@link Dimension#region}; may be empty,
 *     but when not empty it must cover every staff member's nationality
 * @param desirableRanges the desirable range of each member state; may be empty
 * @param staff the staff members, ids unique
 */
public record Workforce(
    String organization,
    LocalDate asOf,
    Map<CountryCode, String> regions,
    Map<CountryCode, DesirableRange> desirableRanges,
    List<StaffMember> staff) {

  /** Validates the document and copies the collections. */
  public Workforce {
    checkNotNull(organization, "organization");
    checkNotNull(asOf, "asOf");
    checkArgument(!organization.isBlank(), "organization is blank");
    regions = ImmutableSortedMap.copyOf(checkNotNull(regions, "regions"));
    desirableRanges = ImmutableSortedMap.copyOf(checkNotNull(desirableRanges, "desirableRanges"));
    staff = ImmutableList.copyOf(checkNotNull(staff, "staff"));
    Problems problems = new Problems();
    regions.forEach(
        (c, r) -> {
          if (r.isBlank()) {
            problems.at("regions", c.alpha3()).error("workforce.region.blank", r, "blank region name");
          }
        });
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < staff.size(); i++) {
      StaffMember m = staff.get(i);
      Integer first = seen.putIfAbsent(m.id(), i);
      if (first != null) {
        problems.at("staff", i, "id").error("workforce.staff.repeated", m.id(),
            "duplicate id \"" + m.id() + "\" (first at staff[" + first + "])");
      }
      if (!regions.isEmpty() && !regions.containsKey(m.nationality())) {
        problems.at("staff", i, "nationality").error("workforce.nationality.region",
            m.nationality().alpha3(), m.nationality() + " has no entry in regions");
      }
    }
    problems.throwIfAny("workforce of " + Shown.value(organization));
  }

  /** The region dimension built from {@link #regions()}. */
  public Dimension regionDimension() {
    return Dimension.region(regions);
  }

  /**
   * The desirable range of staff from one member state under a system of geographical
   * distribution: {@code lower} to {@code upper} staff, both inclusive.
   *
   * <pre>{@code
   * DesirableRange r = new DesirableRange(2, 6);
   * r.statusOf(0);   // UNREPRESENTED
   * r.statusOf(1);   // UNDER_REPRESENTED
   * r.statusOf(7);   // OVER_REPRESENTED
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param lower the fewest staff within range, at least 0
   * @param upper the most staff within range, at least {@code lower}
   */
  public record DesirableRange(int lower, int upper) {

    /** Validates the bounds. */
    public DesirableRange {
      checkArgument(lower >= 0, "desirable range lower bound %s is negative", lower);
      checkArgument(upper >= lower, "desirable range upper bound %s is below lower bound %s", upper, lower);
    }

    /**
     * The representation of a state with {@code staff} nationals: unrepresented when there are
     * none (even when {@code lower} is 0), under- or over-represented outside the range, within it
     * otherwise.
     */
    public RepresentationStatus statusOf(long staff) {
      checkArgument(staff >= 0, "staff count %s is negative", staff);
      if (staff == 0) {
        return RepresentationStatus.UNREPRESENTED;
      }
      if (staff < lower) {
        return RepresentationStatus.UNDER_REPRESENTED;
      }
      if (staff > upper) {
        return RepresentationStatus.OVER_REPRESENTED;
      }
      return RepresentationStatus.WITHIN_RANGE;
    }

    /** {@code 2–6}. */
    @Override
    public String toString() {
      return lower + "–" + upper;
    }
  }
}
