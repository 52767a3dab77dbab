/**
 * The calculators on Apache Spark: the certification-rate breakdown, the budget balance by fund
 * and column and the indicator roll-up as Spark jobs, the library's accumulators running as Spark
 * {@code Aggregator}s over typed Datasets.
 *
 * <pre>{@code
 * SparkSession spark = LoopbackSpark.session("local[2]");
 * Dataset<EnrolmentRow> rows = SparkCertification.readCsv(spark, "enrolments/");
 * Breakdown b = SparkCertification.breakdown(rows, true, Dimension.MODALITY);
 * Dataset<BudgetEntryRow> lines = SparkBudget.readDocuments(spark, "budgets/");
 * BudgetTotals t = SparkBudget.totals(lines, Currencies.of("EUR"));
 * Map<String, ValueAccumulator> v = SparkRollup.byIndicator(indicatorValues);
 * }</pre>
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it, and neither the library jars
 * nor the {@code rbm} jar carry it. Results are identical to the single-machine calculators on
 * the same data, money exact to the last digit; see {@code docs/spark.md}.
 */
package org.rbmkit.examples.spark;
