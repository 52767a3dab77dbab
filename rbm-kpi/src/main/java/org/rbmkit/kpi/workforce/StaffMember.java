package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.staff.GradeCategory;

/**
 * One staff member (or occupied post) as a workforce dashboard counts it.
 *
 * <pre>{@code
 * StaffMember m = new StaffMember("S-0001", Grade.P_4, Gender.FEMALE, CountryCode.of("KEN"),
 *     ContractType.FIXED_TERM, RecruitmentStatus.INTERNATIONAL, "Geneva",
 *     LocationType.HEADQUARTERS, "RB", new BigDecimal("1"));
 * m.category();   // PROFESSIONAL, from the grade
 * }</pre>
 *
 * <p>The FTE is normalised (trailing zeros stripped) so that {@code 1.0} and {@code 1} are
 * equal. Immutable and thread-safe.
 *
 * @param id the organization's identifier: 1–64 letters, digits, '.', '_' or '-'
 * @param grade the grade of the post the person holds
 * @param gender the gender, from the declared code list
 * @param nationality the nationality, ISO 3166-1 alpha-3
 * @param contractType fixed-term, short-term or other
 * @param recruitment local or international recruitment
 * @param dutyStation the duty station, such as {@code Geneva}; not blank
 * @param location headquarters or field
 * @param fund the code of the fund paying the post, such as {@code RB}; same rule as a fund code
 * @param fte the full-time equivalent, greater than 0 and at most 1
 */
public record StaffMember(
    String id,
    Grade grade,
    Gender gender,
    CountryCode nationality,
    ContractType contractType,
    RecruitmentStatus recruitment,
    String dutyStation,
    LocationType location,
    String fund,
    BigDecimal fte) {

  /** Validates the components and normalises the FTE. */
  public StaffMember {
    checkNotNull(id, "id");
    checkNotNull(grade, "grade of staff member %s", id);
    checkNotNull(gender, "gender of staff member %s", id);
    checkNotNull(nationality, "nationality of staff member %s", id);
    checkNotNull(contractType, "contractType of staff member %s", id);
    checkNotNull(recruitment, "recruitment of staff member %s", id);
    checkNotNull(dutyStation, "dutyStation of staff member %s", id);
    checkNotNull(location, "location of staff member %s", id);
    checkNotNull(fund, "fund of staff member %s", id);
    checkNotNull(fte, "fte of staff member %s", id);
    checkArgument(
        id.matches("[A-Za-z0-9._-]{1,64}"),
        "staff member id \"%s\" must be 1–64 letters, digits, '.', '_' or '-'",
        Texts.shorten(id));
    checkArgument(!dutyStation.isBlank(), "staff member %s has a blank dutyStation", id);
    checkArgument(
        fund.matches("[A-Za-z0-9._-]{1,64}"),
        "fund \"%s\" of staff member %s must be 1–64 letters, digits, '.', '_' or '-'",
        Texts.shorten(fund),
        id);
    if (!(fte.signum() > 0 && fte.compareTo(BigDecimal.ONE) <= 0)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "fte %s of staff member %s must be greater than 0 and at most 1",
              fte.toPlainString(),
              id));
    }
    fte = fte.stripTrailingZeros();
    if (fte.scale() < 0) {
      fte = fte.setScale(0);
    }
  }

  /** The staff category of the grade. */
  public GradeCategory category() {
    return grade.category();
  }
}
