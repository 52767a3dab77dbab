package org.rbmkit.kpi.achievement;

import static org.rbmkit.kpi.achievement.Indicators.pv;

import java.math.BigDecimal;
import java.util.List;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;

/**
 * The example framework of {@code achievement/example-framework.json}: the structure of the ILO IT
 * strategy 2018-2021 (seed 004: 3 outcomes, 10 outputs, titles as printed) with indicators whose
 * baselines and targets are illustrative; the actuals 72/119 (l.36), 239 sessions by language
 * (l.160) and 3 field offices and 4 departments on Teams (l.119) are the seed's.
 */
final class ExampleFramework {

  static final String RESOURCE = "/achievement/example-framework.json";

  private ExampleFramework() {}

  static ResultsFramework build() {
    String plan = "2018-2021";
    Indicator newServices =
        Indicator.builder(
                "1.a",
                LocalizedText.of(
                    "en",
                        "Share of completed IT projects delivering new services or major"
                            + " improvements",
                    "fr",
                        "Part des projets informatiques menés à bien portant sur de nouvelles"
                            + " offres de services"),
                Measure.RATIO)
            .unit("projects")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.NON_CUMULATIVE)
            .baseline(Baseline.inYear(2017, IndicatorValue.ratio(50, 100)))
            .target(pv(plan, IndicatorValue.ratio(65, 100).with(Qualifier.AT_LEAST)))
            .actual(pv("2021", IndicatorValue.ratio(72, 119)))
            .build();
    Indicator trained =
        Indicator.builder(
                "1.1.a",
                LocalizedText.of(
                    "en",
                    "Staff trained on remote collaboration tools",
                    "fr",
                    "Fonctionnaires formés aux outils de travail à distance"),
                Measure.UNIT)
            .unit("staff")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(Baseline.inYear(2017, IndicatorValue.of(0)))
            .target(pv(plan, IndicatorValue.of(800)))
            .actual(pv("2018", IndicatorValue.of(150)))
            .actual(pv("2019", IndicatorValue.of(200)))
            .actual(pv("2020", IndicatorValue.of(250)))
            .actual(pv("2021", IndicatorValue.of(180)))
            .build();
    Indicator unsupported =
        Indicator.builder(
                "1.2.a",
                LocalizedText.of(
                    "en",
                    "Desktops running unsupported software",
                    "fr",
                    "Ordinateurs de bureau dotés de logiciels non pris en charge"),
                Measure.PERCENTAGE)
            .unit("%")
            .direction(Direction.DECREASE)
            .cumulation(Cumulation.NON_CUMULATIVE)
            .baseline(Baseline.inYear(2017, IndicatorValue.of(30)))
            .target(pv(plan, IndicatorValue.of(5)))
            .actual(pv("2020", IndicatorValue.of(15)))
            .actual(pv("2021", IndicatorValue.of(12)))
            .build();
    Indicator iris =
        Indicator.builder(
                "1.3.a",
                LocalizedText.of("en", "IRIS upgrade", "fr", "Actualisation d'IRIS"),
                Measure.QUALITATIVE)
            .target(pv(plan, IndicatorValue.text("completed")))
            .actual(pv("2021", IndicatorValue.text("in progress, completion expected in 2022")))
            .build();
    Indicator availability =
        Indicator.builder(
                "2.a",
                LocalizedText.of(
                    "en",
                    "Availability of core IT services",
                    "fr",
                    "Disponibilité des services informatiques essentiels"),
                Measure.PERCENTAGE)
            .unit("%")
            .maintainWithin(new BigDecimal("99"), new BigDecimal("100"))
            .cumulation(Cumulation.NON_CUMULATIVE)
            .target(pv(plan, IndicatorValue.of("99.5")))
            .actual(pv("2021", IndicatorValue.of("99.6")))
            .build();
    Indicator iati =
        Indicator.builder(
                "2.1.a",
                LocalizedText.of(
                    "en", "Level of compliance with the IATI standard (0 none to 3 full)",
                    "fr", "Niveau de conformité à la norme de l'IITA (0 nul à 3 total)"),
                Measure.ORDINAL)
            .direction(Direction.INCREASE)
            .baseline(Baseline.inYear(2017, IndicatorValue.of(0)))
            .target(pv(plan, IndicatorValue.of(3)))
            .actual(pv("2021", IndicatorValue.of(1)))
            .build();
    Indicator dashboards =
        Indicator.builder(
                "2.2.a",
                LocalizedText.of(
                    "en",
                    "Corporate dashboards published",
                    "fr",
                    "Tableaux de bord institutionnels publiés"),
                Measure.UNIT)
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.NON_SUMMING_CUMULATIVE)
            .baseline(Baseline.inYear(2017, IndicatorValue.of(2)))
            .target(pv(plan, IndicatorValue.of(10)))
            .build();
    Indicator offices =
        Indicator.builder(
                "3.a",
                LocalizedText.of(
                    "en", "Field offices using Microsoft Teams for global collaboration",
                    "fr",
                        "Bureaux extérieurs utilisant Microsoft Teams pour la collaboration"
                            + " mondiale"),
                Measure.UNIT)
            .unit("offices")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.NON_SUMMING_CUMULATIVE)
            .baseline(Baseline.inYear(2020, IndicatorValue.of(0)))
            .target(pv(plan, IndicatorValue.of(7)))
            .actual(pv("2021", IndicatorValue.of(3)))
            .build();
    Indicator sessions =
        Indicator.builder(
                "3.1.a",
                LocalizedText.of(
                    "en",
                    "Online information sessions on Microsoft 365",
                    "fr",
                    "Séances d'information en ligne sur Microsoft 365"),
                Measure.UNIT)
            .unit("sessions")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(Baseline.inYear(2020, IndicatorValue.of(0)))
            .target(pv(plan, IndicatorValue.of(200)))
            .actual(pv("2021", IndicatorValue.of(239)))
            .actual(pv("2021", IndicatorValue.of(117).withDimension("language", "en")))
            .actual(pv("2021", IndicatorValue.of(68).withDimension("language", "fr")))
            .actual(pv("2021", IndicatorValue.of(54).withDimension("language", "es")))
            .build();
    Indicator departments =
        Indicator.builder(
                "3.1.b",
                LocalizedText.of(
                    "en", "Headquarters departments using Microsoft Teams for global collaboration",
                    "fr",
                        "Départements du siège utilisant Microsoft Teams pour la collaboration"
                            + " mondiale"),
                Measure.UNIT)
            .unit("departments")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.NON_SUMMING_CUMULATIVE)
            .baseline(Baseline.inYear(2020, IndicatorValue.of(0)))
            .target(pv(plan, IndicatorValue.of(4)))
            .actual(pv("2021", IndicatorValue.of(4)))
            .build();

    ResultNode o1 =
        outcome("1", "Une OIT plus efficace", "seed 004 l.46")
            .indicator(newServices)
            .child(
                output(
                    "1.1",
                    "Une portée élargie et une plus grande disponibilité des services"
                        + " informatiques, où que l'utilisateur se trouve",
                    50,
                    trained))
            .child(
                output(
                    "1.2",
                    "Une utilisation enrichie et plus sécurisée des ordinateurs de bureau",
                    65,
                    unsupported))
            .child(output("1.3", "Des applications administratives plus adaptées", 71, iris))
            .build();
    ResultNode o2 =
        outcome("2", "Une OIT plus rationnelle dans sa gestion des données", "seed 004 l.81")
            .indicator(availability)
            .child(
                output(
                    "2.1",
                    "Une plus grande qualité et une meilleure utilisation des données de l'OIT",
                    85,
                    iati))
            .child(
                output(
                    "2.2",
                    "Une information institutionnelle améliorée et plus exploitable",
                    89,
                    dashboards))
            .child(
                output(
                    "2.3",
                    "Des tableaux de bord en ligne mieux adaptés aux objectifs recherchés",
                    94))
            .child(output("2.4", "Meilleure gestion du contenu institutionnel", 102))
            .build();
    ResultNode o3 =
        outcome("3", "Une OIT plus participative", "seed 004 l.108")
            .indicator(offices)
            .child(
                output(
                    "3.1",
                    "Des outils de collaboration enrichis pour une plus grande efficacité"
                        + " d'exécution",
                    116,
                    sessions,
                    departments))
            .child(
                output(
                    "3.2",
                    "Un Intranet adapté aux besoins des fonctionnaires, selon leurs fonctions et"
                        + " leurs préférences",
                    121))
            .child(
                output(
                    "3.3",
                    "Un site Web amélioré pour mieux promouvoir la mission de l'OIT et sa"
                        + " contribution au monde du travail",
                    125))
            .build();
    return ResultsFramework.of(
        "ILO",
        PlanPeriod.parse(plan),
        LocalizedText.of(
            "en",
                "ILO Information Technology Strategy 2018-2021 (example: illustrative baselines and"
                    + " targets)",
            "fr",
                "Stratégie de l'OIT en matière de technologies de l'information (2018-2021)"
                    + " (exemple)"),
        List.of(o1, o2, o3));
  }

  private static ResultNode.Builder outcome(String code, String title, String source) {
    return ResultNode.builder(code, ResultLevel.OUTCOME, LocalizedText.of("fr", title))
        .source(source);
  }

  private static ResultNode output(String code, String title, int line, Indicator... indicators) {
    ResultNode.Builder b =
        ResultNode.builder(code, ResultLevel.OUTPUT, LocalizedText.of("fr", title))
            .source("seed 004 l." + line);
    for (Indicator i : indicators) {
      b.indicator(i);
    }
    return b.build();
  }
}
