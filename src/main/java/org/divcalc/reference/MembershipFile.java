package org.divcalc.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A user's list of the States making up the membership (one State a row, any spelling). */
public final class MembershipFile {
  private MembershipFile() {}

  /**
   * The membership listed in the file, sorted by name.
   *
   * @return the table read and the States, each listed once
   */
  public static Membership read(Path path, StateLookup lookup) {
    ReferenceTable table = ReferenceTable.file(path);
    String column = StateColumn.find(table);
    Map<String, State> states = new TreeMap<>();
    for (int i = 0; i < table.rows().size(); i++) {
      State s = StateColumn.state(table, i, column, lookup);
      if (states.put(s.iso3(), s) != null) {
        throw new ReferenceDataException(
            table.where(i, column) + ": " + s.name() + " is listed twice");
      }
    }
    if (states.isEmpty()) {
      throw new ReferenceDataException(path + ": no States listed (the file has no data rows)");
    }
    List<State> sorted = new ArrayList<>(states.values());
    sorted.sort(Comparator.comparing(State::name));
    return new Membership(table, sorted);
  }

  /**
   * A membership read from a file.
   *
   * @param source the file
   * @param states the States, sorted by name
   */
  public record Membership(ReferenceTable source, List<State> states) {
    public Membership {
      states = List.copyOf(states);
    }
  }
}
