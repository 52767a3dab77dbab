package org.rbmkit.budget;

import static org.rbmkit.budget.document.LineKind.CONTINGENCY;
import static org.rbmkit.budget.document.LineKind.DIRECT_COST;
import static org.rbmkit.budget.document.LineKind.FIXED_COST;
import static org.rbmkit.budget.document.LineKind.INSTITUTIONAL_INVESTMENT;
import static org.rbmkit.budget.document.LineKind.PRIOR_SURPLUS_USE;
import static org.rbmkit.budget.document.LineKind.REVENUE;
import static org.rbmkit.budget.document.LineKind.VOLUNTARY_CONTRIBUTION;
import static org.rbmkit.core.staff.GradeCategory.DIRECTOR_AND_ABOVE;
import static org.rbmkit.core.staff.GradeCategory.GENERAL_SERVICE;
import static org.rbmkit.core.staff.GradeCategory.NATIONAL_OFFICER;
import static org.rbmkit.core.staff.GradeCategory.PROFESSIONAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.budget.document.DetailTable;
import org.rbmkit.budget.document.FigureRef;
import org.rbmkit.budget.document.ItemTable;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.document.Tolerance;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.fund.FundKind;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.staff.GradeCategory;

/**
 * Seed 003 (ITC-ILO Programme and Budget proposals 2024-25,
 * docs/sources/seeds/003_48c9e38aa93a128e.txt) typed in as a budget document, every figure as
 * printed, with the line it comes from.
 */
public final class Seed003 {

  /** Column codes. */
  public static final String BUDGET = "2022-23-budget";
  public static final String FORECAST = "2022-23-forecast";
  public static final String PROPOSAL = "2024-25-proposal";

  /** The single fund the table does not split: the Centre's general fund. */
  public static final String FUND = "itcilo";

  /** The classpath resource holding the same document as JSON. */
  public static final String JSON_RESOURCE = "/itcilo-budget-2024-25.json";

  private Seed003() {}

  /** The whole document. */
  public static BudgetDocument document() {
    return new BudgetDocument(
        // seed 003 l.4544: "BUDGET ET PRÉVISIONS POUR 2022-23 ET PROPOSITION DE BUDGET POUR 2024-25"
        "ITC-ILO Budget et prévisions pour 2022-23 et proposition de budget pour 2024-25",
        Currencies.of("EUR"),
        // seed 003 l.4546: "(en milliers d'euros)"
        AmountUnit.THOUSANDS,
        // every figure of every table is printed rounded to the thousand euros (the main table
        // and the campus table in kEUR, the others in euros ending in 000)
        Optional.of(Tolerance.rounded(d("1000"))),
        List.of(
            // seed 003 l.4546-4553: the three column headings
            new BudgetColumn(BUDGET, "2022-23 Budget", Biennium.parse("2022-23"),
                BudgetColumn.Kind.APPROVED),
            new BudgetColumn(FORECAST, "2022-23 Prévisions", Biennium.parse("2022-23"),
                BudgetColumn.Kind.FORECAST),
            new BudgetColumn(PROPOSAL, "2024-25 Proposition de budget", Biennium.parse("2024-25"),
                BudgetColumn.Kind.PROPOSAL)),
        List.of(new Fund(FUND, "Centre international de formation de l'OIT",
                FundKind.OTHER_REVENUE),
            // the four reserve funds of l.5388-5402, declared so that the reserve rows are checked
            new Fund("campus-improvement", "Fonds d'amélioration du campus", FundKind.RESERVE),
            new Fund("innovation", "Fonds d'innovation", FundKind.RESERVE),
            new Fund("it-development", "Fonds de développement informatique", FundKind.RESERVE),
            new Fund("fellowships", "Fonds de financement des bourses", FundKind.RESERVE)),
        lines(),
        printedTotals(),
        detailTables(),
        List.of(reserveObjectives()),
        List.of(reserveFunds()),
        List.of(annexII()),
        claims());
  }

