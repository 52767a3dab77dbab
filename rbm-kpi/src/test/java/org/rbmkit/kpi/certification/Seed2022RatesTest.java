package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.kpi.certification.Dimension.CREDENTIAL;
import static org.rbmkit.kpi.certification.Dimension.MODALITY;
import static org.rbmkit.kpi.certification.Dimension.OFFER;
import static org.rbmkit.kpi.certification.Dimension.PRICING;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.GroupRate.RateComparison;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.Rate.RateKind;

/**
 * The certification figures of 2022 published in seed 003 (l.2414–2437), reproduced from counts.
 *
 * <p>The seed publishes percentages only. The counts below are chosen by us, plausible for the
 * Centre, so that they yield the published percentages exactly; they are also the content of the
 * example file {@code certification/enrolments-2022.csv}. The 2022 "taux de certification" is the
 * uptake rate, credential accessed ÷ credential earned: the text defines it so just before the
 * figures (l.2409–2411, "la proportion de participants qui accèdent à un certificat après avoir
 * obtenu le titre de compétences") and explains the gaps by downloads (l.2445–2449).
 */
class Seed2022RatesTest {

  // Counts per activity group, chosen by us: enrolled, completed, credential earned, accessed.
  // Face-to-face (campus + field): 198 accessed of 200 earned = 99 %.
  static final StageCounts F2F_CAMPUS_ACHIEVEMENT_PAID = StageCounts.of(152, 150, 150, 149);
  static final StageCounts F2F_FIELD_PARTICIPATION_TAILOR_MADE = StageCounts.of(52, 50, 50, 49);
  // Tutor-supported online, certificate of achievement: 97 of 125 = 77.6 %, of which
  // fellowship-funded 40 of 60 = 66.7 % (below 68 %) and paid 57 of 65 = 87.7 % (above 86 %).
  static final StageCounts TSO_ACHIEVEMENT_FELLOWSHIP = StageCounts.of(75, 64, 60, 40);
  static final StageCounts TSO_ACHIEVEMENT_PAID = StageCounts.of(72, 67, 65, 57);
  // Tutor-supported online, certificate of participation: 162 of 225 = 72 %.
  static final StageCounts TSO_PARTICIPATION_TAILOR_MADE_FREE = StageCounts.of(115, 103, 100, 70);
  static final StageCounts TSO_PARTICIPATION_OPEN_PAID = StageCounts.of(145, 127, 125, 92);
  // Self-guided distance: 99 of 400 = 24.75 %, "environ 25"; the paid modules for lawyers
  // (7/9 = 77.8 %, 8/10 = 80 %) and for OSH experts (11/12 = 91.7 %) are those of l.2510–2511.
  static final StageCounts SG_FREE = StageCounts.of(560, 380, 369, 73);
  static final StageCounts SG_LAWYERS_1 = StageCounts.of(10, 9, 9, 7);
  static final StageCounts SG_LAWYERS_2 = StageCounts.of(11, 10, 10, 8);
  static final StageCounts SG_OSH = StageCounts.of(13, 12, 12, 11);

  static Breakdown fromCsv;
  static Breakdown fromCsvWithParticipants;

  @BeforeAll
  static void readExampleFile() throws IOException {
    List<Enrolment> all = new ArrayList<>();
    try (Reader in = exampleFile()) {
      EnrolmentCsvReport report = EnrolmentCsvReader.strict().read(in, all::add);
      assertThat(report.rowsRead()).isEqualTo(1205);
      assertThat(report.rowsRejected()).isZero();
    }
    fromCsv = CertificationTally.of(all, MODALITY, CREDENTIAL, PRICING, OFFER);
    CertificationTally t =
        CertificationTally.byEnrolmentsAndParticipants(MODALITY, CREDENTIAL, PRICING, OFFER);
    t.addAll(all);
    fromCsvWithParticipants = t.toBreakdown();
  }

  static Reader exampleFile() {
    return new InputStreamReader(
        Seed2022RatesTest.class.getResourceAsStream("/certification/enrolments-2022.csv"),
        StandardCharsets.UTF_8);
  }

  private static BigDecimal pct(Rate r, int decimals) {
    return r.percent(decimals, RoundingMode.HALF_UP).orElseThrow();
  }

