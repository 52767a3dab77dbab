/**
 * The budget document model: columns, numbered items and their lines, printed totals, detail
 * tables, reserve-fund tables, staffing tables and percentage claims.
 */
package org.rbmkit.budget.document;
