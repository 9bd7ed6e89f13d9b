package org.divcalc.cli;

import java.time.Clock;
import java.time.Instant;

/**
 * The time a report records with {@code --timestamp}: {@code SOURCE_DATE_EPOCH} (seconds since
 * 1970, the reproducible-builds convention) when set, else the clock.
 */
final class GeneratedAt {
  /** 9999-12-31T23:59:59Z: later times have no four-digit year. */
  private static final long LAST_SECOND = 253_402_300_799L;

  private GeneratedAt() {}

  static String now(Clock clock) {
    return of(System.getenv("SOURCE_DATE_EPOCH"), clock);
  }

  /**
   * The time {@code SOURCE_DATE_EPOCH} sets, or empty when it is not set (an invalid value is an
   * error, as for --timestamp): it also fixes the as-of date when none is given.
   */
  static java.util.Optional<Instant> fixed() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Instant.parse(of(epoch, Clock.systemUTC())));
  }

  static String of(String sourceDateEpoch, Clock clock) {
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      long seconds = -1;
      try {
        seconds = Long.parseLong(sourceDateEpoch.strip());
      } catch (NumberFormatException e) {
        // said below
      }
      // the reproducible-builds convention: a non-negative count of seconds; a four-digit year
      if (seconds < 0 || seconds > LAST_SECOND) {
        throw new org.divcalc.roster.RosterInputException(
            "SOURCE_DATE_EPOCH: '"
                + sourceDateEpoch
                + "' is not a number of seconds since 1970-01-01 (0 to "
                + LAST_SECOND
                + ", 9999-12-31)");
      }
      return Instant.ofEpochSecond(seconds).toString();
    }
    return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
