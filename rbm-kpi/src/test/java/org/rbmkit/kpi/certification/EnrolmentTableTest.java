package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.testing.EnrolmentGenerator;

class EnrolmentTableTest {

  private static final LearningActivity ONLINE =
      new LearningActivity("A1", "ILS", Modality.TUTOR_SUPPORTED_ONLINE, Offer.OPEN,
          Pricing.PAID, new BigDecimal("80"), CredentialTier.ACHIEVEMENT);
  private static final LearningActivity CAMPUS =
      new LearningActivity("A2", "ACTEMP", Modality.FACE_TO_FACE_CAMPUS, Offer.TAILOR_MADE,
          Pricing.FREE, new BigDecimal("20"), CredentialTier.PARTICIPATION);

  private static Enrolment enrolment(String id, String person, Cohort cohort, LocalDate on,
      int stage) {
    Enrolment.Builder b = Enrolment.builder(id, Participant.of(person), cohort, on);
    if (stage >= 1) {
      b.completedOn(on.plusDays(10));
    }
    if (stage >= 2) {
      b.credentialEarnedOn(on.plusDays(12));
    }
    if (stage >= 3) {
      b.credentialAccessedOn(on.plusDays(20));
    }
    return b.build();
  }

  private static List<Enrolment> sample() {
    Cohort c1 = new Cohort("A1-1", ONLINE);
    Cohort c2 = new Cohort("A2-1", CAMPUS);
    LocalDate d = LocalDate.of(2022, 3, 1);
    return List.of(
        enrolment("E1", "P1", c1, d, 3),
        enrolment("E2", "P1", c2, d, 0),
        enrolment("E3", "P2", c1, d.plusYears(1), 2),
        enrolment("E4", "P2", new Cohort("A1-1", ONLINE), d, 1));
  }

  @Test
  void of_keepsEveryEnrolment_inOrder_andDictionaryEncodesTheOpenValues() {
    List<Enrolment> data = sample();
    EnrolmentTable t = EnrolmentTable.of(data);
    assertThat(t.asList()).isEqualTo(data);
    assertThat(t).containsExactlyElementsOf(data);
    assertThat(t.get(2)).isEqualTo(data.get(2));
    assertThat(t.size()).isEqualTo(4);
    assertThat(t.isEmpty()).isFalse();
    assertThat(t.participantCount()).isEqualTo(2);
    assertThat(t.cohortCount()).as("equal cohorts share an entry").isEqualTo(2);
    assertThat(t).hasToString("EnrolmentTable[4 enrolments, 2 participants, 2 cohorts]");
  }

  @Test
  void identifiersBeyondLatin1_comeBackEqual() {
    Cohort c = new Cohort("A1-1", ONLINE);
    LocalDate d = LocalDate.of(2022, 3, 1);
    List<Enrolment> data =
        List.of(
            enrolment("É-1", "Zoë", c, d, 1),
            enrolment("报名-2", "学员", c, d, 2),
            enrolment("E3", "\uD83D\uDE00", c, d, 3),
            enrolment("\uD800-lone", "P\u00FF", c, d, 0),
            enrolment("E5", "学员", c, d, 0));
    EnrolmentTable t = EnrolmentTable.of(data);
    assertThat(t.asList()).isEqualTo(data);
    assertThat(t.participantCount()).isEqualTo(4);
    assertThat(tableBreakdown(t, true).counts(CountBasis.PARTICIPANTS, GroupKey.TOTAL))
        .isEqualTo(StageCounts.of(4, 3, 2, 1));
  }

  @Test
  void builder_equalsOf_andBuildsAgainAfterMoreAdds() {
    List<Enrolment> data = sample();
    EnrolmentTable.Builder b = EnrolmentTable.builder().addAll(data.subList(0, 2));
    EnrolmentTable first = b.build();
    b.add(data.get(2)).add(data.get(3));
    assertThat(b.size()).isEqualTo(4);
    assertThat(first.asList()).isEqualTo(data.subList(0, 2));
    assertThat(b.build()).isEqualTo(EnrolmentTable.of(data));
  }

  @Test
  void builder_growsPastItsFirstCapacity() {
    List<Enrolment> data = new EnrolmentGenerator(3, 5, 50).list(1000);
    EnrolmentTable.Builder b = EnrolmentTable.builder();
    data.forEach(b::add);
    assertThat(b.build().asList()).isEqualTo(data);
  }

  @Test
  void equality_isThatOfTheEnrolments() {
    List<Enrolment> data = sample();
    new EqualsTester()
        .addEqualityGroup(EnrolmentTable.of(data), EnrolmentTable.of(new ArrayList<>(data)))
        .addEqualityGroup(EnrolmentTable.of(data.subList(0, 3)))
        .addEqualityGroup(EnrolmentTable.of(List.of()), EnrolmentTable.builder().build())
        .testEquals();
  }

  @Test
  void of_aTable_isThatTable() {
    EnrolmentTable t = EnrolmentTable.of(sample());
    assertThat(EnrolmentTable.of(t)).isSameAs(t);
  }

