package org.rbmkit.kpi.workplan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.core.text.Shown;

/** The grammar of {@link Timeline#parse}. */
final class TimelineParser {

  private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern FRENCH_QUARTERS =
      Pattern.compile("(T[1-4](?:(?:, | et )T[1-4])*),? ([0-9]{4})");
  private static final Pattern ENGLISH_QUARTERS =
      Pattern.compile("(Q[1-4](?:(?:, | and )Q[1-4])*),? ([0-9]{4})");
  private static final Pattern ISO_QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
  private static final Pattern ONGOING_FROM =
      Pattern.compile("(?:[Ee]n cours|[Oo]ngoing from) ([TQ])([1-4]),? ([0-9]{4})");
  private static final Pattern END_OF_MONTH =
      Pattern.compile("(?:[Bb]y end of|[Bb]y the end of|(?:[Dd]'ici (?:à )?)?[Ff]in) (\\p{L}+) ([0-9]{4})");
  private static final Pattern BY_DAY =
      Pattern.compile("[Bb]y ([0-9]{1,2}) (\\p{L}+) ([0-9]{4})");
  private static final Pattern BY_ISO = Pattern.compile("[Bb]y ([0-9]{4}-[0-9]{2}-[0-9]{2})");
  private static final Pattern DIGIT = Pattern.compile("[1-4]");

  private TimelineParser() {}

  static Timeline parse(String raw) {
    String s = raw.strip().replaceAll("\\s+", " ");
    try {
      Timeline t = parseNormalised(s);
      if (t != null) {
        return t;
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException(cannotParse(raw) + " (" + e.getMessage() + ")", e);
    }
    throw new IllegalArgumentException(cannotParse(raw));
  }

  private static Timeline parseNormalised(String s) {
    if (s.length() > 60) {
      return null;
    }
    if (s.equals("En cours") || s.equals("en cours") || s.equals("ongoing") || s.equals("Ongoing")) {
      return Timeline.ONGOING;
    }
    Matcher m = YEAR.matcher(s);
    if (m.matches()) {
      return new Timeline.Year(Integer.parseInt(s));
    }
    m = FRENCH_QUARTERS.matcher(s);
    if (!m.matches()) {
      m = ENGLISH_QUARTERS.matcher(s);
    }
    if (m.matches()) {
      int year = Integer.parseInt(m.group(2));
      Matcher d = DIGIT.matcher(m.group(1));
      Set<Integer> quarters = new TreeSet<>();
      int n = 0;
      while (d.find()) {
        quarters.add(Integer.parseInt(d.group()));
        n++;
      }
      if (quarters.size() != n) {
        throw new IllegalArgumentException("a quarter is named twice");
      }
      return new Timeline.Quarters(year, quarters);
    }
    m = ISO_QUARTER.matcher(s);
    if (m.matches()) {
      return new Timeline.Quarters(Integer.parseInt(m.group(1)), Set.of(Integer.parseInt(m.group(2))));
    }
    m = ONGOING_FROM.matcher(s);
    if (m.matches()) {
      boolean french = s.toLowerCase(Locale.ROOT).startsWith("en cours");
      if (french != m.group(1).equals("T")) {
        return null;
      }
      return new Timeline.OngoingFrom(
          Quarter.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))));
    }
    m = END_OF_MONTH.matcher(s);
    if (m.matches()) {
      boolean french = !s.toLowerCase(Locale.ROOT).startsWith("by");
      Month month = month(m.group(1), french ? Locale.FRENCH : Locale.ENGLISH);
      if (month == null) {
        return null;
      }
      LocalDate first = LocalDate.of(Integer.parseInt(m.group(2)), month, 1);
      return new Timeline.ByDate(first.withDayOfMonth(first.lengthOfMonth()));
    }
    m = BY_DAY.matcher(s);
    if (m.matches()) {
      Month month = month(m.group(2), Locale.ENGLISH);
      if (month == null) {
        return null;
      }
      return new Timeline.ByDate(
          LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
    }
    m = BY_ISO.matcher(s);
    if (m.matches()) {
      return new Timeline.ByDate(LocalDate.parse(m.group(1)));
    }
    return null;
  }

  private static Month month(String name, Locale locale) {
    for (Month mo : Month.values()) {
      if (mo.getDisplayName(TextStyle.FULL, locale).equalsIgnoreCase(name)) {
        return mo;
      }
    }
    return null;
  }

  private static String cannotParse(String raw) {
    String shown = Shown.value(raw);
    return "cannot parse timeline \"" + shown + "\": expected " + Timeline.ACCEPTED_FORMS;
  }

}
