/**
 * Imported IATI results in the achievement calculator and the roll-up.
 *
 * <p>{@link org.rbmkit.kpi.iati.ImportedIndicator} turns each indicator of an {@code IatiActivity}
 * into core {@code Indicator}s, one per disaggregation; {@link org.rbmkit.kpi.iati.IatiAchievement}
 * computes the achievement of each for every target period; {@link
 * org.rbmkit.kpi.iati.IatiPortfolio} builds a results framework over several activities for {@code
 * RollupCalculator}. The IATI reader lives in rbm-core ({@code org.rbmkit.core.iati}); this package
 * is the kpi side of it and is kept apart from {@code org.rbmkit.kpi.achievement}, which knows
 * nothing of IATI.
 */
package org.rbmkit.kpi.iati;