  @Test
  void breakdown_countsEnrolmentsAndParticipants() {
    EnrolmentTable t = EnrolmentTable.of(sample());
    Breakdown b = tableBreakdown(t, true, Dimension.MODALITY);
    assertThat(b.counts(CountBasis.ENROLMENTS, GroupKey.of("tutor-supported-online")))
        .isEqualTo(StageCounts.of(3, 3, 2, 1));
    // P1 accessed, P2 earned at best
    assertThat(b.counts(CountBasis.PARTICIPANTS, GroupKey.of("tutor-supported-online")))
        .isEqualTo(StageCounts.of(2, 2, 2, 1));
    assertThat(b.counts(CountBasis.ENROLMENTS, GroupKey.of("face-to-face-campus")))
        .isEqualTo(StageCounts.of(1, 0, 0, 0));
    Breakdown byYear = tableBreakdown(t, false, Dimension.YEAR, Dimension.COHORT);
    assertThat(byYear.enrolmentCounts())
        .containsOnlyKeys(
            GroupKey.of("2022", "A1-1"), GroupKey.of("2022", "A2-1"), GroupKey.of("2023", "A1-1"));
  }

  @Test
  void breakdown_overYearsFarApart_fallsBackToObjects_andStillCountsRight() {
    // many cohorts over ten thousand years: too many group numbers for the table's arrays
    List<Enrolment> data = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      data.add(enrolment("E" + i, "P" + i, new Cohort("C" + i, ONLINE),
          LocalDate.of(i == 0 ? -5000 : 2022 + (i == 1 ? 5000 : 0), 1, 1), i % 4));
    }
    EnrolmentTable t = EnrolmentTable.of(data);
    for (boolean participants : new boolean[] {false, true}) {
      CertificationTally expected =
          participants
              ? CertificationTally.byEnrolmentsAndParticipants(Dimension.COHORT, Dimension.YEAR)
              : CertificationTally.byEnrolments(Dimension.COHORT, Dimension.YEAR);
      expected.addAll(data);
      assertThat(tableBreakdown(t, participants, Dimension.COHORT, Dimension.YEAR))
          .isEqualTo(expected.toBreakdown());
    }
  }

  @Test
  void datesBeyondIntEpochDays_areRejected_namingTheEnrolmentAndField() {
    Cohort c = new Cohort("A1-1", ONLINE);
    Enrolment far =
        new Enrolment("E9", Participant.of("P1"), c, LocalDate.of(2022, 1, 1),
            Optional.of(LocalDate.MAX), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> EnrolmentTable.of(List.of(far)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enrolment E9: completedOn +999999999-12-31 is out of the table's range of"
            + " dates (int epoch days)");
    Enrolment early =
        new Enrolment("E8", Participant.of("P1"), c, LocalDate.MIN,
            Optional.empty(), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> EnrolmentTable.builder().add(early))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enrolment E8: enrolledOn");
  }

  @Test
  void stageDatesFarApart_comeBackEqual_onBothSidesOfTheTwoByteLimit() {
    Cohort c = new Cohort("A1-1", ONLINE);
    LocalDate d = LocalDate.of(2022, 3, 1);
    List<Enrolment> data = new ArrayList<>();
    long[] gaps = {0, 1, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 400_000};
    for (int i = 0; i < gaps.length; i++) {
      LocalDate completed = d.plusDays(gaps[i]);
      LocalDate earned = completed.plusDays(gaps[(i + 3) % gaps.length]);
      LocalDate accessed = earned.plusDays(gaps[(i + 5) % gaps.length]);
      data.add(new Enrolment("E" + i, Participant.of("P" + i), c, d, Optional.of(completed),
          Optional.of(earned), Optional.of(accessed)));
      data.add(new Enrolment("F" + i, Participant.of("P" + i), c, d, Optional.of(completed),
          Optional.of(earned), Optional.empty()));
    }
    EnrolmentTable t = EnrolmentTable.of(data);
    assertThat(t.asList()).isEqualTo(data);
    EnrolmentTable.Builder b = EnrolmentTable.builder().addAll(data.subList(0, 5));
    EnrolmentTable first = b.build();
    b.addAll(data.subList(5, data.size()));
    assertThat(first.asList()).isEqualTo(data.subList(0, 5));
    assertThat(b.build().asList()).isEqualTo(data);
  }

  @Test
  void get_outOfRange_throws() {
    EnrolmentTable t = EnrolmentTable.of(sample());
    assertThatThrownBy(() -> t.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.asList().add(sample().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_isASinkOfTheCsvReader() {
    List<Enrolment> data = new EnrolmentGenerator(11, 4, 20).list(200);
    StringBuilder csv = new StringBuilder(EnrolmentCsvReader.headerLine()).append('\n');
    data.forEach(e -> csv.append(EnrolmentGenerator.csvRow(e)).append('\n'));
    EnrolmentTable.Builder b = EnrolmentTable.builder();
    EnrolmentCsvReport r =
        EnrolmentCsvReader.strict().read(new StringReader(csv.toString()), b::add);
    assertThat(r.rowsAccepted()).isEqualTo(200);
    assertThat(b.build().asList()).isEqualTo(data);
  }

  @Test
  void nulls_areRejected() {
    assertThatThrownBy(() -> EnrolmentTable.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EnrolmentTable.builder().add(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CertificationTally.byEnrolments().addAll((EnrolmentTable) null))
        .isInstanceOf(NullPointerException.class);
  }

  /** The breakdown of a table by a tally, as a user counts one. */
  private static Breakdown tableBreakdown(EnrolmentTable table, boolean participants, Dimension... dims) {
    CertificationTally t =
        participants
            ? CertificationTally.byEnrolmentsAndParticipants(dims)
            : CertificationTally.byEnrolments(dims);
    t.addAll(table);
    return t.toBreakdown();
  }
}
