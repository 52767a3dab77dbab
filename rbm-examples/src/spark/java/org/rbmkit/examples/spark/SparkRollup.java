package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
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
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.rbmkit.kpi.achievement.AggregationRule;
import org.rbmkit.kpi.achievement.ValueAccumulator;
import scala.Tuple2;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The indicator roll-up as a Spark job: the values reported for each indicator (by units,
 * offices, periods) combined by a {@link RollupAggregator} into the library's {@link
 * ValueAccumulator}, one per indicator.
 *
 * <pre>{@code
 * Map<String, ValueAccumulator> byIndicator = SparkRollup.byIndicator(rows);
 * byIndicator.get("2.1").value(AggregationRule.RATIO_OF_SUMS);   // Optional[72/119]
 * }</pre>
 *
 * <p>Each accumulator equals the one a single pass over the same values gives, whatever the
 * partitioning, so {@link ValueAccumulator#value(AggregationRule)} gives the same figure: ratios
 * as the sum of numerators over the sum of denominators, never a mean of rates. Stateless and
 * thread-safe.
 */
public final class SparkRollup {

  /** The header line of an indicator-values CSV file. */
  public static final String HEADER = "indicator,source,kind,value";

  private static final ObjectReader ROWS =
      CsvMapper.builder()
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .build()
          .readerFor(String[].class);

  private SparkRollup() {}

  /**
   * The values of every indicator-values CSV file at {@code path} (a file, a directory or a
   * glob), each file read and validated in one task.
   *
   * <p>A file starts with the header line {@value #HEADER}; then one value per row: the
   * indicator's code, where the value comes from, its kind ({@code decimal}, {@code ratio} or
   * {@code text}) and its canonical text ({@code 1250.5}, {@code 72/119}). A bad header or row
   * fails the job with the file's path, the line and the value.
   */
  public static Dataset<IndicatorValueRow> readCsv(SparkSession spark, String path) {
    checkNotNull(spark, "spark");
    checkNotNull(path, "path");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<IndicatorValueRow> rows = jsc.binaryFiles(path).flatMap(SparkRollup::readFile);
    return spark.createDataset(rows.rdd(), encoder());
  }

  private static Iterator<IndicatorValueRow> readFile(Tuple2<String, PortableDataStream> file) {
    List<IndicatorValueRow> out = new ArrayList<>();
    long line = 1;
    try (InputStream in = file._2().open();
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = ROWS.readValues(r)) {
      boolean header = true;
      while (it.hasNextValue()) {
        line = Math.max(1, it.currentLocation().getLineNr());
        String[] row = it.nextValue();
        if (header) {
          if (!String.join(",", row).equals(HEADER)) {
            throw new IllegalArgumentException(
                "header \"" + String.join(",", row) + "\" is not " + HEADER);
          }
          header = false;
          continue;
        }
        if (row.length != 4) {
          throw new IllegalArgumentException(
              "expected 4 values (" + HEADER + "), found " + row.length);
        }
        IndicatorValueRow v = new IndicatorValueRow();
        v.setIndicator(row[0]);
        v.setSource(row[1]);
        v.setKind(row[2]);
        v.setValue(row[3]);
        v.toValue();
        out.add(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read indicator values " + file._1(), e);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file._1() + ", line " + line + ": " + e.getMessage(), e);
    }
    return out.iterator();
  }

  /** The encoder of indicator value rows. */
  public static Encoder<IndicatorValueRow> encoder() {
    return Encoders.bean(IndicatorValueRow.class);
  }

  /**
   * The accumulated values of each indicator, by indicator code, in one Spark aggregation
   * grouped by indicator.
   *
   * @return one accumulator per indicator with at least one row; empty for no rows.
   *     If a row is invalid, the job fails with a Spark exception whose cause names the
   *     indicator and source.
   */
  public static ImmutableSortedMap<String, ValueAccumulator> byIndicator(
      Dataset<IndicatorValueRow> rows) {
    checkNotNull(rows, "rows");
    Dataset<Tuple2<String, RollupAggregator.Partial>> grouped =
        rows.groupByKey(
                (MapFunction<IndicatorValueRow, String>) IndicatorValueRow::getIndicator,
                Encoders.STRING())
            .agg(new RollupAggregator().toColumn());
    ImmutableSortedMap.Builder<String, ValueAccumulator> out = ImmutableSortedMap.naturalOrder();
    for (Tuple2<String, RollupAggregator.Partial> t : grouped.collectAsList()) {
      out.put(t._1(), t._2().toAccumulator());
    }
    return out.buildOrThrow();
  }
}
