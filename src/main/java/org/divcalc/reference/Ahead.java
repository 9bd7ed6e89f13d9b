package org.divcalc.reference;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Objects built once per run from the embedded data alone (the Member States, the nationality
 * resolver over them, the scale and the population series read with it), by whichever thread asks
 * first: {@link Preload}'s while the command line is parsed, or the command's. A second caller
 * waits for the first. A build that failed is forgotten, and each later caller builds the object
 * itself, so that a failure reaches the command as it would without this.
 */
public final class Ahead {
  private static final ConcurrentHashMap<String, FutureTask<Object>> BUILT =
      new ConcurrentHashMap<>();

  private Ahead() {}

  /**
   * The object named {@code key}, built by {@code build}. The key must name one object for the
   * whole run: something derived from the embedded data only.
   */
  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> build) {
    FutureTask<Object> task = BUILT.get(key);
    if (task == null) {
      FutureTask<Object> mine = new FutureTask<>(build::get);
      task = BUILT.putIfAbsent(key, mine);
      if (task == null) {
        task = mine;
        mine.run();
      }
    }
    try {
      return (T) task.get();
    } catch (ExecutionException e) {
      BUILT.remove(key, task);
      return build.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return build.get();
    }
  }
}
