package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.kpi.certification.Rate.RateKind;

class EnrolmentTest {

  static final LearningActivity ACTIVITY =
      new LearningActivity(
          "A1", "ACTEMP", Modality.TUTOR_SUPPORTED_ONLINE, Offer.OPEN,
          Pricing.FELLOWSHIP_FUNDED, new BigDecimal("80"), CredentialTier.ACHIEVEMENT);
  static final Cohort COHORT = new Cohort("A1-C1", ACTIVITY);
  static final LocalDate D1 = LocalDate.of(2022, 3, 1);

  static Enrolment.Builder enrolment() {
    return Enrolment.builder("E1", Participant.of("P1"), COHORT, D1);
  }

  @Test
  void status_isTheFurthestStage() {
    assertThat(enrolment().build().status()).isEqualTo(Stage.ENROLLED);
    Enrolment e =
        enrolment()
            .completedOn(D1.plusDays(30))
            .credentialEarnedOn(D1.plusDays(30))
            .build();
    assertThat(e.status()).isEqualTo(Stage.CREDENTIAL_EARNED);
    assertThat(e.reachedOn(Stage.COMPLETED)).contains(D1.plusDays(30));
    assertThat(e.reachedOn(Stage.CREDENTIAL_ACCESSED)).isEmpty();
    assertThat(e.reachedOn(Stage.ENROLLED)).contains(D1);
  }

  static Stream<Arguments> inconsistentDates() {
    return Stream.of(
        Arguments.of(
            (Function<Enrolment.Builder, Enrolment.Builder>) b -> b.completedOn(D1.minusDays(1)),
            "enrolment E1: completedOn 2022-02-28 is before enrolledOn 2022-03-01"),
        Arguments.of(
            (Function<Enrolment.Builder, Enrolment.Builder>) b -> b.credentialEarnedOn(D1),
            "enrolment E1: credentialEarnedOn 2022-03-01 but the activity was never completed"),
        Arguments.of(
            (Function<Enrolment.Builder, Enrolment.Builder>)
                b -> b.completedOn(D1.plusDays(5)).credentialEarnedOn(D1.plusDays(4)),
            "enrolment E1: credentialEarnedOn 2022-03-05 is before completedOn 2022-03-06"),
        Arguments.of(
            (Function<Enrolment.Builder, Enrolment.Builder>)
                b -> b.completedOn(D1).credentialAccessedOn(D1),
            "enrolment E1: credentialAccessedOn 2022-03-01 but the credential was never earned"),
        Arguments.of(
            (Function<Enrolment.Builder, Enrolment.Builder>)
                b ->
                    b.completedOn(D1)
                        .credentialEarnedOn(D1.plusDays(2))
                        .credentialAccessedOn(D1.plusDays(1)),
            "enrolment E1: credentialAccessedOn 2022-03-02 is before credentialEarnedOn"
                + " 2022-03-03"));
  }

