package org.rbmkit.examples.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Measures the heap of a forked benchmark JVM and hands it to {@link PerformanceReport} through
 * a small file: the heap the data set keeps alive, and the peak while the benchmark runs.
 *
 * <pre>{@code
 * long data = HeapProbe.afterSetup();          // full GC, used heap, peaks reset
 * HeapProbe.record(params, data);              // at trial end: writes data and peak
 * }</pre>
 *
 * <p>Files go to the directory named by the system property {@value #OUT_PROPERTY}; without it
 * nothing is written. Figures are approximate (the sum of the heap pools' peaks).
 */
public final class HeapProbe {

  /** System property naming the directory the figures are written to. */
  public static final String OUT_PROPERTY = "rbm.perf.out";

  private HeapProbe() {}

  /** Collects garbage, resets the pools' peaks and returns the heap used by what is alive. */
  public static long afterSetup() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
        pool.resetPeakUsage();
      }
    }
    return used;
  }

  /** The sum of the heap pools' peak usage since the last {@link #afterSetup}. */
  public static long peak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Writes the data heap and the peak of the running benchmark, if an output is set. */
  public static void record(BenchmarkParams params, long dataBytes) {
    String out = System.getProperty(OUT_PROPERTY);
    if (out == null) {
      return;
    }
    Properties p = new Properties();
    p.setProperty("data", Long.toString(dataBytes));
    p.setProperty("peak", Long.toString(peak()));
    p.setProperty("max", Long.toString(Runtime.getRuntime().maxMemory()));
    try {
      Path dir = Path.of(out);
      Files.createDirectories(dir);
      try (var w = Files.newBufferedWriter(dir.resolve(fileName(params)))) {
        p.store(w, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code Class.method-size.properties}, from the benchmark's name and parameters. */
  static String fileName(BenchmarkParams params) {
    return fileName(params.getBenchmark(), paramsOf(params));
  }

  static String fileName(String benchmark, Map<String, String> params) {
    String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    StringBuilder s = new StringBuilder(name);
    params.forEach((k, v) -> s.append('-').append(v));
    return s.append(".properties").toString();
  }

  private static Map<String, String> paramsOf(BenchmarkParams params) {
    Map<String, String> m = new TreeMap<>();
    for (String k : params.getParamsKeys()) {
      m.put(k, params.getParam(k));
    }
    return m;
  }
}
