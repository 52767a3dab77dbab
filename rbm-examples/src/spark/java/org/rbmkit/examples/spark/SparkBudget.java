package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.core.money.Currencies;
import scala.Tuple2;

/**
 * The budget balance by fund and column as a Spark job: budget documents read in parallel, their
 * entries summed by the library's {@code BudgetTotals.collector} running as a {@link
 * BudgetAggregator}.
 *
 * <pre>{@code
 * Dataset<BudgetEntryRow> rows = SparkBudget.readDocuments(spark, "hdfs:///budgets/");
 * BudgetTotals t = SparkBudget.totals(rows, SparkBudget.currencyOf(rows));
 * t.balanceByFund("2024-25-proposal");
 * }</pre>
 *
 * <p>The totals equal those {@link BudgetTotals#of} gives on one machine for the same entries,
 * whatever the partitioning, money exact to the last digit. Stateless and thread-safe.
 */
public final class SparkBudget {

  private SparkBudget() {}

  /** The encoder of budget entry rows. */
  public static Encoder<BudgetEntryRow> encoder() {
    return Encoders.bean(BudgetEntryRow.class);
  }

  /**
   * The entries of every budget document (JSON, as read by {@link BudgetJson}) at {@code path}
   * (a file, a directory or a glob), each document read and validated whole in one task.
   *
   * <p>An invalid document fails the job with the library's message, prefixed with the file's
   * path.
   */
  public static Dataset<BudgetEntryRow> readDocuments(SparkSession spark, String path) {
    checkNotNull(spark, "spark");
    checkNotNull(path, "path");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<BudgetEntryRow> rows = jsc.binaryFiles(path).flatMap(SparkBudget::readFile);
    return spark.createDataset(rows.rdd(), encoder());
  }

  private static Iterator<BudgetEntryRow> readFile(Tuple2<String, PortableDataStream> file) {
    BudgetDocument doc;
    try (InputStream in = file._2().open()) {
      doc = BudgetJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read budget document " + file._1(), e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file._1() + ": " + e.getMessage(), e);
    }
    return doc.entries().map(BudgetEntryRow::of).iterator();
  }

  /**
   * The one currency of all rows.
   *
   * @throws IllegalArgumentException if there are no rows, or rows in several currencies
   *     (convert them first with explicit exchange rates), listing the currencies found
   */
  public static Currency currencyOf(Dataset<BudgetEntryRow> rows) {
    checkNotNull(rows, "rows");
    List<Row> found = rows.select("currency").distinct().limit(10).collectAsList();
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          found.isEmpty()
              ? "no budget entries"
              : "budget entries are in several currencies "
                  + found.stream().map(r -> r.getString(0)).sorted().toList()
                  + "; convert them with explicit exchange rates first");
    }
    return Currencies.of(found.get(0).getString(0));
  }

  /**
   * The totals of the rows by column, fund, kind and item, in one Spark aggregation.
   *
   * @return the totals; with no rows, totals with no groups (every balance zero)
   *     If a row is invalid or not in {@code currency}, the job fails with a Spark exception
   *     whose cause carries the library's message naming the line and column.
   */
  public static BudgetTotals totals(Dataset<BudgetEntryRow> rows, Currency currency) {
    checkNotNull(rows, "rows");
    return rows.select(new BudgetAggregator(currency).toColumn()).first().totals();
  }
}
