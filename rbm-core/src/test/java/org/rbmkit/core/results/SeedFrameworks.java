package org.rbmkit.core.results;

import java.util.ArrayList;
import java.util.List;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.text.LocalizedText;

/**
 * The results frameworks of seeds 002 and 003, typed in from the text (French titles as printed;
 * each node records its seed line in {@code source}). Also written to
 * {@code src/test/resources/frameworks/} as JSON.
 */
final class SeedFrameworks {

  private SeedFrameworks() {}

  /**
   * The ILO results framework for 2024-25 from the preliminary Programme and Budget proposals
   * (seed 002): outcomes 1–7 and enablers A–C, each with its outputs.
   */
  static ResultsFramework iloProgrammeAndBudget2024To25() {
    List<ResultNode> roots = new ArrayList<>();
    ResultNode.Builder top;
    // seed 002 l.124
    top = node("1", ResultLevel.OUTCOME, "Une action normative forte et moderne en faveur de la justice sociale", "seed 002 l.124");
    // seed 002 l.140
    top.child(node("1.1", ResultLevel.OUTPUT, "Capacité accrue des États Membres à ratifier les normes internationales du travail", "seed 002 l.140").build());
    // seed 002 l.159
    top.child(node("1.2", ResultLevel.OUTPUT, "Capacité accrue des mandants à favoriser l'application effective des normes internationales du travail", "seed 002 l.159").build());
    // seed 002 l.181
    top.child(node("1.3", ResultLevel.OUTPUT, "Capacité accrue des mandants, des partenaires et des parties prenantes à participer à l'action normative", "seed 002 l.181").build());
    // seed 002 l.197
    top.child(node("1.4", ResultLevel.OUTPUT, "Capacité accrue des mandants, des partenaires et des parties prenantes à respecter, promouvoir et réaliser les principes et droits fondamentaux au travail", "seed 002 l.197").build());
    // seed 002 l.213
    top.child(node("1.5", ResultLevel.OUTPUT, "Capacité accrue des mandants, des partenaires et des parties prenantes à appliquer les normes internationales du travail, recueils de directives pratiques, principes directeurs et autres instruments sectoriels", "seed 002 l.213").build());
    roots.add(top.build());
    // seed 002 l.228
    top = node("2", ResultLevel.OUTCOME, "Des mandants tripartites forts, représentatifs et influents et un dialogue social efficace", "seed 002 l.228");
    // seed 002 l.260
    top.child(node("2.1", ResultLevel.OUTPUT, "Capacité institutionnelle accrue des organisations d'employeurs et des associations professionnelles à être fortes, indépendantes et représentatives", "seed 002 l.260").build());
    // seed 002 l.281
    top.child(node("2.2", ResultLevel.OUTPUT, "Capacités accrues des organisations de travailleurs sur les plans institutionnel et technique, en matière de représentation et en termes d'influence sur les politiques", "seed 002 l.281").build());
    // seed 002 l.300
    top.child(node("2.3", ResultLevel.OUTPUT, "Capacité accrue des États Membres à renforcer l'influence du dialogue social et l'efficacité des institutions et des processus de relations professionnelles", "seed 002 l.300").build());
    // seed 002 l.322
    top.child(node("2.4", ResultLevel.OUTPUT, "Capacité institutionnelle accrue des administrations du travail", "seed 002 l.322").build());
    roots.add(top.build());
    // seed 002 l.337
    top = node("3", ResultLevel.OUTCOME, "Le plein emploi productif au service de transitions justes", "seed 002 l.337");
    // seed 002 l.354
    top.child(node("3.1", ResultLevel.OUTPUT, "Capacité accrue des États Membres à élaborer des cadres globaux pour les politiques de l'emploi", "seed 002 l.354").build());
    // seed 002 l.376
    top.child(node("3.2", ResultLevel.OUTPUT, "Capacité accrue des États Membres à élaborer des systèmes inclusifs, durables et résilients de développement des compétences et d'apprentissage tout au long de la vie", "seed 002 l.376").build());
    // seed 002 l.403
    top.child(node("3.3", ResultLevel.OUTPUT, "Capacité accrue des États Membres à formuler et à mettre en œuvre des politiques et des stratégies visant à créer des emplois décents dans les zones rurales", "seed 002 l.403").build());
    // seed 002 l.423
    top.child(node("3.4", ResultLevel.OUTPUT, "Capacité accrue des États Membres à concevoir des programmes et services du marché du travail efficaces et efficaces pour faciliter les transitions", "seed 002 l.423").build());
    // seed 002 l.453
    top.child(node("3.5", ResultLevel.OUTPUT, "Capacité accrue des États Membres à promouvoir des emplois décents pour les jeunes", "seed 002 l.453").build());
    roots.add(top.build());
    // seed 002 l.472
    top = node("4", ResultLevel.OUTCOME, "Des entreprises durables au service d'une croissance inclusive et du travail décent", "seed 002 l.472");
    // seed 002 l.487
    top.child(node("4.1", ResultLevel.OUTPUT, "Capacité accrue des mandants à créer des environnements favorables à l'entrepreneuriat, aux entreprises durables, au travail décent et à la croissance de la productivité", "seed 002 l.487").build());
    // seed 002 l.504
    top.child(node("4.2", ResultLevel.OUTPUT, "Capacité accrue des mandants à favoriser la résilience, l'inclusivité et la durabilité des entreprises dans les chaînes d'approvisionnement et à promouvoir une conduite responsable des entreprises au profit du travail décent", "seed 002 l.504").build());
    // seed 002 l.521
    top.child(node("4.3", ResultLevel.OUTPUT, "Soutien accru aux entreprises – en particulier aux micro, petites et moyennes entreprises – pour promouvoir le travail décent et améliorer la productivité", "seed 002 l.521").build());
    // seed 002 l.541
    top.child(node("4.4", ResultLevel.OUTPUT, "Capacité accrue des mandants à faciliter la transition des entreprises vers l'économie formelle", "seed 002 l.541").build());
    // seed 002 l.556
    top.child(node("4.5", ResultLevel.OUTPUT, "Capacité accrue des mandants à bâtir une économie sociale et solidaire forte et résiliente au service du travail décent", "seed 002 l.556").build());
    roots.add(top.build());
    // seed 002 l.575
    top = node("5", ResultLevel.OUTCOME, "Protection au travail et égalité des chances pour tous", "seed 002 l.575");
    // seed 002 l.587
    top.child(node("5.1", ResultLevel.OUTPUT, "Capacité accrue des États Membres à assurer l'existence d'un milieu de travail sûr et salubre", "seed 002 l.587").build());
    // seed 002 l.605
    top.child(node("5.2", ResultLevel.OUTPUT, "Capacité accrue des États Membres à fixer des salaires adéquats et à promouvoir un temps de travail décent", "seed 002 l.605").build());
    // seed 002 l.625
    top.child(node("5.3", ResultLevel.OUTPUT, "Capacité accrue des États Membres à étendre la protection au travail aux groupes de travailleurs à haut risque d'exclusion", "seed 002 l.625").build());
    // seed 002 l.645
    top.child(node("5.4", ResultLevel.OUTPUT, "Capacité accrue des mandants à promouvoir les investissements et le travail décent dans l'économie du soin", "seed 002 l.645").build());
    // seed 002 l.665
    top.child(node("5.5", ResultLevel.OUTPUT, "Capacité accrue des États Membres à élaborer des cadres équitables et efficaces relatifs aux migrations de main-d'œuvre", "seed 002 l.665").build());
    roots.add(top.build());
    // seed 002 l.683
    top = node("6", ResultLevel.OUTCOME, "Protection sociale universelle", "seed 002 l.683");
    // seed 002 l.699
    top.child(node("6.1", ResultLevel.OUTPUT, "Capacité accrue des États Membres à élaborer des stratégies, des politiques et des cadres juridiques de protection sociale inclusifs, durables et tenant compte des considérations de genre", "seed 002 l.699").build());
    // seed 002 l.714
    top.child(node("6.2", ResultLevel.OUTPUT, "Capacité accrue des États Membres à renforcer les systèmes de protection sociale et à en assurer le financement adéquat et durable et la bonne gouvernance", "seed 002 l.714").build());
    // seed 002 l.729
    top.child(node("6.3", ResultLevel.OUTPUT, "Capacité accrue des États Membres à mettre la protection sociale au service de transitions professionnelles et personnelles inclusives et justes et des transformations structurelles", "seed 002 l.729").build());
    roots.add(top.build());
    // seed 002 l.750
    top = node("7", ResultLevel.OUTCOME, "Des réponses stratégiques et institutionnelles intégrées pour promouvoir la justice sociale par le travail décent", "seed 002 l.750");
    // seed 002 l.762
    top.child(node("7.1", ResultLevel.OUTPUT, "Une plus grande cohérence de l'aide multilatérale fournie aux fins de l'élaboration et du financement de stratégies intégrées de promotion de la justice sociale par le travail décent", "seed 002 l.762").build());
    // seed 002 l.780
    top.child(node("7.2", ResultLevel.OUTPUT, "Une plus grande cohérence de l'aide fournie et de l'action menée aux fins de la mise en œuvre d'un programme porteur de changements dans les domaines de l'égalité de genre, de la non-discrimination et de l'inclusion", "seed 002 l.780").build());
    // seed 002 l.796
    top.child(node("7.3", ResultLevel.OUTPUT, "Une plus grande cohérence de l'aide fournie et de l'action menée pour faciliter la transition de l'économie informelle vers l'économie formelle", "seed 002 l.796").build());
    // seed 002 l.809
    top.child(node("7.4", ResultLevel.OUTPUT, "Une plus grande cohérence de l'aide fournie et de l'action menée pour faciliter des transitions justes vers des économies et des sociétés écologiquement durables", "seed 002 l.809").build());
    // seed 002 l.820
    top.child(node("7.5", ResultLevel.OUTPUT, "Une plus grande cohérence de l'aide fournie et de l'action menée pour améliorer les résultats en matière de travail décent dans les chaînes d'approvisionnement", "seed 002 l.820").build());
    // seed 002 l.832
    top.child(node("7.6", ResultLevel.OUTPUT, "Une plus grande cohérence de l'aide fournie et de l'action menée pour promouvoir le travail décent dans les situations de crise et d'après-crise", "seed 002 l.832").build());
    roots.add(top.build());
    // seed 002 l.849
    top = node("A", ResultLevel.ENABLER, "Davantage de connaissances, d'innovation, de coopération et de communication pour faire progresser la justice sociale", "seed 002 l.849");
    // seed 002 l.855
    top.child(node("A.1", ResultLevel.OUTPUT, "Des statistiques plus nombreuses et de meilleure qualité grâce à des systèmes fiables d'information sur le marché du travail", "seed 002 l.855").build());
    // seed 002 l.865
    top.child(node("A.2", ResultLevel.OUTPUT, "Des travaux de recherche factuelle à l'appui de l'approche centrée sur l'humain", "seed 002 l.865").build());
    // seed 002 l.876
    top.child(node("A.3", ResultLevel.OUTPUT, "Des approches novatrices recensées, favorisées et élargies pour promouvoir la justice sociale par le travail décent", "seed 002 l.876").build());
    // seed 002 l.889
    top.child(node("A.4", ResultLevel.OUTPUT, "Des partenariats et activités renforcés de coopération pour le développement à l'appui des résultats stratégiques", "seed 002 l.889").build());
    // seed 002 l.905
    top.child(node("A.5", ResultLevel.OUTPUT, "Un effort de communication renforcé au service des activités d'information et de sensibilisation", "seed 002 l.905").build());
    roots.add(top.build());
    // seed 002 l.916
    top = node("B", ResultLevel.ENABLER, "Un leadership renforcé et une meilleure gouvernance", "seed 002 l.916");
    // seed 002 l.922
    top.child(node("B.1", ResultLevel.OUTPUT, "Un leadership et des orientations stratégiques renforcés pour garantir l'efficacité organisationnelle", "seed 002 l.922").build());
    // seed 002 l.934
    top.child(node("B.2", ResultLevel.OUTPUT, "Un appui efficace et efficient à la prise de décisions par les organes directeurs", "seed 002 l.934").build());
    // seed 002 l.947
    top.child(node("B.3", ResultLevel.OUTPUT, "Des fonctions de contrôle, d'évaluation et de gestion des risques renforcées pour garantir la transparence, l'obligation de rendre des comptes et l'apprentissage", "seed 002 l.947").build());
    roots.add(top.build());
    // seed 002 l.959
    top = node("C", ResultLevel.ENABLER, "Une gestion efficace, efficiente, axée sur les résultats et transparente", "seed 002 l.959");
    // seed 002 l.967
    top.child(node("C.1", ResultLevel.OUTPUT, "Un environnement numérique et des infrastructures physiques améliorés à l'appui d'opérations efficaces et efficaces et de lieux de travail sûrs et durables", "seed 002 l.967").build());
    // seed 002 l.981
    top.child(node("C.2", ResultLevel.OUTPUT, "Des politiques, des mécanismes et des approches améliorés pour faciliter une gestion des ressources intégrée et axée sur les résultats", "seed 002 l.981").build());
    // seed 002 l.992
    top.child(node("C.3", ResultLevel.OUTPUT, "Des politiques et des mécanismes mieux à même d'accroître la diversité, la motivation et la performance du personnel", "seed 002 l.992").build());
    roots.add(top.build());
    // seed 002 l.21: the document's title
    return ResultsFramework.of(
            "ILO",
            Biennium.parse("2024-25"),
            LocalizedText.of(
                "fr", "Aperçu préliminaire des Propositions de programme et de budget pour 2024-25",
                "en", "Preliminary overview of the Programme and Budget proposals for 2024-25"),
            roots)
        .withSource("ILO Governing Body, 346th session, October 2022, PFA section (seed 002)");
  }

