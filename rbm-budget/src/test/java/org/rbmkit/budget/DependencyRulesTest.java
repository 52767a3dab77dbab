package org.rbmkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: rbm-budget uses rbm-core only, and its packages form layers
 * (measure, document → growth → balance, reserve, staffing → check → resources → json;
 * balance → iati).
 */
class DependencyRulesTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "rbmkit", "budget");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.rbmkit\\.(\\w+)\\.(\\w+)", Pattern.MULTILINE);

  /** Which budget packages each package may use. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "measure", Set.of(),
      "document", Set.of(),
      "growth", Set.of("measure"),
      "balance", Set.of("document", "growth", "measure"),
      "reserve", Set.of("document", "growth", "measure"),
      "staffing", Set.of("document", "growth", "measure"),
      "check", Set.of("balance", "document", "growth", "measure"),
      "resources", Set.of("balance", "check", "document", "growth", "measure"),
      "json", Set.of("check", "document", "resources"),
      "iati", Set.of("balance", "document", "growth", "measure", "resources"));

  @Test
  void budgetUsesCoreOnly_andPackagesFormLayers() throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    Set<String> modules = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(f).getName(0).toString();
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          modules.add(m.group(1));
          if (m.group(1).equals("budget") && !m.group(2).equals(pkg)) {
            used.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(2));
          }
        }
      }
    }
    assertThat(modules).isSubsetOf(List.of("core", "budget"));
    assertThat(ALLOWED.keySet()).containsAll(used.keySet());
    used.forEach((pkg, deps) -> assertThat(deps).as(pkg).isSubsetOf(ALLOWED.get(pkg)));
  }
}
