package org.rbmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library builds the text of an error message only when it throws. Guava's {@code
 * checkArgument(condition, template, args…)} evaluates its arguments on every call, so an
 * argument that writes a value as text ({@code toPlainString()}, an abbreviation, {@code
 * Shown.value}, a join) costs every call that passes, as {@code Money.of} once did: ten times
 * its own work. Such checks are written as {@code if (…) throw …} instead. And an offending value
 * is abbreviated and escaped by {@code Shown.value} alone, the one place of that rule. This test
 * reads the main sources of rbm-core, rbm-budget and rbm-kpi.
 */
class ErrorMessagesTest {

  private static final Pattern CHECK = Pattern.compile("check(Argument|State)\\(");

  /** What writes a value as text, or otherwise builds a message part. */
  private static final Pattern TEXT =
      Pattern.compile(
          "toPlainString\\(\\)|abbreviate\\(|Shown\\.value\\(|String\\.join\\(|\\.substring\\("
              + "|\\.stream\\(\\)|String\\.format\\(|\\.formatted\\(");

  @Test
  void checks_passTheirValuesAsTheyAre_withoutWritingThemAsText() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    List<Path> dirs =
        List.of("rbm-core", "rbm-budget", "rbm-kpi").stream()
            .map(m -> root.resolve(m).resolve("src/main/java"))
            .toList();
    assertThat(dirs).allMatch(Files::isDirectory);
    List<String> eager = new ArrayList<>();
    int checks = 0;
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String s = Files.readString(f, StandardCharsets.UTF_8);
          Matcher m = CHECK.matcher(s);
          while (m.find()) {
            List<String> args = arguments(s, m.end());
            checks++;
            String values = args.size() > 2 ? String.join(",", args.subList(2, args.size())) : "";
            if (TEXT.matcher(values).find()) {
              int line = (int) s.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
              eager.add(root.relativize(f) + ":" + line);
            }
          }
        }
      }
    }
    assertThat(checks).as("checks read").isGreaterThan(100);
    assertThat(eager).as("checks that write a value as text on every call").isEmpty();
  }

  /** An abbreviation written by hand: a cut followed by an ellipsis, as {@code Shown} writes. */
  private static final Pattern CUT = Pattern.compile("\\+\\s*\"\\.\\.\\.\"");

  @Test
  void offendingValues_areAbbreviatedByShownAlone() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    List<String> cuts = new ArrayList<>();
    int files = 0;
    for (String module : List.of("rbm-core", "rbm-budget", "rbm-kpi")) {
      Path dir = root.resolve(module).resolve("src/main/java");
      assertThat(dir).isDirectory();
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          String s = Files.readString(f, StandardCharsets.UTF_8);
          Matcher m = CUT.matcher(s);
          while (m.find()) {
            if (!f.endsWith(Path.of("org/rbmkit/core/text/Shown.java"))) {
              int line = (int) s.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
              cuts.add(root.relativize(f) + ":" + line);
            }
          }
        }
      }
    }
    assertThat(files).as("files read").isGreaterThan(300);
    assertThat(cuts).as("values abbreviated by hand instead of through Shown.value").isEmpty();
  }

  /**
   * The arguments of the call whose parenthesis opens just before {@code from}, up to the one
   * closing it, split at the commas outside parentheses, braces, brackets and strings.
   */
  private static List<String> arguments(String s, int from) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean text = false;
    int start = from;
    for (int i = from; ; i++) {
      char c = s.charAt(i);
      if (text) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          text = false;
        }
      } else if (c == '"') {
        text = true;
      } else if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ')' || (c == ',' && depth == 0)) {
        out.add(s.substring(start, i));
        start = i + 1;
        if (c == ')') {
          return out;
        }
      }
    }
  }
}