  /**
   * The ITC-ILO (Turin Centre) results framework for 2024-25 from its Programme and Budget
   * proposals (seed 003): outcomes 1–8, each with its outputs.
   */
  static ResultsFramework itcIloProgrammeAndBudget2024To25() {
    List<ResultNode> roots = new ArrayList<>();
    ResultNode.Builder top;
    // seed 003 l.1283
    top = node("1", ResultLevel.OUTCOME, "Le Centre a étendu davantage la portée de ses services", "seed 003 l.1283");
    // seed 003 l.1330
    top.child(node("1.1", ResultLevel.OUTPUT, "Un portefeuille d’activités de formation présentielles remanié", "seed 003 l.1330").build());
    // seed 003 l.1476
    top.child(node("1.2", ResultLevel.OUTPUT, "Une offre d’apprentissage en ligne encore améliorée", "seed 003 l.1476").build());
    // seed 003 l.1655-1656
    top.child(node("1.3", ResultLevel.OUTPUT, "Les programmes de master de la Turin School of Development (TSD) ont été fermement positionnés comme l’offre d’apprentissage haut de gamme du Centre", "seed 003 l.1655-1656").build());
    // seed 003 l.1814
    top.child(node("1.4", ResultLevel.OUTPUT, "Services de soutien renforcés par les technologies numériques pour les intermédiaires institutionnels", "seed 003 l.1814").build());
    // seed 003 l.1910
    top.child(node("1.5", ResultLevel.OUTPUT, "Une suite de services de renforcement des capacités au niveau du système", "seed 003 l.1910").build());
    roots.add(top.build());
    // seed 003 l.2216
    top = node("2", ResultLevel.OUTCOME, "Le Centre a encore amélioré la qualité de ses services", "seed 003 l.2216");
    // seed 003 l.2283
    top.child(node("2.1", ResultLevel.OUTPUT, "Un système d’analytique de l’apprentissage plus sophistiqué", "seed 003 l.2283").build());
    // seed 003 l.2453
    top.child(node("2.2", ResultLevel.OUTPUT, "Une base améliorée de données probantes sur les résultats et l’impact des services du Centre", "seed 003 l.2453").build());
    // seed 003 l.2587-2588
    top.child(node("2.3", ResultLevel.OUTPUT, "Une meilleure compréhension de l’efficacité du travail du Centre par rapport à d’autres agences des Nations Unies ayant un mandat de renforcement des capacités", "seed 003 l.2587-2588").build());
    // seed 003 l.2649
    top.child(node("2.4", ResultLevel.OUTPUT, "Un système de mentorat et de suivi de l’apprentissage", "seed 003 l.2649").build());
    roots.add(top.build());
    // seed 003 l.2761
    top = node("3", ResultLevel.OUTCOME, "Le Centre a diversifié davantage ses sources de revenus", "seed 003 l.2761");
    // seed 003 l.2829
    top.child(node("3.1", ResultLevel.OUTPUT, "Des partenariats de développement plus nombreux et plus forts avec les sponsors", "seed 003 l.2829").build());
    // seed 003 l.3124
    top.child(node("3.2", ResultLevel.OUTPUT, "Contribution accrue des services rémunérés aux produits gagnés", "seed 003 l.3124").build());
    // seed 003 l.3243
    top.child(node("3.3", ResultLevel.OUTPUT, "Renforcement de la capacité interne d’acquisition et de gestion de projets", "seed 003 l.3243").build());
    roots.add(top.build());
    // seed 003 l.3323
    top = node("4", ResultLevel.OUTCOME, "Le Centre a continué à améliorer son efficacité opérationnelle", "seed 003 l.3323");
    // seed 003 l.3356
    top.child(node("4.1", ResultLevel.OUTPUT, "Davantage de processus opérationnels rationalisés et numérisés", "seed 003 l.3356").build());
    roots.add(top.build());
    // seed 003 l.3397
    top = node("5", ResultLevel.OUTCOME, "Un personnel motivé et qualifié", "seed 003 l.3397");
    // seed 003 l.3471
    top.child(node("5.1", ResultLevel.OUTPUT, "Des opérations de ressources humaines améliorées numériquement et rationalisées", "seed 003 l.3471").build());
    // seed 003 l.3506
    top.child(node("5.2", ResultLevel.OUTPUT, "Un milieu de travail plus diversifié et inclusif", "seed 003 l.3506").build());
    // seed 003 l.3527-3528
    top.child(node("5.3", ResultLevel.OUTPUT, "Approches novatrices pour assurer la responsabilisation du personnel en termes de performance, de développement professionnel, de bien-être et d’équilibre entre vie professionnelle et vie privée", "seed 003 l.3527-3528").build());
    // seed 003 l.3562
    top.child(node("5.4", ResultLevel.OUTPUT, "Un système consolidé de gestion des documents de gouvernance interne (IGDS)", "seed 003 l.3562").build());
    roots.add(top.build());
    // seed 003 l.3604
    top = node("6", ResultLevel.OUTCOME, "La modernisation du campus s’est poursuivie", "seed 003 l.3604");
    // seed 003 l.3628
    top.child(node("6.1", ResultLevel.OUTPUT, "La rénovation du pavillon Americas 2 a progressé", "seed 003 l.3628").build());
    // seed 003 l.3668
    top.child(node("6.2", ResultLevel.OUTPUT, "Renforcement des capacités internes de gestion d’événements", "seed 003 l.3668").build());
    // seed 003 l.3699
    top.child(node("6.3", ResultLevel.OUTPUT, "Amélioration et normalisation des services et des installations du campus", "seed 003 l.3699").build());
    roots.add(top.build());
    // seed 003 l.3732-3733
    top = node("7", ResultLevel.OUTCOME, "Les technologies numériques déployées par le Centre sont inclusives et sécurisées", "seed 003 l.3732-3733");
    // seed 003 l.3778
    top.child(node("7.1", ResultLevel.OUTPUT, "Des technologies de l’information et de la communication numériquement accessibles", "seed 003 l.3778").build());
    // seed 003 l.3895-3896
    top.child(node("7.2", ResultLevel.OUTPUT, "Amélioration de la cybersécurité, de la protection des données, de la gouvernance et de la protection de la vie privée", "seed 003 l.3895-3896").build());
    roots.add(top.build());
    // seed 003 l.3954
    top = node("8", ResultLevel.OUTCOME, "Le Centre opère au plus haut niveau de bonne gouvernance", "seed 003 l.3954");
    // seed 003 l.4014
    top.child(node("8.1", ResultLevel.OUTPUT, "Une supervision efficace", "seed 003 l.4014").build());
    // seed 003 l.4031
    top.child(node("8.2", ResultLevel.OUTPUT, "Des contrôles internes rigoureux", "seed 003 l.4031").build());
    // seed 003 l.4059
    top.child(node("8.3", ResultLevel.OUTPUT, "Renforcement des pratiques de communication à l’échelle du Centre", "seed 003 l.4059").build());
    roots.add(top.build());
    // seed 003 l.3: "Les propositions de Programme et budget (P&B) pour 2024-25"
    return ResultsFramework.of(
            "ITC-ILO",
            Biennium.parse("2024-25"),
            LocalizedText.of(
                "fr", "Propositions de programme et de budget pour 2024-25",
                "en", "Programme and Budget proposals for 2024-25"),
            roots)
        .withSource("ITC-ILO Programme and Budget proposals for 2024-25 (seed 003)");
  }

  private static ResultNode.Builder node(String code, ResultLevel level, String title, String source) {
    return ResultNode.builder(code, level, LocalizedText.of("fr", title)).source(source);
  }
}
