package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hostile corpus's way to run {@code rbm} as a user does: in a JVM of its own, with a small
 * heap, a time limit and nothing but the exit code, standard output and standard error to judge
 * it by. A run that outlives its limit is killed and fails the test, so a hang is a failure,
 * never a stuck build.
 *
 * <pre>{@code
 * ForkedRbm.Run r = ForkedRbm.withHeap("64m").run(tmp, "certification", csv.toString());
 * assertThat(r.code()).isEqualTo(0);
 * }</pre>
 */
public final class ForkedRbm {

  /** What a forked run printed and returned, and how long it took. */
  public record Run(int code, String out, String err, Duration elapsed) {

    /** Standard output and error together, for assertion messages. */
    public String describe() {
      return "exit " + code + " after " + elapsed.toMillis() + " ms\n--- stdout\n"
          + abbreviate(out) + "\n--- stderr\n" + abbreviate(err);
    }

    private static String abbreviate(String s) {
      return s.length() <= 4000 ? s : s.substring(0, 4000) + "… (" + s.length() + " chars)";
    }
  }

  private final String heap;
  private final Duration limit;
  private final List<String> jvmOptions;

  private ForkedRbm(String heap, Duration limit, List<String> jvmOptions) {
    this.heap = heap;
    this.limit = limit;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /** A runner whose JVM has {@code -Xmx} set to {@code heap} (such as {@code "64m"}), 120 s. */
  public static ForkedRbm withHeap(String heap) {
    return new ForkedRbm(heap, Duration.ofSeconds(120), List.of());
  }

  /** The same runner with another time limit. */
  public ForkedRbm limit(Duration limit) {
    return new ForkedRbm(heap, limit, jvmOptions);
  }

  /** The same runner with more JVM options (such as {@code -XX:ActiveProcessorCount=2}). */
  public ForkedRbm jvmOptions(String... options) {
    List<String> all = new ArrayList<>(jvmOptions);
    all.addAll(List.of(options));
    return new ForkedRbm(heap, limit, all);
  }

  /**
   * Runs {@code rbm args…} in a new JVM with the test class path, standard input from
   * {@code /dev/null} (or {@code stdin} when given), output kept in files under {@code dir}.
   */
  public Run run(Path dir, String... args) throws IOException, InterruptedException {
    return run(dir, null, args);
  }

  /** As {@link #run(Path, String...)}, with standard input read from {@code stdin}. */
  public Run run(Path dir, Path stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+UseSerialGC");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.rbmkit.examples.cli.Rbm");
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "rbm-out", ".txt");
    Path err = Files.createTempFile(dir, "rbm-err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    } else {
      pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    }
    long start = System.nanoTime();
    Process p = pb.start();
    boolean ended = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (!ended) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
    }
    Run run = new Run(ended ? p.exitValue() : -1,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), elapsed);
    assertThat(ended).as("rbm %s ended within %s\n%s", args, limit, run.describe()).isTrue();
    return run;
  }
}
