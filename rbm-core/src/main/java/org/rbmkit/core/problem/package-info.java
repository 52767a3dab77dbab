/**
 * The one problem type of the library: what every reader, document check and constructor reports
 * about bad input, whatever the format.
 *
 * <p>A {@link org.rbmkit.core.problem.Problem} says where ({@link
 * org.rbmkit.core.problem.Location}: a JSON path, a line and column, or an XML element path),
 * which value (escaped and abbreviated by {@link org.rbmkit.core.text.Shown}), a stable
 * machine-readable code, a {@link org.rbmkit.core.problem.Severity}, and an English message.
 * {@link org.rbmkit.core.problem.ProblemException} carries every problem of an input, in document
 * order; the readers' own exceptions extend it.
 */
package org.rbmkit.core.problem;