  @Test
  void faceToFace_99percent() {
    // seed 003 l.2418–2419: "99 pour cent pour la formation présentielle"
    Rate r = F2F_CAMPUS_ACHIEVEMENT_PAID.plus(F2F_FIELD_PARTICIPATION_TAILOR_MADE)
        .accessedPerEarned();
    assertThat(r).isEqualTo(Rate.parse("uptake 198/200"));
    assertThat(pct(r, 0)).isEqualTo(new BigDecimal("99"));
    assertThat(r.format(1, RoundingMode.HALF_UP))
        .isEqualTo("99.0 % (198 ÷ 200, half-up to 1 decimal)");
  }

  @Test
  void tutorSupportedOnline_74percent_isTheCountWeightedCombinationOfItsParts() {
    StageCounts achievement = TSO_ACHIEVEMENT_FELLOWSHIP.plus(TSO_ACHIEVEMENT_PAID);
    StageCounts participation =
        TSO_PARTICIPATION_TAILOR_MADE_FREE.plus(TSO_PARTICIPATION_OPEN_PAID);
    // seed 003 l.2425–2427: certificate of achievement 77,6 pour cent, participation 72 pour cent
    assertThat(pct(achievement.accessedPerEarned(), 1)).isEqualTo(new BigDecimal("77.6"));
    assertThat(achievement.accessedPerEarned().compareToPercent(new BigDecimal("77.6")))
        .contains(0);
    assertThat(pct(participation.accessedPerEarned(), 0)).isEqualTo(new BigDecimal("72"));
    assertThat(participation.accessedPerEarned().compareToPercent(new BigDecimal("72")))
        .contains(0);
    // seed 003 l.2419–2420: tutor-supported online 74 pour cent
    Rate online = achievement.plus(participation).accessedPerEarned();
    assertThat(online).isEqualTo(Rate.parse("uptake 259/350"));
    assertThat(online.compareToPercent(new BigDecimal("74"))).contains(0);
    // 74 % = 77.6 % × 125/350 + 72 % × 225/350: the parts weighted by their denominators
    BigDecimal weighted =
        new BigDecimal("77.6").multiply(BigDecimal.valueOf(125))
            .add(new BigDecimal("72").multiply(BigDecimal.valueOf(225)))
            .divide(BigDecimal.valueOf(350), 10, RoundingMode.UNNECESSARY);
    assertThat(weighted).isEqualByComparingTo("74");
    // whereas the plain average of the two rates is 74.8 %: rates are never averaged
    assertThat(new BigDecimal("77.6").add(new BigDecimal("72")).divide(BigDecimal.valueOf(2)))
        .isEqualByComparingTo("74.8");
  }

  @Test
  void selfGuided_about25percent() {
    // seed 003 l.2420: "environ 25 pour cent pour l'apprentissage à distance autoguidé"
    Rate r = SG_FREE.plus(SG_LAWYERS_1).plus(SG_LAWYERS_2).plus(SG_OSH).accessedPerEarned();
    assertThat(r).isEqualTo(Rate.parse("uptake 99/400"));
    assertThat(pct(r, 0)).isEqualTo(new BigDecimal("25"));
    assertThat(pct(r, 2)).isEqualTo(new BigDecimal("24.75"));
  }

  @Test
  void selfGuided_paidModules_asPublished() {
    // seed 003 l.2510–2511: lawyers 77,8% – 80%, OSH experts 91,7%
    assertThat(pct(SG_LAWYERS_1.accessedPerEarned(), 1)).isEqualTo(new BigDecimal("77.8"));
    assertThat(pct(SG_LAWYERS_2.accessedPerEarned(), 1)).isEqualTo(new BigDecimal("80.0"));
    assertThat(pct(SG_OSH.accessedPerEarned(), 1)).isEqualTo(new BigDecimal("91.7"));
  }

