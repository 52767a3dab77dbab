/**
 * Measures shared by the budget calculators: ratios that keep their numerator and denominator,
 * and stated rounding rules for amounts.
 */
package org.rbmkit.budget.measure;
