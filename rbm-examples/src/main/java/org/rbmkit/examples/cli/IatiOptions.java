package org.rbmkit.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options every {@code rbm} command that reads IATI XML shares: {@code --lenient} (tolerant
 * reading) and {@code --verbose} (every skipped element, not only the tally).
 *
 * <pre>{@code
 * rbm achievement activities.xml --lenient --verbose
 * }</pre>
 */
public final class IatiOptions {

  @Option(names = "--lenient",
      description = "IATI XML: build an activity that misses schema-required elements"
          + " (reporting-org, activity-status, activity-date…) when its identifier is known,"
          + " keeping its results, budgets and transactions; each missing element is a warning.")
  private boolean lenient;

  @Option(names = "--verbose",
      description = "IATI XML: list every element and attribute not carried, not only the"
          + " count per element.")
  private boolean verbose;

  /** The defaults: strict structure, skipped content tallied. */
  public IatiOptions() {}

  static IatiOptions of(boolean lenient, boolean verbose) {
    IatiOptions o = new IatiOptions();
    o.lenient = lenient;
    o.verbose = verbose;
    return o;
  }

  /** Whether tolerant reading was asked for. */
  public boolean lenient() {
    return lenient;
  }

  /** Whether every skipped item is to be listed. */
  public boolean verbose() {
    return verbose;
  }

  /** Whether the file is IATI XML by its name (a {@code .xml} extension). */
  static boolean isIati(Path file) {
    return file != null
        && file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
  }
}
