package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiIndicator;
import org.rbmkit.core.iati.IatiResult;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.AchievementCalculator;
import org.rbmkit.kpi.achievement.AchievementPolicy;
import org.rbmkit.kpi.achievement.ExactRatio;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RatingScheme;
import org.rbmkit.kpi.iati.ImportedIndicator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm achievement FILE.xml}: every indicator of every result of every activity of an IATI
 * file, rated. One row per indicator, disaggregation and target period; an indicator or
 * disaggregation without a target is one row "not rated" (nothing to rate against); where an
 * indicator publishes only slices of one dimension, a further row rates their sum, marked
 * "derived".
 */
final class IatiAchievementView {

  /** One rated row. */
  record Row(String activity, int result, int indicator, String slice, String period,
      Optional<Achievement> achievement, Rated rated, String note) {}

  private IatiAchievementView() {}

  static List<Row> rows(List<IatiActivity> activities, RatingScheme scheme, List<String> refused) {
    AchievementCalculator calc = new AchievementCalculator(AchievementPolicy.DEFAULT);
    List<Row> rows = new ArrayList<>();
    for (IatiActivity a : activities) {
      String lang = a.defaultLanguage("en");
      List<ImportedIndicator> imported;
      try {
        imported = ImportedIndicator.of(a, lang);
      } catch (IllegalArgumentException e) {
        refused.add(e.getMessage());
        continue;
      }
      for (ImportedIndicator i : imported) {
        String slice = i.source().dimensions().isEmpty() ? "total"
            : i.source().dimensions().toString();
        add(rows, calc, scheme, a.identifier(), i.source().result(), i.source().indicator(),
            slice, i.indicator(), "");
      }
      for (int r = 0; r < a.results().size(); r++) {
        IatiResult res = a.results().get(r);
        for (int k = 0; k < res.indicators().size(); k++) {
          IatiIndicator ind = res.indicators().get(k);
          Optional<IatiIndicator> derived = ind.derivedTotal();
          if (derived.isPresent()) {
            try {
              Indicator core = derived.get().toIndicator((r + 1) + "." + (k + 1) + "-sum", lang);
              add(rows, calc, scheme, a.identifier(), r + 1, k + 1,
                  "derived: sum of " + ind.slicedDimension().orElseThrow() + " slices", core,
                  "derived");
            } catch (IllegalArgumentException e) {
              refused.add("activity " + a.identifier() + " result[" + (r + 1) + "] indicator["
                  + (k + 1) + "] derived total: " + e.getMessage());
            }
          }
        }
      }
    }
    return rows;
  }

  private static void add(List<Row> rows, AchievementCalculator calc, RatingScheme scheme,
      String activity, int result, int indicator, String slice, Indicator core, String note) {
    List<Achievement> as = calc.achievements(core);
    if (as.isEmpty()) {
      rows.add(new Row(activity, result, indicator, slice, "-", Optional.empty(),
          Rated.NOT_RATED, note.isEmpty() ? "no target" : note + "; no target"));
      return;
    }
    for (Achievement x : as) {
      rows.add(new Row(activity, result, indicator, slice, x.period().toString(),
          Optional.of(x), scheme.rate(x), note));
    }
  }

  static void text(PrintWriter out, Path file, int activities, List<Row> rows,
      RatingScheme scheme) {
    out.println(file + ": " + activities + " activit" + (activities == 1 ? "y" : "ies") + ", "
        + rows.size() + " indicator rows; scheme " + scheme.code());
    out.println();
    TextTable t = TextTable.withColumns("<activity", "result", "indicator", "<slice", "<period",
        "<baseline", "<target", "<actual", "achievement", "<rating", "<status");
    for (Row r : rows) {
      Optional<Achievement> a = r.achievement();
      t.row(r.activity(), r.result(), r.indicator(), r.slice(), r.period(),
          a.map(x -> value(x.baseline())).orElse("-"), a.map(x -> value(x.target())).orElse("-"),
          a.map(x -> value(x.actual())).orElse("-"),
          a.map(x -> range(x.low(), x.high())).orElse("-"),
          r.rated().rating().code() + (r.rated().uncertain() ? " (uncertain)" : ""),
          a.map(x -> x.status().code()).orElse(r.note()));
    }
    out.print(t.render());
    out.println();
    out.println("By rating: " + tally(rows));
  }

