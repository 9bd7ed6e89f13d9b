package org.divcalc.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.divcalc.domain.GeographicalRules;
import org.divcalc.domain.GradeCategory;
import org.divcalc.domain.LimitComparison;
import org.divcalc.domain.RangeParameters;
import org.divcalc.domain.RangeScheme;

/**
 * Turns the parsed tree of a scheme file into a {@link RangeScheme}; keys left out take the values
 * of the built-in UN Secretariat scheme, and every value used is printed by the reports.
 */
final class SchemeReader {
  private static final List<String> TOP =
      List.of(
          "name",
          "description",
          "validFrom",
          "validTo",
          "weights",
          "flexibility",
          "minimumFlexibility",
          "upperLimitFloor",
          "minimumPosts",
          "rounding",
          "compareWith",
          "counting");
  private static final List<String> WEIGHTS = List.of("membership", "population", "contribution");
  private static final List<String> COUNTING =
      List.of("categories", "grades", "funding", "excludedAppointments", "excludedPostTypes");
  private static final List<String> ROUNDING =
      List.of("half-up", "half-even", "half-down", "up", "down", "ceiling", "floor");

  private final String origin;

  SchemeReader(String origin) {
    this.origin = origin;
  }

  RangeScheme scheme(JsonNode root) {
    object(root, "(top level)", TOP);
    RangeScheme builtIn = RangeScheme.unSecretariat1988();
    RangeParameters d = builtIn.parameters();
    JsonNode weights = required(root, "weights");
    object(weights, "weights", WEIGHTS);
    BigDecimal membership = fraction(required(weights, "weights.membership"), "weights.membership");
    BigDecimal population = fraction(required(weights, "weights.population"), "weights.population");
    BigDecimal contribution =
        fraction(required(weights, "weights.contribution"), "weights.contribution");
    BigDecimal sum = membership.add(population).add(contribution);
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw error(
          "weights",
          "membership + population + contribution = "
              + sum.toPlainString()
              + ", expected exactly 1 (fractions, e.g. 0.40, 0.05, 0.55)");
    }
    RangeParameters parameters =
        new RangeParameters(
            membership,
            population,
            contribution,
            root.has("flexibility")
                ? fraction(root.get("flexibility"), "flexibility")
                : d.flexibility(),
            posts(root, "minimumFlexibility", d.minimumFlexibility()),
            posts(root, "upperLimitFloor", d.upperLimitFloor()),
            posts(root, "minimumPosts", d.minimumPosts()),
            rounding(root),
            comparison(root));
    LocalDate validFrom = date(required(root, "validFrom"), "validFrom");
    LocalDate validTo =
        root.has("validTo") && !root.get("validTo").isNull()
            ? date(root.get("validTo"), "validTo")
            : null;
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw error("validTo", "found " + validTo + ", expected a date not before validFrom");
    }
    return new RangeScheme(
        text(required(root, "name"), "name"),
        text(required(root, "description"), "description"),
        validFrom,
        validTo,
        parameters,
        root.has("counting") ? rules(root.get("counting"), builtIn.rules()) : builtIn.rules());
  }

  /** The counting rules; a key left out takes the built-in scheme's value, as README says. */
  private GeographicalRules rules(JsonNode counting, GeographicalRules builtIn) {
    object(counting, "counting", COUNTING);
    Set<GradeCategory> categories = new TreeSet<>();
    for (String c : strings(required(counting, "counting.categories"), "counting.categories")) {
      GradeCategory category = GradeCategory.fromKey(c);
      if (category == null) {
        throw error(
            "counting.categories",
            "found '"
                + c
                + "', expected one of ungraded, director, professional, national-professional,"
                + " field-service, general-service");
      }
      categories.add(category);
    }
    return new GeographicalRules(
        categories,
        optionalStrings(counting, "grades", builtIn.grades()),
        optionalStrings(counting, "funding", builtIn.funding()),
        optionalStrings(counting, "excludedAppointments", builtIn.excludedAppointments()),
        optionalStrings(counting, "excludedPostTypes", builtIn.excludedPostTypes()));
  }

  private void object(JsonNode node, String key, List<String> known) {
    if (!node.isObject()) {
      throw error(key, "expected an object of keys " + known);
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String path = key.startsWith("(") ? name : key + "." + name;
        throw error(path, "unknown key" + hint(name, known) + "; known keys: " + known);
      }
    }
  }

  /** The value at {@code path}'s last key in {@code node}; the path is what a message names. */
  private JsonNode required(JsonNode node, String path) {
    JsonNode v = node.get(path.substring(path.lastIndexOf('.') + 1));
    if (v == null || v.isNull()) {
      throw error(path, "missing; it is required");
    }
    return v;
  }

  private BigDecimal number(JsonNode node, String key) {
    BigDecimal v = null;
    try {
      if (node.isNumber()) {
        v = node.decimalValue();
      } else if (node.isTextual()) {
        v = new BigDecimal(node.asText().trim());
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    if (v == null) {
      throw error(key, "found " + node + ", expected a number");
    }
    if (v.abs().compareTo(StateColumn.LARGEST) > 0) {
      // found in the review of session 8: minimumPosts 1e19 overflowed a count later
      throw error(
          key,
          "found "
              + node
              + ", expected a number no larger than "
              + StateColumn.LARGEST.toPlainString());
    }
    return v;
  }

  private BigDecimal fraction(JsonNode node, String key) {
    BigDecimal v = number(node, key);
    if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
      throw error(
          key,
          "found " + v.toPlainString() + ", expected a fraction from 0 to 1 (e.g. 0.15 for 15 %)");
    }
    return v;
  }

  private BigDecimal posts(JsonNode root, String key, BigDecimal fallback) {
    if (!root.has(key)) {
      return fallback;
    }
    BigDecimal v = number(root.get(key), key);
    if (v.signum() < 0) {
      throw error(key, "found " + v.toPlainString() + ", expected a number of posts, 0 or more");
    }
    return v;
  }

  private RoundingMode rounding(JsonNode root) {
    if (!root.has("rounding")) {
      return RoundingMode.HALF_UP;
    }
    String v = text(root.get("rounding"), "rounding").toLowerCase(Locale.ROOT);
    if (!ROUNDING.contains(v)) {
      throw error("rounding", "found '" + v + "', expected one of " + ROUNDING);
    }
    return RoundingMode.valueOf(v.replace('-', '_').toUpperCase(Locale.ROOT));
  }

  private LimitComparison comparison(JsonNode root) {
    if (!root.has("compareWith")) {
      return LimitComparison.ROUNDED;
    }
    String v = text(root.get("compareWith"), "compareWith");
    for (LimitComparison c : LimitComparison.values()) {
      if (c.key().equalsIgnoreCase(v)) {
        return c;
      }
    }
    throw error("compareWith", "found '" + v + "', expected 'rounded' or 'exact'");
  }

  private LocalDate date(JsonNode node, String key) {
    String v = text(node, key);
    try {
      return IsoDates.parse(v);
    } catch (DateTimeParseException e) {
      throw error(key, "found '" + v + "', expected a date YYYY-MM-DD");
    }
  }

  private String text(JsonNode node, String key) {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw error(key, "found " + node + ", expected a non-empty string");
    }
    return node.asText().trim();
  }

  private List<String> strings(JsonNode node, String key) {
    if (!node.isArray()) {
      throw error(key, "found " + node + ", expected a list of strings");
    }
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode e : node) {
      out.add(text(e, key));
    }
    return out;
  }

  /** The key's strings (an empty list is kept: "any" or "none"); left out, {@code otherwise}. */
  private Set<String> optionalStrings(JsonNode counting, String key, Set<String> otherwise) {
    return counting.has(key)
        ? new TreeSet<>(strings(counting.get(key), "counting." + key))
        : otherwise;
  }

  private static String hint(String found, List<String> known) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int dist = distance.apply(found.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (dist < bestDistance) {
        best = k;
        bestDistance = dist;
      }
    }
    return bestDistance <= Math.max(1, found.length() / 3) ? " (did you mean '" + best + "'?)" : "";
  }

  private ReferenceDataException error(String key, String message) {
    return new ReferenceDataException(origin + ": key '" + key + "': " + message);
  }
}
