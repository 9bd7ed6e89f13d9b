package org.divcalc.reference;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The datasets embedded in divcalc, with where each comes from (PROVENANCE.md beside them says the
 * same in prose).
 */
public enum EmbeddedDataset {
  MEMBER_STATES(
      "member-states",
      States.FILE,
      "UN Member States and observer States: ISO codes, M49, UN names, dates of admission",
      "names: A/RES/79/249; codes: datasets/country-codes (GitHub); admission dates: two"
          + " agreeing secondary copies",
      "codes ODC-PDDL-1.0; UN terms of use"),
  REGIONAL_GROUPS(
      "regional-groups",
      "un_regional_groups.csv",
      "UN regional groups for elections, with the States taking part in two",
      "openclimatedata/countrygroups (GitHub), checked against the world-countries npm package;"
          + " notes from UN DGACM and the UN Library",
      "CC0"),
  M49_REGIONS(
      "m49-regions",
      "un_m49_regions.csv",
      "UN M49 regions and sub-regions, LDC/LLDC/SIDS flags",
      "UN Statistics Division M49 table, September 2024 copy",
      "UN terms of use"),
  ILO_REGIONS(
      "ilo-regions",
      "ilo_regions.csv",
      "ILO regions and sub-regions (Holy See missing)",
      "ILOSTAT country list",
      "none stated"),
  SCALE_OF_ASSESSMENTS(
      "scale-of-assessments",
      ScaleOfAssessments.FILE,
      "UN regular-budget scale of assessments, rates in per cent by period",
      "UN Committee on Contributions workbook 'Scale of Assessments for RB 1946-2027';"
          + " 2025-2027 checked against A/RES/79/249",
      "UN terms of use"),
  POPULATION(
      "population",
      PopulationSeries.FILE,
      "Total population, mid-year estimates (Holy See missing)",
      "World Bank indicator SP.POP.TOTL via datasets/population (GitHub)",
      "CC BY 4.0"),
  OBSERVER_NOTIONAL_RATES(
      "observer-notional-rates",
      NotionalRates.FILE,
      "Notional assessment rates of the Holy See and the State of Palestine",
      "A/RES/79/249 para. 18 (earlier periods not obtained)",
      "UN terms of use"),
  NATIONALITY_ALIASES(
      "nationality-aliases",
      "nationality_aliases.csv",
      "Alternative spellings of State names found in HR exports (Turkey, Ivory Coast, ...)",
      "compiled for divcalc",
      "part of divcalc"),
  OTHER_AREAS(
      "other-areas",
      "other_areas.csv",
      "Countries and areas that are neither UN Member States nor observer States, met as"
          + " nationalities (Cook Islands, Kosovo, ...): counted apart, assigned to no State",
      "ISO 3166-1 and UN M49 codes and names; compiled for divcalc",
      "part of divcalc");

  private final String key;
  private final String file;
  private final String content;
  private final String source;
  private final String licence;

  EmbeddedDataset(String key, String file, String content, String source, String licence) {
    this.key = key;
    this.file = file;
    this.content = content;
    this.source = source;
    this.licence = licence;
  }

  /** Short name used in reports ("scale-of-assessments"). */
  public String key() {
    return key;
  }

  /** File name inside the jar. */
  public String file() {
    return file;
  }

  /** What the data is. */
  public String content() {
    return content;
  }

  /** Where it comes from. */
  public String source() {
    return source;
  }

  /** Licence or terms of use. */
  public String licence() {
    return licence;
  }

  /** Reads the embedded file. */
  public ReferenceTable table() {
    return ReferenceTable.embedded(file);
  }

  /** What the data covers, computed from the table ("periods 2004-2006 ... 2025-2027"). */
  public String coverage(ReferenceTable t) {
    return switch (this) {
      case MEMBER_STATES ->
          count(t, "status", "member")
              + " Member States, "
              + (t.rows().size() - count(t, "status", "member"))
              + " observer States; admitted "
              + admissions(t);
      case REGIONAL_GROUPS ->
          distinct(t, "iso3").size()
              + " States in "
              + distinct(t, "regional_group_electoral").size()
              + " groups";
      case M49_REGIONS ->
          distinct(t, "iso3").size()
              + " States in "
              + distinct(t, "region_name").size()
              + " regions";
      case ILO_REGIONS ->
          (t.rows().size() - count(t, "ilo_region", "missing"))
              + " States in "
              + (distinct(t, "ilo_region").size() - (count(t, "ilo_region", "missing") > 0 ? 1 : 0))
              + " regions, "
              + count(t, "ilo_region", "missing")
              + " missing";
      case SCALE_OF_ASSESSMENTS ->
          distinct(t, "period_start").size()
              + " periods, "
              + first(t, "period_start")
              + "-"
              + first(t, "period_end")
              + " ... "
              + last(t, "period_start")
              + "-"
              + last(t, "period_end")
              + "; "
              + distinct(t, "iso3").size()
              + " States";
      case POPULATION ->
          "years "
              + range(t, "year").replace("..", "-")
              + ", "
              + distinct(t, "iso3").size()
              + " States";
      case OBSERVER_NOTIONAL_RATES ->
          String.join(", ", distinct(t, "iso3"))
              + "; rates known for "
              + String.join(
                  ", ",
                  t.rows().stream()
                      .filter(r -> !"missing".equals(r.get("notional_rate_pct")))
                      .map(r -> r.get("period"))
                      .collect(Collectors.toCollection(TreeSet::new)));
      case NATIONALITY_ALIASES ->
          t.rows().size() + " spellings of " + distinct(t, "iso3").size() + " States";
      case OTHER_AREAS -> t.rows().size() + " countries and areas";
    };
  }

  private static long count(ReferenceTable t, String column, String value) {
    return t.rows().stream().filter(r -> value.equals(r.get(column))).count();
  }

  private static String admissions(ReferenceTable t) {
    List<String> dates =
        t.rows().stream()
            .filter(r -> "member".equals(r.get("status")))
            .map(r -> r.get("date_of_admission"))
            .sorted()
            .toList();
    return dates.isEmpty() ? "none" : dates.get(0) + ".." + dates.get(dates.size() - 1);
  }

  private static Set<String> distinct(ReferenceTable t, String column) {
    Set<String> values = new TreeSet<>();
    for (Map<String, String> r : t.rows()) {
      values.add(r.get(column));
    }
    return values;
  }

  private static String range(ReferenceTable t, String column) {
    List<String> values = List.copyOf(distinct(t, column));
    return values.isEmpty() ? "none" : values.get(0) + ".." + values.get(values.size() - 1);
  }

  private static String first(ReferenceTable t, String column) {
    return List.copyOf(distinct(t, column)).get(0);
  }

  private static String last(ReferenceTable t, String column) {
    List<String> values = List.copyOf(distinct(t, column));
    return values.get(values.size() - 1);
  }
}
