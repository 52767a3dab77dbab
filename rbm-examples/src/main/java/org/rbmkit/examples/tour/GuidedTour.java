package org.rbmkit.examples.tour;

import java.math.BigDecimal;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.staff.Grade;

/** The guided tour: runs every step on the example data that ships with the project. */
public final class GuidedTour {

  private GuidedTour() {}

  /** Runs the tour and prints it to standard output. */
  public static void main(String[] args) {
    Biennium b = Biennium.parse("2024-2025");
    System.out.println("Biennium " + b + " follows " + b.previous() + " and covers " + b.dateRange());
    // seed 003 l.4612-4660: net available 2024-25, in thousands of euros
    Money net = AmountUnit.THOUSANDS.toMoney(Currencies.of("EUR"), new BigDecimal("60535"));
    System.out.println("Net available 2024-25: " + net);
    for (String spelling : new String[] {"ADG", "D .2", "P .5", "P-4", "G .7"}) {
      System.out.println("Grade \"" + spelling + "\" -> " + Grade.parse(spelling));
    }
  }
}
