/**
 * Workplans: strategic priorities, objectives with activities, lead teams, timelines, status,
 * percent complete and milestones; French and English timeline forms; counts by priority,
 * status, timeline and team; overdue objectives; milestone progress.
 *
 * <pre>{@code
 * Workplan plan = RbmJson.mapper().readValue(json, Workplan.class);
 * plan.summary().byTimeline();                 // objectives per timeline
 * plan.overdueOn(LocalDate.of(2024, 7, 1));     // objectives past due
 * Timeline.parse("T2 et T3, 2024");             // Q2 and Q3 2024
 * }</pre>
 *
 * <p>See docs/workplan-format.md for the JSON form.
 */
package org.rbmkit.kpi.workplan;
