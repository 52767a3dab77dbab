package org.rbmkit.examples.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.core.money.Money;
import org.rbmkit.kpi.certification.Cohort;
import org.rbmkit.kpi.certification.CredentialTier;
import org.rbmkit.kpi.certification.Enrolment;
import org.rbmkit.kpi.certification.LearningActivity;
import org.rbmkit.kpi.certification.Modality;
import org.rbmkit.kpi.certification.Offer;
import org.rbmkit.kpi.certification.Participant;
import org.rbmkit.kpi.certification.Pricing;

/** Random, valid enrolments and budget entries; deterministic for a given seed. */
final class Generated {

  private Generated() {}

  /** {@code n} enrolments over 20 activities and {@code participants} participants. */
  static List<Enrolment> enrolments(long seed, int n, int participants) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] programmes = {"ACTEMP", "ACTRAV", "ILS", "DIGI", "OSH"};
    List<Cohort> cohorts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      LearningActivity a =
          new LearningActivity(
              "A" + i,
              programmes[random.nextInt(programmes.length)],
              pick(random, Modality.values()),
              pick(random, Offer.values()),
              pick(random, Pricing.values()),
              BigDecimal.valueOf(1 + random.nextInt(120)),
              pick(random, CredentialTier.values()));
      cohorts.add(new Cohort("A" + i + "-C1", a));
      cohorts.add(new Cohort("A" + i + "-C2", a));
    }
    List<Enrolment> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Cohort cohort = cohorts.get(random.nextInt(cohorts.size()));
      LocalDate enrolled =
          LocalDate.of(2021 + random.nextInt(3), 1, 1).plusDays(random.nextInt(365));
      Optional<LocalDate> completed = Optional.empty();
      Optional<LocalDate> earned = Optional.empty();
      Optional<LocalDate> accessed = Optional.empty();
      int stage = random.nextInt(4);
      if (stage >= 1) {
        completed = Optional.of(enrolled.plusDays(random.nextInt(90)));
      }
      if (stage >= 2) {
        earned = Optional.of(completed.get().plusDays(random.nextInt(10)));
      }
      if (stage >= 3) {
        accessed = Optional.of(earned.get().plusDays(random.nextInt(60)));
      }
      Participant p = Participant.of("P" + random.nextInt(participants));
      out.add(new Enrolment("E" + i, p, cohort, enrolled, completed, earned, accessed));
    }
    return out;
  }

  /** One CSV row of the enrolment, columns in the order of the documented header. */
  static String csvRow(Enrolment e) {
    LearningActivity a = e.activity();
    return String.join(
        ",",
        e.id(),
        e.participant().registrationNumber(),
        e.cohort().id(),
        a.id(),
        a.programme(),
        a.modality().code(),
        a.offer().code(),
        a.pricing().code(),
        a.learningHours().toPlainString(),
        a.credential().code(),
        e.enrolledOn().toString(),
        e.completedOn().map(LocalDate::toString).orElse(""),
        e.credentialEarnedOn().map(LocalDate::toString).orElse(""),
        e.credentialAccessedOn().map(LocalDate::toString).orElse(""));
  }

  /**
   * {@code n} entries in {@code currency} over 3 columns, 4 funds and every line kind, amounts
   * up to a thousand million minor units (cents for EUR); net contributions may be negative.
   */
  static List<BudgetEntry> entries(long seed, int n, String currency) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] columns = {"2022-23-budget", "2022-23-forecast", "2024-25-proposal"};
    String[] funds = {"regular", "core-voluntary", "earmarked", "other"};
    int scale = Currency.getInstance(currency).getDefaultFractionDigits();
    List<BudgetEntry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LineKind kind = pick(random, LineKind.values());
      long cents = random.nextLong(1_000_000_000L);
      if (kind.allowsNegative() && random.nextBoolean()) {
        cents = -cents;
      }
      out.add(
          new BudgetEntry(
              pick(random, columns),
              pick(random, funds),
              kind,
              1 + random.nextInt(40),
              "L" + i,
              Money.of(currency, BigDecimal.valueOf(cents, scale))));
    }
    return out;
  }

  /**
   * {@code n} values of 40 indicators: a third report decimals (negative ones and several
   * scales included), a third ratios, a third mostly ratios with the odd decimal or text.
   */
  static List<IndicatorValueRow> indicatorValues(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<IndicatorValueRow> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int indicator = random.nextInt(40);
      String code = "I" + indicator;
      String source = "unit " + random.nextInt(200) + ", row " + i;
      Value v;
      int family = indicator % 3;
      if (family == 0 || (family == 2 && random.nextInt(50) == 0)) {
        v = DecimalValue.of(BigDecimal.valueOf(random.nextLong(-5_000_000, 50_000_000),
            random.nextInt(4)));
      } else if (family == 1 || random.nextInt(49) > 0) {
        long den = random.nextLong(0, 500);
        v = RatioValue.of(BigDecimal.valueOf(random.nextLong(0, den + 1)), BigDecimal.valueOf(den));
      } else {
        v = new TextValue("not reported by unit " + random.nextInt(200));
      }
      out.add(IndicatorValueRow.of(code, source, v));
    }
    return out;
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
