package org.rbmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles Java source with the JDK's compiler and runs the result in a JVM of its own, as a
 * user who copies the code would: the documentation's programs are tested as printed.
 *
 * <pre>{@code
 * CompiledProgram.compile(List.of("-cp", classPath, "-d", out.toString()), source);
 * String out = CompiledProgram.run(repositoryRoot(), "-cp", out + ":" + classPath, "QuickStart");
 * }</pre>
 */
final class CompiledProgram {

  private CompiledProgram() {}

  /** The repository's root: the parent of the module directory the tests run in. */
  static Path repositoryRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("README.md")).as("the repository's README beside the module").exists();
    return root;
  }

  /** Compiles {@code sources} with {@code options}; fails the test with javac's messages. */
  static void compile(List<String> options, List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    List<String> args = new ArrayList<>(options);
    sources.forEach(s -> args.add(s.toString()));
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int code = javac.run(null, messages, messages, args.toArray(String[]::new));
    assertThat(code)
        .as("javac %s\n%s", sources, messages.toString(StandardCharsets.UTF_8))
        .isZero();
  }

  /**
   * Runs {@code java args…} in {@code dir} with a 120 s limit and returns its standard output;
   * fails the test when it does not end, or ends with another code than 0.
   */
  static String run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(List.of(args));
    Path tmp = Files.createTempDirectory("program");
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(ended ? p.exitValue() : -1)
        .as("%s\n--- stdout\n%s\n--- stderr\n%s", command, stdout, stderr)
        .isZero();
    assertThat(stderr).as("standard error of %s", command).isEmpty();
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(tmp);
    return stdout;
  }
}