  @Test
  void fellowshipFunded_below68_paid_above86() {
    // seed 003 l.2429–2434: "en dessous de 68 pour cent" vs "dépasser 86 pour cent"
    Rate fellowship = TSO_ACHIEVEMENT_FELLOWSHIP.accessedPerEarned();
    Rate paid = TSO_ACHIEVEMENT_PAID.accessedPerEarned();
    assertThat(fellowship.compareToPercent(new BigDecimal("68"))).contains(-1);
    assertThat(paid.compareToPercent(new BigDecimal("86"))).contains(1);
    RateComparison c = RateComparison.of(paid, fellowship);
    assertThat(c.percentagePoints(1, RoundingMode.HALF_UP)).contains(new BigDecimal("21.0"));
    assertThat(c.relativeDifference(1, RoundingMode.HALF_UP)).contains(new BigDecimal("31.5"));
    // with 60 and 65 earners the 95 % intervals only just separate: [54.1 %, 77.3 %] and
    // [77.5 %, 93.6 %]
    assertThat(c.overlap()).isEqualTo(RateComparison.Overlap.SEPARATE);
    assertThat(fellowship.wilson95().orElseThrow().format(1, RoundingMode.HALF_UP))
        .isEqualTo("[54.1 %, 77.3 %]");
  }

  @Test
  void exampleFile_holdsTheseCounts() {
    String tso = "tutor-supported-online";
    assertThat(fromCsv.counts("face-to-face-campus", "achievement", "paid", "open"))
        .isEqualTo(F2F_CAMPUS_ACHIEVEMENT_PAID);
    assertThat(fromCsv.counts("face-to-face-field", "participation", "free", "tailor-made"))
        .isEqualTo(F2F_FIELD_PARTICIPATION_TAILOR_MADE);
    assertThat(fromCsv.counts(tso, "achievement", "fellowship-funded", "open"))
        .isEqualTo(TSO_ACHIEVEMENT_FELLOWSHIP);
    assertThat(fromCsv.counts(tso, "achievement", "paid", "open")).isEqualTo(TSO_ACHIEVEMENT_PAID);
    assertThat(fromCsv.counts(tso, "participation", "free", "tailor-made"))
        .isEqualTo(TSO_PARTICIPATION_TAILOR_MADE_FREE);
    assertThat(fromCsv.counts(tso, "participation", "paid", "open"))
        .isEqualTo(TSO_PARTICIPATION_OPEN_PAID);
    assertThat(fromCsv.counts("self-guided-distance", "participation", "free", "open"))
        .isEqualTo(SG_FREE);
    assertThat(fromCsv.counts("self-guided-distance", "participation", "paid", "open"))
        .isEqualTo(SG_LAWYERS_1.plus(SG_LAWYERS_2).plus(SG_OSH));
    assertThat(fromCsv.groups()).hasSize(8);
  }

