package org.divcalc.reference;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The notional assessment rates of the non-member observer States (A/RES/79/249 para. 18), used
 * only when a user's membership file includes one of them.
 */
public final class NotionalRates {
  static final String FILE = "un_scale_non_member_notional_rates.csv";

  private final ReferenceTable source;

  private NotionalRates(ReferenceTable source) {
    this.source = source;
  }

  /** The embedded rates. */
  public static NotionalRates embedded() {
    return new NotionalRates(
        ReferenceTable.embedded(FILE, "iso3", "name", "period", "notional_rate_pct", "source"));
  }

  /** The file the rates were read from. */
  public ReferenceTable source() {
    return source;
  }

  /** The rate in per cent of an observer State for a scale period, when it is known. */
  public Optional<BigDecimal> rate(String iso3, ScalePeriod period) {
    for (Map<String, String> row : source.rows()) {
      if (row.get("iso3").equals(iso3)
          && row.get("period").equals(period.label())
          && row.get("notional_rate_pct").matches("[0-9]+(\\.[0-9]+)?")) {
        return Optional.of(new BigDecimal(row.get("notional_rate_pct")));
      }
    }
    return Optional.empty();
  }
}
