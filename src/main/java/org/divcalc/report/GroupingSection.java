package org.divcalc.report;

import java.util.List;

/**
 * The grouping of States into regions a report used, with its fingerprint and special cases.
 *
 * @param name "un-regional-groups", "m49-region", "m49-subregion", "ilo" or the file given
 * @param description what the grouping is
 * @param origin "embedded:FILE" or the user's path
 * @param sha256 hex SHA-256 of the file
 * @param notes special cases (the United States, Türkiye, Israel, Kiribati for the UN groups)
 * @param statesInNoGroup Member States the grouping puts in no region, sorted by name
 */
public record GroupingSection(
    String name,
    String description,
    String origin,
    String sha256,
    List<String> notes,
    List<String> statesInNoGroup) {
  public GroupingSection {
    notes = List.copyOf(notes);
    statesInNoGroup = List.copyOf(statesInNoGroup);
  }
}
