/**
 * How rbm-budget's types bind to JSON: the Jackson module that {@code RbmJson.mapper()} finds
 * through the {@code ServiceLoader}, and its serializers. Not exported: callers read and write
 * through {@link org.rbmkit.budget.json.BudgetJson}, {@link org.rbmkit.budget.json.ResourcesJson}
 * or {@code RbmJson.mapper()}.
 */
package org.rbmkit.budget.json.internal;
