package org.rbmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.rbmkit.core.iati.ActivityRead;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiReadException;
import org.rbmkit.core.iati.IatiReadSummary;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.iati.IatiResult;
import org.rbmkit.core.iati.IatiSkippedTally;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.problem.Problem;

/**
 * How every command reads an IATI activities file ({@code convert}, {@code validate},
 * {@code achievement}, {@code portfolio}, {@code resources}, {@code report}): the reader, the
 * problems it reports as input errors or as notes, and the one conversion of a result's
 * indicators into rbmkit's model. Stateless.
 */
final class IatiInput {

  private IatiInput() {}

  /**
   * Reads every activity into a list; see {@link #readIati(Path, PrintWriter, IatiOptions,
   * Consumer)}.
   */
  static List<IatiActivity> readIati(Path file, PrintWriter err) {
    return readIati(file, err, new IatiOptions());
  }

  /** Reads every activity into a list with the given reading options. */
  static List<IatiActivity> readIati(Path file, PrintWriter err, IatiOptions options) {
    List<IatiActivity> activities = new ArrayList<>();
    readIati(file, err, options, activities::add);
    return activities;
  }

  /**
   * Reads the file activity by activity, handing each one built to {@code each} and keeping none.
   * Structural errors, and problems of the document itself (an unsupported version), are input
   * errors: up to {@link IatiReader#DEFAULT_MAX_PROBLEMS} are listed, the rest counted. Rule
   * findings are printed on {@code err} as they come; skipped content too with {@code --verbose},
   * else counted by element and printed at the end, one line per element. With {@code --lenient}
   * the reader is {@link IatiReader#tolerant() tolerant}.
   *
   * @return the reader's summary of the document
   * @throws InputException listing the errors, or when the XML cannot be read at all
   */
  static IatiReadSummary readIati(
      Path file, PrintWriter err, IatiOptions options, Consumer<IatiActivity> each) {
    List<String> errors = new ArrayList<>();
    IatiSkippedTally tally = new IatiSkippedTally();
    long[] errorsNotListed = {0};
    Consumer<String> error = p -> {
      if (errors.size() < IatiReader.DEFAULT_MAX_PROBLEMS) {
        errors.add(p);
      } else {
        errorsNotListed[0]++;
      }
    };
    IatiReadSummary summary;
    try (InputStream in = Inputs.open(file)) {
      IatiReader reader = options.lenient() ? IatiReader.tolerant() : IatiReader.lenient();
      summary = reader.read(in, (ActivityRead read) -> {
        String activity = read.identifier().isEmpty()
            ? "(activity " + read.index() + ")" : read.identifier();
        for (Problem p : read.problems()) {
          if (isStructural(p)) {
            error.accept(describe(file, activity, p));
          } else if (!p.code().equals(SKIPPED) || options.verbose()) {
            err.println(describe(file, activity, p));
          }
        }
        tally.add(read);
        errorsNotListed[0] += read.errorsNotListed();
        if (read.problemsNotListed() > 0) {
          err.println(file + ": activity " + read.identifier() + ": "
              + read.problemsNotListed() + " more problems not listed");
        }
        read.activity().ifPresent(each);
      });
    } catch (IatiReadException e) {
      Problem p = e.problems().get(0);
      throw new InputException(e.activity().map(a -> describe(file, a, p))
          .orElse(file + ": " + p.message()), e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    for (Problem p : summary.problems()) {
      // outside the activities, a rule finding is the version: the file is not read as published
      if (isStructural(p) || p.code().startsWith(RULE)) {
        error.accept(describe(file, "", p));
      } else if (options.verbose()) {
        err.println(describe(file, "", p));
      }
    }
    tally.add(summary);
    if (!options.verbose() && !tally.isEmpty()) {
      err.println(file + ": not carried, by element (--verbose lists each):");
      tally.lines().forEach(l -> err.println("  " + l));
    }
    errorsNotListed[0] += summary.errorsNotListed();
    if (summary.problemsNotListed() > 0) {
      err.println(file + ": " + summary.problemsNotListed()
          + " more problems outside the activities not listed");
    }
    err.flush();
    if (!errors.isEmpty() || errorsNotListed[0] > 0) {
      if (errorsNotListed[0] > 0) {
        errors.add(file + ": " + errorsNotListed[0] + " more problems not listed");
      }
      throw new InputException(String.join("\n", errors));
    }
    return summary;
  }

  private static final String SKIPPED = "iati.skipped";
  private static final String RULE = "iati.rule.";

  private static boolean isStructural(Problem p) {
    return p.code().startsWith("iati.structure.");
  }

  private static String describe(Path file, String activity, Problem p) {
    long line = p.location().line();
    return file + (line > 0 ? ":" + line : "") + ": "
        + (activity.isEmpty() ? "" : "activity " + activity + ", ") + "at " + p.location().path()
        + ": " + (isStructural(p) ? ""
            : p.code().equals(SKIPPED) ? "skipped: "
            : p.severity().name().toLowerCase(Locale.ROOT)
                + " (rule " + p.code().substring(RULE.length()) + "): ")
        + p.message();
  }

  /**
   * The indicators of the activity's result {@code i} (from 0) in rbmkit's model, coded
   * {@code result.indicator}: the one conversion {@code convert --to json} writes and
   * {@code validate} checks.
   *
   * @throws InputException naming activity, result and indicator, for an indicator the model
   *     refuses (a value that is not a decimal or beyond the indicator's digits, an unknown
   *     measure, a period ending before it starts)
   */
  static List<Indicator> indicators(Path file, IatiActivity a, int i, String lang) {
    IatiResult res = a.results().get(i);
    List<Indicator> out = new ArrayList<>();
    for (int j = 0; j < res.indicators().size(); j++) {
      String code = (i + 1) + "." + (j + 1);
      try {
        out.add(res.indicators().get(j).toIndicator(code, lang));
      } catch (IllegalArgumentException e) {
        throw new InputException(file + ": activity " + a.identifier() + ", result "
            + (i + 1) + ", indicator " + (j + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
