package org.rbmkit.examples.perf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rbmkit.core.iati.ActivityRead;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiReader;

/**
 * Reading a large IATI activity file with {@link IatiReader}'s streaming read (each activity
 * handed to a consumer as soon as it is read, checked and mapped), in a 64 MB heap, against a
 * plain StAX pass over the same file that only visits its events.
 *
 * <p>The file ({@link IatiData}, about 236 MB for 20 000 activities) is generated once into the
 * build directory ({@value EnrolmentCsvBenchmark#DIR_PROPERTY}, default {@code target/perf})
 * and reused by later runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch"})
public class IatiReadBenchmark {

  /** The activity file. */
  @State(Scope.Benchmark)
  public static class File extends MeasuredData {
    /** Activities in the file. */
    @Param({"20000"})
    public int size;

    Path path;

    /** Generates the file unless an earlier run did. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      path =
          IatiData.file(
              Path.of(System.getProperty(EnrolmentCsvBenchmark.DIR_PROPERTY, "target/perf")),
              size);
      dataReady();
    }
  }

  /** The library: every activity read, checked and mapped; its parts counted. */
  @Benchmark
  public long library(File f) {
    return library(f.path);
  }

  /**
   * The activities read and the budgets, transactions and results they hold, added up; a problem
   * found fails the read.
   */
  static long library(Path path) {
    long[] parts = new long[1];
    IatiReader.lenient()
        .read(
            path,
            (ActivityRead read) -> {
              if (!read.problems().isEmpty() || read.problemsNotListed() > 0) {
                throw new IllegalStateException(read.problems().toString());
              }
              IatiActivity a = read.activity().orElseThrow();
              parts[0] += 1 + a.budgets().size() + a.transactions().size() + a.results().size();
            });
    return parts[0];
  }

  /** The baseline: a StAX pass over the same file, visiting every event, keeping nothing. */
  @Benchmark
  public long staxPass(File f) throws IOException, XMLStreamException {
    return activities(f.path);
  }

  /** The number of {@code iati-activity} elements, counted in a StAX pass over the file. */
  static long activities(Path path) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    long activities = 0;
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT
            && r.getLocalName().equals("iati-activity")) {
          activities++;
        }
      }
      r.close();
    }
    return activities;
  }
}
