package org.rbmkit.kpi.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rbmkit.kpi.certification.Cohort;
import org.rbmkit.kpi.certification.CredentialTier;
import org.rbmkit.kpi.certification.Enrolment;
import org.rbmkit.kpi.certification.LearningActivity;
import org.rbmkit.kpi.certification.Modality;
import org.rbmkit.kpi.certification.Offer;
import org.rbmkit.kpi.certification.Participant;
import org.rbmkit.kpi.certification.Pricing;

/**
 * Random, valid enrolments for property, volume and Spark tests; deterministic for a given seed.
 * Shared by the modules' tests through rbm-kpi's test jar.
 */
public final class EnrolmentGenerator {

  private final SplittableRandom random;
  private final List<Cohort> cohorts = new ArrayList<>();
  private final int participants;

  /**
   * A generator over {@code activities} random activities of two cohorts each, and a pool of
   * {@code participants} registration numbers.
   */
  public EnrolmentGenerator(long seed, int activities, int participants) {
    this.random = new SplittableRandom(seed);
    this.participants = participants;
    String[] programmes = {"ACTEMP", "ACTRAV", "ILS", "DIGI", "OSH"};
    for (int i = 0; i < activities; i++) {
      LearningActivity a =
          new LearningActivity(
              "A" + i,
              programmes[random.nextInt(programmes.length)],
              pick(Modality.values()),
              pick(Offer.values()),
              pick(Pricing.values()),
              BigDecimal.valueOf(1 + random.nextInt(120)),
              pick(CredentialTier.values()));
      cohorts.add(new Cohort("A" + i + "-C1", a));
      cohorts.add(new Cohort("A" + i + "-C2", a));
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** The next enrolment, with the given id. */
  public Enrolment next(String id) {
    Cohort cohort = cohorts.get(random.nextInt(cohorts.size()));
    LocalDate enrolled = LocalDate.of(2021 + random.nextInt(3), 1, 1).plusDays(random.nextInt(365));
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
    return new Enrolment(id, p, cohort, enrolled, completed, earned, accessed);
  }

  /** {@code n} enrolments with ids {@code E0 … E(n-1)}. */
  public List<Enrolment> list(int n) {
    List<Enrolment> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next("E" + i));
    }
    return out;
  }

  /** One CSV row of the enrolment, columns in the order of the documented header. */
  public static String csvRow(Enrolment e) {
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
}
