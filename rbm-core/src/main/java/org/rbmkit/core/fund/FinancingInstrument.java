package org.rbmkit.core.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rbmkit.core.text.Coded;

/**
 * How money reaches an organisation, following Standard IV ("UN grant financing instruments") of
 * the UN Data Standards for United Nations System-wide Reporting of Financial Data (UNSDG and
 * HLCM, effective 1 January 2019): assessed contributions, voluntary core contributions,
 * voluntary earmarked contributions by type, and revenue from other activities.
 *
 * <pre>{@code
 * FinancingInstrument.fromCode("earmarked-pooled-fund").fundKind();   // VOLUNTARY_EARMARKED
 * FinancingInstrument.defaultFor(FundKind.ASSESSED);                  // Optional[ASSESSED]
 * }</pre>
 *
 * <p>Each instrument belongs to one {@link FundKind}, the CEB revenue category it refines; the
 * four earmarked types refine {@link FundKind#VOLUNTARY_EARMARKED}, and {@link
 * #VOLUNTARY_EARMARKED} itself stands for earmarked money of an unstated type. The codes are this
 * library's; {@code docs/resources.md} gives the standard's names and what could and could not
 * be verified of its numbering.
 */
public enum FinancingInstrument implements Coded {
  /** Assessed contributions. */
  ASSESSED("assessed", FundKind.ASSESSED, "Assessed contributions"),
  /** Voluntary core (un-earmarked) contributions. */
  VOLUNTARY_CORE("voluntary-core", FundKind.VOLUNTARY_CORE,
      "Voluntary core (un-earmarked) contributions"),
  /** Voluntary non-core (earmarked) contributions whose type is not stated. */
  VOLUNTARY_EARMARKED("voluntary-earmarked", FundKind.VOLUNTARY_EARMARKED,
      "Voluntary non-core (earmarked) contributions, type not stated"),
  /** Earmarked: local resources, a programme country's contribution to programmes in it. */
  EARMARKED_LOCAL_RESOURCES("earmarked-local-resources", FundKind.VOLUNTARY_EARMARKED,
      "Earmarked: local resources"),
  /** Earmarked: UN inter-agency pooled funds. */
  EARMARKED_POOLED_FUND("earmarked-pooled-fund", FundKind.VOLUNTARY_EARMARKED,
      "Earmarked: UN inter-agency pooled funds"),
  /** Earmarked: single-agency thematic funds. */
  EARMARKED_THEMATIC_FUND("earmarked-thematic-fund", FundKind.VOLUNTARY_EARMARKED,
      "Earmarked: single-agency thematic funds"),
  /** Earmarked: project- or programme-specific contributions. */
  EARMARKED_PROJECT("earmarked-project", FundKind.VOLUNTARY_EARMARKED,
      "Earmarked: project- or programme-specific"),
  /** Revenue from other activities: fees, sales, services to others. */
  OTHER_REVENUE("other-revenue", FundKind.OTHER_REVENUE, "Revenue from other activities");

  private final String code;
  private final FundKind fundKind;
  private final String label;

  FinancingInstrument(String code, FundKind fundKind, String label) {
    this.code = code;
    this.fundKind = fundKind;
    this.label = label;
  }

  /** The stable code used in JSON, such as {@code earmarked-pooled-fund}. */
  public String code() {
    return code;
  }

  /** The CEB revenue category this instrument refines. */
  public FundKind fundKind() {
    return fundKind;
  }

  /** The standard's name for the instrument, in English. */
  public String label() {
    return label;
  }

  /**
   * Whether a fund of the given kind may be financed by this instrument: the kinds must agree,
   * and a reserve fund, which holds money set aside from any source, may take any instrument.
   */
  public boolean fits(FundKind kind) {
    checkNotNull(kind, "kind");
    return kind == FundKind.RESERVE || kind == fundKind;
  }

  /** The instrument a fund of the given kind has when nothing finer is stated; empty for a reserve. */
  public static Optional<FinancingInstrument> defaultFor(FundKind kind) {
    checkNotNull(kind, "kind");
    return switch (kind) {
      case ASSESSED -> Optional.of(ASSESSED);
      case VOLUNTARY_CORE -> Optional.of(VOLUNTARY_CORE);
      case VOLUNTARY_EARMARKED -> Optional.of(VOLUNTARY_EARMARKED);
      case OTHER_REVENUE -> Optional.of(OTHER_REVENUE);
      case RESERVE -> Optional.empty();
    };
  }

  /**
   * The instrument with the given code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static FinancingInstrument fromCode(String code) {
    return Coded.fromCode(FinancingInstrument.class, code, "financing instrument");
  }
}
