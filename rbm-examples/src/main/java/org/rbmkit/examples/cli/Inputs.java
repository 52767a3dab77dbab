package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rbmkit.core.json.RbmJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
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

  private Inputs() {}

  /**
   * Reads a JSON document of the given type.
   *
   * @throws InputException if the file is missing, unreadable, malformed or invalid
   */
  public static <T> T readJson(Path file, Class<T> type) {
    checkNotNull(file, "file");
    checkNotNull(type, "type");
    try (InputStream in = open(file)) {
      return RbmJson.mapper().readValue(in, type);
    } catch (JacksonException e) {
      throw new InputException(describe(file, e), e);
    } catch (IllegalArgumentException e) {
      if (e instanceof InputException i) {
        throw i;
      }
      throw new InputException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a JSON file as a tree, to see what kind of document it is. */
  public static JsonNode readTree(Path file) {
    try (InputStream in = open(file)) {
      return RbmJson.mapper().readTree(in);
    } catch (JacksonException e) {
      throw new InputException(describe(file, e), e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Opens a file for reading.
   *
   * @throws InputException naming the file if it does not exist, is a directory or cannot be
   *     read
   */
  public static InputStream open(Path file) {
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
    if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
      msg = cause.getMessage();
    }
    b.append(msg == null ? e.getClass().getSimpleName() : msg.strip());
    return b.toString();
  }

  /**
   * A CSV problem as {@code FILE:LINE:COLUMN: column NAME: message}, or {@code FILE:LINE:
   * message} for a problem of the whole row.
   */
  public static String describe(Path file, org.rbmkit.kpi.certification.CsvProblem p) {
    return p.column() == 0
        ? file + ":" + p.line() + ": " + p.message()
        : file + ":" + p.line() + ":" + p.column() + ": column " + p.columnName() + ": "
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
}
