/**
 * Completion, certification and uptake rates of learning activities, broken down by modality,
 * credential tier, pricing, offer, period, cohort and programme, with Wilson intervals; a
 * streaming reader of enrolment CSV files; diploma stacking.
 *
 * <pre>{@code
 * CertificationTally tally = CertificationTally.byEnrolments(Dimension.MODALITY);
 * EnrolmentCsvReport report = EnrolmentCsvReader.strict().read(reader, tally::add);
 * for (GroupRate row : tally.toBreakdown().rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, 30)) {
 *   System.out.println(row.format(1, RoundingMode.HALF_UP));
 * }
 * // tutor-supported-online: 74.0 % (259 ÷ 350, half-up to 1 decimal) 95 % CI [69.2 %, 78.3 %]
 * }</pre>
 *
 * <p>Rates keep their numerator and denominator ({@link org.rbmkit.kpi.certification.Rate}); the
 * kind of rate names both ({@link org.rbmkit.kpi.certification.Rate.RateKind}). Groups combine by
 * summing counts, never by averaging rates. Parts of one owner are nested in it: {@code
 * StageCounts}, {@code GroupKey}, {@code GroupRate} and {@code CountBasis} in {@link Breakdown};
 * {@code EnrolmentCsvColumn}, {@code EnrolmentCsvReport} and {@code RejectedRow} in {@link
 * EnrolmentCsvReader}. See {@code docs/certification.md}.
 */
package org.rbmkit.kpi.certification;
