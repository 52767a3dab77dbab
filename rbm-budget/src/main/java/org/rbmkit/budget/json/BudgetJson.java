package org.rbmkit.budget.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.json.RbmJson;
import tools.jackson.core.JacksonException;

/**
 * Reads and writes budget documents in their JSON form with the strict {@link RbmJson} mapper.
 *
 * <pre>{@code
 * BudgetDocument doc = BudgetJson.read(Path.of("itcilo-budget-2024-25.json"));
 * String json = BudgetJson.write(doc);
 * }</pre>
 *
 * <p>Unknown properties, duplicate keys, missing properties and invalid figures are errors that
 * name the JSON path; a document that parses but does not hold together (an unknown column, an
 * item twice) fails with every problem listed. Stateless and thread-safe.
 */
public final class BudgetJson {

  private BudgetJson() {}

  /**
   * Reads a document from a file.
   *
   * @throws JacksonException for malformed or invalid JSON, naming the path of the problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static BudgetDocument read(Path file) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read budget document " + file, e);
    }
  }

  /**
   * Reads a document from a stream, which is not closed.
   *
   * @throws JacksonException for malformed or invalid JSON, naming the path of the problem
   */
  public static BudgetDocument read(InputStream in) {
    checkNotNull(in, "in");
    return RbmJson.mapper().readValue(in, BudgetDocument.class);
  }

  /** The document as indented JSON. */
  public static String write(BudgetDocument doc) {
    checkNotNull(doc, "doc");
    return RbmJson.mapper().writeValueAsString(doc);
  }
}
