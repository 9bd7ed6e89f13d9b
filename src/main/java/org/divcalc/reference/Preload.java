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

  /**
   * Starts reading the Member States and the nationality aliases, and with {@code ranges} the
   * regional groups, the scale, the population and the observers' rates (what desirable ranges
   * need), then runs {@code then} (which builds what the command will build from them, through
   * {@link Ahead}). A table read ahead is held until the command takes it.
   */
  public static void start(boolean ranges, Runnable then) {
    Thread t =
        new Thread(
            () -> {
              try {
                // tables only: a class whose initialisation failed here would fail differently
                // for the command
                ReferenceTable.readAhead(EmbeddedDataset.MEMBER_STATES.file());
                ReferenceTable.readAhead(EmbeddedDataset.NATIONALITY_ALIASES.file());
                if (ranges) {
                  ReferenceTable.readAhead(EmbeddedDataset.REGIONAL_GROUPS.file());
                  ReferenceTable.readAhead(EmbeddedDataset.SCALE_OF_ASSESSMENTS.file());
                  ReferenceTable.readAhead(EmbeddedDataset.POPULATION.file());
                  ReferenceTable.readAhead(EmbeddedDataset.OBSERVER_NOTIONAL_RATES.file());
                }
                then.run();
              } catch (RuntimeException | Error e) {
                // the command reads the same data and reports the problem itself
                org.divcalc.domain.OutOfMemory.note(e);
              }
            },
            "divcalc-preload");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((thread, e) -> {});
    t.start();
  }
}
