/**
 * JSON for budget documents: the Jackson module (found by {@code ServiceLoader}) and read/write
 * helpers. The format is described in {@code docs/budget-format.md}.
 */
package org.rbmkit.budget.json;