  @Test
  void exampleFile_rolledUpByModality_givesTheSeedRates() {
    Breakdown byModality = fromCsv.rollUp(MODALITY);
    assertThat(byModality.rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, 30))
        .extracting(r -> r.format(1, RoundingMode.HALF_UP))
        .containsExactly(
            "face-to-face-campus: 99.3 % (149 ÷ 150, half-up to 1 decimal)"
                + " 95 % CI [96.3 %, 99.9 %]",
            "face-to-face-field: 98.0 % (49 ÷ 50, half-up to 1 decimal) 95 % CI [89.5 %, 99.6 %]",
            "self-guided-distance: 24.8 % (99 ÷ 400, half-up to 1 decimal)"
                + " 95 % CI [20.8 %, 29.2 %]",
            "tutor-supported-online: 74.0 % (259 ÷ 350, half-up to 1 decimal)"
                + " 95 % CI [69.2 %, 78.3 %]");
    Breakdown online = fromCsv.rollUp(MODALITY, CREDENTIAL);
    GroupKey achievement = GroupKey.of("tutor-supported-online", "achievement");
    GroupKey participation = GroupKey.of("tutor-supported-online", "participation");
    assertThat(online.rate(RateKind.UPTAKE, CountBasis.ENROLMENTS, achievement))
        .isEqualTo(Rate.parse("uptake 97/125"));
    assertThat(online.rate(RateKind.UPTAKE, CountBasis.ENROLMENTS, participation))
        .isEqualTo(Rate.parse("uptake 162/225"));
    // the parent's counts are the sum of its parts' counts
    assertThat(
            online.counts(CountBasis.ENROLMENTS, achievement)
                .plus(online.counts(CountBasis.ENROLMENTS, participation)))
        .isEqualTo(byModality.counts("tutor-supported-online"));
  }

  @Test
  void tailorMade_lowerThanOpen_withinEachModality_butNotOverall() {
    // seed 003 l.2434–2437: tailor-made activities tend to lower rates than open ones, "whether
    // face-to-face or online". Within each modality it holds; pooled over modalities it reverses,
    // because most open enrolments are self-guided: compare groups like with like.
    Breakdown b = fromCsv.rollUp(MODALITY, OFFER);
    Rate tsoOpen = b.rate(RateKind.UPTAKE, CountBasis.ENROLMENTS,
        GroupKey.of("tutor-supported-online", "open"));
    Rate tsoTailor = b.rate(RateKind.UPTAKE, CountBasis.ENROLMENTS,
        GroupKey.of("tutor-supported-online", "tailor-made"));
    assertThat(tsoOpen).isEqualTo(Rate.parse("uptake 189/250"));
    assertThat(tsoTailor).isEqualTo(Rate.parse("uptake 70/100"));
    assertThat(RateComparison.of(tsoTailor, tsoOpen).percentagePoints(1, RoundingMode.HALF_UP))
        .contains(new BigDecimal("-5.6"));
    Breakdown byOffer = fromCsv.rollUp(OFFER);
    Rate open = byOffer.rate(RateKind.UPTAKE, CountBasis.ENROLMENTS, GroupKey.of("open"));
    Rate tailor =
        byOffer.rate(RateKind.UPTAKE, CountBasis.ENROLMENTS, GroupKey.of("tailor-made"));
    assertThat(open).isEqualTo(Rate.parse("uptake 437/800"));
    assertThat(tailor).isEqualTo(Rate.parse("uptake 119/150"));
    assertThat(RateComparison.of(tailor, open).overlap())
        .isEqualTo(RateComparison.Overlap.SEPARATE);
  }

  @Test
  void completionAndCertification_haveTheirOwnDenominators() {
    StageCounts online = fromCsv.rollUp(MODALITY).counts("tutor-supported-online");
    assertThat(online).isEqualTo(StageCounts.of(407, 361, 350, 259));
    assertThat(online.completedPerEnrolled()).isEqualTo(Rate.parse("completion 361/407"));
    assertThat(online.earnedPerEnrolled()).isEqualTo(Rate.parse("certification 350/407"));
    assertThat(online.accessedPerEarned()).isEqualTo(Rate.parse("uptake 259/350"));
    // the two "taux de certification" of the seed (l.2401 and l.2410) differ by 12 points here
    assertThat(pct(online.earnedPerEnrolled(), 1)).isEqualTo(new BigDecimal("86.0"));
    assertThat(pct(online.accessedPerEarned(), 1)).isEqualTo(new BigDecimal("74.0"));
  }

  @Test
  void participants_countedOnceEach() {
    // the example file has twelve participants who dropped out of A2208 cohort C1 and retook the
    // module in cohort C2, and ten who took both A2205 (online) and A2209 (self-guided)
    Breakdown byModality = fromCsvWithParticipants.rollUp(MODALITY);
    assertThat(byModality.counts(CountBasis.ENROLMENTS, GroupKey.of("self-guided-distance")))
        .isEqualTo(StageCounts.of(594, 411, 400, 99));
    assertThat(byModality.counts(CountBasis.PARTICIPANTS, GroupKey.of("self-guided-distance")))
        .isEqualTo(StageCounts.of(582, 411, 400, 99));
    assertThat(fromCsvWithParticipants.total(CountBasis.ENROLMENTS).enrolled()).isEqualTo(1205);
    assertThat(fromCsvWithParticipants.total(CountBasis.PARTICIPANTS).enrolled())
        .isEqualTo(1205 - 12 - 10);
    assertThat(
            byModality
                .rate(RateKind.COMPLETION, CountBasis.PARTICIPANTS,
                    GroupKey.of("self-guided-distance"))
                .format(1, RoundingMode.HALF_UP))
        .isEqualTo("70.6 % (411 ÷ 582, half-up to 1 decimal)");
  }
}
