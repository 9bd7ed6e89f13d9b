package org.divcalc.reference;

/**
 * Reads the embedded reference data on a background thread while the command line is parsed. Every
 * command that counts staff needs the Member States, and most the scale, the population and the
 * regional groups; read at start-up on a second core, they are ready (or half-read, the command
 * then waits for them) when the command asks for them. A failure here is ignored: the command meets
 * it again and reports it.
 */
public final class Preload {
  private Preload() {}

  /** Starts reading the Member States and the nationality aliases, and with {@code ranges} more. */
  public static void start(boolean ranges) {
    Thread t =
        new Thread(
            () -> {
              try {
                // tables only: a class whose initialisation failed here would fail differently
                // for the command
                EmbeddedDataset.MEMBER_STATES.table();
                EmbeddedDataset.NATIONALITY_ALIASES.table();
                if (ranges) {
                  EmbeddedDataset.REGIONAL_GROUPS.table();
                  EmbeddedDataset.SCALE_OF_ASSESSMENTS.table();
                  EmbeddedDataset.POPULATION.table();
                  EmbeddedDataset.OBSERVER_NOTIONAL_RATES.table();
                }
              } catch (RuntimeException | Error e) {
                // the command reads the same data and reports the problem itself
              }
            },
            "divcalc-preload");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((thread, e) -> {});
    t.start();
  }
}
