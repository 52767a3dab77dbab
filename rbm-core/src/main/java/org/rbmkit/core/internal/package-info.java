/**
 * Not API: mechanisms the internal packages of {@code org.rbmkit.core} share. Not exported; may
 * change in any release.
 */
package org.rbmkit.core.internal;