  public static List<BudgetLine> lines() {
    List<BudgetLine> l = new ArrayList<>();
    // Chapter I, own revenue (seed 003 l.4557)
    // sub-headings: seed 003 l.4559, l.4570, l.4578
    String training = "Activités de formation et services hors formation";
    l.add(under(training, line("10.revenue", "I", 10, "Produits", REVENUE,
        "49065", "56040", "58940"))); // seed 003 l.4561
    l.add(under(training, line("10.direct-costs", "I", 10, "Dépenses directes", DIRECT_COST,
        "21765", "24273", "29470"))); // seed 003 l.4563
    l.add(under("Services multimédias", line("11.revenue", "I", 11, "Produits", REVENUE,
        "1600", "2791", "2500"))); // seed 003 l.4572
    l.add(under("Services multimédias", line("11.direct-costs", "I", 11, "Dépenses directes",
        DIRECT_COST, "480", "969", "870"))); // seed 003 l.4574
    l.add(under("Divers", line("12.revenue", "I", 12, "Produits", REVENUE,
        "1900", "4382", "3629"))); // seed 003 l.4580
    l.add(under("Divers", line("12.direct-costs", "I", 12, "Dépenses directes", DIRECT_COST,
        "190", "1003", "840"))); // seed 003 l.4582
    // Chapter II, voluntary contributions (seed 003 l.4598)
    l.add(line("13.ilo", "II", 13, "Organisation internationale du Travail",
        VOLUNTARY_CONTRIBUTION, "8398", "10285", "10086")); // seed 003 l.4600
    l.add(line("13.italy", "II", 13, "Gouvernement italien (ex-lege)",
        VOLUNTARY_CONTRIBUTION, "15700", "15700", "15700")); // seed 003 l.4602
    l.add(dashed(line("13.piedmont", "II", 13, "Région Piémont (Italie)",
        VOLUNTARY_CONTRIBUTION, "0", "0", "0"), BUDGET, FORECAST, PROPOSAL)); // l.4604: "- - -"
    l.add(line("13.portugal", "II", 13, "Gouvernement portugais",
        VOLUNTARY_CONTRIBUTION, "500", "500", "500")); // seed 003 l.4606
    l.add(dashed(line("13.turin", "II", 13, "Ville de Turin",
        VOLUNTARY_CONTRIBUTION, "0", "180", "360"), BUDGET)); // seed 003 l.4608: "- 180 360"
    // Chapter III, fixed costs (seed 003 l.4617)
    l.add(line("14", "III", 14, "Personnel inscrit au budget ordinaire", FIXED_COST,
        "31902", "33206", "36232")); // seed 003 l.4619
    l.add(line("15", "III", 15, "Personnel inscrit au budget variable (VB)", FIXED_COST,
        "5259", "5734", "5985")); // seed 003 l.4621
    l.add(line("16", "III", 16, "Assurance-maladie après la cessation de service", FIXED_COST,
        "1500", "1666", "1500")); // seed 003 l.4623
    l.add(line("17", "III", 17, "Consultants", FIXED_COST,
        "1085", "1000", "1135")); // seed 003 l.4625
    l.add(line("18", "III", 18, "Dépenses liées au campus", FIXED_COST,
        "4723", "5645", "4940")); // seed 003 l.4627
    l.add(line("19", "III", 19, "Sécurité", FIXED_COST,
        "851", "854", "890")); // seed 003 l.4629
    l.add(line("20", "III", 20, "Frais généraux d'exploitation", FIXED_COST,
        "657", "1374", "820")); // seed 003 l.4631
    l.add(line("21", "III", 21, "Missions et représentation", FIXED_COST,
        "468", "396", "490")); // seed 003 l.4633
    l.add(line("22", "III", 22, "Gouvernance", FIXED_COST,
        "652", "732", "682")); // seed 003 l.4635
    l.add(line("23", "III", 23, "Technologies de l'information", FIXED_COST,
        "3201", "3185", "3347")); // seed 003 l.4637
    l.add(line("24", "III", 24, "Amortissement des immobilisations corporelles", FIXED_COST,
        "1118", "1063", "1364")); // seed 003 l.4639
    // Chapter IV
    l.add(dashed(line("25", "IV", 25, "Imprévus", CONTINGENCY,
        "600", "0", "750"), FORECAST)); // seed 003 l.4643: forecast printed "-"
    // Chapter V, institutional investments (seed 003 l.4645)
    l.add(line("26", "V", 26, "Innovation", INSTITUTIONAL_INVESTMENT,
        "400", "400", "400")); // seed 003 l.4647
    l.add(line("27", "V", 27, "Technologies de l'information et de la communication",
        INSTITUTIONAL_INVESTMENT, "300", "300", "300")); // seed 003 l.4649
    l.add(line("28", "V", 28, "Bourses", INSTITUTIONAL_INVESTMENT,
        "1200", "1200", "1200")); // seed 003 l.4651
    l.add(line("29", "V", 29, "Amélioration du campus", INSTITUTIONAL_INVESTMENT,
        "500", "500", "500")); // seed 003 l.4653
    // Chapter VI
    l.add(dashed(line("30", "VI", 30, "Utilisation des excédents des exercices précédents",
        PRIOR_SURPLUS_USE, "0", "74", "0"), BUDGET, PROPOSAL)); // seed 003 l.4667: "- 74 -"
    return l;
  }

