package org.rbmkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * What {@code rbm} asks of its surroundings to decide on a progress line: whether standard
 * error is a terminal, and a clock for the time left. Tests give their own.
 *
 * <pre>{@code
 * Rbm.commandLine(Terminal.SYSTEM);                        // what main runs with
 * Terminal fake = Terminal.of(true, () -> clock += 1_000_000_000L);   // in a test
 * }</pre>
 *
 * <p>The rule: on Linux, standard error is a terminal when {@code /proc/self/fd/2} links to a
 * terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/console}), whatever
 * standard output is, so {@code rbm certification big.csv > out.txt} still shows its progress.
 * Where {@code /proc} is missing (macOS, Windows), it is when {@link System#console()} exists,
 * that is when standard input and output are terminals. Implementations are thread-safe.
 */
interface Terminal {

  /** The process's own standard error and {@link System#nanoTime()}. */
  Terminal SYSTEM = of(Terminal.isTerminal(Path.of("/proc/self/fd/2")), System::nanoTime);

  /** Whether standard error is a terminal. */
  boolean stderrIsTerminal();

  /** A command that decides on progress lines for the commands under it: {@code rbm}'s root. */
  interface Holder {
    /** The terminal decision of this command and those under it. */
    Terminal terminal();
  }

  /** The terminal decision of the command line that runs {@code spec}'s command. */
  static Terminal of(CommandLine.Model.CommandSpec spec) {
    return ((Holder) spec.root().userObject()).terminal();
  }

  /** Nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
  long nanoTime();

  /** A terminal decision and a clock. */
  static Terminal of(boolean stderrIsTerminal, java.util.function.LongSupplier clock) {
    return new Terminal() {
      @Override
      public boolean stderrIsTerminal() {
        return stderrIsTerminal;
      }

      @Override
      public long nanoTime() {
        return clock.getAsLong();
      }
    };
  }

  /**
   * Whether a {@code /proc/self/fd/N} link names a terminal device; without {@code /proc},
   * whether {@link System#console()} exists.
   */
  static boolean isTerminal(Path fdLink) {
    try {
      String target = Files.readSymbolicLink(fdLink).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
