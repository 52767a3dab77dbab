package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.kpi.certification.EnrolmentCsvException;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the files given to the {@code rbm} command with the library's strict readers, and turns
 * every failure into an {@link InputException} naming the file, the line and column, the JSON
 * path and the problem.
 *
 * <pre>{@code
 * BudgetDocument doc = Inputs.readJson(Path.of("budget.json"), BudgetDocument.class);
 * // budget.json:40:5: at $.lines[3].amounts: ... (an InputException)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Inputs {

  /** The file name that stands for standard input. */
  public static final String STDIN = "-";

  private Inputs() {}

  /**
   * Reads a JSON document of the given type ({@value #STDIN} reads standard input). A document
   * of another kind (told as by {@code rbm validate}) is named as such, with the command that
   * reads it.
   *
   * @throws InputException if the file is missing, unreadable, malformed or invalid
   */
  public static <T> T readJson(Path file, Class<T> type) {
    checkNotNull(file, "file");
    checkNotNull(type, "type");
    try {
      return read(file, p -> {
        if (type.isArray()) {
          // a list document: say so in words, not as Jackson names the Java array type
          JsonToken t = p.nextToken();
          if (t != null && t != JsonToken.START_ARRAY) {
            TokenStreamLocation at = p.currentTokenLocation();
            throw new InputException(file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                + ": expected a JSON array of " + words(type.getComponentType()) + "s, found "
                + t);
          }
        }
        return RbmJson.mapper().readValue(p, type);
      });
    } catch (InputException e) {
      if (!(e.getCause() instanceof DatabindException)) {
        throw e;
      }
      throw wrongKind(file, InputKind.of(type)
          .map(InputKind::withArticle)
          .orElse(InputKind.withArticle(words(type))), e);
    }
  }

  /** A class's simple name in words: {@code ExchangeRate} is "exchange rate". */
  private static String words(Class<?> type) {
    return type.getSimpleName()
        .replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /** Reads a JSON file as a tree, to see what kind of document it is. */
  public static JsonNode readTree(Path file) {
    checkNotNull(file, "file");
    return read(file, p -> RbmJson.mapper().readValue(p, JsonNode.class));
  }

  /**
   * Reads through a parser of our own, so that a failure the parser reports without a place (a
   * limit exceeded) is still given the line, column and JSON path where reading stopped.
   */
  private static <T> T read(Path file, Function<JsonParser, T> reader) {
    try (InputStream in = open(file);
        JsonParser p = RbmJson.mapper().createParser(in)) {
      try {
        return reader.apply(p);
      } catch (StreamConstraintsException e) {
        throw new InputException(describeLimit(file, e, p), e);
      } catch (MismatchedInputException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.startsWith("No content to map")) {
          throw new InputException(
              file + ": no JSON document: the input is empty or only white space", e);
        }
        if (m == null || !m.startsWith("Trailing token")) {
          throw e;
        }
        TokenStreamLocation at = p.currentTokenLocation();
        throw new InputException(file + (at != null && at.getLineNr() > 0
            ? ":" + at.getLineNr() + ":" + at.getColumnNr() : "")
            + ": trailing content after the document (" + p.currentToken()
            + "): a file holds one JSON document", e);
      }
    } catch (JacksonException e) {
      throw new InputException(describe(file, e), e, problems(e));
    } catch (IllegalArgumentException e) {
      if (e instanceof InputException i) {
        throw i;
      }
      throw new InputException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Jackson's names of its limits, and the constants of {@link RbmJson} that set them. */
  private static final String[][] LIMITS = {
    {"getMaxStringLength", "RbmJson.MAX_STRING_LENGTH"},
    {"getMaxNumberLength", "RbmJson.MAX_NUMBER_LENGTH"},
    {"getMaxNestingDepth", "RbmJson.MAX_NESTING_DEPTH"},
    {"getMaxDocumentLength", "RbmJson.MAX_DOCUMENT_LENGTH"},
    {"getMaxTokenCount", "RbmJson.MAX_TOKEN_COUNT"},
    {"getMaxNameLength", "StreamReadConstraints.getMaxNameLength()"},
  };

  /**
   * A limit exceeded: {@code FILE:LINE:COLUMN: at $.path: message (RbmJson.CONSTANT)}, the place
   * being where the parser stopped. A number's length is counted whole from the file, since the
   * parser stops counting at the limit.
   */
  static String describeLimit(Path file, StreamConstraintsException e, JsonParser p) {
    TokenStreamLocation loc = p.currentLocation();
    StringBuilder b = new StringBuilder().append(file);
    if (loc != null && loc.getLineNr() > 0) {
      b.append(':').append(loc.getLineNr()).append(':').append(loc.getColumnNr());
    }
    b.append(": ");
    String path = contextPath(p.streamReadContext());
    if (!path.equals("$")) {
      b.append("at ").append(path).append(": ");
    }
    String msg = e.getOriginalMessage() == null ? "limit exceeded" : e.getOriginalMessage().strip();
    if (msg.startsWith("Number value length")) {
      TokenStreamLocation start = p.currentTokenLocation();
      long length = start == null ? -1 : numberLength(file, start.getByteOffset());
      msg = (length > 0 ? "number of " + length + " characters" : "number")
          + " is longer than the limit of " + RbmJson.MAX_NUMBER_LENGTH + " characters";
    }
    for (String[] l : LIMITS) {
      if (msg.contains(l[0])) {
        msg = msg + " (" + l[1] + ")";
      }
    }
    if (!msg.contains("(RbmJson.MAX_NUMBER_LENGTH)") && msg.startsWith("number")) {
      msg = msg + " (RbmJson.MAX_NUMBER_LENGTH)";
    }
    return b.append(msg).toString();
  }

  /**
   * The characters of the number literal that follows the token at {@code offset} (the parser's
   * last complete token: a field name, a bracket or the value before it), counted from the file.
   */
  private static long numberLength(Path file, long offset) {
    if (offset < 0) {
      return -1;
    }
    String digits = "0123456789+-.eE";
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      in.skipNBytes(offset);
      int c = in.read();
      if (c == '"') {
        // the field name before the number
        for (c = in.read(); c >= 0 && c != '"'; c = in.read()) {
          if (c == '\\') {
            in.read();
          }
        }
        c = in.read();
      } else if (c >= 0 && digits.indexOf(c) >= 0) {
        // the number before it in a list
        while (c >= 0 && digits.indexOf(c) >= 0) {
          c = in.read();
        }
      } else {
        c = in.read();
      }
      while (c >= 0 && " \t\r\n:,".indexOf(c) >= 0) {
        c = in.read();
      }
      long n = 0;
      for (; c >= 0 && digits.indexOf(c) >= 0; c = in.read()) {
        n++;
      }
      return n > RbmJson.MAX_NUMBER_LENGTH ? n : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** The JSON path of a parser's context, such as {@code $.lines[3].label}. */
  private static String contextPath(TokenStreamContext context) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.currentName() != null) {
        String n = c.currentName();
        parts.push(n.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + n
            : "[\"" + n.replace("\"", "\\\"") + "\"]");
      }
    }
    if (parts.size() > 12) {
      // a path 200 levels deep says no more than its first and last steps
      List<String> all = List.copyOf(parts);
      return "$" + String.join("", all.subList(0, 8)) + "…(" + (all.size() - 10)
          + " more levels)…" + String.join("", all.subList(all.size() - 2, all.size()));
    }
    return "$" + String.join("", parts);
  }

  /**
   * Opens a file for reading; {@value #STDIN} is standard input (left open after reading).
   *
   * @throws InputException naming the file if it does not exist, is a directory or cannot be
   *     read
   */
  public static InputStream open(Path file) {
    if (file.toString().equals(STDIN)) {
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input belongs to the process
        }
      };
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, not a file");
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The place and the problem of a Jackson failure: {@code FILE:LINE:COLUMN: at $.a[2].b:
   * message}. The message of a failed constructor (every problem of a document) is kept whole.
   */
  public static String describe(Path file, JacksonException e) {
    StringBuilder b = new StringBuilder().append(file);
    String path = jsonPath(e.getPath());
    TokenStreamLocation loc = e.getLocation();
    // a document checked as a whole fails at its end: its message names the places instead
    boolean wholeDocument = path.equals("$") && !(e instanceof StreamReadException);
    if (loc != null && loc.getLineNr() > 0 && !wholeDocument) {
      b.append(':').append(loc.getLineNr()).append(':').append(loc.getColumnNr());
    }
    b.append(": ");
    if (!path.equals("$")) {
      b.append("at ").append(path).append(": ");
    }
    String msg = e.getOriginalMessage();
    Throwable cause = e.getCause();
    List<Problem> problems = problems(e);
    // a value read from its text form fails alone, at the place already named: its message
    // stands as it is; a document checked as a whole lists each of its problems
    boolean wholeDocumentProblems = cause instanceof ProblemException p
        && p.problems().stream().anyMatch(pr -> !pr.location().path().isEmpty());
    if (wholeDocumentProblems) {
      // every problem on a line of its own, with its place from the file's root and its code
      StringBuilder all = new StringBuilder(((ProblemException) cause).getMessage().replaceFirst(":.*", ":"));
      problems.stream().limit(ProblemException.MAX_LISTED)
          .forEach(p -> all.append("\n  ").append(describe(p)));
      if (problems.size() > ProblemException.MAX_LISTED) {
        all.append("\n  and ").append(problems.size() - ProblemException.MAX_LISTED).append(" more");
      }
      msg = all.toString();
    } else if (cause instanceof IllegalArgumentException && !(cause instanceof ProblemException)
        && cause.getMessage() != null) {
      msg = cause.getMessage();
    }
    b.append(msg == null ? e.getClass().getSimpleName() : msg.strip());
    return b.toString();
  }

  /**
   * The problems of a document checked as a whole that failed to read, each located from the
   * file's root: the JSON path where the document stands ({@code $} for a whole file) followed by
   * the problem's own path. Empty for any other failure.
   */
  static List<Problem> problems(JacksonException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof ProblemException p) {
        String at = jsonPath(e.getPath());
        return p.problems().stream()
            .map(pr -> new Problem(Location.path(join(at, pr.location().path())), pr.severity(),
                pr.code(), pr.value(), pr.message()))
            .toList();
      }
    }
    return List.of();
  }

  /** {@code $.roots[1]} and {@code code} as {@code $.roots[1].code}. */
  private static String join(String at, String path) {
    return path.isEmpty() ? at : path.startsWith("[") ? at + path : at + "." + path;
  }

  /**
   * One problem of a document as a line of an error: {@code $.roots[1].code: message (code
   * framework.code.repeated, value "1")}.
   */
  static String describe(Problem p) {
    return p.location().path() + ": " + p.message() + " (code " + p.code()
        + p.value().map(v -> ", value \"" + v + "\"").orElse("") + ")";
  }

  /**
   * A CSV problem as {@code FILE:LINE:COLUMN: column NAME: message}, or {@code FILE:LINE:
   * message} for a problem of the whole row.
   */
  public static String describe(Path file, org.rbmkit.core.problem.Problem p) {
    org.rbmkit.core.problem.Location at = p.location();
    return at.column() == 0
        ? file + ":" + at.line() + ": " + p.message()
        : file + ":" + at.line() + ":" + at.column() + ": column " + at.path() + ": "
            + p.message();
  }

  /** A JSON path such as {@code $.lines[3].amounts} from Jackson's references. */
  public static String jsonPath(List<JacksonException.Reference> refs) {
    StringBuilder b = new StringBuilder("$");
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        String n = r.getPropertyName();
        if (n.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          b.append('.').append(n);
        } else {
          b.append("[\"").append(n.replace("\"", "\\\"")).append("\"]");
        }
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** The field names of a JSON object, sorted; empty for anything else. */
  public static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    if (node.isObject()) {
      names.addAll(node.propertyNames());
    }
    return names;
  }

  /** The kind of the file, told by its extension or its top-level fields. */
  static InputKind detect(Path file) {
    if (file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return InputKind.ENROLMENTS;
    }
    if (file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
      return InputKind.IATI;
    }
    if (file.toString().equals(STDIN)) {
      throw new InputException(file + ": standard input is read once: give its kind with --type");
    }
    JsonNode tree = readTree(file);
    Set<String> fields = fieldNames(tree);
    if (fields.contains("roots")) {
      return InputKind.FRAMEWORK;
    }
    if (fields.contains("columns") && fields.contains("lines")) {
      return InputKind.BUDGET;
    }
    if (fields.contains("metrics") && fields.contains("entities")) {
      return InputKind.BENCHMARK;
    }
    if (fields.contains("staff")) {
      return InputKind.WORKFORCE;
    }
    if (fields.contains("priorities")) {
      return InputKind.WORKPLAN;
    }
    throw new InputException(file + ": at $: cannot tell the kind of document from its"
        + " top-level fields " + fields + "; expected roots (framework), columns and lines"
        + " (budget), metrics and entities (benchmark), staff (workforce) or priorities"
        + " (workplan); or give --type");
  }

  /**
   * The error for a file that failed to read as {@code expected} (such as "a budget document"):
   * if it is a document of another kind, says so and names the command that reads it;
   * otherwise the failure itself. Standard input, which cannot be read twice, is not told.
   */
  static InputException wrongKind(Path file, String expected, InputException failure) {
    if (file.toString().equals(STDIN)) {
      return failure;
    }
    InputKind kind;
    try {
      kind = detect(file);
    } catch (InputException e) {
      return failure;
    }
    if (kind.withArticle().equals(expected)) {
      return failure;
    }
    return new InputException(file + " is " + kind.withArticle() + ", not " + expected
        + "; try `rbm " + kind.command() + " " + file + "`", failure);
  }

  /** An input error listing every problem of a CSV file with its line and column. */
  static InputException invalidEnrolments(Path file, EnrolmentCsvException e) {
    String problems = e.problems().stream().map(p -> describe(file, p))
        .collect(Collectors.joining("\n"));
    return wrongKind(file, InputKind.ENROLMENTS.withArticle(),
        new InputException(problems.isEmpty() ? file + ": " + e.getMessage() : problems, e));
  }
}
