/**
 * The certification package's internals that must be public to their framework but are no part
 * of the library's API: the Jackson module behind {@code RbmJson.mapper()}'s certification JSON.
 * Not exported by the module.
 */
package org.rbmkit.kpi.certification.internal;