  @ParameterizedTest
  @MethodSource("inconsistentDates")
  void inconsistentDates_areRejected(
      Function<Enrolment.Builder, Enrolment.Builder> dates, String message) {
    assertThatThrownBy(() -> dates.apply(enrolment()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void nulls_andBlankIds_areRejected() {
    assertThatThrownBy(() -> Participant.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registrationNumber is blank");
    assertThatThrownBy(() -> new Cohort("C1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("activity");
    assertThatThrownBy(
            () ->
                new LearningActivity(
                    "A1", "ILS", Modality.BLENDED, Offer.OPEN, Pricing.FREE,
                    new BigDecimal("-1"), CredentialTier.PARTICIPATION))
        .hasMessage("learningHours -1 is negative");
    assertThatThrownBy(
            () -> new Enrolment("E1", Participant.of("P1"), COHORT, D1, null, Optional.empty(),
                Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("completedOn");
  }

  @Test
  void equality_normalisesHours() {
    LearningActivity sixty =
        new LearningActivity(
            "A1", "ACTEMP", Modality.TUTOR_SUPPORTED_ONLINE, Offer.OPEN,
            Pricing.FELLOWSHIP_FUNDED, new BigDecimal("80.00"), CredentialTier.ACHIEVEMENT);
    new EqualsTester()
        .addEqualityGroup(ACTIVITY, sixty)
        .addEqualityGroup(COHORT, new Cohort("A1-C1", sixty))
        .addEqualityGroup(new Cohort("A1-C2", ACTIVITY))
        .addEqualityGroup(Participant.of("P1"), new Participant("P1"))
        .addEqualityGroup(enrolment().build(), enrolment().build())
        .addEqualityGroup(enrolment().completedOn(D1).build())
        .testEquals();
    assertThat(sixty.learningHours()).isEqualTo(new BigDecimal("80"));
  }

  @Test
  void enumCodes_roundTrip_andUnknownCodesListTheAccepted() {
    for (Modality m : Modality.values()) {
      assertThat(Modality.fromCode(m.code())).isEqualTo(m);
    }
    for (Offer o : Offer.values()) {
      assertThat(Offer.fromCode(o.code())).isEqualTo(o);
    }
    for (Pricing p : Pricing.values()) {
      assertThat(Pricing.fromCode(p.code())).isEqualTo(p);
    }
    for (Award a : Award.values()) {
      assertThat(Award.fromCode(a.code())).isEqualTo(a);
    }
    for (CredentialTier t : CredentialTier.values()) {
      assertThat(CredentialTier.fromCode(t.code())).isEqualTo(t);
    }
    for (Stage s : Stage.values()) {
      assertThat(Stage.fromCode(s.code())).isEqualTo(s);
    }
    for (RateKind k : RateKind.values()) {
      assertThat(RateKind.fromCode(k.code())).isEqualTo(k);
    }
    for (Dimension d : Dimension.values()) {
      assertThat(Dimension.fromCode(d.code())).isEqualTo(d);
    }
    assertThatThrownBy(() -> Pricing.fromCode("gratuit"))
        .hasMessage("pricing \"gratuit\" is not one of paid, free, fellowship-funded");
    assertThat(Modality.FACE_TO_FACE_FIELD.isFaceToFace()).isTrue();
    assertThat(Modality.BLENDED.isFaceToFace()).isFalse();
  }

  @Test
  void tiers_rankFromParticipationToDiploma() {
    // seed 003 l.1779–1790: the pyramid, diploma on top
    assertThat(CredentialTier.DIPLOMA.isAbove(CredentialTier.ACHIEVEMENT)).isTrue();
    assertThat(CredentialTier.ACHIEVEMENT.isAbove(CredentialTier.PARTICIPATION)).isTrue();
    assertThat(CredentialTier.PARTICIPATION.isAbove(CredentialTier.PARTICIPATION)).isFalse();
    assertThat(CredentialTier.PARTICIPATION.rank()).isEqualTo(1);
    assertThat(CredentialTier.DIPLOMA.rank()).isEqualTo(3);
  }

  @Test
  void dimensions_readTheEnrolment() {
    Enrolment e = enrolment().build();
    assertThat(Dimension.MODALITY.valueOf(e)).isEqualTo("tutor-supported-online");
    assertThat(Dimension.CREDENTIAL.valueOf(e)).isEqualTo("achievement");
    assertThat(Dimension.PRICING.valueOf(e)).isEqualTo("fellowship-funded");
    assertThat(Dimension.OFFER.valueOf(e)).isEqualTo("open");
    assertThat(Dimension.YEAR.valueOf(e)).isEqualTo("2022");
    assertThat(Dimension.COHORT.valueOf(e)).isEqualTo("A1-C1");
    assertThat(Dimension.PROGRAMME.valueOf(e)).isEqualTo("ACTEMP");
    assertThat(Dimension.ACTIVITY.valueOf(e)).isEqualTo("A1");
  }
}
