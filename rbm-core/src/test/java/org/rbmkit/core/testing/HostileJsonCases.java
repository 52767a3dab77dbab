package org.rbmkit.core.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.io.Resources;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.rbmkit.core.json.RbmJson;
import tools.jackson.core.JacksonException;

/**
 * Hostile values planted in a module's example documents: each line of a tab-separated table
 * names a document (a test resource that reads), the type it reads as, a text in it, the hostile
 * text put in its place, and a fragment of the message the read must fail with. The read fails
 * with a {@link JacksonException} naming the line and column, within 20 seconds. Lines that are
 * blank or start with {@code #} are comments.
 *
 * <pre>{@code
 * static final HostileJsonCases HOSTILE = new HostileJsonCases(
 *     HostileBudgetJsonTest.class, "/org/rbmkit/budget/hostile/cases.tsv",
 *     Map.of("BudgetDocument", BudgetDocument.class));
 *
 * static Stream<Arguments> cases() throws IOException {
 *   return HOSTILE.cases();
 * }
 *
 * @ParameterizedTest(name = "{0}: {3}")
 * @MethodSource("cases")
 * void hostileValue_failsNamingItAndWhere(
 *     String document, String type, String replaced, String replacement, String fragment)
 *     throws IOException {
 *   HOSTILE.check(document, type, replaced, replacement, fragment);
 * }
 * }</pre>
 */
public final class HostileJsonCases {

  private static final Duration BOUND = Duration.ofSeconds(20);

  private final Class<?> anchor;
  private final String table;
  private final Map<String, Class<?>> types;

  /**
   * The cases of {@code table}, a resource found, as the documents are, through {@code anchor}'s
   * class loader; {@code types} maps the type names of the table to the classes read.
   */
  public HostileJsonCases(Class<?> anchor, String table, Map<String, Class<?>> types) {
    this.anchor = anchor;
    this.table = table;
    this.types = Map.copyOf(types);
  }

  /** The table's cases: document, type, replaced text, replacement, message fragment. */
  public Stream<Arguments> cases() throws IOException {
    return Resources.readLines(resource(table), UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4]));
  }

  /**
   * Checks that the document reads, contains {@code replaced}, and with its first occurrence
   * replaced fails within the bound with {@code fragment} and the line and column in the message.
   */
  public void check(
      String document, String type, String replaced, String replacement, String fragment)
      throws IOException {
    Class<?> read = types.get(type);
    assertThat(read).as("type %s of the table", type).isNotNull();
    String original = Resources.toString(resource(document), UTF_8);
    assertThat(RbmJson.mapper().readValue(original, read)).as("the example reads").isNotNull();
    assertThat(original).as("%s contains %s", document, replaced).contains(replaced);
    String hostile =
        original.replaceFirst(Pattern.quote(replaced), Matcher.quoteReplacement(replacement));
    Throwable thrown =
        assertTimeoutPreemptively(
            BOUND, () -> catchThrowable(() -> RbmJson.mapper().readValue(hostile, read)));
    assertThat(thrown).isInstanceOf(JacksonException.class).hasMessageContaining(fragment);
    assertThat(thrown.getMessage())
        .as("names the place")
        .containsPattern("line: \\d+, column: \\d+");
  }

  private URL resource(String name) {
    URL url = anchor.getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    return url;
  }
}
