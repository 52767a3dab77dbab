package org.rbmkit.examples.tour;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Captures what a tour step prints. */
final class Printed {

  private Printed() {}

  static String by(Consumer<PrintStream> step) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      step.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
