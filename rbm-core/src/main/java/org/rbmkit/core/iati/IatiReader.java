package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.rbmkit.core.problem.Problem;

/**
 * Reads IATI activity files (versions 2.01 to 2.03) activity by activity, checking each against the
 * schema's structure and IATI's codelists and rules.
 *
 * <pre>{@code
 * List<IatiActivity> activities = new ArrayList<>();
 * IatiReadSummary summary = IatiReader.lenient().read(Path.of("activities.xml"), read -> {
 *   read.problems().forEach(System.err::println);   // errors, findings, skipped content
 *   read.activity().ifPresent(activities::add);
 * });
 * }</pre>
 *
 * <p><b>Checks.</b> Every problem is a {@link Problem} located by its element or attribute path and
 * line ({@link org.rbmkit.core.problem.Location#element}), with a stable code. Structural problems
 * (a missing required element or attribute, an element repeated where one is allowed, a value that
 * is not a date, boolean, positive integer or decimal where the schema wants one, text where only
 * elements are allowed) are errors with codes {@code iati.structure.missing}, {@code
 * .repeated}, {@code .value}, {@code .text}, {@code .not-allowed} and {@code .order}. Codelist and
 * ruleset problems (an unknown measure or budget type, a budget period over one year, a start
 * after the end, a missing value for measures 1–4) are findings with code {@code
 * iati.rule.<rule id>} ({@code iati.rule.8.6.1}, {@code iati.rule.codelist}, {@code
 * iati.rule.required}) and the rule's severity (error, warning or info). Every element or attribute
 * the model does not carry is listed with code {@code iati.skipped}, severity info. An activity's
 * problems come in its {@link ActivityRead}, which names the activity ({@link
 * ActivityRead#identifier()}, {@link ActivityRead#index()}); the path names it by position too
 * ({@code /iati-activities/iati-activity[3]/…}). In {@linkplain #lenient() lenient} mode all of
 * them are reported and reading goes on; in {@linkplain #strict() strict} mode the first
 * structural error throws {@link IatiReadException} naming the activity; in {@linkplain
 * #tolerant() tolerant} mode a missing schema-required element is a warning and the activity is
 * built without it.
 *
 * <p><b>Versions.</b> Versions 2.01, 2.02 and 2.03 are read as they are. A file declaring
 * another version (a 1.0x file, {@code 3.0}, {@code banana}, an empty version) is refused with one
 * {@link IatiReadException} naming the version, in either mode, rather than read as 2.03 with a
 * structural error for every difference; a missing {@code version} is a structural error.
 *
 * <p><b>Security.</b> Document type declarations are refused, so no external entity is ever
 * resolved and no entity can be declared or expanded ("billion laughs"); the document size, element
 * depth, elements per activity and the length of one text or attribute value are bounded. A
 * hostile or malformed document throws {@link IatiReadException} in either mode, with one problem
 * whose code is {@code iati.xml.*} (malformed, encoding, dtd, entity), {@code iati.limit.*} (size,
 * depth, elements, text, markup), {@code iati.root} or {@code iati.version}.
 *
 * <p><b>Memory.</b> The document is streamed with StAX; only the current activity is held, with at
 * most {@link #DEFAULT_MAX_PROBLEMS} problems per activity and for the document (the rest are
 * counted), and element paths are built only for the problems kept. What grows with the number of
 * activities is a 16-byte fingerprint of each activity identifier, to report an identifier used
 * twice in the file (about 100 bytes per activity). A generated file of 236 MB and 20 000
 * activities reads in a 64 MB heap (docs/PERFORMANCE.md, "IATI read").
 *
 * <p>Immutable and thread-safe; each {@code read} uses its own parser.
 */
public final class IatiReader {

  /** The default largest document, in bytes: 512 MiB. */
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  /** The default deepest element nesting; IATI itself nests about ten deep. */
  public static final int DEFAULT_MAX_DEPTH = 40;

  /** The default largest number of elements in one activity. */
  public static final int DEFAULT_MAX_ELEMENTS_PER_ACTIVITY = 500_000;

  /**
   * The default longest text of one element or value of one attribute, in characters: 1,000,000.
   * A start tag (with all its attributes), comment or CDATA section longer than four times this
   * many bytes is refused as well, before the parser holds it whole.
   */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

