package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.EnrolmentCsvException;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import scala.Tuple2;

/**
 * The certification-rate breakdown as a Spark job: enrolment CSV files read in parallel, stage
 * counts by group aggregated with a {@link CertificationAggregator}.
 *
 * <pre>{@code
 * Dataset<EnrolmentRow> rows = SparkCertification.readCsv(spark, "hdfs:///enrolments/");
 * Breakdown b = SparkCertification.breakdown(rows, true, Dimension.MODALITY);
 * b.rows(RateKind.COMPLETION, CountBasis.ENROLMENTS, 30);
 * }</pre>
 *
 * <p>The figures are those {@link Breakdown} gives on one machine for the same enrolments,
 * whatever the partitioning. Stateless and thread-safe.
 */
public final class SparkCertification {

  private SparkCertification() {}

  /** The encoder of enrolment rows. */
  public static org.apache.spark.sql.Encoder<EnrolmentRow> encoder() {
    return Encoders.bean(EnrolmentRow.class);
  }

  /**
   * The enrolments of every CSV file at {@code path} (a file, a directory or a glob), each file
   * read and validated by {@link EnrolmentCsvReader#strict()} in one task.
   *
   * <p>Each file must have its own header line. A bad row fails the job with the reader's
   * message, prefixed with the file's path; enrolment ids are checked for duplicates within each
   * file, not across files. A task holds the rows of the file it reads, so split very large
   * files into parts.
   */
  public static Dataset<EnrolmentRow> readCsv(SparkSession spark, String path) {
    checkNotNull(spark, "spark");
    checkNotNull(path, "path");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<EnrolmentRow> rows = jsc.binaryFiles(path).flatMap(SparkCertification::readFile);
    return spark.createDataset(rows.rdd(), encoder());
  }

  private static Iterator<EnrolmentRow> readFile(Tuple2<String, PortableDataStream> file) {
    List<EnrolmentRow> out = new ArrayList<>();
    try (InputStream in = file._2().open();
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      EnrolmentCsvReader.strict().read(r, e -> out.add(EnrolmentRow.of(e)));
    } catch (EnrolmentCsvException e) {
      throw new IllegalArgumentException(file._1() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read enrolment file " + file._1(), e);
    }
    return out.iterator();
  }

  /**
   * The stage counts of the rows by the given dimensions, in one Spark aggregation.
   *
   * @param countParticipants whether to count distinct participants too (memory grows with
   *     distinct participants per group, as in the library)
   * @param dimensions the dimensions; none gives the single total group
   * @return the counts; with no rows, no groups
   * @throws IllegalArgumentException if a dimension is repeated
   */
  public static Breakdown breakdown(
      Dataset<EnrolmentRow> rows, boolean countParticipants, Dimension... dimensions) {
    checkNotNull(rows, "rows");
    CertificationAggregator agg = new CertificationAggregator(List.of(dimensions), countParticipants);
    CertificationAggregator.Buffer b = rows.select(agg.toColumn()).first();
    return agg.breakdown(b);
  }
}
