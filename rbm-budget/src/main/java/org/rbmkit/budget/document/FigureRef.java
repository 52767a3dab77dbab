package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.text.Shown;

/**
 * Names a figure of a budget document that a claim of the text is about: a main-table item or
 * printed total, a detail-table row, a reserve fund's balance or movement, or a staffing table's
 * FTE or cost.
 *
 * <pre>{@code
 * FigureRef.parse("item-21");                                  // main-table item 21
 * FigureRef.parse("institutional-investments");                // a main-table total
 * FigureRef.parse("row:consultants:Consultants");              // a detail-table row, by label
 * FigureRef.parse("reserve:reserve-funds:fellowships:closing");
 * FigureRef.parse("staff:annex-2:fte");                        // all grades and fund sources
 * FigureRef.parse("staff:annex-2:cost:regular");               // one fund source
 * }</pre>
 *
 * <p>The column comes from the claim. A main-table figure is taken as the table gives it: the
 * printed total if printed, else recomputed from its components. {@code parse(r.toString())}
 * equals {@code r}. Immutable and thread-safe.
 *
 * @param place where the figure is
 * @param total the main-table total (only for {@link Place#MAIN})
 * @param table the table id (empty for the main table)
 * @param name the row label, fund code or fund source (empty where none)
 * @param part {@code opening}, {@code additions}, {@code use}, {@code closing}, {@code fte} or
 *     {@code cost} (empty where none)
 */
public record FigureRef(
    Place place, Optional<TotalKey> total, String table, String name, String part) {

  /** Where a referenced figure is. */
  public enum Place {
    /** A main-table item or printed total. */
    MAIN,
    /** A detail-table row. */
    ROW,
    /** A reserve fund's opening, additions, use or closing. */
    RESERVE,
    /** A staffing table's FTE or cost. */
    STAFF
  }

  private static final Set<String> RESERVE_PARTS = Set.of("opening", "additions", "use", "closing");
  private static final Set<String> STAFF_PARTS = Set.of("fte", "cost");

  /** Validates the combination of components. */
  public FigureRef {
    checkNotNull(place, "place");
    checkNotNull(total, "total");
    checkNotNull(table, "table");
    checkNotNull(name, "name");
    checkNotNull(part, "part");
    checkArgument(total.isPresent() == (place == Place.MAIN), "a total names a main-table figure");
    switch (place) {
      case MAIN -> checkArgument(table.isEmpty() && name.isEmpty() && part.isEmpty(),
          "a main-table figure has no table, name or part");
      case ROW -> {
        Amounts.code(table, "table of figure");
        Amounts.text(name, "row label of figure");
        checkArgument(part.isEmpty(), "a detail row has no part");
      }
      case RESERVE -> {
        Amounts.code(table, "table of figure");
        Amounts.code(name, "fund of figure");
        checkArgument(RESERVE_PARTS.contains(part),
            "reserve figure \"%s\" is not opening, additions, use or closing", part);
      }
      case STAFF -> {
        Amounts.code(table, "table of figure");
        if (!name.isEmpty()) {
          Amounts.code(name, "fund source of figure");
        }
        checkArgument(STAFF_PARTS.contains(part), "staffing figure \"%s\" is not fte or cost",
            part);
      }
      default -> throw new AssertionError(place);
    }
  }

  /** A main-table item or total. */
  public static FigureRef main(TotalKey total) {
    return new FigureRef(Place.MAIN, Optional.of(total), "", "", "");
  }

  /**
   * Parses one of the forms above.
   *
   * @throws IllegalArgumentException quoting the input and the accepted forms
   */
  public static FigureRef parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    try {
      if (s.startsWith("row:")) {
        String[] p = s.split(":", 3);
        checkArgument(p.length == 3, "no row label");
        return new FigureRef(Place.ROW, Optional.empty(), p[1], p[2], "");
      }
      if (s.startsWith("reserve:")) {
        String[] p = s.split(":", -1);
        checkArgument(p.length == 4, "not reserve:<table>:<fund>:<part>");
        return new FigureRef(Place.RESERVE, Optional.empty(), p[1], p[2], p[3]);
      }
      if (s.startsWith("staff:")) {
        String[] p = s.split(":", -1);
        checkArgument(p.length == 3 || p.length == 4, "not staff:<table>:<fte|cost>[:<source>]");
        return new FigureRef(Place.STAFF, Optional.empty(), p[1], p.length == 4 ? p[3] : "",
            p[2]);
      }
      return main(TotalKey.parse(s));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("figure \"" + Shown.value(s)
          + "\" is not item-<n>, a total code, row:<table>:<label>,"
          + " reserve:<table>:<fund>:<part> or staff:<table>:<fte|cost>[:<source>] ("
          + e.getMessage() + ")", e);
    }
  }

  /** The canonical text form. */
  @Override
  public String toString() {
    return switch (place) {
      case MAIN -> total.orElseThrow().toString();
      case ROW -> "row:" + table + ":" + name;
      case RESERVE -> "reserve:" + table + ":" + name + ":" + part;
      case STAFF -> "staff:" + table + ":" + part + (name.isEmpty() ? "" : ":" + name);
    };
  }
}
