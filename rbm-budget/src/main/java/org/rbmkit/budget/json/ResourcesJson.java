package org.rbmkit.budget.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rbmkit.budget.resources.AllocationDocument;
import org.rbmkit.core.json.RbmJson;
import tools.jackson.core.JacksonException;

/**
 * Reads and writes allocation documents in their JSON form with the strict {@link RbmJson} mapper.
 *
 * <pre>{@code
 * AllocationDocument doc = ResourcesJson.read(Path.of("itcilo-resources-2024-25.json"));
 * String json = ResourcesJson.write(doc);
 * }</pre>
 *
 * <p>Unknown properties, duplicate keys, missing properties and invalid figures are errors that
 * name the JSON path; shares that do not sum to exactly 100 % are an error naming the allocation.
 * The form is described in {@code docs/resources.md}. Stateless and thread-safe.
 */
public final class ResourcesJson {

  private ResourcesJson() {}

  /**
   * Reads a document from a file.
   *
   * @throws JacksonException for malformed or invalid JSON, naming the path of the problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AllocationDocument read(Path file) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read allocation document " + file, e);
    }
  }

  /**
   * Reads a document from a stream, which is not closed.
   *
   * @throws JacksonException for malformed or invalid JSON, naming the path of the problem
   */
  public static AllocationDocument read(InputStream in) {
    checkNotNull(in, "in");
    return RbmJson.mapper().readValue(in, AllocationDocument.class);
  }

  /** The document as indented JSON. */
  public static String write(AllocationDocument doc) {
    checkNotNull(doc, "doc");
    return RbmJson.mapper().writeValueAsString(doc);
  }
}
