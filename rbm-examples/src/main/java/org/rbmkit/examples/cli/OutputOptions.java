package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import org.rbmkit.core.json.RbmJson;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output options every {@code rbm} command shares: {@code --format table|json|csv|md}
 * (aligned text tables by default), and {@code --json}, the same as {@code --format json}.
 *
 * <pre>{@code
 * OutputOptions output = ...;   // a picocli mixin of the command
 * if (output.json()) { OutputOptions.write(out, node); } else { output.render(out, listing); }
 * }</pre>
 *
 * <p>A command builds its {@link Listing} once; {@link OutputFormat} renders it as a table, CSV
 * or Markdown. JSON is the command's own document, richer than its tables (exact amounts with
 * their currency, nested groups), described in {@code docs/cli.md}.
 */
public final class OutputOptions {

  @Spec(Spec.Target.MIXEE) private CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      completionCandidates = FormatCodes.class,
      description = "table (aligned text, the default), json, csv (the tables, for"
          + " spreadsheets) or md (Markdown).")
  private OutputFormat format;

  @Option(names = "--json", description = "The same as --format json.")
  private boolean json;

  /** The format asked for: {@code --format}, {@code --json}, or a table by default. */
  public OutputFormat format() {
    if (json && format != null && format != OutputFormat.JSON) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--json and --format " + format.code() + " ask for two formats; give one");
    }
    return json ? OutputFormat.JSON : format == null ? OutputFormat.TABLE : format;
  }

  /** Whether JSON was asked for, by {@code --json} or {@code --format json}. */
  public boolean json() {
    return format() == OutputFormat.JSON;
  }

  /** Writes a listing in the format asked for (not JSON, which the command writes). */
  public void render(PrintWriter out, Listing listing) {
    format().render(listing, out);
  }

  /** A new JSON object for a result. */
  public static ObjectNode object() {
    return RbmJson.mapper().createObjectNode();
  }

  /** Writes a JSON result, indented, with a final line break. */
  public static void write(PrintWriter out, ObjectNode result) {
    out.println(RbmJson.mapper().writeValueAsString(result));
    out.flush();
  }

  /** {@code --format}'s value, with the accepted ones in the error. */
  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.fromCode(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code --format}'s values, for the help and shell completion. */
  static final class FormatCodes extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatCodes() {
      for (OutputFormat f : OutputFormat.values()) {
        add(f.code());
      }
    }
  }
}
