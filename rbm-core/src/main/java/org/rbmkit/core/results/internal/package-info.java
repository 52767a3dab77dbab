/**
 * Not API: what other modules of the library keep with a results framework. Exported only to
 * {@code org.rbmkit.kpi}; may change in any release.
 */
package org.rbmkit.core.results.internal;
