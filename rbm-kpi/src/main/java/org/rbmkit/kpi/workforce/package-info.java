/**
 * Workforce composition: staff members with grade, gender, nationality, contract and location;
 * composition tables by any combination of dimensions, gender parity per level against a target
 * and geographic representation against desirable ranges.
 *
 * <pre>{@code
 * Workforce w = RbmJson.mapper().readValue(json, Workforce.class);
 * CompositionTable t = Composition.of(w.staff(), List.of(Dimension.GRADE, Dimension.GENDER), 5);
 * GenderParity p = GenderParity.byLevel(w.staff(), Dimension.gradeAtLeast(Grade.P_5),
 *     new BigDecimal("50"), 5);
 * GeographicRepresentation g = GeographicRepresentation.assess(w.staff(), w.desirableRanges());
 * }</pre>
 *
 * <p>See docs/workforce-format.md for the JSON form.
 */
package org.rbmkit.kpi.workforce;
