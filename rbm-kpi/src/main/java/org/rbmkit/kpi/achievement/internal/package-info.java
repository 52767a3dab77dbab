/**
 * The achievement package's internals, not exported: the Jackson module writing achievement
 * reports ({@link org.rbmkit.kpi.achievement.internal.AchievementJsonModule}), found by {@code
 * RbmJson.mapper()} through the service loader.
 */
package org.rbmkit.kpi.achievement.internal;
