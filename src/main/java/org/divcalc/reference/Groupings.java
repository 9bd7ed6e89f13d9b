package org.divcalc.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.divcalc.domain.Grouping;

/**
 * The groupings of States into regions: the built-in ones, read from the embedded datasets, and any
 * the user supplies as a CSV file of State and region.
 */
public final class Groupings {
  /** Name of the UN regional groups, the default grouping. */
  public static final String UN_REGIONAL_GROUPS = "un-regional-groups";

  /** Name of the UN M49 regions. */
  public static final String M49_REGION = "m49-region";

  /** Name of the UN M49 sub-regions. */
  public static final String M49_SUBREGION = "m49-subregion";

  /** Name of the ILO regions. */
  public static final String ILO = "ilo";

  /** The names of the built-in groupings, in the order help texts list them. */
  public static final List<String> BUILT_IN =
      List.of(UN_REGIONAL_GROUPS, M49_REGION, M49_SUBREGION, ILO);

  /** Headers accepted for the column naming the region in a grouping file. */
  static final String[] REGION_HEADERS = {"group", "region", "regional_group", "region_name"};

  private Groupings() {}

  /** The built-in grouping of that name (ignoring case), if there is one. */
  public static Optional<Grouping> builtIn(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case UN_REGIONAL_GROUPS -> Optional.of(unRegionalGroups());
      case M49_REGION -> Optional.of(m49Regions());
      case M49_SUBREGION -> Optional.of(m49Subregions());
      case ILO -> Optional.of(ilo());
      default -> Optional.empty();
    };
  }

  /**
   * The UN regional groups, each State in the group it counts with for electoral purposes (the
   * United States, Türkiye and Israel with WEOG, Kiribati with Asia-Pacific), the special cases
   * noted.
   */
  public static Grouping unRegionalGroups() {
    ReferenceTable t = EmbeddedDataset.REGIONAL_GROUPS.table();
    Map<String, String> regions = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    for (Map<String, String> row : t.rows()) {
      String group = row.get("regional_group_electoral");
      regions.put(row.get("iso3"), group);
      String note = row.get("special_situation_note");
      String also = row.get("also_participates_in");
      if (!note.isBlank() || !also.isBlank()) {
        notes.add(
            row.get("un_name")
                + ": counted with "
                + group
                + (also.isBlank() ? "" : " (also takes part in " + also + ")")
                + ". "
                + note);
      }
    }
    notes.sort(null);
    return new Grouping(
        UN_REGIONAL_GROUPS,
        "UN regional groups, each State in the group it counts with for electoral purposes",
        t.origin(),
        t.sha256(),
        regions,
        notes);
  }

  /** The UN M49 regions (Africa, Americas, Asia, Europe, Oceania). */
  public static Grouping m49Regions() {
    return fromColumn(
        EmbeddedDataset.M49_REGIONS,
        M49_REGION,
        "region_name",
        "UN M49 regions (UN Statistics Division)");
  }

  /** The UN M49 sub-regions (Sub-Saharan Africa, Western Asia, ...). */
  public static Grouping m49Subregions() {
    return fromColumn(
        EmbeddedDataset.M49_REGIONS,
        M49_SUBREGION,
        "subregion_name",
        "UN M49 sub-regions (UN Statistics Division)");
  }

  /**
   * The ILO regions (Africa, Americas, Arab States, Asia and the Pacific, Europe and Central Asia).
   */
  public static Grouping ilo() {
    return fromColumn(EmbeddedDataset.ILO_REGIONS, ILO, "ilo_region", "ILO regions (ILOSTAT)");
  }

  private static Grouping fromColumn(
      EmbeddedDataset dataset, String name, String column, String description) {
    ReferenceTable t = dataset.table();
    Map<String, String> regions = new TreeMap<>();
    for (Map<String, String> row : t.rows()) {
      String region = row.get(column);
      if (!region.isBlank() && !region.equals("missing") && !region.equals("n/a")) {
        regions.put(row.get("iso3"), region);
      }
    }
    return new Grouping(
        name, description + ", column " + column, t.origin(), t.sha256(), regions, List.of());
  }

  /**
   * A grouping from a CSV file with a State column (iso3, state, country, nationality, name, ...)
   * and a region column (group, region); States may be written any way the nationality resolver
   * accepts; lines starting with '#' are comments. An unknown State, a blank region, a State listed
   * twice or a region written in two cases is an error naming the file and line.
   */
  public static Grouping file(Path path, StateLookup lookup) {
    ReferenceTable t = ReferenceTable.fileWithComments(path);
    String stateColumn = StateColumn.find(t);
    String regionColumn = StateColumn.require(t, "region", REGION_HEADERS);
    Map<String, String> regions = new TreeMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    Map<String, Integer> regionRow = new HashMap<>();
    for (int i = 0; i < t.rows().size(); i++) {
      State state = StateColumn.state(t, i, stateColumn, lookup);
      String region = t.rows().get(i).get(regionColumn).strip();
      if (region.isEmpty()) {
        throw new ReferenceDataException(
            t.where(i, regionColumn) + ": no region given for " + state.name());
      }
      if (region.equalsIgnoreCase(Grouping.NO_GROUP)
          || region.equalsIgnoreCase(Grouping.OUTSIDE_MEMBERSHIP)
          || region.equalsIgnoreCase(org.divcalc.domain.RegionalDistribution.TOTAL_ROW)) {
        throw new ReferenceDataException(
            t.where(i, regionColumn)
                + ": '"
                + region
                + "' is the name of a row divcalc adds itself; leave the State out of the file"
                + " to put it in no group");
      }
      // --where and --by compare values case aside: two spellings would be one region there and
      // two in the regional table
      String key = region.toLowerCase(java.util.Locale.ROOT);
      Integer named = regionRow.putIfAbsent(key, i);
      String earlier = named == null ? region : t.rows().get(named).get(regionColumn).strip();
      if (!earlier.equals(region)) {
        throw new ReferenceDataException(
            t.where(i, regionColumn)
                + ": region '"
                + region
                + "' differs only in case from '"
                + earlier
                + "' (line "
                + t.lines().get(named)
                + "); write each region the same way");
      }
      Integer first = firstRow.putIfAbsent(state.iso3(), i);
      if (first != null) {
        throw new ReferenceDataException(
            t.where(i, stateColumn)
                + ": "
                + state.name()
                + " is listed twice (first on line "
                + t.lines().get(first)
                + "); a State belongs to one region");
      }
      regions.put(state.iso3(), region);
    }
    return new Grouping(
        path.toString(),
        "a grouping file, columns " + stateColumn + " and " + regionColumn,
        t.origin(),
        t.sha256(),
        regions,
        List.of());
  }
}
