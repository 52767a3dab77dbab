/**
 * Reserve funds: movements (opening + additions − use = closing) and a fund's execution rate at
 * a date.
 */
package org.rbmkit.budget.reserve;
