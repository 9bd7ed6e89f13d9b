package org.divcalc.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.divcalc.domain.DesirableRange;
import org.divcalc.domain.DesirableRanges;

/**
 * Reads a table of desirable ranges as published in a governing-body document: a State column,
 * {@code lower}, {@code upper} and optionally {@code midpoint}, one State a row, any spelling.
 */
public final class PublishedRangesFile {
  private static final int LISTED = 20;

  private PublishedRangesFile() {}

  /**
   * The ranges of the membership found in the file; unknown States and bad numbers are errors,
   * Member States missing from the file and listed non-members are warnings.
   */
  public static PublishedRanges read(Path path, List<State> membership, StateLookup lookup) {
    ReferenceTable table = ReferenceTable.file(path);
    String stateColumn = StateColumn.find(table);
    String lowerColumn = StateColumn.require(table, "lower limit", "lower", "lower_limit", "min");
    String upperColumn = StateColumn.require(table, "upper limit", "upper", "upper_limit", "max");
    Optional<String> midColumn = table.firstColumn("midpoint", "mid", "mid_point");
    Set<String> members = membership.stream().map(State::iso3).collect(Collectors.toSet());
    Map<String, DesirableRange> byIso3 = new TreeMap<>();
    List<String> nonMembers = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      State s = StateColumn.state(table, i, stateColumn, lookup);
      BigDecimal lower = StateColumn.decimal(table, i, lowerColumn, "a number of posts");
      BigDecimal upper = StateColumn.decimal(table, i, upperColumn, "a number of posts");
      BigDecimal mid = null;
      if (midColumn.isPresent() && !table.rows().get(i).get(midColumn.get()).isBlank()) {
        mid = StateColumn.decimal(table, i, midColumn.get(), "a number of posts, or blank");
      }
      if (lower.compareTo(upper) > 0) {
        throw new ReferenceDataException(
            table.where(i, upperColumn)
                + ": found "
                + upper.toPlainString()
                + ", expected an upper limit not below the lower limit "
                + lower.toPlainString());
      }
      if (mid != null && (mid.compareTo(lower) < 0 || mid.compareTo(upper) > 0)) {
        throw new ReferenceDataException(
            table.where(i, midColumn.get())
                + ": found "
                + mid.toPlainString()
                + ", expected a midpoint between the lower and upper limits");
      }
      if (!members.contains(s.iso3())) {
        nonMembers.add(s.name() + " (line " + table.lines().get(i) + ")");
        continue;
      }
      DesirableRange r = new DesirableRange(s.iso3(), s.name(), lower, mid, upper);
      if (byIso3.put(s.iso3(), r) != null) {
        throw new ReferenceDataException(
            table.where(i, stateColumn) + ": " + s.name() + " is listed twice");
      }
    }
    List<String> warnings = new ArrayList<>();
    List<String> missing =
        membership.stream()
            .filter(s -> !byIso3.containsKey(s.iso3()))
            .map(s -> s.name() + " (" + s.iso3() + ")")
            .sorted()
            .toList();
    if (!missing.isEmpty()) {
      warnings.add(
          path
              + ": "
              + missing.size()
              + " Member State(s) have no range in the file: "
              + listed(missing));
    }
    if (!nonMembers.isEmpty()) {
      warnings.add(
          path
              + ": ignored "
              + nonMembers.size()
              + " State(s) not in the membership: "
              + listed(nonMembers));
    }
    List<DesirableRange> ranges = new ArrayList<>(byIso3.values());
    ranges.sort(Comparator.comparing(DesirableRange::name));
    return new PublishedRanges(
        table, new DesirableRanges("published table " + path, ranges), missing.size(), warnings);
  }

  private static String listed(List<String> names) {
    return names.size() <= LISTED
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
  }

  /**
   * A published table as read.
   *
   * @param source the file
   * @param ranges the ranges of the Member States found, sorted by name
   * @param missingMembers how many Member States have no range in the file
   * @param warnings Member States missing, non-members ignored
   */
  public record PublishedRanges(
      ReferenceTable source, DesirableRanges ranges, int missingMembers, List<String> warnings) {
    public PublishedRanges {
      warnings = List.copyOf(warnings);
    }
  }
}
