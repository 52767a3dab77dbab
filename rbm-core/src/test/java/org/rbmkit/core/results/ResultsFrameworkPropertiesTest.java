package org.rbmkit.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.document.DocumentValidator;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.core.text.LocalizedText;

/**
 * Seeded randomised properties: a generated framework written to JSON and read back is equal
 * and writes the same text; its document form validates without problems.
 */
class ResultsFrameworkPropertiesTest {

  private static final long SEED = 20242025L;

  @Test
  void jsonWriteThenRead_isTheIdentityOnGeneratedFrameworks() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 300; i++) {
      ResultsFramework f = framework(r);
      String at = "seed " + SEED + " case " + i;
      String json = RbmJson.mapper().writeValueAsString(f);
      ResultsFramework back = RbmJson.mapper().readValue(json, ResultsFramework.class);
      assertThat(back).as(at).isEqualTo(f);
      assertThat(RbmJson.mapper().writeValueAsString(back)).as(at).isEqualTo(json);
      assertThat(DocumentValidator.validate(ResultsFrameworkDocument.of(f))).as(at).isEmpty();
      for (ResultNode n : f.nodes()) {
        for (ResultNode c : n.children()) {
          assertThat(f.parent(c.code())).as(at).contains(n);
        }
      }
    }
  }

  static ResultsFramework framework(SplittableRandom r) {
    List<ResultNode> roots = new ArrayList<>();
    int outcomes = 1 + r.nextInt(5);
    List<String> codes = new ArrayList<>();
    for (int o = 1; o <= outcomes; o++) {
      ResultNode.Builder b = ResultNode.builder(String.valueOf(o), ResultLevel.OUTCOME, text(r, "Résultat " + o));
      codes.add(String.valueOf(o));
      int indicators = r.nextInt(3);
      for (int k = 0; k < indicators; k++) {
        b.indicator(indicator(r, o + "." + (char) ('a' + k)));
      }
      int outputs = r.nextInt(4);
      for (int p = 1; p <= outputs; p++) {
        ResultNode.Builder out =
            ResultNode.builder(o + "." + p, ResultLevel.OUTPUT, text(r, "Produit " + o + "." + p));
        if (r.nextInt(4) == 0) {
          out.indicator(indicator(r, "x"));
        }
        if (r.nextInt(5) == 0 && !codes.isEmpty()) {
          out.contributesTo(codes.get(r.nextInt(codes.size())));
        }
        if (r.nextBoolean()) {
          out.source("l." + r.nextInt(10_000));
        }
        b.child(out.build());
      }
      roots.add(b.build());
    }
    ResultsFramework f =
        ResultsFramework.of("ORG-" + r.nextInt(100), period(r), text(r, "Cadre"), roots);
    return r.nextBoolean() ? f.withSource("generated") : f;
  }

  private static LocalizedText text(SplittableRandom r, String base) {
    return switch (r.nextInt(3)) {
      case 0 -> LocalizedText.of("fr", base);
      case 1 -> LocalizedText.of("fr", base, "en", base + " (en)");
      default -> LocalizedText.of("fr-CH", base + " « ${x} {y} »", "es", base);
    };
  }

  private static Period period(SplittableRandom r) {
    int year = 1990 + r.nextInt(60);
    return switch (r.nextInt(5)) {
      case 0 -> CalendarYear.of(year);
      case 1 -> Biennium.startingIn(year);
      case 2 -> new PlanPeriod(year, year + 2 + r.nextInt(4));
      case 3 -> Quarter.of(year, 1 + r.nextInt(4));
      default -> DateRange.parse(year + "-03-0" + (1 + r.nextInt(9)) + "/" + (year + 1) + "-02-28");
    };
  }

  private static Indicator indicator(SplittableRandom r, String code) {
    Measure m = Measure.values()[r.nextInt(Measure.values().length)];
    Indicator.Builder b = Indicator.builder(code, text(r, "Indicateur " + code), m);
    b.unit(m == Measure.CURRENCY ? "EUR" : m == Measure.PERCENTAGE ? "%" : r.nextBoolean() ? "" : "participants");
    Direction d = Direction.values()[r.nextInt(Direction.values().length)];
    if (d == Direction.MAINTAIN) {
      b.maintainWithin(new BigDecimal("90.0"), new BigDecimal("100"));
    } else {
      b.direction(d);
    }
    b.cumulation(Cumulation.values()[r.nextInt(Cumulation.values().length)]);
    if (r.nextBoolean()) {
      b.baseline(new Baseline(CalendarYear.of(2020 + r.nextInt(4)), value(r, m)));
    }
    int years = r.nextInt(3);
    for (int y = 0; y < years; y++) {
      b.target(new PeriodValue(CalendarYear.of(2024 + y), value(r, m)));
      if (r.nextBoolean()) {
        b.actual(new PeriodValue(CalendarYear.of(2024 + y), value(r, m)));
        b.actual(new PeriodValue(CalendarYear.of(2024 + y), value(r, m).withDimension("sex", "female")));
      }
      if (r.nextInt(3) == 0) {
        b.milestone(new PeriodValue(Quarter.of(2024 + y, 2), value(r, m)));
      }
    }
    return b.build();
  }

  private static IndicatorValue value(SplittableRandom r, Measure m) {
    Value v =
        switch (m) {
          case RATIO -> RatioValue.of(r.nextInt(1000), r.nextInt(1000));
          case QUALITATIVE -> new TextValue("Texte " + r.nextInt(100));
          case NOMINAL, ORDINAL -> r.nextBoolean() ? new TextValue("Niveau " + r.nextInt(5)) : decimal(r, 0);
          case CURRENCY -> decimal(r, 2);
          default -> decimal(r, 4);
        };
    IndicatorValue iv = IndicatorValue.of(v).with(Qualifier.values()[r.nextInt(Qualifier.values().length)]);
    return r.nextInt(4) == 0 ? iv.withDimension("region", "Région " + r.nextInt(3)) : iv;
  }

  private static DecimalValue decimal(SplittableRandom r, int maxScale) {
    return DecimalValue.of(BigDecimal.valueOf(r.nextLong(-10_000_000L, 10_000_000L), r.nextInt(maxScale + 1)));
  }
}
