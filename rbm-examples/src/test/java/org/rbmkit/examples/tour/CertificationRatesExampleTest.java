package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Rate;

class CertificationRatesExampleTest {

  private static final Breakdown B = CertificationRatesExample.breakdown();

  private static Rate rate(GroupKey... groups) {
    return CertificationRatesExample.rate(B, List.of(groups));
  }

  @Test
  void publishedRates_recomputedFromCounts() {
    assertThat(B.total(CountBasis.ENROLMENTS).enrolled()).isEqualTo(1205);
    // seed 003 l.2418-2419: 99 % face-to-face
    Rate f2f = rate(GroupKey.of("face-to-face-campus"), GroupKey.of("face-to-face-field"));
    assertThat(f2f).isEqualTo(Rate.parse("uptake 198/200"));
    assertThat(f2f.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("99"));
    // seed 003 l.2419-2420: 74 % tutor-supported online
    assertThat(rate(GroupKey.of("tutor-supported-online")))
        .isEqualTo(Rate.parse("uptake 259/350"));
    // seed 003 l.2420: "environ 25 pour cent" self-guided
    Rate sg = rate(GroupKey.of("self-guided-distance"));
    assertThat(sg).isEqualTo(Rate.parse("uptake 99/400"));
    assertThat(sg.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("25"));
    // seed 003 l.2425-2427: achievement 77,6 %, participation 72 %
    assertThat(rate(GroupKey.of("tutor-supported-online", "achievement")))
        .isEqualTo(Rate.parse("uptake 97/125"));
    assertThat(rate(GroupKey.of("tutor-supported-online", "participation")))
        .isEqualTo(Rate.parse("uptake 162/225"));
    // seed 003 l.2429-2434: fellowship-funded below 68 %, paid above 86 %
    Rate fellowship = rate(GroupKey.of("tutor-supported-online", "achievement",
        "fellowship-funded"));
    assertThat(fellowship.compareToPercent(new BigDecimal("68"))).contains(-1);
    assertThat(fellowship.wilson95().orElseThrow().format(1, RoundingMode.HALF_UP))
        .isEqualTo("[54.1 %, 77.3 %]");
    assertThat(rate(GroupKey.of("tutor-supported-online", "achievement", "paid"))
        .compareToPercent(new BigDecimal("86"))).contains(1);
  }

  @Test
  void print_showsGroupsIntervalsAndPublishedFigures() {
    String text = Printed.by(CertificationRatesExample::print);
    assertThat(text)
        .containsPattern("tutor-supported-online +achievement +fellowship-funded +75 +60 +40"
            + " +66\\.7 % +\\[54\\.1 %, 77\\.3 %\\]\\n")
        .containsPattern("face-to-face +198/200 +99\\.0 % +\\[96\\.4 %, 99\\.7 %\\] +99 %"
            + " +l\\.2418-2419\\n")
        .containsPattern("self-guided distance +99/400 +24\\.8 % .* +environ 25 %")
        .contains("1 205 enrolments");
  }
}
