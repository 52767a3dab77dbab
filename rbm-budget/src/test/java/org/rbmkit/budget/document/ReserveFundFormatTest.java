package org.rbmkit.budget.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.core.document.InvalidDocumentException;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.money.AmountUnit;

/** Reserve-fund tables: balance dates, and fund codes checked against the declared reserves. */
class ReserveFundFormatTest {

  private static final BudgetDocument SEED = Seed003.document();

  private static BudgetDocument withFunds(List<Fund> funds) {
    return new BudgetDocument(SEED.title(), SEED.currency(), SEED.unit(), SEED.tolerance(),
        SEED.columns(), funds, SEED.lines(), SEED.printedTotals(), SEED.detailTables(),
        SEED.reserveFunds(), SEED.staffing(), SEED.claims());
  }

  @Test
  void seed_keepsTheBalanceDatesAsPrinted() {
    ReserveFundTable t = SEED.reserveFunds().get(0);
    // seed 003 l.5404 and l.5413
    assertThat(t.openingDate()).contains(LocalDate.of(2023, 12, 31));
    assertThat(t.closingDate()).contains(LocalDate.of(2025, 12, 31));
  }

  @Test
  void closingBeforeOpening_isRejected() {
    assertThatThrownBy(() -> new ReserveFundTable("r", "R", AmountUnit.UNITS, Optional.empty(),
        Optional.of(LocalDate.of(2025, 12, 31)), Optional.of(LocalDate.of(2023, 12, 31)), "c",
        List.of()))
        .hasMessage("reserve fund table r: opening date 2025-12-31 is not before closing date"
            + " 2023-12-31");
  }

  @Test
  void reserveRow_mustNameADeclaredReserveFund_onceAnyIsDeclared() {
    List<Fund> funds = new ArrayList<>(SEED.funds());
    funds.removeIf(f -> f.code().equals("fellowships"));
    assertThatThrownBy(() -> withFunds(funds))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("reserveFunds[0].rows[3].fund: reserve fund table reserve-funds,"
            + " fund fellowships: not one of the document's reserve funds [campus-improvement,"
            + " innovation, it-development]");
  }

  @Test
  void withoutDeclaredReserveFunds_rowsAreNotChecked_asInEarlierDocuments() {
    BudgetDocument doc = withFunds(List.of(SEED.funds().get(0)));
    assertThat(doc.reserveFunds().get(0).rows()).hasSize(4);
  }
}
