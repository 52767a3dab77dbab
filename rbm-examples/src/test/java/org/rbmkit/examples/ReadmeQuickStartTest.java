package org.rbmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start as printed: its {@code java} code block is taken from README.md,
 * compiled against the test class path and run from the repository root, and what it prints must
 * be the lines its comments announce.
 */
class ReadmeQuickStartTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

  /** What the quick start prints, line by line. */
  private static final List<String> PRINTED =
      List.of(
          // 60 535 000 × 1.046 = 63 319 610 exactly
          "EUR 63319610.00",
          "2024-25",
          // seed 003 l.4612-4615 and l.4657-4660: net available = total charges = 60 535 kEUR
          "EUR 60535000.00",
          // the nine places the tour's consistency check lists (ConsistencyCheckExampleTest)
          "8 places where the printed tables do not reconcile",
          // docs/examples/achievement-framework.json rated for 2018-2021
          "Framework ILO 2018-2021: 4 of 10 indicators on track, 2 at risk, 3 off track, 1 not"
              + " rated");

  @Test
  void quickStart_compilesAndRunsAsPrintedInTheReadme(@TempDir Path tmp) throws Exception {
    Path root = CompiledProgram.repositoryRoot();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertThat(block.find()).as("a ```java block in README.md").isTrue();
    String code = block.group(1);
    assertThat(block.find()).as("only one ```java block in README.md").isFalse();
    Matcher name = CLASS_NAME.matcher(code);
    assertThat(name.find()).as("the quick start is a public class").isTrue();

    Path source = tmp.resolve(name.group(1) + ".java");
    Files.writeString(source, code, StandardCharsets.UTF_8);
    Path classes = Files.createDirectory(tmp.resolve("classes"));
    String classPath = System.getProperty("java.class.path");
    CompiledProgram.compile(
        List.of("-Xlint:all", "-Werror", "-cp", classPath, "-d", classes.toString()),
        List.of(source));
    String out =
        CompiledProgram.run(
            root, "-cp", classes + File.pathSeparator + classPath, name.group(1));

    List<String> lines = out.lines().toList();
    assertThat(lines).startsWith(PRINTED.subList(0, 4).toArray(String[]::new));
    assertThat(lines).contains(PRINTED.get(4));
    // the comments tell the reader what each step prints
    List<String> comments =
        code.lines().map(String::strip).filter(l -> l.startsWith("// ")).toList();
    for (String printed : PRINTED) {
      assertThat(comments)
          .as("a comment announcing %s", printed)
          .anyMatch(c -> c.equals("// " + printed) || c.startsWith("// " + printed + " ("));
    }
  }
}
