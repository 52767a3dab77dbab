package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;
import org.rbmkit.kpi.benchmark.MetricTable.PeerGroupSummary;

/** Comparisons published in seed 003 (ITC-ILO Programme and Budget 2024-25), reproduced. */
class SeedBenchmarkTest {

  private static final String SEED = "003_48c9e38aa93a128e.txt";
  private static final CalendarYear Y2019 = CalendarYear.of(2019);
  private static final CalendarYear Y2021 = CalendarYear.of(2021);
  private static final CalendarYear Y2022 = CalendarYear.of(2022);
  private static final Biennium B2022 = Biennium.parse("2022-23");
  private static final Biennium B2024 = Biennium.parse("2024-25");
  private static final String NET = "net";

  private final Benchmark benchmark = Benchmark.of(BenchmarkOptions.defaults());

  private static BenchmarkSet visits() {
    return BenchmarkSet.builder()
        .name("ITC-ILO website visits")
        .metric(Metric.of("visits", "Website visits", "visits", Direction.HIGHER_IS_BETTER))
        .entity(BenchmarkEntity.of("itcilo", "organisation", "ITC-ILO"))
        .value("itcilo", "visits", Y2022, "729000") // seed 003 l.1604: 729 000 visits in 2022
        .value("itcilo", "visits", Y2021, "663000") // seed 003 l.1606: 663 000 in 2021
        .value("itcilo", "visits", Y2019, "433000") // seed 003 l.1606: 433 000 in 2019
        .build();
  }

  @Test
  void websiteVisits_2022Against2021_isTheRise_ofTenPercent() {
    Change c = benchmark.changes(visits(), "visits", Y2021, Y2022).change("itcilo").orElseThrow();

    assertThat(c.absolute()).isEqualTo(new BigDecimal("66000"));
    // seed 003 l.1604: "une hausse de 10 pour cent par rapport à 2021"; 9.95 % rounded half-up
    assertThat(c.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("10"));
    assertThat(c.percent(2, RoundingMode.HALF_UP)).contains(new BigDecimal("9.95"));
    assertThat(c.percent(MathContext.DECIMAL64)).contains(new BigDecimal("9.954751131221719"));
    assertThat(c.isImprovement(Direction.HIGHER_IS_BETTER)).isTrue();
  }

  @Test
  void websiteVisits_2022Against2019_isTheRise_of68Percent() {
    Change c = benchmark.changes(visits(), "visits", Y2019, Y2022).change("itcilo").orElseThrow();

    assertThat(c.absolute()).isEqualTo(new BigDecimal("296000"));
    // seed 003 l.1606: "de 68 pour cent par rapport à 2019"; 68.36 % rounded half-up
    assertThat(c.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("68"));
    assertThat(c.percent(2, RoundingMode.HALF_UP)).contains(new BigDecimal("68.36"));
  }

  @Test
  void websiteVisits_againstPlan_comparesWithTheLatestEarlierYear() {
    PlanComparison p = benchmark.againstPlan(visits(), "itcilo", "visits", Y2022).orElseThrow();

    assertThat(p.actual()).isEqualTo(new BigDecimal("729000"));
    assertThat(p.target()).isEmpty();
    assertThat(p.sincePrevious()).isPresent();
    assertThat(p.sincePrevious().get().from()).isEqualTo(Y2021);
    assertThat(p.sincePrevious().get().fromValue()).isEqualTo(new BigDecimal("663000"));
    // seed 003 l.1604: "plus de 700 000 visites": 729 000 against a floor of 700 000
    BenchmarkSet withFloor =
        BenchmarkSet.builder()
            .metric(Metric.of("visits", "Website visits", "visits", Direction.HIGHER_IS_BETTER))
            .entity(BenchmarkEntity.of("itcilo", "organisation", "ITC-ILO"))
            .value("itcilo", "visits", Y2022, "729000")
            .target("itcilo", "visits", Y2022, "700000")
            .build();
    PlanComparison f = benchmark.againstPlan(withFloor, "itcilo", "visits", Y2022).orElseThrow();
    assertThat(f.gapToTarget().orElseThrow().difference()).isEqualTo(new BigDecimal("29000"));
    assertThat(f.gapToTarget().orElseThrow().isFavourable()).isTrue();
    assertThat(f.sincePrevious()).isEmpty();
  }

