/**
 * Staff costs by grade: one-pass totals by grade, category and fund source from a staffing
 * table, average cost per FTE, grade mix, and the costing of a plan from standard costs.
 */
package org.rbmkit.budget.staffing;
