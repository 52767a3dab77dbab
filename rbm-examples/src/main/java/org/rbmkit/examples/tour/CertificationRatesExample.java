package org.rbmkit.examples.tour;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.List;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.GroupRate;
import org.rbmkit.kpi.certification.Rate;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;

/**
 * Step 5 of the tour: the ITC-ILO certification rates of 2022 by modality, certificate type and
 * pricing (seed 003), with confidence intervals.
 *
 * <p><b>The domain idea.</b> The Turin Centre certifies learning in three tiers (participation,
 * achievement, diploma) and reports how many participants who earned a certificate went on to
 * access it, by modality (face-to-face, tutor-supported online, self-guided distance), by
 * certificate type and by pricing. A rate is a count over a count, so the library keeps both:
 * rates of larger groups are computed by summing the counts, never by averaging the rates
 * (74 % online is 259/350, not the mean of 77.6 % and 72 %). The seed uses "taux de
 * certification" for two different ratios, so every rate here names its denominator. Small
 * groups are noisy: a 95 % Wilson interval shows how far a rate could move by chance, and groups
 * under 30 are flagged.
 *
 * <pre>{@code
 * CertificationTally t = CertificationTally.byEnrolments(MODALITY, CREDENTIAL, PRICING);
 * EnrolmentCsvReader.strict().read(reader, t::add);
 * t.toBreakdown().rollUp(MODALITY).rate(RateKind.UPTAKE, CountBasis.ENROLMENTS,
 *     GroupKey.of("tutor-supported-online"));   // uptake 259/350
 * }</pre>
 */
public final class CertificationRatesExample {

  /** The step's number in the tour. */
  public static final int STEP = 5;

  /** Groups with fewer earners than this are flagged as small. */
  public static final int SMALL_GROUP = 30;

  private CertificationRatesExample() {}

  /** A published figure and the groups of the breakdown it is about. */
  private record Claim(String label, String published, String source, List<GroupKey> groups) {}

  private static final String TSO = "tutor-supported-online";

  private static final List<Claim> CLAIMS = List.of(
      new Claim("face-to-face", "99 %", "l.2418-2419", List.of(
          GroupKey.of("face-to-face-campus"), GroupKey.of("face-to-face-field"))),
      new Claim("tutor-supported online", "74 %", "l.2419-2420", List.of(GroupKey.of(TSO))),
      new Claim("self-guided distance", "environ 25 %", "l.2420",
          List.of(GroupKey.of("self-guided-distance"))),
      new Claim("online, achievement", "77,6 %", "l.2425-2426",
          List.of(GroupKey.of(TSO, "achievement"))),
      new Claim("online, participation", "72 %", "l.2427",
          List.of(GroupKey.of(TSO, "participation"))),
      new Claim("online, achievement, fellowship", "en dessous de 68 %", "l.2429-2432",
          List.of(GroupKey.of(TSO, "achievement", "fellowship-funded"))),
      new Claim("online, achievement, paid", "dépasser 86 %", "l.2432-2434",
          List.of(GroupKey.of(TSO, "achievement", "paid"))));

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The 2022 enrolments by modality, credential tier and pricing. */
  public static Breakdown breakdown() {
    CertificationTally t =
        CertificationTally.byEnrolments(Dimension.MODALITY, Dimension.CREDENTIAL,
            Dimension.PRICING);
    try (Reader in = TourData.reader(TourData.ENROLMENTS_2022)) {
      EnrolmentCsvReader.strict().read(in, t::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t.toBreakdown();
  }

  /** The uptake rate of a published figure's groups, their counts summed. */
  public static Rate rate(Breakdown b, List<GroupKey> groups) {
    Breakdown rolled = b.rollUp(b.dimensions().subList(0, groups.get(0).size())
        .toArray(new Dimension[0]));
    StageCounts sum = StageCounts.ZERO;
    for (GroupKey g : groups) {
      sum = sum.plus(rolled.counts(CountBasis.ENROLMENTS, g));
    }
    return sum.accessedPerEarned();
  }

  /** Every group of the breakdown: counts, uptake rate and its 95 % interval. */
  public static TextTable groupTable(Breakdown b) {
    TextTable t = TextTable.withColumns("<modality", "<certificate", "<pricing", "enrolled",
        "earned", "accessed", "uptake", "<95 % CI", "<flag");
    for (GroupRate r : b.rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, SMALL_GROUP)) {
      StageCounts c = b.counts(CountBasis.ENROLMENTS, r.group());
      t.row(r.group().get(0), r.group().get(1), r.group().get(2), c.enrolled(),
          c.credentialEarned(), c.credentialAccessed(), percent(r.rate()),
          r.interval().map(w -> w.format(1, RoundingMode.HALF_UP)).orElse(""),
          r.isSmallGroup() ? "small" : "");
    }
    return t;
  }

  /** The published figures beside the rates recomputed from the counts. */
  public static TextTable claimTable(Breakdown b) {
    TextTable t = TextTable.withColumns("<group", "accessed/earned", "uptake", "<95 % CI",
        "<published", "<seed 003");
    for (Claim c : CLAIMS) {
      Rate r = rate(b, c.groups());
      t.row(c.label(), r.numerator() + "/" + r.denominator(), percent(r),
          r.wilson95().map(w -> w.format(1, RoundingMode.HALF_UP)).orElse(""), c.published(),
          c.source());
    }
    return t;
  }

  private static String percent(Rate r) {
    return Figures.percent(r.percent(1, RoundingMode.HALF_UP));
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    Breakdown b = breakdown();
    Narration n = new Narration(out);
    n.heading(STEP, "Certification rates 2022, with intervals");
    n.explain(
        "Uptake rate = participants who accessed their certificate / participants who earned",
        "it (the 2022 \"taux de certification\" of seed 003 l.2409-2411). Rates are shown in per",
        "cent half-up to one decimal, with the 95 % Wilson interval; groups of fewer than "
            + SMALL_GROUP + " earners",
        "are flagged. " + Figures.grouped(b.total(CountBasis.ENROLMENTS).enrolled())
            + " enrolments of 2022 by modality, certificate and pricing:");
    n.table(groupTable(b).render());
    n.explain(
        "The published figures, recomputed by summing the counts of their groups (never by",
        "averaging rates):");
    n.table(claimTable(b).render());
    n.source(TourData.ENROLMENTS_2022,
        "seed 003 l.2395-2520: certification rates 2022 by modality, certificate type and"
            + " pricing (percentages only)",
        "the counts are illustrative, chosen to give the published percentages exactly");
  }
}
