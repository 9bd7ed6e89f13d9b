package org.divcalc.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The list of UN Member States and observer States, keyed by alpha-3 code. */
public final class States {
  static final String FILE = "un_member_states.csv";
  private static final String[] COLUMNS = {
    "iso3",
    "iso2",
    "m49",
    "un_name",
    "unterm_short_name_en",
    "unterm_formal_name_en",
    "status",
    "date_of_admission"
  };

  private final ReferenceTable source;
  private final Map<String, State> byIso3;

  private States(ReferenceTable source, Map<String, State> byIso3) {
    this.source = source;
    this.byIso3 = byIso3;
  }

  /** The embedded list. */
  public static States embedded() {
    // read once per run: the embedded list never changes, and every command needs it
    return Ahead.get("states", () -> of(ReferenceTable.embedded(FILE, COLUMNS)));
  }

  /** A list in the same layout as the embedded one, from a file. */
  public static States fromFile(Path path) {
    return of(ReferenceTable.file(path, COLUMNS));
  }

  private static States of(ReferenceTable table) {
    Map<String, State> map = new TreeMap<>();
    int line = 1;
    for (Map<String, String> row : table.rows()) {
      line++;
      String status = row.get("status");
      boolean observer = status.contains("observer");
      if (!observer && !status.equals("member")) {
        throw new ReferenceDataException(
            table.origin()
                + ": line "
                + line
                + ": status '"
                + status
                + "' is neither "
                + "'member' nor an observer State");
      }
      LocalDate admitted = null;
      if (!observer) {
        try {
          admitted = IsoDates.parse(row.get("date_of_admission"));
        } catch (DateTimeParseException e) {
          throw new ReferenceDataException(
              table.origin()
                  + ": line "
                  + line
                  + ": date_of_admission '"
                  + row.get("date_of_admission")
                  + "' is not a date (expected YYYY-MM-DD)");
        }
      }
      State state;
      try {
        state =
            new State(
                row.get("iso3"),
                row.get("iso2"),
                row.get("m49"),
                row.get("un_name"),
                cleanProtocolName(row.get("unterm_short_name_en")),
                cleanProtocolName(row.get("unterm_formal_name_en")),
                observer,
                admitted);
      } catch (IllegalArgumentException e) {
        throw new ReferenceDataException(table.origin() + ": line " + line + ": " + e.getMessage());
      }
      if (map.put(state.iso3(), state) != null) {
        throw new ReferenceDataException(
            table.origin() + ": line " + line + ": " + state.iso3() + " is listed twice");
      }
    }
    return new States(table, map);
  }

  /** UNTERM names carry "(the)" and a trailing asterisk for observers; neither helps matching. */
  static String cleanProtocolName(String name) {
    String n = name.replace("*", "").trim();
    if (n.endsWith("(the)")) {
      n = n.substring(0, n.length() - "(the)".length()).trim();
    }
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n;
  }

  /** The dataset this list was read from. */
  public ReferenceTable source() {
    return source;
  }

  /** Every State, member or observer, sorted by alpha-3 code. */
  public List<State> all() {
    return List.copyOf(byIso3.values());
  }

  /** The Member States on a date (admitted on or before it), sorted by name. */
  public List<State> membersOn(LocalDate date) {
    List<State> members = new ArrayList<>();
    for (State s : byIso3.values()) {
      if (s.isMemberOn(date)) {
        members.add(s);
      }
    }
    members.sort(Comparator.comparing(State::name));
    return members;
  }

  /** The State with this alpha-3 code. */
  public Optional<State> byIso3(String iso3) {
    return Optional.ofNullable(byIso3.get(iso3));
  }
}
