package org.rbmkit.kpi.workplan;

import java.util.List;
import org.rbmkit.core.period.PlanPeriod;

/**
 * The WTO Human Resources Division workplan of the people strategy 2024-2027, typed in from seed
 * 000 ({@code 000_1422e198009fd066.txt}); each objective names the line it comes from.
 *
 * <p>Priority titles are those of the list at l.43–50 (the workplan headings repeat them with
 * small wording changes, l.178 "et l'optimisation"). Status and percent complete are not
 * reported: the document is a plan. Activity texts are left out except for objective 2.3, whose
 * table row the text extraction split across l.164–165: l.164 carries a first activity with an
 * empty objective cell and an empty team cell (the merged cells were printed on the next line),
 * l.165 the second activity with the objective and its team; both rows say "En cours".
 */
final class WtoHrWorkplan {

  static final String SEED = "000_1422e198009fd066.txt";

  static final String FPP = "Formation et perfectionnement du personnel";
  static final String RA = "Recrutement et affectations";
  static final String BCIN = "BCIn";
  static final String DRH = "DRH dans son ensemble";
  static final String PSS = "Politiques et sécurité sociale";
  static final String OPS = "Opérations RH";
  static final String MED = "Service médical";

  /** An objective with the seed line of its table row and the timeline exactly as printed. */
  record Row(int line, String priority, String code, String title, List<String> teams, String printedTimeline) {}

  /** Priority code, seed line of the list entry, title. */
  record Priority(String code, int line, String title) {}

  static final List<Priority> PRIORITIES =
      List.of(
          new Priority("1", 43, "Établir des pratiques efficaces et efficientes d'acquisition et de déploiement des talents à l'échelle du Secrétariat"),
          new Priority("2", 44, "Former les fonctionnaires et promouvoir leur perfectionnement pour mettre en application la Stratégie du Secrétariat"),
          new Priority("3", 45, "Recourir à la prise de décisions et à l'optimisation des processus basées sur les données"),
          new Priority("4", 46, "Concevoir et appliquer des processus encadrés par un ensemble de politiques moderne, accessible et juridiquement solide"),
          new Priority("5", 47, "Veiller à ce que les prestations et les droits soient administrés de manière rapide, juste et équitable"),
          new Priority("6", 48, "Positionner le Secrétariat comme un organisme attaché à la diversité, à l'équité et à l'inclusion de l'ensemble des membres du personnel"),
          new Priority("7", 49, "Garantir le bien-être des fonctionnaires grâce à une couverture médicale optimale, des initiatives en faveur du bien-être du personnel et des dispositions en matière de sécurité sociale"),
          new Priority("8", 50, "Renforcer la culture du Secrétariat en matière de gestion du comportement professionnel et promouvoir un environnement de travail harmonieux"));

