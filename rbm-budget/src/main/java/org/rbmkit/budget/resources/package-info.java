/**
 * Resources to results: budget lines allocated to the results of a framework, rolled up the
 * framework's tree and reconciled with the budget; funding gaps, execution against elapsed time,
 * execution next to achievement, cost per unit of output, and the data-cube view by financing
 * instrument, function, location and SDG. The JSON form is described in {@code docs/resources.md}.
 */
package org.rbmkit.budget.resources;
