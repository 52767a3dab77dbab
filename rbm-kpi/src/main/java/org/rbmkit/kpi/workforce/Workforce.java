package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
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
    List<String> problems = new ArrayList<>();
    regions.forEach(
        (c, r) -> {
          if (r.isBlank()) {
            problems.add("regions." + c + ": blank region name");
          }
        });
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < staff.size(); i++) {
      StaffMember m = staff.get(i);
      Integer first = seen.putIfAbsent(m.id(), i);
      if (first != null) {
        problems.add(
            "staff[" + i + "].id: duplicate id \"" + m.id() + "\" (first at staff[" + first + "])");
      }
      if (!regions.isEmpty() && !regions.containsKey(m.nationality())) {
        problems.add(
            "staff[" + i + "].nationality: " + m.nationality() + " has no entry in regions");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "workforce of " + organization + " has " + problems.size() + " problem(s): "
              + String.join("; ", problems));
    }
  }

  /** The region dimension built from {@link #regions()}. */
  public Dimension regionDimension() {
    return Dimension.region(regions);
  }
}
