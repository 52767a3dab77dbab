package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.examples.cli.RbmCommandsTest.Run;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code rbm completion}, the bash/zsh completion script, and the launcher installed by
 * {@code install.sh}.
 */
class CompletionAndLauncherTest {

  @Test
  void completion_namesEveryCommandAndOption() {
    Run r = RbmCommandsTest.rbm("completion");
    assertThat(r.code()).isZero();
    String script = r.out();
    assertThat(script).startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_rbm", "bashcompinit")
        // nothing escaped by the output filter: the script runs as generated
        .doesNotContain("\\u00");
    List<String> missing = new ArrayList<>();
    CommandSpec root = Rbm.commandLine().getCommandSpec();
    int commands = 0;
    for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
      commands++;
      if (!script.contains(e.getKey())) {
        missing.add("command " + e.getKey());
      }
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        for (String name : o.names()) {
          if (!script.contains(name)) {
            missing.add(e.getKey() + " " + name);
          }
        }
      }
    }
    assertThat(commands).isEqualTo(root.subcommands().size());
    assertThat(root.subcommands().keySet()).contains("validate", "balance", "check",
        "staff-costs", "certification", "achievement", "benchmark", "resources", "convert",
        "completion", "help");
    assertThat(missing).isEmpty();
    // fixed values are offered too
    assertThat(script).contains("(\"table\" \"json\" \"csv\" \"md\")");
  }

  /** Runs a process, with a time limit; its standard output and error, merged. */
  private static Run run(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
    b.environment().putAll(env);
    Process p = b.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), "");
  }

  /**
   * A jar standing in for rbm.jar (not built before the tests): a manifest naming the main
   * class and this test's class path.
   */
  private static Path jar(Path dir) throws IOException {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Rbm.class.getName());
    StringBuilder cp = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath();
      cp.append(p.toUri()).append(' ');
    }
    m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp.toString().strip());
    Path jar = dir.resolve("rbm-test.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, m)) {
      j.flush();
    }
    return jar;
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void installSh_installsLauncherJarAndCompletion_andTheLauncherRuns(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path prefix = dir.resolve("prefix");
    Map<String, String> env = Map.of("RBM_JAR", jar(dir).toString(),
        "JAVA_HOME", System.getProperty("java.home"));
    Run install = run(env, "sh", Path.of("install.sh").toAbsolutePath().toString(),
        prefix.toString());
    assertThat(install.code()).as(install.out()).isZero();
    assertThat(install.out()).startsWith("installed rbm ").contains(prefix + "/bin/rbm");
    assertThat(Files.isExecutable(prefix.resolve("bin/rbm"))).isTrue();
    assertThat(prefix.resolve("share/rbm/rbm.jar")).exists();
    assertThat(Files.readString(prefix.resolve("share/bash-completion/completions/rbm")))
        .contains("complete -F _complete_rbm", "certification");
    assertThat(prefix.resolve("share/zsh/site-functions/_rbm")).exists();

    // the launcher finds its jar next to it, through a symbolic link too, without RBM_JAR
    Map<String, String> plain = Map.of("JAVA_HOME", System.getProperty("java.home"));
    Run version = run(plain, prefix.resolve("bin/rbm").toString(), "--version");
    assertThat(version.code()).as(version.out()).isZero();
    assertThat(version.out()).matches("rbm \\S+\n");
    Path link = Files.createDirectories(dir.resolve("elsewhere")).resolve("rbm");
    Files.createSymbolicLink(link, prefix.resolve("bin/rbm"));
    Run linked = run(plain, link.toString(), "--version");
    assertThat(linked.out()).isEqualTo(version.out());
    // and passes the arguments and the exit code through
    Run usage = run(plain, prefix.resolve("bin/rbm").toString(), "balance");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.out()).contains("rbm balance: Missing required parameter: 'FILE'");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void launcher_withoutItsJar_saysWhereItLooked(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path launcher = bin.resolve("rbm");
    Files.copy(Path.of("src/main/sh/rbm"), launcher);
    Run r = run(Map.of(), "sh", launcher.toString(), "--version");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).startsWith("rbm: cannot find rbm.jar at " + bin + "/../share/rbm/rbm.jar");
  }
}
