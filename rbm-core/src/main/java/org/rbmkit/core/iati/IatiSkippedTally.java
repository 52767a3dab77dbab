package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.rbmkit.core.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the reader did not carry, counted by element: one line per element or attribute path
 * (indices and the activity's own path left out), with how many times it was skipped.
 *
 * <pre>{@code
 * IatiSkippedTally tally = new IatiSkippedTally();
 * IatiReader.lenient().read(file, tally::add);
 * tally.lines();   // ["location: 24", "transaction/description: 80", "@humanitarian: 3"]
 * }</pre>
 *
 * <p>Problems past the reader's limit of problems kept (skipped content and findings alike: the
 * reader counts them together) are not listed by element, and are counted as {@link
 * #notListed()}. Not thread-safe: one tally per reading (or {@link #merge} the
 * tallies of several).
 */
public final class IatiSkippedTally {

  private static final Pattern ACTIVITY = Pattern.compile("^/iati-activities/iati-activity\\[\\d+\\]/?");
  private static final Pattern ROOT = Pattern.compile("^/iati-activities/?");
  private static final Pattern INDEX = Pattern.compile("\\[\\d+\\]");

  private final Map<String, Long> counts = new LinkedHashMap<>();
  private long notListed;

  /** Counts the skipped content of one activity. */
  public void add(ActivityRead read) {
    checkNotNull(read, "read");
    read.skipped().forEach(this::add);
    notListed += read.problemsNotListed() - read.errorsNotListed();
  }

  /** Counts the skipped content of the document outside its activities. */
  public void add(IatiReadSummary summary) {
    checkNotNull(summary, "summary");
    summary.problems().stream()
        .filter(p -> p.code().equals(ElementChecks.SKIPPED))
        .forEach(this::add);
    notListed += summary.problemsNotListed() - summary.errorsNotListed();
  }

  private void add(Problem p) {
    if (!p.code().equals(ElementChecks.SKIPPED)) {
      return;
    }
    counts.merge(element(p), 1L, Long::sum);
  }

  /**
   * The element of a skipped problem: its path without indices, relative to its activity ({@code
   * transaction/description}, {@code @humanitarian}), or to the document ({@code
   * /iati-activities/@generated-datetime}) outside activities; "not read" elements keep their
   * name, prefixed by {@code not read: }.
   */
  static String element(Problem p) {
    String path = p.location().path();
    String relative;
    if (ACTIVITY.matcher(path).find()) {
      relative = INDEX.matcher(ACTIVITY.matcher(path).replaceFirst("")).replaceAll("");
      if (relative.isEmpty()) {
        relative = "iati-activity";
      }
    } else {
      relative = "/iati-activities/" + INDEX.matcher(ROOT.matcher(path).replaceFirst("")).replaceAll("");
    }
    if (p.message().contains(" not read ") || p.message().startsWith("activity not built")) {
      return (p.message().startsWith("activity not built") ? "activity not built: " : "not read: ")
          + relative;
    }
    return relative;
  }

  /** This tally plus {@code other}'s counts; {@code other} is unchanged. */
  public IatiSkippedTally merge(IatiSkippedTally other) {
    checkNotNull(other, "other");
    other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
    notListed += other.notListed;
    return this;
  }

  /** The count of each element skipped, most frequent first, then by name. */
  public ImmutableMap<String, Long> counts() {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    ImmutableMap.Builder<String, Long> out = ImmutableMap.builder();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out.buildOrThrow();
  }

  /** How many problems other than structural errors were past the reader's limit of problems kept. */
  public long notListed() {
    return notListed;
  }

  /** Whether nothing was skipped. */
  public boolean isEmpty() {
    return counts.isEmpty() && notListed == 0;
  }

  /**
   * One line per element, {@code location: 24}, most frequent first; a last line saying how many
   * problems were only counted, when some were. Empty when nothing was skipped.
   */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    counts().forEach((k, v) -> out.add(k + ": " + v));
    if (notListed > 0) {
      out.add("(" + notListed + " more problems beyond those kept, not counted by element)");
    }
    return out.build();
  }
}
