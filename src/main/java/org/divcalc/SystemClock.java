package org.divcalc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, like {@link Clock#systemDefaultZone()}, except that it
 * finds the time zone only when it is first asked for it. Most runs give every date on the command
 * line and never ask, and finding the zone loads the time-zone database (about 15 ms of start-up).
 */
final class SystemClock extends Clock {
  private ZoneId zone;

  @Override
  public ZoneId getZone() {
    if (zone == null) {
      zone = ZoneId.systemDefault();
    }
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return Clock.system(newZone);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }
}