  public static List<BudgetDocument.PrintedTotal> printedTotals() {
    List<BudgetDocument.PrintedTotal> t = new ArrayList<>();
    t.add(total(TotalKey.item(10),
        "10 Contribution nette des activités de formation et services hors formation",
        "27300", "31767", "29470")); // seed 003 l.4565-4568
    t.add(total(TotalKey.item(11), "11 Contribution nette des services multimédias",
        "1120", "1822", "1630")); // seed 003 l.4576
    t.add(total(TotalKey.item(12), "12 Contribution nette des sources diverses",
        "1710", "3379", "2789")); // seed 003 l.4584
    t.add(total(TotalKey.of(TotalKey.Aggregate.OWN_NET_CONTRIBUTION),
        "Contribution externe nette totale des recettes propres",
        "30130", "36968", "33889")); // seed 003 l.4586
    t.add(total(TotalKey.item(13), "13 Total contributions volontaires",
        "24598", "26678", "26646")); // seed 003 l.4610
    t.add(total(TotalKey.of(TotalKey.Aggregate.NET_AVAILABLE),
        "Contribution nette totale disponible pour couvrir les frais fixes, les imprévus et les"
            + " investissements institutionnels",
        "54728", "63646", "60535")); // seed 003 l.4612-4615
    t.add(total(TotalKey.of(TotalKey.Aggregate.FIXED_COSTS), "Total dépenses fixes",
        "51416", "54855", "57385")); // seed 003 l.4641
    t.add(total(TotalKey.of(TotalKey.Aggregate.INSTITUTIONAL_INVESTMENTS),
        "Total des investissements institutionnels",
        "2400", "2400", "2400")); // seed 003 l.4655
    t.add(total(TotalKey.of(TotalKey.Aggregate.CHARGES),
        "Total des frais fixes, imprévus et investissements institutionnels",
        "54416", "57255", "60535")); // seed 003 l.4657-4660
    t.add(total(TotalKey.of(TotalKey.Aggregate.SURPLUS_BEFORE_PRIOR_SURPLUSES),
        "Excédent avant utilisation des excédents des exercices précédents",
        "312", "6391", "0")); // seed 003 l.4662-4665: 2024-25 printed "-"
    t.add(total(TotalKey.of(TotalKey.Aggregate.BUDGET_SURPLUS), "Excédent budgétaire",
        "312", "6465", "0")); // seed 003 l.4669: 2024-25 printed "-"
    return t;
  }

  public static List<DetailTable> detailTables() {
    return List.of(
        new DetailTable("consultants", "Poste 17 - Consultants", 17, AmountUnit.UNITS,
            List.of(
                row("Service médical", "529000", "393000", "464000"), // seed 003 l.5046
                row("Consultants", "556000", "607000", "668000")), // seed 003 l.5048
            amounts("1085000", "1000000", "1132000")), // seed 003 l.5050
        new DetailTable("campus", "Poste 18 - Dépenses liées au campus", 18,
            AmountUnit.THOUSANDS,
            List.of(
                row("Services publics", "1591", "1680", "1677"), // seed 003 l.5130
                row("Ramassage des ordures", "303", "283", "314"), // seed 003 l.5132
                row("Entretien, y compris jardinage, et réparations",
                    "1577", "2238", "1653"), // seed 003 l.5134
                row("Nettoyage", "465", "483", "481"), // seed 003 l.5136
                row("Autres coûts liés au campus", "787", "811", "815")), // seed 003 l.5138
            amounts("4723", "5495", "4940")), // seed 003 l.5140
        new DetailTable("it", "Poste 23 - Technologies de l'information", 23, AmountUnit.UNITS,
            List.of(
                row("Internet", "141000", "108000", "36000"), // seed 003 l.5230
                row("Maintenance du matériel informatique",
                    "126000", "115000", "191000"), // seed 003 l.5232
                row("Logiciels d'application, licences et maintenance",
                    "881000", "686000", "1266000"), // seed 003 l.5234
                row("Consommables informatiques", "211000", "171000", "170000"), // l.5236
                row("Assistance technique", "1870000", "1839000", "1684000")), // l.5238
            amounts("3229000", "2919000", "3347000"))); // seed 003 l.5240
  }