  static final List<Row> ROWS =
      List.of(
          // priority 1, table under the heading at l.148
          new Row(151, "1", "1.1", "Dresser un inventaire des talents sur la base des compétences", List.of(FPP, RA), "T2, 2024"),
          new Row(152, "1", "1.2", "Élaborer et mettre en œuvre une nouvelle politique de recrutement", List.of(RA), "T1, 2024"),
          new Row(153, "1", "1.3", "Gérer les processus de recrutement de fonctionnaires au bénéfice de contrats de durée déterminée et de contrats de courte durée conformément à la politique", List.of(RA), "En cours"),
          // priority 2, tables under the headings at l.157 and l.171
          new Row(160, "2", "2.1", "Promouvoir une culture de la formation et du perfectionnement continus des membres du personnel, qui doivent exercer leurs activités et obtenir des résultats dans un environnement qui évolue rapidement", List.of(FPP), "En cours"),
          new Row(161, "2", "2.2", "Renforcer la participation aux activités de formation et le respect des programmes obligatoires", List.of(FPP, BCIN), "T1, 2024"),
          new Row(165, "2", "2.3", "Renforcer la mise en application du résultat des activités d'apprentissage au travail", List.of(FPP), "En cours"),
          new Row(174, "2", "2.4", "Renforcer les capacités de leadership", List.of(FPP), "T2 et T3, 2024"),
          // priority 3, l.178
          new Row(181, "3", "3.1", "Dresser un inventaire des compétences fonctionnelles et des niveaux d'expertise", List.of(DRH), "2024"),
          new Row(182, "3", "3.2", "Optimiser Workday", List.of(DRH), "2024"),
          new Row(183, "3", "3.3", "Appliquer des technologies numériques pour la gestion des personnes", List.of(DRH), "En cours"),
          // priority 4, l.187
          new Row(190, "4", "4.1", "Établir un cadre de délégation de pouvoir au niveau des RH", List.of(PSS), "T1, 2024"),
          new Row(191, "4", "4.2", "Élaborer un recueil des politiques RH", List.of(PSS), "T2, 2024"),
          new Row(192, "4", "4.3", "Améliorer la connaissance des politiques", List.of(PSS), "En cours"),
          // priority 5, l.196
          new Row(199, "5", "5.1", "Assurer une administration efficace et cohérente des prestations accordées au personnel", List.of(OPS), "En cours"),
          new Row(200, "5", "5.2", "Mettre au point un ensemble de procédures opérationnelles normalisées pour les RH", List.of(OPS), "2024"),
          new Row(201, "5", "5.3", "Mettre en œuvre des programmes de prestations", List.of(PSS), "2024"),
          // priority 6, l.205
          new Row(208, "6", "6.1", "Favoriser activement la diversité dans le cadre des décisions en matière de sélection", List.of(RA), "2024"),
          new Row(209, "6", "6.2", "Revoir et mettre en œuvre les recommandations énoncées dans le Plan d'action pour l'égalité des genres", List.of(DRH), "En cours"),
          new Row(210, "6", "6.3", "Lancer des initiatives de formation pour promouvoir l'inclusion", List.of(FPP), "En cours"),
          new Row(211, "6", "6.4", "Renforcer les activités de sensibilisation", List.of(RA), "En cours"),
          // priority 7, l.215
          new Row(218, "7", "7.1", "Assurer le bien-être physique et psychosocial du personnel", List.of(MED), "En cours"),
          new Row(219, "7", "7.2", "Mettre à jour les règles et les processus relatifs à la couverture sociale", List.of(PSS), "T1, 2024"),
          new Row(220, "7", "7.3", "Optimiser les dispositions relatives à la santé et à la sécurité au travail", List.of(MED), "En cours T4, 2024"),
          // priority 8, l.224; l.227 prints "Politiques et sécurité sociale/ formation et perfectionnement du personnel"
          new Row(227, "8", "8.1", "Renforcer la gestion du comportement professionnel à l'OMC", List.of(PSS, FPP), "2024"),
          new Row(228, "8", "8.2", "Introduire une évaluation à 360 degrés des directeurs", List.of(FPP), "T1, 2024"),
          new Row(229, "8", "8.3", "Répondre de manière efficace aux problèmes survenant sur le lieu de travail", List.of(DRH), "En cours"));

  private WtoHrWorkplan() {}

  /** The workplan, built from the typed rows. */
  static Workplan build() {
    List<StrategicPriority> priorities =
        PRIORITIES.stream()
            .map(
                p ->
                    new StrategicPriority(
                        p.code(),
                        p.title(),
                        ROWS.stream()
                            .filter(r -> r.priority().equals(p.code()))
                            .map(WtoHrWorkplan::objective)
                            .toList()))
            .toList();
    // seed 000 l.144: title; l.41: the eight priorities guide the work "d'ici à 2027"
    return new Workplan(
        "Plan de travail de la Division des ressources humaines",
        PlanPeriod.parse("2024-2027"),
        List.of(FPP, RA, BCIN, DRH, PSS, OPS, MED),
        priorities);
  }

  private static Objective objective(Row r) {
    List<Activity> activities =
        r.code().equals("2.3")
            ? List.of(
                // seed 000 l.164 (objective and team cells empty: merged with l.165)
                new Activity("Attirer l'attention du personnel d'encadrement sur l'importance des discussions en amont et en aval avec les fonctionnaires formés."),
                // seed 000 l.165
                new Activity("Évaluer les initiatives de perfectionnement pour déterminer dans quelle mesure l'apprentissage porte ses fruits."))
            : List.of();
    return new Objective(
        r.code(),
        r.title(),
        r.teams(),
        Timeline.parse(r.printedTimeline()),
        Status.NOT_REPORTED,
        PercentComplete.NOT_REPORTED,
        activities,
        List.of());
  }
}
