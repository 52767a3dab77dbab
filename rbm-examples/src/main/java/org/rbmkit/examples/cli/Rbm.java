package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
 * internal error (a bug: please report it). Results go to standard output, as aligned text
 * tables or, with {@code --json}, as JSON documented in {@code docs/cli.md}; errors go to
 * standard error and name the file, the line or JSON path and the problem. Only {@link #main}
 * calls {@link System#exit}.
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
      ConvertCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  the computation ran and found problems",
      "  2  invalid input or usage (the error names the file, line or JSON path)",
      "  3  internal error",
      "",
      "Example:",
      "  rbm balance docs/examples/itcilo-budget-2024-25-proposal.json"
    })
public final class Rbm implements Runnable {

  /** Success. */
  public static final int EXIT_OK = 0;
  /** The computation ran and found problems. */
  public static final int EXIT_PROBLEMS = 1;
  /** Invalid input or usage. */
  public static final int EXIT_INVALID = 2;
  /** An internal error. */
  public static final int EXIT_INTERNAL = 3;

  /** Kept so that the logger's level is not lost to garbage collection. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    HIBERNATE_LOG.setLevel(Level.WARNING);
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line, ready to {@link CommandLine#execute}: input errors exit with
   * {@value #EXIT_INVALID}, other exceptions with {@value #EXIT_INTERNAL}.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Rbm());
    cl.setExecutionExceptionHandler(Rbm::handle);
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    return cl;
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    if (e instanceof InputException) {
      err.println(name + ": " + e.getMessage());
      err.flush();
      return EXIT_INVALID;
    }
    err.println(name + ": internal error: " + e);
    e.printStackTrace(err);
    err.flush();
    return EXIT_INTERNAL;
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
