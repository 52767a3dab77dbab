package org.rbmkit.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code rbm} command line: the library's calculations on files, for systems that embed
 * them through a process instead of Java calls.
 *
 * <pre>{@code
 * java -jar rbm-examples/target/rbm.jar balance docs/examples/itcilo-budget-2024-25-proposal.json
 * int code = Rbm.commandLine().execute("check", "budget.json");   // in-process, no System.exit
 * }</pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_PROBLEMS} the computation ran and found
 * problems (a budget that does not reconcile, findings of the consistency check, rows rejected
 * in lenient mode); {@value #EXIT_INVALID} invalid input or usage; {@value #EXIT_INTERNAL} an
 * internal error (a bug: please report it) or exhausted resources (out of memory, stack overflow,
 * a result that could not be written whole). Results go to standard output (or the file of
 * {@code -o}), as aligned text tables with control characters escaped or, with {@code --json},
 * as JSON documented in {@code docs/cli.md}; errors go to standard error as one line each,
 * naming the file, the line or JSON path and the problem, with a stack trace only under
 * {@code --debug}. Only {@link #main} calls {@link System#exit}.
 */
@Command(
    name = "rbm",
    mixinStandardHelpOptions = true,
    versionProvider = Rbm.Version.class,
    description = "Results-based management calculations on budget, results-framework,"
        + " enrolment, benchmark, workforce and workplan files.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      BalanceCommand.class,
      CheckCommand.class,
      StaffCostsCommand.class,
      CertificationCommand.class,
      AchievementCommand.class,
      BenchmarkCommand.class,
      ResourcesCommand.class,
      PortfolioCommand.class,
      ConvertCommand.class,
      ReportCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  the computation ran and found problems",
      "  2  invalid input or usage (the error names the file, line or JSON path)",
      "  3  internal error, out of memory or stack, or the output could not be written",
      "",
      "Example:",
      "  rbm balance docs/examples/itcilo-budget-2024-25-proposal.json"
    })
public final class Rbm implements Runnable, Terminal.Holder {

  /** Success. */
  public static final int EXIT_OK = 0;
  /** The computation ran and found problems. */
  public static final int EXIT_PROBLEMS = 1;
  /** Invalid input or usage. */
  public static final int EXIT_INVALID = 2;
  /** An internal error, exhausted memory or stack, or output that could not be written. */
  public static final int EXIT_INTERNAL = 3;

  /** Kept so that the logger's level is not lost to garbage collection. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

  /**
   * Memory set aside at start and released when the heap runs out, so that the one line saying
   * so can still be written.
   */
  private static byte[] reserve = new byte[256 * 1024];

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Whether standard error is a terminal, and the clock of progress lines. */
  private final Terminal terminal;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal error or exhausted resources, print the stack trace too.")
  private boolean debug;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Write the result to FILE (UTF-8) instead of standard output.")
  private Path output;

  /**
   * Runs the command line and exits with its code; whatever fails, even the heap or the stack,
   * the exit code is {@value #EXIT_INTERNAL}, never the {@value #EXIT_PROBLEMS} of findings.
   */
  public static void main(String[] args) {
    int code = EXIT_INTERNAL;
    try {
      HIBERNATE_LOG.setLevel(Level.WARNING);
      CommandLine cl = commandLine();
      // standard output without System.out's PrintStream, which would hide a failed write
      cl.setOut(new CheckedOutput(new OutputStreamWriter(
          new FileOutputStream(FileDescriptor.out), Charset.defaultCharset())));
      code = cl.execute(args);
    } catch (Throwable t) {
      code = EXIT_INTERNAL;
      try {
        PrintWriter err = new PrintWriter(System.err, true);
        report(err, "rbm", t, java.util.Arrays.asList(args).contains("--debug"));
      } catch (Throwable ignored) {
        // nothing more can be said; the exit code still tells
      }
    } finally {
      System.exit(code);
    }
  }

  /**
   * The command line, ready to {@link CommandLine#execute}: input errors exit with
   * {@value #EXIT_INVALID}; other exceptions, errors such as {@link OutOfMemoryError} and
   * output that could not be written with {@value #EXIT_INTERNAL}.
   */
  public static CommandLine commandLine() {
    return commandLine(Terminal.SYSTEM);
  }

  /** The command line, deciding on progress lines with {@code terminal}. */
  static CommandLine commandLine(Terminal terminal) {
    CommandLine cl = new CommandLine(new Rbm(terminal));
    cl.setExecutionStrategy(Rbm::execute);
    cl.setExecutionExceptionHandler(
        (e, c, parsed) -> handle(e, c, debug(parsed), c.getErr()));
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    return cl;
  }

  /**
   * Runs the command with its output escaped and checked: a result that could not be written
   * whole (a full device, a file-size limit) exits with {@value #EXIT_INTERNAL}.
   */
  private static int execute(CommandLine.ParseResult parsed) {
    CommandLine root = parsed.commandSpec().commandLine();
    boolean debug = debug(parsed);
    Optional<Path> file = output(parsed);
    PrintWriter stdout = root.getOut();
    PrintWriter stderr = root.getErr();
    CheckedOutput target;
    if (file.isPresent()) {
      try {
        target = new CheckedOutput(Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        stderr.println("rbm: -o " + EscapingWriter.escape(file.get().toString())
            + ": cannot write: " + EscapingWriter.escape(String.valueOf(e.getMessage())));
        stderr.flush();
        return EXIT_INVALID;
      }
    } else {
      target = new CheckedOutput(stdout);
    }
    PrintWriter out = new PrintWriter(new EscapingWriter(target));
    PrintWriter err = new PrintWriter(EscapingWriter.keepingCarriageReturns(stderr), true);
    root.setOut(out);
    root.setErr(err);
    CommandLine.ParseResult leaf = parsed;
    while (leaf.subcommand() != null) {
      leaf = leaf.subcommand();
    }
    int code;
    try {
      code = new CommandLine.RunLast().execute(parsed);
    } catch (CommandLine.ExecutionException e) {
      code = handle(e.getCause() == null ? e : e.getCause(), e.getCommandLine(), debug, stderr);
    } catch (RuntimeException | Error e) {
      if (e instanceof CommandLine.ParameterException) {
        throw e;
      }
      code = handle(e, leaf.commandSpec().commandLine(), debug, stderr);
    } finally {
      root.setOut(stdout);
      root.setErr(stderr);
    }
    out.flush();
    if (file.isPresent()) {
      target.close();
    }
    Optional<IOException> failed = target.failure()
        .or(() -> stdout instanceof CheckedOutput c ? c.failure()
            : stdout.checkError() ? Optional.of(new IOException("write error")) : Optional.empty());
    if (failed.isPresent()) {
      stderr.println(leaf.commandSpec().qualifiedName() + ": cannot write the result to "
          + file.map(f -> EscapingWriter.escape(f.toString())).orElse("standard output") + ": "
          + failed.get().getMessage() + " (the result is incomplete)");
      stderr.flush();
      return EXIT_INTERNAL;
    }
    return code;
  }

  private static boolean debug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Path> output(CommandLine.ParseResult parsed) {
    Path file = null;
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--output")) {
        file = p.matchedOptionValue("--output", null);
      }
    }
    return Optional.ofNullable(file);
  }

  /** Reports a failure on the command's error stream, a stack trace on {@code traceTo}. */
  private static int handle(Throwable e, CommandLine cl, boolean debug, PrintWriter traceTo) {
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    if (e instanceof InputException input) {
      err.println(jsonAsked(cl) ? errorDocument(name, input) : name + ": " + e.getMessage());
      err.flush();
      return EXIT_INVALID;
    }
    report(err, name, e, false);
    if (debug) {
      e.printStackTrace(traceTo);
      traceTo.flush();
    }
    return EXIT_INTERNAL;
  }

  /** Whether the command was given {@code --json} or {@code --format json}. */
  private static boolean jsonAsked(CommandLine cl) {
    CommandLine.ParseResult parsed = cl.getParseResult();
    if (parsed == null) {
      return false;
    }
    Object format = parsed.matchedOptionValue("--format", null);
    return parsed.hasMatchedOption("--json")
        || (format != null && format.toString().equalsIgnoreCase("json"));
  }

  /**
   * The error document of {@code --format json}: the command, the message, and each problem of
   * a document checked as a whole with its location, code, value and message (see docs/cli.md,
   * "Errors as JSON").
   */
  static String errorDocument(String command, InputException e) {
    tools.jackson.databind.node.ObjectNode root = org.rbmkit.core.json.RbmJson.mapper().createObjectNode();
    tools.jackson.databind.node.ObjectNode error = root.putObject("error");
    error.put("command", command);
    error.put("message", e.getMessage());
    tools.jackson.databind.node.ArrayNode problems = error.putArray("problems");
    for (org.rbmkit.core.problem.Problem p : e.problems()) {
      tools.jackson.databind.node.ObjectNode o = problems.addObject();
      o.put("location", p.location().toString());
      o.put("code", p.code());
      o.put("value", p.value().orElse(null));
      o.put("message", p.message());
    }
    return org.rbmkit.core.json.RbmJson.mapper().writeValueAsString(root);
  }

  /**
   * One line for a failure that is not the input's: what ran out and the setting to raise, or
   * the internal error; the stack trace only with {@code --debug}.
   */
  private static void report(PrintWriter err, String name, Throwable e, boolean debug) {
    if (e instanceof OutOfMemoryError) {
      reserve = null;
      long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      err.println(name + ": out of memory (" + e.getMessage() + ", heap limit " + mib
          + " MiB): raise the heap with JAVA_TOOL_OPTIONS=-Xmx" + Math.max(1024, 4 * mib)
          + "m or give a smaller input");
    } else if (e instanceof StackOverflowError) {
      err.println(name + ": stack overflow: raise the thread stack with"
          + " JAVA_TOOL_OPTIONS=-Xss16m or give a less deeply nested input");
    } else {
      err.println(name + ": internal error (a bug; run again with --debug for the stack trace"
          + " and please report it): " + e);
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  private Rbm(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Terminal terminal() {
    return terminal;
  }

  /** Without a command: prints the usage to standard error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** The version: the jar's implementation version, or {@code development}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Rbm.class.getPackage().getImplementationVersion();
      return new String[] {"rbm " + (v == null ? "development" : v)};
    }
  }
}
