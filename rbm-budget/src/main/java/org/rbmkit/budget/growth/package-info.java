/**
 * Growth and comparisons: absolute, relative and real change between columns, zero real growth
 * under a stated rounding rule, execution rates, shares and time-prorated expected spending.
 */
package org.rbmkit.budget.growth;