  /**
   * The one-column table of seed 003 l.5334-5369: one row per reserve, its objective and its
   * 2024-25 funding in euros (no unit printed; item 29 is 500 kEUR), no total.
   */
  public static ItemTable reserveObjectives() {
    return new ItemTable("reserve-objectives",
        "Réserve, Objectif, 2024-25 Proposition de budget", // seed 003 l.5334-5335
        AmountUnit.UNITS, Optional.empty(), PROPOSAL,
        List.of(
            new ItemTable.Row(29, "Fonds d'amélioration du campus", Optional.of("Répondre aux besoins"
                + " d'investissement pour les travaux de rénovation du campus qui ne sont pas"
                + " couverts par les budgets d'entretien ordinaire ou les contributions"
                + " complémentaires du pays hôte"), d("500000")), // seed 003 l.5337-5344
            new ItemTable.Row(26, "Fonds d'innovation", Optional.of("Promouvoir l'innovation dans les"
                + " outils d'apprentissage et de partage des connaissances, développer de"
                + " nouvelles activités de formation en réponse aux nouvelles politiques de"
                + " l'OIT et investir dans d'autres actions innovantes jugées bénéfiques pour le"
                + " Centre"), d("400000")), // seed 003 l.5346-5351
            new ItemTable.Row(27, "Fonds de développement informatique", Optional.of("Prévoir des"
                + " investissements périodiques dans l'infrastructure informatique et le"
                + " renouvellement des logiciels qui ne font pas partie des dépenses de"
                + " fonctionnement normales"), d("300000")), // seed 003 l.5353-5360
            new ItemTable.Row(28, "Fonds de financement des bourses", Optional.of("Permettre la"
                + " participation des mandants aux activités de formation du Centre et soutenir"
                + " le développement de produits de formation à l'usage des mandants de l'OIT"
                + " pour atteindre leurs propres membres."), d("1200000"))), // l.5362-5369
        Optional.empty());
  }

  public static ReserveFundTable reserveFunds() {
    // seed 003 l.5383-5413, "En euros"; columns l.5388-5402; use printed in parentheses
    return new ReserveFundTable("reserve-funds",
        "Solde des fonds de réserve au 31 décembre 2023 et utilisation prévue en 2024-25",
        AmountUnit.UNITS, Optional.empty(),
        // seed 003 l.5404 "Solde prévisionnel au 31 décembre 2023", l.5413 "au 31 décembre 2025"
        Optional.of(java.time.LocalDate.of(2023, 12, 31)),
        Optional.of(java.time.LocalDate.of(2025, 12, 31)),
        PROPOSAL,
        List.of(
            new ReserveFundTable.Row("campus-improvement", "Fonds d'amélioration du campus", 29,
                d("9283000"), // seed 003 l.5404
                d("500000"), // seed 003 l.5409
                d("2500000"), // seed 003 l.5411: (2 500 000)
                d("7283000")), // seed 003 l.5413
            new ReserveFundTable.Row("innovation", "Fonds d'innovation", 26,
                d("587000"), // seed 003 l.5404
                d("400000"), // seed 003 l.5409
                d("200000"), // seed 003 l.5411: (200 000)
                d("787000")), // seed 003 l.5413
            new ReserveFundTable.Row("it-development", "Fonds de développement informatique", 27,
                d("334000"), // seed 003 l.5404
                d("300000"), // seed 003 l.5409
                d("525000"), // seed 003 l.5411: (525 000)
                d("109000")), // seed 003 l.5413
            new ReserveFundTable.Row("fellowships", "Fonds de financement des bourses", 28,
                d("1504000"), // seed 003 l.5404
                d("1200000"), // seed 003 l.5409
                d("1200000"), // seed 003 l.5411: (1 200 000)
                d("1070000")))); // seed 003 l.5413
  }

