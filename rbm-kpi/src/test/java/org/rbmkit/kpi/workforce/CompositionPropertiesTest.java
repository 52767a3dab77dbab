package org.rbmkit.kpi.workforce;

import org.rbmkit.kpi.workforce.Composition.CompositionAccumulator;

import org.rbmkit.kpi.workforce.GenderParity.ParityRow;

import org.rbmkit.kpi.workforce.Workforce.DesirableRange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.staff.Grade;

/**
 * Composition tables, parity gaps and geographic representation on generated workforces,
 * checked against brute-force references written independently of the calculators.
 */
class CompositionPropertiesTest {

  private static final long SEED = 0x5EED_0012L;
  private static final List<String> COUNTRIES = List.of("CHE", "FRA", "KEN", "IND", "BRA", "CHN", "NGA", "USA", "JPN", "EGY");
  private static final List<String> FTES = List.of("1", "1", "1", "0.5", "0.8", "0.25");
  private static final List<Dimension> DIMENSIONS =
      List.of(Dimension.GRADE, Dimension.CATEGORY, Dimension.GENDER, Dimension.NATIONALITY,
          Dimension.DUTY_STATION, Dimension.LOCATION, Dimension.FUND, Dimension.CONTRACT_TYPE,
          Dimension.RECRUITMENT, Dimension.gradeAtLeast(Grade.P_5));

  static List<StaffMember> generate(SplittableRandom r, int n) {
    List<StaffMember> staff = new ArrayList<>(n);
    Grade[] grades = Grade.values();
    for (int i = 0; i < n; i++) {
      staff.add(
          new StaffMember(
              "S-" + i,
              grades[r.nextInt(grades.length)],
              // skewed so that parity gaps differ between levels
              r.nextInt(10) < 5 ? Gender.FEMALE : r.nextInt(10) < 9 ? Gender.MALE : Gender.values()[2 + r.nextInt(2)],
              CountryCode.of(COUNTRIES.get(r.nextInt(COUNTRIES.size()))),
              ContractType.values()[r.nextInt(3)],
              RecruitmentStatus.values()[r.nextInt(2)],
              r.nextBoolean() ? "Geneva" : r.nextBoolean() ? "Nairobi" : "Bangkok",
              LocationType.values()[r.nextInt(2)],
              r.nextInt(3) == 0 ? "XB" : "RB",
              new BigDecimal(FTES.get(r.nextInt(FTES.size())))));
    }
    return staff;
  }

  private static List<Dimension> randomDimensions(SplittableRandom r) {
    int k = 1 + r.nextInt(3);
    Set<Dimension> dims = new LinkedHashSet<>();
    while (dims.size() < k) {
      dims.add(DIMENSIONS.get(r.nextInt(DIMENSIONS.size())));
    }
    return List.copyOf(dims);
  }

