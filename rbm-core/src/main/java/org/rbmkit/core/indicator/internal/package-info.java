/**
 * Not API: an indicator's values laid out in arrays when it is made, for the library's
 * calculations over many indicators. Exported only to {@code org.rbmkit.kpi}; may change in any
 * release.
 */
package org.rbmkit.core.indicator.internal;
