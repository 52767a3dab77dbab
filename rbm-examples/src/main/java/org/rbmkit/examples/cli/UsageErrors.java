package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.Shown;
import picocli.CommandLine;

/**
 * A usage error in two lines on standard error, exit {@value Rbm#EXIT_INVALID}: the command and
 * the problem, with the closest valid value of an option whose values are a fixed set, then where
 * to read more.
 *
 * <pre>{@code
 * rbm certification: --by: dimension "modalty" is not one of modality, credential, ...; did
 *     you mean "modality"?
 * Try 'rbm certification --help' for more information.
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  /** {@code "value" is not one of a, b, c}: the form of every fixed-set option's error. */
  private static final Pattern NOT_ONE_OF =
      Pattern.compile("\"([^\"]*)\" is not one of ([\\w\\-]+(?:,? (?:or )?[\\w\\-]+)*)");

  /** picocli's own error for an enum value. */
  private static final Pattern EXPECTED_ONE_OF =
      Pattern.compile("expected one of \\[([^\\]]*)\\].* but was '([^']*)'");

  /** picocli's failed conversion, which names the Java type and exception. */
  private static final Pattern NOT_A_TYPE = Pattern.compile(
      "(?:'([^']*)' is not an?|cannot convert '([^']*)' to) ([\\w.]+)(?: \\(.*\\))?$",
      Pattern.DOTALL);

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    err.println(name + ": " + EscapingWriter.escape(message(e)));
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && !u.getSuggestions().isEmpty()) {
      err.println("Did you mean: " + name + " " + String.join(" or " + name + " ",
          u.getSuggestions()) + "?");
    }
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return Rbm.EXIT_INVALID;
  }

  /**
   * The date an option gives (yyyy-mm-dd), or the one usage error for a bad date, naming the
   * option and the text as {@link Shown} shows it.
   */
  static LocalDate date(CommandLine commandLine, String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          commandLine, option + ": \"" + Shown.value(text) + "\" is not a date yyyy-mm-dd");
    }
  }

  /** The period an option gives, or the one usage error for a bad period, naming the option. */
  static Period period(CommandLine commandLine, String option, String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, option + ": " + e.getMessage());
    }
  }

  /** The problem in words, with a suggestion where a value was mistyped. */
  static String message(CommandLine.ParameterException e) {
    String m = String.valueOf(e.getMessage()).strip();
    Matcher t = NOT_A_TYPE.matcher(m);
    if (t.find()) {
      String value = t.group(1) != null ? t.group(1) : t.group(2);
      String type = switch (t.group(3)) {
        // a whole number beyond the option's type is "not a number" neither: say the range
        case "int", "Integer" -> "a whole number from " + Integer.MIN_VALUE + " to "
            + Integer.MAX_VALUE;
        case "long", "Long" -> "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        case "BigDecimal", "double", "Double" -> "a number";
        case "LocalDate" -> "a date (yyyy-mm-dd)";
        default -> "a valid " + t.group(3);
      };
      m = m.substring(0, t.start()) + "'" + value + "' is not " + type;
    }
    Matcher n = NOT_ONE_OF.matcher(m);
    if (n.find()) {
      return m + suggestion(closest(n.group(1), List.of(n.group(2).split(",? (?:or )?"))), "\"");
    }
    Matcher x = EXPECTED_ONE_OF.matcher(m);
    if (x.find()) {
      return m + suggestion(closest(x.group(2), List.of(x.group(1).split(", "))), "'");
    }
    return m;
  }

  private static String suggestion(List<String> closest, String quote) {
    return closest.isEmpty() ? "" : "; did you mean " + quote
        + String.join(quote + " or " + quote, closest) + quote + "?";
  }

  /**
   * The choices nearest to a mistyped value (all of them when equally near), if near enough to
   * be the one meant: at most a third of the value's letters inserted, removed, replaced or
   * swapped (at least one); empty otherwise.
   */
  static List<String> closest(String value, List<String> choices) {
    List<String> best = new ArrayList<>();
    int bestDistance = Math.max(1, value.length() / 3);
    for (String c : choices) {
      int d = distance(value.toLowerCase(java.util.Locale.ROOT),
          c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best.clear();
        bestDistance = d;
      }
      if (d == bestDistance && !best.contains(c)) {
        best.add(c);
      }
    }
    return List.copyOf(best);
  }

  /** Optimal string alignment distance: insertions, deletions, replacements, swaps. */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