  public static StaffingTable annexII() {
    // seed 003 l.5470-5528: "ETP" and "Coût estimé" per grade, regular (ordinaire) and
    // variable budget (VB), 2022-23 budget and 2024-25 proposal; "–" cells are absent
    String reg = "regular";
    String vb = "variable";
    List<StaffingTable.Row> r = new ArrayList<>();
    r.add(staff("ADG", reg, BUDGET, "2.0", "474000")); // seed 003 l.5496
    // seed 003 l.5498 prints "D .25": grade "D .2" followed by footnote 5 (l.5531)
    r.add(footnoted(staff("D .2", reg, BUDGET, "2.0", "448000"))); // seed 003 l.5498
    r.add(footnoted(staff("D .2", reg, PROPOSAL, "4.0", "1231000"))); // seed 003 l.5498
    r.add(staff("D .1", reg, BUDGET, "2.0", "485000")); // seed 003 l.5500
    r.add(staff("D .1", reg, PROPOSAL, "2.0", "598000")); // seed 003 l.5500
    r.add(staff("P .5", reg, BUDGET, "36.0", "6372000")); // seed 003 l.5502
    r.add(staff("P .5", vb, BUDGET, "2.0", "415000")); // seed 003 l.5502
    r.add(staff("P .5", reg, PROPOSAL, "30.0", "6203000")); // seed 003 l.5502
    r.add(staff("P .5", vb, PROPOSAL, "4.0", "838000")); // seed 003 l.5502
    r.add(staff("P-4", reg, BUDGET, "50.0", "7697000")); // seed 003 l.5504
    r.add(staff("P-4", vb, BUDGET, "6.0", "876000")); // seed 003 l.5504
    r.add(staff("P-4", reg, PROPOSAL, "46.0", "8249000")); // seed 003 l.5504
    r.add(staff("P-4", vb, PROPOSAL, "4.0", "663000")); // seed 003 l.5504
    r.add(staff("P-3", reg, BUDGET, "14.0", "1629000")); // seed 003 l.5506
    r.add(staff("P-3", vb, BUDGET, "6.0", "735000")); // seed 003 l.5506
    r.add(staff("P-3", reg, PROPOSAL, "36.0", "4619000")); // seed 003 l.5506
    r.add(staff("P-3", vb, PROPOSAL, "8.0", "1050000")); // seed 003 l.5506
    r.add(staff("P-2", reg, BUDGET, "10.0", "995000")); // seed 003 l.5508
    r.add(staff("P-2", vb, BUDGET, "6.0", "542000")); // seed 003 l.5508
    r.add(staff("P-2", reg, PROPOSAL, "24.0", "2437000")); // seed 003 l.5508
    r.add(staff("P-2", vb, PROPOSAL, "6.0", "695000")); // seed 003 l.5508
    r.add(staff("P-1", vb, BUDGET, "2.0", "147000")); // seed 003 l.5510
    r.add(staff("G .7", reg, BUDGET, "6.0", "660000")); // seed 003 l.5514
    r.add(staff("G .7", reg, PROPOSAL, "8.0", "912000")); // seed 003 l.5514
    r.add(staff("G .6", reg, BUDGET, "34.0", "3142000")); // seed 003 l.5516
    r.add(staff("G .6", reg, PROPOSAL, "28.0", "2853000")); // seed 003 l.5516
    r.add(staff("G .5", reg, BUDGET, "59.0", "5019000")); // seed 003 l.5518
    r.add(staff("G .5", vb, BUDGET, "4.0", "333000")); // seed 003 l.5518
    r.add(staff("G .5", reg, PROPOSAL, "67.0", "5968000")); // seed 003 l.5518
    r.add(staff("G .5", vb, PROPOSAL, "4.0", "360000")); // seed 003 l.5518
    r.add(staff("G .4", reg, BUDGET, "58.0", "3989000")); // seed 003 l.5520
    r.add(staff("G .4", vb, BUDGET, "8.0", "558000")); // seed 003 l.5520
    r.add(staff("G .4", reg, PROPOSAL, "34.0", "2545000")); // seed 003 l.5520
    r.add(staff("G .4", vb, PROPOSAL, "20.0", "1435000")); // seed 003 l.5520
    r.add(staff("G .3", reg, BUDGET, "15.0", "873000")); // seed 003 l.5522
    r.add(staff("G .3", vb, BUDGET, "28.0", "1651000")); // seed 003 l.5522
    r.add(staff("G .3", reg, PROPOSAL, "11.0", "617000")); // seed 003 l.5522
    r.add(staff("G .3", vb, PROPOSAL, "16.0", "944000")); // seed 003 l.5522
    r.add(staff("G .2", reg, BUDGET, "2.0", "119000")); // seed 003 l.5524

    // the two "Total" lines print no category: each sums the grades printed above it
    // seed 003 l.5496-5510
    List<Grade> prof = grades("ADG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "P-1");
    List<Grade> gs = grades("G-7", "G-6", "G-5", "G-4", "G-3", "G-2"); // seed 003 l.5514-5524
    List<GradeCategory> all =
        List.of(DIRECTOR_AND_ABOVE, PROFESSIONAL, NATIONAL_OFFICER, GENERAL_SERVICE);
    List<StaffingTable.Subtotal> s = new ArrayList<>();
    s.add(subOf("Total", prof, reg, BUDGET, "116.0", "18100000")); // seed 003 l.5512
    s.add(subOf("Total", prof, vb, BUDGET, "22.0", "2715000")); // seed 003 l.5512
    s.add(subOf("Total", prof, reg, PROPOSAL, "142.0", "23337000")); // seed 003 l.5512
    s.add(subOf("Total", prof, vb, PROPOSAL, "22.0", "3246000")); // seed 003 l.5512
    s.add(subOf("Total", gs, reg, BUDGET, "174.0", "13802000")); // seed 003 l.5526
    s.add(subOf("Total", gs, vb, BUDGET, "40.0", "2542000")); // seed 003 l.5526
    s.add(subOf("Total", gs, reg, PROPOSAL, "148.0", "12895000")); // seed 003 l.5526
    s.add(subOf("Total", gs, vb, PROPOSAL, "40.0", "2739000")); // seed 003 l.5526
    s.add(sub("TOTAL GÉNÉRAL", all, reg, BUDGET, "290.0", "31902000")); // seed 003 l.5528
    s.add(sub("TOTAL GÉNÉRAL", all, vb, BUDGET, "62.0", "5257000")); // seed 003 l.5528
    s.add(sub("TOTAL GÉNÉRAL", all, reg, PROPOSAL, "290.0", "36232000")); // seed 003 l.5528
    s.add(sub("TOTAL GÉNÉRAL", all, vb, PROPOSAL, "62.0", "5985000")); // seed 003 l.5528
    Map<String, Integer> items = new LinkedHashMap<>();
    items.put(reg, 14); // seed 003 l.4619: item 14, regular-budget staff
    items.put(vb, 15); // seed 003 l.4621: item 15, variable-budget staff
    return new StaffingTable("annex-2",
        "Annexe II: Résumé comparatif des ressources en personnel (budget ordinaire et budget"
            + " variable) pour les périodes 2022-23 et 2024-25",
        AmountUnit.UNITS, items, r, s);
  }

  /** The inflation rate of the budget assumptions: seed 003 l.4536-4538, "4,6 pour cent". */
  public static final BigDecimal INFLATION = d("4.6");

  /**
   * Every claim of seed 003 l.4700-4770 and l.5030-5460 that the claim kinds express (the
   * others are listed in docs/budget-format.md with the reason), plus the zero-real-growth
   * policy for item 17 (l.4524-4526) and the 176 posts (l.4880-4884).
   */
  public static List<Claim> claims() {
    Claim.Rule whole = Claim.Rule.parse("nearest 1 HALF_UP");
    // "environ N pour cent": within one unit of the last stated digit
    Claim.Rule about = Claim.Rule.parse("within 1");
    // zero real growth in a table in kEUR: base × 1.046 rounded to the kEUR, ± one printed unit
    Claim.Rule real = Claim.Rule.parse("nearest 1000 HALF_UP, within 1000");
    List<Claim> c = new ArrayList<>();
    // seed 003 l.4709-4711
    c.add(percent("item-10-vs-approved", "item-10", BUDGET, "8", whole,
        "croissance importante de 8 pour cent par rapport au budget approuvé pour 2022-23"));
    // seed 003 l.4713-4715
    c.add(percent("item-10-vs-forecast", "item-10", FORECAST, "-7", about,
        "par rapport aux résultats prévus pour 2022-23, la contribution nette affiche une"
            + " diminution d'environ 7 pour cent"));
    // seed 003 l.4740-4742
    c.add(percent("item-11-vs-approved", "item-11", BUDGET, "45", about,
        "devrait augmenter d'environ 45 pour cent par rapport au budget approuvé pour 2022-23"));
    // seed 003 l.4758-4760
    c.add(percent("item-12-vs-approved", "item-12", BUDGET, "64", about,
        "supérieur d'environ 64 pour cent au budget approuvé pour 2022-23"));
    // seed 003 l.4760-4764
    c.add(percent("item-12-vs-forecast", "item-12", FORECAST, "-17", whole,
        "par rapport aux résultats prévus pour 2022-23, la contribution nette devrait"
            + " diminuer de 590 000 euros, soit 17 pour cent"));
    // seed 003 l.4760-4762: two figures rounded to the kEUR, so within 1 000
    c.add(new Claim("item-12-vs-forecast-euros", Claim.Kind.ABSOLUTE_CHANGE,
        FigureRef.parse("item-12"), Optional.empty(), Optional.of(FORECAST), PROPOSAL,
        d("-590000"), Optional.empty(), Optional.empty(), Claim.Rule.parse("within 1000"),
        "par rapport aux résultats prévus pour 2022-23, la contribution nette devrait diminuer"
            + " de 590 000 euros"));
    // seed 003 l.4880-4884: 176 posts = the FTE of Annex II / 2 FTE per post per biennium
    c.add(amount("posts-2024-25", Claim.Kind.COUNT, "staff:annex-2:fte", PROPOSAL, "176",
        Optional.of(d("2")), whole, "le nombre actuel de postes a été maintenu au niveau de"
            + " 2022-23, pour un total de 176 postes"));
    c.add(amount("posts-2022-23", Claim.Kind.COUNT, "staff:annex-2:fte", BUDGET, "176",
        Optional.of(d("2")), whole, "le nombre actuel de postes a été maintenu au niveau de"
            + " 2022-23, pour un total de 176 postes"));
    // seed 003 l.5027-5029
    c.add(amount("item-16-amount", Claim.Kind.AMOUNT, "item-16", PROPOSAL, "1500000",
        Optional.empty(), Claim.Rule.parse("nearest 100000 HALF_UP"),
        "un montant de 1,5 million d'euros en contrepartie des dépenses prévues de 1,5 million"
            + " d'euros"));
    // seed 003 l.4524-4526, l.4536-4538 (the policy for every non-staff fixed cost)
    c.add(realGrowth("item-17-zero-real-growth", "item-17", real,
        "les dépenses fixes non liées au personnel feront l'objet d'une politique de croissance"
            + " réelle nulle"));
    // seed 003 l.5064-5066
    c.add(realGrowth("consultants-zero-real-growth", "row:consultants:Consultants", real,
        "D'autres consultants sont engagés [...] En 2024-25, le niveau a été maintenu selon une"
            + " croissance réelle nulle"));
    // seed 003 l.5142-5143
    c.add(realGrowth("item-18-zero-real-growth", "item-18", real,
        "Les dépenses liées au campus pour 2024-25 ont été calculée selon une croissance réelle"
            + " nulle par rapport au budget approuvé pour 2022-23"));
    // seed 003 l.5162-5164
    c.add(realGrowth("item-19-zero-real-growth", "item-19", real,
        "Le budget 2024-25 suppose un niveau de service similaire à celui de 2022-23 et une"
            + " approche de croissance réelle nulle a été appliquée"));
    // seed 003 l.5172-5174
    c.add(realGrowth("item-20-inflation-adjusted", "item-20", real,
        "La proposition de budget pour 2024-25 maintient le même niveau de dépenses qu'en"
            + " 2022-23, ajusté en fonction de l'inflation"));
    // seed 003 l.5195-5197
    c.add(realGrowth("item-21-inflation-adjusted", "item-21", real,
        "le même niveau de financement que pour 2022-23 a été maintenu et ajusté en fonction de"
            + " l'inflation"));
    // seed 003 l.5246-5250
    c.add(realGrowth("item-23-inflation-adjusted", "item-23", real,
        "La proposition budgétaire pour les coûts globaux des technologies de l'information pour"
            + " 2024-25 a été maintenue au niveau de 2022-23, et ajustée en fonction de"
            + " l'inflation"));
    // seed 003 l.5330-5332: a claim on a printed total
    c.add(new Claim("investments-as-2022-23", Claim.Kind.ABSOLUTE_CHANGE,
        FigureRef.parse("institutional-investments"), Optional.empty(), Optional.of(BUDGET),
        PROPOSAL, d("0"), Optional.empty(), Optional.empty(), Claim.Rule.parse("within 1000"),
        "Le niveau de financement suivant, identique à celui de 2022-23, est proposé"));
    // seed 003 l.5330-5369: the same statement on each row of the table that follows, in its
    // printed order (items 29, 26, 27, 28)
    for (int item : new int[] {29, 26, 27, 28}) {
      c.add(new Claim("item-" + item + "-as-2022-23", Claim.Kind.ABSOLUTE_CHANGE,
          FigureRef.parse("item-" + item), Optional.empty(), Optional.of(BUDGET), PROPOSAL,
          d("0"), Optional.empty(), Optional.empty(), Claim.Rule.parse("within 1000"),
          "Le niveau de financement suivant, identique à celui de 2022-23, est proposé"));
    }
    // seed 003 l.5423
    c.add(amount("campus-fund-use", Claim.Kind.AMOUNT,
        "reserve:reserve-funds:campus-improvement:use", PROPOSAL, "2500000", Optional.empty(),
        Claim.Rule.parse("nearest 100000 HALF_UP"),
        "En 2024-25, les dépenses prévues de 2,5 millions d'euros"));
    // seed 003 l.5428-5430
    c.add(amount("innovation-fund-opening", Claim.Kind.AMOUNT,
        "reserve:reserve-funds:innovation:opening", PROPOSAL, "587000", Optional.empty(),
        Claim.Rule.parse("within 1000"), "Le Fonds d'innovation disposera d'un solde attendu"
            + " d'environ 587 000 euros au début de l'exercice biennal"));
    // seed 003 l.5430-5432: the 2022-23 biennial investment (item 26) over 2 years
    c.add(amount("innovation-annual-2023", Claim.Kind.AMOUNT, "item-26", BUDGET, "200000",
        Optional.of(d("2")), Claim.Rule.parse("nearest 1000 HALF_UP"),
        "l'investissement institutionnel annuel de 200 000 euros pour 2023"));
    // seed 003 l.5436-5438
    c.add(amount("innovation-fund-use", Claim.Kind.AMOUNT,
        "reserve:reserve-funds:innovation:use", PROPOSAL, "200000", Optional.empty(),
        Claim.Rule.parse("within 10000"), "une dépense biennale égale au niveau de dépenses"
            + " prévu pour 2022-23, soit environ 200 000 euros"));
    // seed 003 l.5442-5444
    c.add(amount("it-fund-opening", Claim.Kind.AMOUNT,
        "reserve:reserve-funds:it-development:opening", PROPOSAL, "334000", Optional.empty(),
        Claim.Rule.parse("nearest 1000 HALF_UP"),
        "un solde en début d'exercice estimé à 334 000 euros pour la période 2024-25"));
    // seed 003 l.5444-5446
    c.add(amount("it-fund-use", Claim.Kind.AMOUNT,
        "reserve:reserve-funds:it-development:use", PROPOSAL, "525000", Optional.empty(),
        Claim.Rule.parse("nearest 1000 HALF_UP"), "ICTS prévoit d'utiliser 525 000 euros"));
    // seed 003 l.5452-5454: agrees with the printed closing balance, not the recomputed one
    c.add(amount("fellowship-fund-balance", Claim.Kind.AMOUNT,
        "reserve:reserve-funds:fellowships:closing", PROPOSAL, "1070000", Optional.empty(),
        Claim.Rule.parse("within 10000"), "Le Fonds de financement des bourses dispose"
            + " actuellement d'un solde prévu d'environ 1,07 million d'euros"));
    return c;
  }

  private static Claim percent(String id, String of, String from, String claimed,
      Claim.Rule rule, String text) {
    return new Claim(id, Claim.Kind.PERCENTAGE_CHANGE, FigureRef.parse(of), Optional.empty(),
        Optional.of(from), PROPOSAL, d(claimed), Optional.empty(), Optional.empty(), rule, text);
  }

  private static Claim amount(String id, Claim.Kind kind, String of, String column,
      String claimed, Optional<BigDecimal> per, Claim.Rule rule, String text) {
    return new Claim(id, kind, FigureRef.parse(of), Optional.empty(), Optional.empty(), column,
        d(claimed), Optional.empty(), per, rule, text);
  }

  private static Claim realGrowth(String id, String of, Claim.Rule rule, String text) {
    return new Claim(id, Claim.Kind.REAL_CHANGE, FigureRef.parse(of), Optional.empty(),
        Optional.of(BUDGET), PROPOSAL, BigDecimal.ZERO, Optional.of(INFLATION),
        Optional.empty(), rule, text);
  }

  public static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  public static Map<String, BigDecimal> amounts(String budget, String forecast, String proposal) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put(BUDGET, d(budget));
    m.put(FORECAST, d(forecast));
    m.put(PROPOSAL, d(proposal));
    return m;
  }