  @Test
  void onlineShare_of59Percent_fallsShortOfThePlannedTwoThirds() {
    // seed 003 l.1407: "un ratio de 2:1 entre la formation en ligne et la formation présentielle"
    // (l.1373: "deux tiers des activités de formation seront des activités d'apprentissage en ligne")
    PlannedRatio plan = PlannedRatio.of(2, 1);
    // seed 003 l.1389–1391: online "59 pour cent de toutes les activités de formation en 2022"
    BigDecimal online2022 = new BigDecimal("0.59");
    // seed 003 l.1391: "et 60 pour cent en avril 2023"
    BigDecimal onlineApril2023 = new BigDecimal("0.60");

    assertThat(plan.plannedShare(MathContext.DECIMAL64)).isEqualTo(new BigDecimal("0.6666666666666667"));
    assertThat(plan.gapInPoints(online2022, 2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("-7.67"));
    assertThat(plan.gapInPoints(onlineApril2023, 2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("-6.67"));
    assertThat(plan.isMet(online2022)).isFalse();
    assertThat(plan.isMet(new BigDecimal("0.67"))).isTrue();
    // 59:41 is 1.44 online activities per face-to-face one, against 2 planned
    assertThat(plan.actualRatio(online2022, new MathContext(3, RoundingMode.HALF_UP)))
        .contains(new BigDecimal("1.44"));
  }

  @Test
  void onlineShare_asABenchmarkSet_rankedAgainstTheTargetOfTwoThirds() {
    Period april2023 = DateRange.parse("2023-01-01/2023-04-30");
    BenchmarkSet set =
        BenchmarkSet.builder()
            .metric(Metric.of("online", "Online share of training", "%", Direction.HIGHER_IS_BETTER))
            .entity(BenchmarkEntity.of("itcilo", "organisation", "ITC-ILO"))
            .value("itcilo", "online", Y2022, "59") // seed 003 l.1389
            .value("itcilo", "online", april2023, "60") // seed 003 l.1391
            // seed 003 l.1407: 2:1 online to face-to-face, two thirds in percent to 2 places
            .target("itcilo", "online", Y2022, "66.67")
            .build();

    PlanComparison p = benchmark.againstPlan(set, "itcilo", "online", april2023).orElseThrow();
    assertThat(p.sincePrevious().orElseThrow().absolute()).isEqualTo(new BigDecimal("1"));
    Position pos = benchmark.table(set, "online", Y2022).position("itcilo").orElseThrow();
    assertThat(pos.gapToTarget().orElseThrow().difference()).isEqualTo(new BigDecimal("-7.67"));
    assertThat(pos.gapToTarget().orElseThrow().isFavourable()).isFalse();
  }

  /**
   * Net resources of the main budget table (seed 003 l.4544–4669, kEUR) as entities: the three
   * own revenue streams (items 10–12) and the voluntary contributors (item 13), grouped by
   * chapter. One value per column; the Piedmont Region, and Turin in the approved budget, print
   * "-" (no amount) and are reported missing.
   */
  private static BenchmarkSet budget(Period period, Map<String, String> amounts) {
    BenchmarkSet.Builder b =
        BenchmarkSet.builder()
            .name("ITC-ILO net resources, kEUR")
            .metric(Metric.of(NET, "Net resources", "kEUR", Direction.HIGHER_IS_BETTER));
    for (String[] e :
        List.of(
            new String[] {"item-10", "own-revenue", "Training and non-training activities"},
            new String[] {"item-11", "own-revenue", "Multimedia services"},
            new String[] {"item-12", "own-revenue", "Miscellaneous"},
            new String[] {"ilo", "voluntary", "International Labour Organization"},
            new String[] {"italy", "voluntary", "Government of Italy (ex-lege)"},
            new String[] {"piedmont", "voluntary", "Piedmont Region (Italy)"},
            new String[] {"portugal", "voluntary", "Government of Portugal"},
            new String[] {"turin", "voluntary", "City of Turin"})) {
      b.entity(new BenchmarkEntity(e[0], "budget-line", e[2], Map.of("chapter", e[1])));
    }
    amounts.forEach((entity, amount) -> b.value(entity, NET, period, amount));
    return b.build();
  }

  // seed 003 l.4568, l.4576, l.4584, l.4600, l.4602, l.4606, l.4608: column "2022-23 Budget"
  private static final Map<String, String> APPROVED_2022_23 =
      Map.of("item-10", "27300", "item-11", "1120", "item-12", "1710", "ilo", "8398",
          "italy", "15700", "portugal", "500");
  // same lines, column "2022-23 Prévisions"
  private static final Map<String, String> FORECAST_2022_23 =
      Map.of("item-10", "31767", "item-11", "1822", "item-12", "3379", "ilo", "10285",
          "italy", "15700", "portugal", "500", "turin", "180");
  // same lines, column "2024-25 Proposition de budget"
  private static final Map<String, String> PROPOSAL_2024_25 =
      Map.of("item-10", "29470", "item-11", "1630", "item-12", "2789", "ilo", "10086",
          "italy", "15700", "portugal", "500", "turin", "360");

  private MetricTable byChapter(BenchmarkSet set, Period period) {
    return Benchmark.of(BenchmarkOptions.defaults().withPeerAttributes(List.of("chapter")))
        .table(set, NET, period);
  }

  private static PeerGroup chapter(String c) {
    return new PeerGroup(Map.of("chapter", c));
  }

  private static BigDecimal percent2(BigDecimal p) {
    return p.setScale(2, RoundingMode.HALF_UP);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // column, own revenue (l.4586), voluntary (l.4610, recomputed), total (l.4615, recomputed),
    // own share %, voluntary share % (to 2 places, half-up)
    "approved 2022-23, 30130, 24598, 54728, 55.05, 44.95",
    "forecast 2022-23, 36968, 26665, 63633, 58.10, 41.90",
    "proposal 2024-25, 33889, 26646, 60535, 55.98, 44.02",
  })
  void budgetColumns_sharesOfOwnRevenue_andVoluntaryContributions(
      String column, String own, String voluntary, String total, String ownShare, String volShare) {
    Map<String, String> amounts =
        switch (column) {
          case "approved 2022-23" -> APPROVED_2022_23;
          case "forecast 2022-23" -> FORECAST_2022_23;
          default -> PROPOSAL_2024_25;
        };
    Period period = column.endsWith("2024-25") ? B2024 : B2022;
    MetricTable t = byChapter(budget(period, amounts), period);

    assertThat(t.total()).isEqualByComparingTo(total);
    PeerGroupSummary o = t.peerGroups().get(chapter("own-revenue"));
    PeerGroupSummary v = t.peerGroups().get(chapter("voluntary"));
    assertThat(o.total()).isEqualByComparingTo(own);
    assertThat(v.total()).isEqualByComparingTo(voluntary);
    assertThat(percent2(o.shareOfTotal().orElseThrow())).isEqualTo(new BigDecimal(ownShare));
    assertThat(percent2(v.shareOfTotal().orElseThrow())).isEqualTo(new BigDecimal(volShare));
    assertThat(o.shareOfTotal().get().add(v.shareOfTotal().get()))
        .isCloseTo(new BigDecimal("100"), within(new BigDecimal("1e-30")));
    assertThat(t.missing()).extracting(Missing::entity).contains("piedmont");
    // item 10, training, is the largest single resource in every column
    assertThat(t.best(1).get(0).entity()).isEqualTo("item-10");
  }

  @Test
  void budgetForecast_voluntaryTotal_isRecomputedFromContributors_notTakenFromPrint() {
    MetricTable t = byChapter(budget(B2022, FORECAST_2022_23), B2022);
    BigDecimal recomputed = t.peerGroups().get(chapter("voluntary")).total();
    // seed 003 l.4610: item 13 printed as 26 678 in the forecast column; its lines sum to 26 665
    assertThat(recomputed).isEqualByComparingTo("26665");
    assertThat(new BigDecimal("26678").subtract(recomputed)).isEqualByComparingTo("13");
    // seed 003 l.4615: total net available printed 63 646, i.e. 36 968 + the printed 26 678
    assertThat(t.total()).isEqualByComparingTo("63633");
  }

  @Test
  void budget_proposalAgainstApproved_changesPerLine() {
    BenchmarkSet.Builder b =
        BenchmarkSet.builder()
            .metric(Metric.of(NET, "Net resources", "kEUR", Direction.HIGHER_IS_BETTER));
    for (String id : List.of("item-10", "item-13")) {
      b.entity(BenchmarkEntity.of(id, "budget-line", id));
    }
    BenchmarkSet set =
        b.value("item-10", NET, B2022, "27300") // seed 003 l.4568, approved 2022-23
            .value("item-10", NET, B2024, "29470") // seed 003 l.4568, proposal 2024-25
            .value("item-13", NET, B2022, "24598") // seed 003 l.4610, approved 2022-23
            .value("item-13", NET, B2024, "26646") // seed 003 l.4610, proposal 2024-25
            .build();

    ChangeTable c = benchmark.changes(set, NET, B2022, B2024);
    assertThat(c.change("item-10").orElseThrow().absolute()).isEqualByComparingTo("2170");
    assertThat(c.change("item-10").orElseThrow().percent(1, RoundingMode.HALF_UP))
        .contains(new BigDecimal("7.9"));
    assertThat(c.change("item-13").orElseThrow().percent(1, RoundingMode.HALF_UP))
        .contains(new BigDecimal("8.3"));
    assertThat(c.format(1, RoundingMode.HALF_UP))
        .contains("item-10: 27300 -> 29470, +2170, +7.9 %");
  }

  @ParameterizedTest(name = "l.{0} has \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "1604|729 000 contre",
        "1604|hausse de 10 pour cent",
        "1606|663 000",
        "1606|68 pour cent par rapport à 2019 (729 000 contre 433 000)",
        "1389|59 pour cent de toutes les activités de formation",
        "1391|en 2022 et 60 pour cent en avril 2023",
        "1407|ratio de 2:1 entre la formation en ligne et la formation présentielle",
        "4568|27 300 31 767 29 470",
        "4576|11 Contribution nette des services multimédias 1 120 1 822 1 630",
        "4584|12 Contribution nette des sources diverses 1 710 3 379 2 789",
        "4586|30 130 36 968 33 889",
        "4600|Organisation internationale du Travail 8 398 10 285 10 086",
        "4602|15 700 15 700 15 700",
        "4604|Région Piémont (Italie) - - -",
        "4606|Gouvernement portugais 500 500 500",
        "4608|Ville de Turin - 180 360",
        "4610|13 Total contributions volontaires 24 598 26 678 26 646",
        "4615|54 728 63 646 60 535",
      })
  void seedLines_holdTheFiguresTypedIn(int line, String text) throws IOException {
    List<String> lines = org.rbmkit.core.testing.Sources.seedLines(SEED);
    // the seed separates thousands with no-break spaces
    assertThat(lines.get(line - 1).replace('\u00A0', ' ').replace('\u202F', ' ')).contains(text);
  }
}
