package org.divcalc.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain RFC 4180 reader for the CSV files built into divcalc, which are known to be well formed:
 * it reads them many times faster than Commons CSV before the JIT has warmed up, which matters for
 * start-up. Gives what Commons CSV's {@code RFC4180} format with trimming gives (tested on every
 * embedded file); user-supplied files are still read with Commons CSV, for its error handling.
 */
final class EmbeddedCsv {
  /** One record: its fields, trimmed, and the line it ends on. */
  record Row(List<String> fields, long line) {}

  private EmbeddedCsv() {}

  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    long line = 1;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalStateException("an embedded CSV file has an unclosed quote");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          field.append(q);
          i++;
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
        i++;
        continue;
      }
      if (c == '\r' || c == '\n') {
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        fields.add(field.toString().trim());
        field.setLength(0);
        rows.add(new Row(List.copyOf(fields), line));
        fields.clear();
        line++;
        continue;
      }
      field.append(c);
      i++;
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString().trim());
      rows.add(new Row(List.copyOf(fields), line));
    }
    return rows;
  }
}