  @Test
  void compositionTable_equalsBruteForce_andMergedPartsEqualOnePass() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 300; round++) {
      List<StaffMember> staff = generate(r, r.nextInt(0, 120));
      List<Dimension> dims = randomDimensions(r);
      int small = 1 + r.nextInt(6);
      String where = "seed " + SEED + ", round " + round + ", dimensions " + dims;
      CompositionTable t = Composition.of(staff, dims, small);

      // brute force: every distinct key combination, then filter the whole list for each
      Set<List<String>> keys = new LinkedHashSet<>();
      for (StaffMember m : staff) {
        keys.add(dims.stream().map(d -> d.keyOf(m)).toList());
      }
      assertThat(t.rows()).as(where).hasSize(keys.size());
      for (List<String> k : keys) {
        long count = 0;
        BigDecimal fte = BigDecimal.ZERO;
        for (StaffMember m : staff) {
          if (dims.stream().map(d -> d.keyOf(m)).toList().equals(k)) {
            count++;
            fte = fte.add(m.fte());
          }
        }
        CompositionTable.Row row = t.row(k.toArray(String[]::new)).orElseThrow();
        assertThat(row.count()).as(where + " " + k).isEqualTo(count);
        assertThat(row.fte()).as(where + " " + k).isEqualByComparingTo(fte);
        assertThat(row.smallGroup()).as(where + " " + k).isEqualTo(count < small);
        // share of total in percent to 2 decimals, half-up, by long arithmetic
        Optional<BigDecimal> share = t.shareOfTotal(row).percent(2, RoundingMode.HALF_UP);
        long scaled = (count * 10_000 * 2 + staff.size()) / (2L * staff.size());
        assertThat(share).as(where + " " + k).contains(BigDecimal.valueOf(scaled, 2));
      }
      assertThat(t.totalCount()).as(where).isEqualTo(staff.size());
      assertThat(t.totalFte())
          .as(where)
          .isEqualByComparingTo(staff.stream().map(StaffMember::fte).reduce(BigDecimal.ZERO, BigDecimal::add));

      // split into three parts, merge in two orders, and as a parallel stream
      int a = r.nextInt(staff.size() + 1);
      int b = a + r.nextInt(staff.size() - a + 1);
      CompositionAccumulator p1 = Composition.accumulator(dims);
      CompositionAccumulator p2 = Composition.accumulator(dims);
      CompositionAccumulator p3 = Composition.accumulator(dims);
      staff.subList(0, a).forEach(p1::add);
      staff.subList(a, b).forEach(p2::add);
      staff.subList(b, staff.size()).forEach(p3::add);
      assertThat(p3.merge(p2).merge(p1).toTable(small)).as(where).isEqualTo(t);
      assertThat(staff.parallelStream().collect(Composition.collector(dims, small))).as(where).isEqualTo(t);
    }
  }

  @Test
  void shareWithin_equalsBruteForce() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int round = 0; round < 200; round++) {
      List<StaffMember> staff = generate(r, 1 + r.nextInt(150));
      CompositionTable t = Composition.of(staff, List.of(Dimension.GRADE, Dimension.GENDER), 1);
      for (CompositionTable.Row row : t.rows()) {
        long atGrade = staff.stream().filter(m -> m.grade().code().equals(row.keys().get(0))).count();
        Share s = t.shareWithin(row, 1);
        assertThat(s).as("seed %s round %s %s", SEED + 1, round, row).isEqualTo(Share.of(row.count(), atGrade));
      }
    }
  }

  /** Rounds n/d half-even to two decimals with long arithmetic, for the reference. */
  private static BigDecimal halfEven2(long n, long d) {
    long q = Math.floorDiv(n * 100, d);
    long rem = n * 100 - q * d;
    long twice = 2 * rem;
    if (twice > d || (twice == d && (q & 1) == 1)) {
      q++;
    }
    return BigDecimal.valueOf(q, 2);
  }

  @Test
  void parityGaps_equalBruteForce() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int round = 0; round < 300; round++) {
      List<StaffMember> staff = generate(r, r.nextInt(0, 200));
      long target = r.nextInt(30, 61);
      int small = 1 + r.nextInt(10);
      Dimension level = r.nextBoolean() ? Dimension.GRADE : Dimension.CATEGORY;
      String where = "seed " + (SEED + 2) + ", round " + round + ", target " + target;
      GenderParity p = GenderParity.byLevel(staff, level, BigDecimal.valueOf(target), small);

      Map<String, long[]> ref = new HashMap<>(); // [women, all]
      for (StaffMember m : staff) {
        long[] c = ref.computeIfAbsent(level.keyOf(m), x -> new long[2]);
        c[1]++;
        if (m.gender() == Gender.FEMALE) {
          c[0]++;
        }
      }
      assertThat(p.rows()).as(where).hasSize(ref.size());
      long women = 0;
      for (Map.Entry<String, long[]> e : ref.entrySet()) {
        long f = e.getValue()[0];
        long n = e.getValue()[1];
        women += f;
        ParityRow row = p.row(e.getKey()).orElseThrow();
        assertThat(row.total()).as(where).isEqualTo(n);
        assertThat(row.count(Gender.FEMALE)).as(where).isEqualTo(f);
        assertThat(row.smallGroup()).as(where).isEqualTo(n < small);
        // gap in points = (100 f - target n) / n
        assertThat(row.gapToTarget(2, RoundingMode.HALF_EVEN))
            .as(where + " " + e.getKey())
            .contains(halfEven2(100 * f - target * n, n));
      }
      ParityRow total = p.total();
      assertThat(total.total()).as(where).isEqualTo(staff.size());
      assertThat(total.count(Gender.FEMALE)).as(where).isEqualTo(women);
      if (staff.isEmpty()) {
        assertThat(total.gapToTarget(2, RoundingMode.HALF_EVEN)).as(where).isEmpty();
        assertThat(total.womenShare().isDefined()).isFalse();
      } else {
        assertThat(total.gapToTarget(2, RoundingMode.HALF_EVEN))
            .as(where)
            .contains(halfEven2(100 * women - target * staff.size(), staff.size()));
      }
    }
  }

  @Test
  void geographicRepresentation_flagsTheRightStates() {
    SplittableRandom r = new SplittableRandom(SEED + 3);
    List<CountryCode> members = new ArrayList<>();
    for (String c : COUNTRIES.subList(0, 8)) {
      members.add(CountryCode.of(c));
    }
    members.add(CountryCode.of("PER")); // a member state no generated person belongs to
    for (int round = 0; round < 500; round++) {
      List<StaffMember> staff = generate(r, r.nextInt(0, 60));
      Map<CountryCode, DesirableRange> ranges = new HashMap<>();
      for (CountryCode c : members) {
        int lower = r.nextInt(0, 6);
        ranges.put(c, new DesirableRange(lower, lower + r.nextInt(0, 6)));
      }
      String where = "seed " + (SEED + 3) + ", round " + round;
      GeographicRepresentation g = GeographicRepresentation.assess(staff, ranges);

      List<CountryCode> un = new ArrayList<>();
      List<CountryCode> under = new ArrayList<>();
      List<CountryCode> over = new ArrayList<>();
      List<CountryCode> within = new ArrayList<>();
      for (CountryCode c : members.stream().sorted().toList()) {
        long n = staff.stream().filter(m -> m.nationality().equals(c)).count();
        DesirableRange range = ranges.get(c);
        if (n == 0) {
          un.add(c);
        } else if (n < range.lower()) {
          under.add(c);
        } else if (n > range.upper()) {
          over.add(c);
        } else {
          within.add(c);
        }
      }
      assertThat(g.unrepresented()).as(where).containsExactlyElementsOf(un);
      assertThat(g.underRepresented()).as(where).containsExactlyElementsOf(under);
      assertThat(g.overRepresented()).as(where).containsExactlyElementsOf(over);
      assertThat(g.withinRange()).as(where).containsExactlyElementsOf(within);
      assertThat(g.unrepresented()).as(where).contains(CountryCode.of("PER"));
      long others = staff.stream().filter(m -> !ranges.containsKey(m.nationality())).count();
      assertThat(g.nonMemberNationals().values().stream().mapToLong(Long::longValue).sum())
          .as(where).isEqualTo(others);
    }
  }

  @Test
  void shares_areWithinZeroAndHundred_andUndefinedOnlyForEmptyWholes() {
    SplittableRandom r = new SplittableRandom(SEED + 4);
    for (int i = 0; i < 5_000; i++) {
      long whole = r.nextInt(0, 1000);
      long part = whole == 0 ? 0 : r.nextLong(0, whole + 1);
      Share s = Share.of(part, whole);
      String where = "seed " + (SEED + 4) + ", case " + i + ": " + s;
      assertThat(s.isDefined()).as(where).isEqualTo(whole > 0);
      s.percent(3, RoundingMode.HALF_EVEN).ifPresent(p ->
          assertThat(p).as(where).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }
  }
}
