package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's rows read as the LinkedHashMaps they replace: values, order, equality. */
class ReferenceTableRowTest {
  @TempDir Path dir;

  /**
   * Found in review: a ranges or grouping file saved with ';' (a spreadsheet's list separator in
   * many locales) was read as one column. A user's file now reads with whichever of , ; tab | its
   * header line holds most often, quotes respected; its digest is that of its bytes.
   */
  @Test
  void aUsersFileIsReadWithTheDelimiterItsHeaderUses() throws Exception {
    String[][] files = {
      {"iso3,name,year\nFRA,France,2020\n", ","},
      {"iso3;name;year\nFRA;France;2020\n", ";"},
      {"iso3\tname\tyear\nFRA\tFrance\t2020\n", "tab"},
      {"iso3|name|year\nFRA|France|2020\n", "|"},
      {"\"iso3;x\",name,year\nFRA,France,2020\n", "quoted ;"},
      // found in a second review: a comma file whose header holds more '|' than ','
      {"iso3,name,year (A|B|C|D)\nFRA,France,2020\nKEN,Kenya,2021\n", "| in the header"}
    };
    for (String[] f : files) {
      Path file = dir.resolve("d.csv");
      Files.writeString(file, f[0]);
      ReferenceTable t = ReferenceTable.file(file);
      assertThat(t.header()).as(f[1]).hasSize(3);
      assertThat(t.rows().get(0).get("name")).as(f[1]).isEqualTo("France");
      assertThat(t.sha256())
          .as(f[1])
          .isEqualTo(
              java.util.HexFormat.of()
                  .formatHex(
                      java.security.MessageDigest.getInstance("SHA-256")
                          .digest(Files.readAllBytes(file))));
    }
    Path commented = dir.resolve("g.csv");
    Files.writeString(commented, "# regions, by me; draft\nstate;region\nKEN;Africa\n");
    ReferenceTable g = ReferenceTable.fileWithComments(commented);
    assertThat(g.header()).containsExactly("state", "region");
  }

  @Test
  void aRowIsTheMapOfItsColumnsInHeaderOrder() throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "iso3,name,year\nFRA,France,2020\nKEN,Kenya,2021\n");
    ReferenceTable t = ReferenceTable.file(file);
    assertThat(t.rows()).hasSize(2);
    Map<String, String> row = t.rows().get(1);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("iso3", "KEN");
    expected.put("name", "Kenya");
    expected.put("year", "2021");
    assertThat(row).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(expected).isEqualTo(row);
    assertThat(new ArrayList<>(row.keySet())).containsExactly("iso3", "name", "year");
    assertThat(new ArrayList<>(row.values())).containsExactly("KEN", "Kenya", "2021");
    assertThat(row.get("missing")).isNull();
    assertThat(row.containsKey("name")).isTrue();
    assertThat(row.containsKey("missing")).isFalse();
    assertThat(row).hasSize(3).hasToString("{iso3=KEN, name=Kenya, year=2021}");
  }

  @Test
  void aRepeatedColumnNameReadsItsLastFieldAtItsFirstPlace() throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "a,b,a\n1,2,3\n");
    Map<String, String> row = ReferenceTable.file(file).rows().get(0);
    Map<String, String> filled = new LinkedHashMap<>();
    List<String> header = List.of("a", "b", "a");
    List<String> fields = List.of("1", "2", "3");
    for (int i = 0; i < header.size(); i++) {
      filled.put(header.get(i), fields.get(i));
    }
    assertThat(row).isEqualTo(filled);
    assertThat(new ArrayList<>(row.entrySet())).isEqualTo(new ArrayList<>(filled.entrySet()));
  }

  @Test
  void embeddedRowsEqualTheirCommonsCsvReading() {
    ReferenceTable quick = ReferenceTable.embedded("un_member_states.csv");
    ReferenceTable commons = ReferenceTable.embeddedByCommonsCsv("un_member_states.csv");
    assertThat(quick.rows()).isEqualTo(commons.rows()).hasSizeGreaterThan(190);
  }
}