  static ObjectNode json(Path file, int activities, List<Row> rows, RatingScheme scheme,
      List<String> refused) {
    ObjectNode o = OutputOptions.object();
    o.put("file", file.toString());
    o.put("activities", activities);
    o.put("scheme", scheme.code());
    ArrayNode a = o.putArray("indicators");
    for (Row r : rows) {
      ObjectNode x = a.addObject();
      x.put("activity", r.activity());
      x.put("result", r.result());
      x.put("indicator", r.indicator());
      x.put("slice", r.slice());
      x.put("derived", r.note().startsWith("derived"));
      x.put("period", r.period());
      r.achievement().ifPresent(ach -> {
        x.put("status", ach.status().code());
        ach.baseline().ifPresent(v -> x.put("baseline", v.toString()));
        ach.target().ifPresent(v -> x.put("target", v.toString()));
        ach.actual().ifPresent(v -> x.put("actual", v.toString()));
        ach.low().ifPresent(v -> x.put("low", v.toString()));
        ach.high().ifPresent(v -> x.put("high", v.toString()));
        x.put("achievement", range(ach.low(), ach.high()));
        x.put("explanation", ach.explanation());
      });
      x.put("rating", r.rated().rating().code());
      if (!r.note().isEmpty()) {
        x.put("note", r.note());
      }
    }
    ArrayNode f = o.putArray("refused");
    refused.forEach(f::add);
    return o;
  }

  private static String tally(List<Row> rows) {
    java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
    rows.forEach(r -> n.merge(r.rated().rating().code(), 1, Integer::sum));
    return n.toString().replaceAll("[{}]", "").replace("=", " ");
  }

  static boolean failing(Row r, Rating fail) {
    return fail != null && r.rated().rating().isRated()
        && r.rated().rating().severity() >= fail.severity();
  }

  private static String value(Optional<IndicatorValue> v) {
    return v.map(IndicatorValue::toString).orElse("-");
  }

  private static String range(Optional<ExactRatio> low, Optional<ExactRatio> high) {
    if (low.isEmpty() && high.isEmpty()) {
      return "-";
    }
    String lo = low.map(IatiAchievementView::percent).orElse("...");
    String hi = high.map(IatiAchievementView::percent).orElse("...");
    return lo.equals(hi) ? lo : lo + " to " + hi;
  }

  private static String percent(ExactRatio r) {
    return r.percentage(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  static int run(Path file, IatiOptions options, RatingScheme scheme, Rating fail, boolean json,
      PrintWriter out, PrintWriter err) {
    List<IatiActivity> activities = IatiInput.readIati(file, err, options);
    List<String> refused = new ArrayList<>();
    List<Row> rows = rows(activities, scheme, refused);
    refused.forEach(m -> err.println(file + ": not rated: " + m));
    err.flush();
    List<Row> failing = rows.stream().filter(r -> failing(r, fail)).toList();
    if (json) {
      ObjectNode o = json(file, activities.size(), rows, scheme, refused);
      if (fail != null) {
        o.put("failOn", fail.code());
        o.put("failing", failing.size());
      }
      OutputOptions.write(out, o);
    } else {
      text(out, file, activities.size(), rows, scheme);
      if (fail != null) {
        out.println(failing.size() + " indicator row" + (failing.size() == 1 ? " is" : "s are")
            + " rated " + fail.code() + " or worse.");
      }
      out.flush();
    }
    return failing.isEmpty() && refused.isEmpty() ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }
}
