package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import org.rbmkit.core.json.RbmJson;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output option every {@code rbm} command shares: aligned text tables by default, the
 * documented JSON result with {@code --json}.
 *
 * <pre>{@code
 * OutputOptions output = ...;   // a picocli mixin of the command
 * if (output.json()) { output.write(out, node); }
 * }</pre>
 */
public final class OutputOptions {

  @Option(names = "--json", description = "Write the result as JSON to standard output.")
  private boolean json;

  /** Whether JSON was asked for. */
  public boolean json() {
    return json;
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
}
