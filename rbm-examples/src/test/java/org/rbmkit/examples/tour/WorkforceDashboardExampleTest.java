package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.workforce.CountryCode;
import org.rbmkit.kpi.workforce.GenderParity;
import org.rbmkit.kpi.workforce.GeographicRepresentation;
import org.rbmkit.kpi.workforce.Workforce;

class WorkforceDashboardExampleTest {

  private static final Workforce W = TourData.workforce();

  @Test
  void composition_parity_andRepresentation() {
    assertThat(WorkforceDashboardExample.byBandAndGender(W).rows())
        .extracting(r -> String.join("/", r.keys()) + "=" + r.count())
        .containsExactly("P-5 and above/female=2", "P-5 and above/male=1",
            "below P-5/female=5", "below P-5/male=3", "below P-5/not-stated=1");
    GenderParity p = WorkforceDashboardExample.parity(W);
    // 3 women of 7 professionals: 42.86 % → −7.14 points from 50 %
    assertThat(p.row("professional").orElseThrow().gapToTarget(2, RoundingMode.HALF_EVEN))
        .contains(new BigDecimal("-7.14"));
    assertThat(p.total().gapToTarget(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("8.33"));
    GeographicRepresentation g = WorkforceDashboardExample.representation(W);
    assertThat(g.unrepresented()).containsExactly(CountryCode.of("NGA"));
    assertThat(g.underRepresented()).containsExactly(CountryCode.of("CHN"));
    assertThat(g.overRepresented()).containsExactly(CountryCode.of("FRA"));
  }

  @Test
  void print_showsTheDashboard() {
    String text = Printed.by(WorkforceDashboardExample::print);
    assertThat(text)
        .containsPattern("below P-5 +female +5 +4\\.3 +41\\.7 %\\n")
        .containsPattern("professional +3 +3 +1 +7 +42\\.9 % +-7\\.14\\n")
        .containsPattern("NGA +0 +1-3 +unrepresented")
        .contains("Unrepresented: NGA; under-represented: CHN; over-represented: FRA.");
  }
}
