package org.rbmkit.core.results;

import org.rbmkit.core.text.Coded;

/**
 * The kind of a node in a results framework: a level of the results chain, an enabler or a
 * cross-cutting element.
 *
 * <pre>{@code
 * ResultLevel.OUTPUT.canBeChildOf(ResultLevel.OUTCOME);    // true
 * ResultLevel.OUTPUT.canBeChildOf(ResultLevel.ENABLER);    // true: "Produit A.1"
 * ResultLevel.OUTCOME.canBeChildOf(ResultLevel.OUTPUT);    // false
 * }</pre>
 *
 * <p>Each level has a {@link #depth()} in the chain impact (0), strategic objective (1),
 * outcome (2), output (3), activity (4). Enablers and cross-cutting elements sit beside outcomes
 * (depth 2): the ILO's "Catalyseur A" has outputs A.1 to A.5 as an outcome has its outputs. A
 * node's children are deeper than the node.
 */
public enum ResultLevel implements Coded {
  /** The long-term change the organisation contributes to. */
  IMPACT("impact", 0),
  /** A strategic objective or goal ("objectif stratégique", "but stratégique"). */
  STRATEGIC_OBJECTIVE("strategic-objective", 1),
  /** An outcome ("résultat", "résultat stratégique"). */
  OUTCOME("outcome", 2),
  /** An enabler ("catalyseur", "résultat facilitateur"). */
  ENABLER("enabler", 2),
  /** A cross-cutting element or driver ("élément transversal"). */
  CROSS_CUTTING("cross-cutting", 2),
  /** An output ("produit"). */
  OUTPUT("output", 3),
  /** An activity. */
  ACTIVITY("activity", 4);

  private final String code;
  private final int depth;

  ResultLevel(String code, int depth) {
    this.code = code;
    this.depth = depth;
  }

  /** The stable code used in JSON, such as {@code strategic-objective}. */
  public String code() {
    return code;
  }

  /** The depth in the results chain, from 0 (impact) to 4 (activity). */
  public int depth() {
    return depth;
  }

  /** Whether a node of this level may sit directly under a node of {@code parent}'s level. */
  public boolean canBeChildOf(ResultLevel parent) {
    return depth > parent.depth;
  }

  /** The level with the given code. */
  public static ResultLevel fromCode(String code) {
    return Coded.fromCode(ResultLevel.class, code, "result level");
  }
}
