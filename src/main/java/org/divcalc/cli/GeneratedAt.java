package org.divcalc.cli;

import java.time.Clock;
import java.time.Instant;

/**
 * The time a report records with {@code --timestamp}: {@code SOURCE_DATE_EPOCH} (seconds since
 * 1970, the reproducible-builds convention) when set, else the clock.
 */
final class GeneratedAt {
  private GeneratedAt() {}

  static String now(Clock clock) {
    return of(System.getenv("SOURCE_DATE_EPOCH"), clock);
  }

  static String of(String sourceDateEpoch, Clock clock) {
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())).toString();
      } catch (NumberFormatException e) {
        throw new org.divcalc.roster.RosterInputException(
            "SOURCE_DATE_EPOCH: '" + sourceDateEpoch + "' is not a number of seconds");
      }
    }
    return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
