/**
 * The consistency check: recompute every printed total, reserve movement, cross-reference and
 * percentage claim of a budget document and report each that does not reconcile.
 */
package org.rbmkit.budget.check;