  private static BudgetLine line(String id, String chapter, int item, String label,
      LineKind kind, String budget, String forecast, String proposal) {
    return new BudgetLine(id, chapter, item, label, kind, FUND,
        amounts(budget, forecast, proposal));
  }

  /** The line printed under the given sub-heading. */
  private static BudgetLine under(String heading, BudgetLine l) {
    return new BudgetLine(l.id(), l.chapter(), l.item(), l.label(), l.kind(), l.fund(),
        l.amounts(), l.dashes(), Optional.of(heading));
  }

  /** The line with the given columns printed as a dash. */
  private static BudgetLine dashed(BudgetLine l, String... columns) {
    return new BudgetLine(l.id(), l.chapter(), l.item(), l.label(), l.kind(), l.fund(),
        l.amounts(), java.util.Set.of(columns), l.heading());
  }

  private static BudgetDocument.PrintedTotal total(TotalKey key, String label, String budget, String forecast,
      String proposal) {
    return new BudgetDocument.PrintedTotal(key, label, amounts(budget, forecast, proposal));
  }

  private static DetailTable.Row row(String label, String budget, String forecast, String proposal) {
    return new DetailTable.Row(label, amounts(budget, forecast, proposal));
  }

  private static StaffingTable.Row staff(String grade, String source, String column, String fte,
      String cost) {
    return new StaffingTable.Row(Grade.parse(grade), source, column, d(fte), d(cost));
  }

  /** The D-2 row as printed, "D .25": footnote 5 (seed 003 l.5498, l.5531). */
  private static StaffingTable.Row footnoted(StaffingTable.Row r) {
    return new StaffingTable.Row(r.grade(), r.fundSource(), r.column(), r.fte(), r.cost(),
        List.of("5"), java.util.Optional.of("D .25"));
  }

  private static List<Grade> grades(String... codes) {
    return java.util.Arrays.stream(codes).map(Grade::parse).toList();
  }

  private static StaffingTable.Subtotal subOf(String label, List<Grade> grades, String source,
      String column, String fte, String cost) {
    return new StaffingTable.Subtotal(label, List.of(), grades, source, column, d(fte), d(cost));
  }

  private static StaffingTable.Subtotal sub(String label, List<GradeCategory> categories,
      String source, String column, String fte, String cost) {
    return new StaffingTable.Subtotal(label, categories, source, column, d(fte), d(cost));
  }
}