  /**
   * The default number of problems kept per activity, and for the document outside its
   * activities: 1,000. Further problems are counted ({@link ActivityRead#problemsNotListed()},
   * {@link IatiReadSummary#problemsNotListed()}), not kept.
   */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  /** Lenient, with the default limits. */
  private static final ReadSettings LENIENT =
      new ReadSettings(
          false,
          false,
          DEFAULT_MAX_BYTES,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_ELEMENTS_PER_ACTIVITY,
          DEFAULT_MAX_TEXT_LENGTH,
          DEFAULT_MAX_PROBLEMS);

  /** The mode and limits, as each read gets them. */
  private final ReadSettings settings;

  private IatiReader(ReadSettings settings) {
    this.settings = settings;
  }

  /** A reader that reports every problem and goes on; default limits. */
  public static IatiReader lenient() {
    return new IatiReader(LENIENT);
  }

  /**
   * A reader that throws {@link IatiReadException} at the first structural error; default limits.
   */
  public static IatiReader strict() {
    return new IatiReader(LENIENT.withMode(true, false));
  }

  /**
   * A lenient reader that also builds an activity missing schema-required elements (reporting-org,
   * participating-org, activity-status, activity-date, description, a period's start…) when its
   * identifier is known, keeping its results, budgets and transactions. Each missing element is a
   * finding with code {@code iati.rule.required}, severity warning, and
   * the path of the element it is missing from; an element that cannot be built without it (a
   * budget without value, an indicator period without start) is still listed as not read. Default
   * limits.
   */
  public static IatiReader tolerant() {
    return new IatiReader(LENIENT.withMode(false, true));
  }

  /** This reader with another document size limit, in bytes (at least 1). */
  public IatiReader withMaxBytes(long bytes) {
    checkArgument(bytes >= 1, "maxBytes %s is below 1", bytes);
    return new IatiReader(settings.withMaxBytes(bytes));
  }

  /** This reader with another element depth limit (at least 4: an activity's own structure). */
  public IatiReader withMaxDepth(int depth) {
    checkArgument(depth >= 4, "maxDepth %s is below 4", depth);
    return new IatiReader(settings.withMaxDepth(depth));
  }

  /** This reader with another limit on the elements of one activity (at least 1). */
  public IatiReader withMaxElementsPerActivity(int elements) {
    checkArgument(elements >= 1, "maxElementsPerActivity %s is below 1", elements);
    return new IatiReader(settings.withMaxElements(elements));
  }

  /**
   * This reader with another limit on the characters of one element's text or one attribute's
   * value (at least 1,000).
   */
  public IatiReader withMaxTextLength(int characters) {
    checkArgument(characters >= 1_000, "maxTextLength %s is below 1000", characters);
    return new IatiReader(settings.withMaxTextLength(characters));
  }

  /**
   * This reader with another number of problems kept per activity and for the document (at least
   * 1); the rest are counted.
   */
  public IatiReader withMaxProblems(int problems) {
    checkArgument(problems >= 1, "maxProblems %s is below 1", problems);
    return new IatiReader(settings.withMaxProblems(problems));
  }

  /** Whether this reader builds activities that miss schema-required elements. */
  public boolean isTolerant() {
    return settings.tolerant();
  }

  /** Whether this reader stops at the first structural error. */
  public boolean isStrict() {
    return settings.strict();
  }

  /**
   * Reads the file, handing each activity to {@code consumer} as soon as it is read.
   *
   * @throws IatiReadException for hostile or malformed XML, an exceeded limit, a root element other
   *     than {@code iati-activities}, or (strict) the first structural error
   * @throws UncheckedIOException if the file cannot be read
   */
  public IatiReadSummary read(Path file, Consumer<? super ActivityRead> consumer) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the stream, handing each activity to {@code consumer} as soon as it is read. The stream
   * is not closed.
   *
   * @throws IatiReadException for hostile or malformed XML, an exceeded limit, a root element other
   *     than {@code iati-activities}, or (strict) the first structural error
   */
  public IatiReadSummary read(InputStream in, Consumer<? super ActivityRead> consumer) {
    checkNotNull(in, "in");
    checkNotNull(consumer, "consumer");
    return new DocumentReader(settings, in).read(consumer);
  }

  /** Reads every activity into a list; convenient for small files, memory grows with the file. */
  public ImmutableList<ActivityRead> readAll(InputStream in) {
    ImmutableList.Builder<ActivityRead> out = ImmutableList.builder();
    read(in, out::add);
    return out.build();
  }
}
