package org.divcalc.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The DuckDB side of the comparison: the same three aggregations divcalc's report needs, over
 * the same CSV file, through one JDBC connection to an in-memory database. Every result set is
 * read to the end, so that DuckDB does all the work it would do for an analyst.
 */
final class DuckDbWorkload {

  enum Mode {
    /** One CREATE TABLE ... AS SELECT * FROM read_csv_auto(file), then the three queries. */
    TABLE,
    /** Each of the three queries reads the file itself with read_csv_auto, as ad-hoc SQL would. */
    SCAN;

    String describe() {
      return this == TABLE
          ? "one CREATE TABLE from read_csv_auto, then 3 queries"
          : "read_csv_auto inside each of the 3 queries";
    }
  }

  /** Staff subject to geographical distribution, as in divcalc's domain rules. */
  static final String GEO_FILTER =
      "grade IN ('USG','ASG','D-2','D-1','P-5','P-4','P-3','P-2','P-1')"
          + " AND funding = 'RB' AND appointment <> 'temporary'"
          + " AND (post_type IS NULL OR post_type <> 'language')";

  record Result(long rows, long subjectToGeo, int genderRows, int geoRows, int regionalRows) {}

  private DuckDbWorkload() {}

  static Result run(Path roster, Path regionalGroups, Mode mode) throws SQLException {
    String file = "read_csv_auto(" + literal(roster) + ", header = true)";
    String groups = "read_csv(" + literal(regionalGroups) + ", header = true, all_varchar = true)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      String src;
      if (mode == Mode.TABLE) {
        s.execute("CREATE TABLE roster AS SELECT * FROM " + file);
        src = "roster";
      } else {
        src = file;
      }
      // (a) gender by grade
      int[] gender =
          drain(s, "SELECT grade, sex, count(*) AS n FROM " + src + " GROUP BY grade, sex");
      // (b) geographical status: staff subject to geographical distribution by nationality
      int[] geo =
          drain(
              s,
              "SELECT nationality, count(*) AS n FROM "
                  + src
                  + " WHERE "
                  + GEO_FILTER
                  + " GROUP BY nationality");
      // (c) regional breakdown: nationality x sex, with the UN regional group joined on
      int[] regional =
          drain(
              s,
              "SELECT g.regional_group_electoral AS region, r.nationality, r.sex, count(*) AS n"
                  + " FROM "
                  + src
                  + " r LEFT JOIN "
                  + groups
                  + " g ON r.nationality = g.iso3"
                  + " GROUP BY region, r.nationality, r.sex");
      return new Result(gender[1], geo[1], gender[0], geo[0], regional[0]);
    }
  }

  /** Reads every row; returns {result rows, sum of the last (count) column}. */
  private static int[] drain(Statement s, String sql) throws SQLException {
    int rows = 0;
    long sum = 0;
    try (ResultSet rs = s.executeQuery(sql)) {
      int last = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        rows++;
        sum += rs.getLong(last);
      }
    }
    return new int[] {rows, Math.toIntExact(sum)};
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
