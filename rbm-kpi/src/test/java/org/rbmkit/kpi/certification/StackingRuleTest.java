package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.StackingRule.DiplomaCandidate;

class StackingRuleTest {

  static final LocalDate D = LocalDate.of(2022, 1, 10);

  static LearningActivity activity(String id, String programme, int hours, CredentialTier tier) {
    return new LearningActivity(
        id, programme, Modality.TUTOR_SUPPORTED_ONLINE, Offer.OPEN, Pricing.PAID,
        BigDecimal.valueOf(hours), tier);
  }

  static Enrolment earned(String id, String participant, LearningActivity a) {
    return Enrolment.builder(id, Participant.of(participant), new Cohort(a.id() + "-C1", a), D)
        .completedOn(D.plusDays(60))
        .credentialEarnedOn(D.plusDays(65))
        .build();
  }

  static Enrolment dropped(String id, String participant, LearningActivity a) {
    return Enrolment.builder(id, Participant.of(participant), new Cohort(a.id() + "-C1", a), D)
        .build();
  }

  static final LearningActivity ILS_1 = activity("A1", "ILS", 80, CredentialTier.ACHIEVEMENT);
  static final LearningActivity ILS_2 = activity("A2", "ILS", 90, CredentialTier.ACHIEVEMENT);
  static final LearningActivity ILS_3 = activity("A3", "ILS", 70, CredentialTier.ACHIEVEMENT);
  static final LearningActivity OSH_1 = activity("A4", "OSH", 100, CredentialTier.ACHIEVEMENT);
  static final LearningActivity SHORT = activity("A5", "ILS", 2, CredentialTier.PARTICIPATION);

  static final List<Enrolment> DATA =
      List.of(
          // P1: three ILS achievements, 240 h: qualifies
          earned("E1", "P1", ILS_1), earned("E2", "P1", ILS_2), earned("E3", "P1", ILS_3),
          // P2: two ILS achievements (one taken twice) and one OSH: 3 distinct, 270 h overall
          earned("E4", "P2", ILS_1), earned("E5", "P2", ILS_1), earned("E6", "P2", ILS_2),
          earned("E7", "P2", OSH_1),
          // P3: participation certificates and a dropped achievement do not stack
          earned("E8", "P3", SHORT), dropped("E9", "P3", ILS_1), earned("E10", "P3", ILS_2));

  @Test
  void sameProgramme_countsEachProgrammeSeparately() {
    StackingRule rule = new StackingRule(3, new BigDecimal("240"), true);
    assertThat(rule.candidates(DATA))
        .containsExactly(
            new DiplomaCandidate(Participant.of("P1"), "ILS", 3, new BigDecimal("240"), true),
            new DiplomaCandidate(Participant.of("P2"), "ILS", 2, new BigDecimal("170"), false),
            new DiplomaCandidate(Participant.of("P2"), "OSH", 1, new BigDecimal("100"), false),
            new DiplomaCandidate(Participant.of("P3"), "ILS", 1, new BigDecimal("90"), false));
    assertThat(rule.qualifying(DATA)).extracting(c -> c.participant().toString())
        .containsExactly("P1");
  }

  @Test
  void anyProgramme_stacksAcrossProgrammes() {
    StackingRule rule = new StackingRule(3, new BigDecimal("240"), false);
    assertThat(rule.qualifying(DATA))
        .containsExactly(
            new DiplomaCandidate(Participant.of("P1"), "*", 3, new BigDecimal("240"), true),
            new DiplomaCandidate(Participant.of("P2"), "*", 3, new BigDecimal("270"), true));
  }

  @Test
  void hoursMatter_asWellAsTheNumber() {
    StackingRule rule = new StackingRule(2, new BigDecimal("250"), false);
    assertThat(rule.qualifying(DATA)).extracting(c -> c.participant().toString())
        .containsExactly("P2");
  }

  @Test
  void framework2022_tierCriteria() {
    CertificationFramework f =
        CertificationFramework.itcIlo2022(new StackingRule(3, new BigDecimal("240"), true));
    // seed 003 l.2442: participation "au moins une heure"; l.2444: achievement "plus de 60 heures"
    assertThat(f.criteria(CredentialTier.PARTICIPATION).toString())
        .isEqualTo("participation: at least 1 h, automatic");
    assertThat(f.criteria(CredentialTier.ACHIEVEMENT).toString())
        .isEqualTo("achievement: more than 60 h, assessed");
    assertThat(f.criteria(CredentialTier.DIPLOMA).toString())
        .isEqualTo("diploma: at least 240 h, assessed");
    assertThat(f.problems(ILS_1)).isEmpty();
    assertThat(f.problems(activity("A9", "ILS", 60, CredentialTier.ACHIEVEMENT)))
        .containsExactly(
            "activity A9 leads to achievement with 60 learning hours; the tier needs more than 60");
    assertThat(f.problems(activity("A8", "ILS", 0, CredentialTier.PARTICIPATION))).hasSize(1);
  }

  @Test
  void invalidRules_areRejected() {
    assertThatThrownBy(() -> new StackingRule(0, BigDecimal.ONE, true))
        .hasMessage("minimumAchievements 0 is below 1");
    assertThatThrownBy(
            () ->
                new CertificationFramework(
                    com.google.common.collect.ImmutableMap.of(),
                    new StackingRule(1, BigDecimal.ONE, true)))
        .hasMessage("tiers lack participation");
  }
}
