package org.divcalc.cli;

import java.lang.reflect.Constructor;
import java.time.Clock;
import picocli.CommandLine;

/**
 * Creates commands for picocli, giving the clock to those that take one, so that "today" can be
 * fixed in tests.
 */
final class ClockFactory implements CommandLine.IFactory {
  private final Clock clock;

  ClockFactory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    Constructor<K> withClock;
    try {
      withClock = cls.getDeclaredConstructor(Clock.class);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(cls);
    }
    withClock.setAccessible(true);
    return withClock.newInstance(clock);
  }
}
