package org.rbmkit.budget.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.document.Problems;

/** The whole-document checks of claims: columns and figures they name exist. */
final class ClaimRefs {

  private ClaimRefs() {}

  /** Checks the claims; reports at {@code problems}, the path of the claims list. */
  static void check(
      List<Claim> claims,
      Set<String> columnCodes,
      Map<Integer, LineKind.Family> items,
      List<DetailTable> detailTables,
      List<ReserveFundTable> reserveFunds,
      List<StaffingTable> staffing,
      Problems problems) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Problems at = problems.at(i);
      String where = "claim " + c.id();
      if (!ids.add(c.id())) {
        at.at("id").error("budget.claim.repeated", c.id(), where + ": claim id appears twice");
      }
      List<String> columns = new ArrayList<>();
      c.from().ifPresent(columns::add);
      columns.add(c.column());
      for (String col : columns) {
        References.column(at.at(col.equals(c.column()) ? "column" : "from"),
            where + ": unknown column " + col, col, columnCodes);
      }
      figure(at.at("of"), where, c.of(), columns, items, detailTables, reserveFunds, staffing);
      c.whole().ifPresent(w -> figure(at.at("whole"), where, w, columns, items, detailTables,
          reserveFunds, staffing));
    }
  }

  private static void figure(
      Problems at,
      String where,
      FigureRef ref,
      List<String> columns,
      Map<Integer, LineKind.Family> items,
      List<DetailTable> detailTables,
      List<ReserveFundTable> reserveFunds,
      List<StaffingTable> staffing) {
    String what = where + ", figure " + ref;
    switch (ref.place()) {
      case MAIN -> {
        Optional<Integer> item = ref.total().orElseThrow().itemNumber();
        item.ifPresent(n -> References.item(at, what, n, items));
      }
      case ROW -> {
        Optional<DetailTable> t =
            detailTables.stream().filter(d -> d.id().equals(ref.table())).findFirst();
        if (t.isEmpty()) {
          at.error("budget.figure.table.unknown", ref.table(),
              what + ": no detail table " + ref.table());
        } else if (t.get().rows().stream().noneMatch(r -> r.label().equals(ref.name()))) {
          at.error("budget.figure.row.unknown", ref.name(), what + ": detail table "
              + ref.table() + " has no row labelled " + ref.name());
        }
      }
      case RESERVE -> {
        Optional<ReserveFundTable> t =
            reserveFunds.stream().filter(d -> d.id().equals(ref.table())).findFirst();
        if (t.isEmpty()) {
          at.error("budget.figure.table.unknown", ref.table(),
              what + ": no reserve fund table " + ref.table());
        } else {
          if (t.get().rows().stream().noneMatch(r -> r.fund().equals(ref.name()))) {
            at.error("budget.figure.fund.unknown", ref.name(), what + ": reserve fund table "
                + ref.table() + " has no fund " + ref.name());
          }
          for (String col : columns) {
            if (!col.equals(t.get().column())) {
              at.error("budget.figure.column.mismatch", col, what + ": reserve fund table "
                  + ref.table() + " holds column " + t.get().column() + " only, not " + col);
            }
          }
        }
      }
      case STAFF -> {
        Optional<StaffingTable> t =
            staffing.stream().filter(d -> d.id().equals(ref.table())).findFirst();
        if (t.isEmpty()) {
          at.error("budget.figure.table.unknown", ref.table(),
              what + ": no staffing table " + ref.table());
        } else if (!ref.name().isEmpty() && !t.get().items().containsKey(ref.name())) {
          at.error("budget.figure.source.unknown", ref.name(), what + ": staffing table "
              + ref.table() + " has no fund source " + ref.name() + " (sources are "
              + t.get().items().keySet() + ")");
        }
      }
      default -> throw new AssertionError(ref.place());
    }
  }
}
