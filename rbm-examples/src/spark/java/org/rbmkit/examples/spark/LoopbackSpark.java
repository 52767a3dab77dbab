package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.spark.sql.SparkSession;

/**
 * Spark sessions in local mode bound to the loopback interface, with no web UI: for tests and
 * for running the example job on one machine.
 *
 * <pre>{@code
 * SparkSession spark = LoopbackSpark.session("local[2]");
 * try {
 *   // ...
 * } finally {
 *   spark.stop();
 * }
 * }</pre>
 *
 * <p>The driver binds to and advertises {@code 127.0.0.1} only, so nothing listens on the
 * network. On a cluster, let {@code spark-submit} configure the session instead. Stateless and
 * thread-safe.
 */
public final class LoopbackSpark {

  private LoopbackSpark() {}

  /**
   * A new or the running session for the given local master, on loopback, without UI.
   *
   * @param master a local master such as {@code local[2]}
   * @throws IllegalArgumentException if the master is not a local one
   */
  public static SparkSession session(String master) {
    checkNotNull(master, "master");
    checkArgument(
        master.equals("local") || master.startsWith("local["),
        "master \"%s\" is not local: loopback sessions are local[n] only", master);
    return SparkSession.builder()
        .appName("rbmkit")
        .master(master)
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }
}
