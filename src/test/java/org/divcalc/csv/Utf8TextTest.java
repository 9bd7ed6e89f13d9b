package org.divcalc.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void utf8TextHasNoProblem() {
    assertThat(Utf8Text.problem(new byte[0])).isNull();
    assertThat(
            Utf8Text.problem("\uFEFFstate,group\nTUR,Türkiye\n".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    // more than the decoder's buffer of characters
    assertThat(Utf8Text.problem("é".repeat(20_000).getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void theFirstBadByteIsPlacedByLineAndCharacterColumn() {
    // a, é (two bytes), b, then 0xE9 alone: column 4 in characters, not 5 in bytes
    assertThat(Utf8Text.problem(bytes("x\na\u00c3\u00a9b\u00e9\n")))
        .startsWith("line 2, column 4: byte 0xE9 is not UTF-8; expected a UTF-8 file");
    // CRLF is one line break, a lone CR another
    assertThat(Utf8Text.problem(bytes("x\r\ny\rz\r\n\u00ff")))
        .startsWith("line 4, column 1: byte 0xFF is not UTF-8");
    // a byte-order mark is not a column (found in session 10's second review)
    assertThat(Utf8Text.problem(bytes("\u00ef\u00bb\u00bfst\u00e9te,group\n")))
        .startsWith("line 1, column 3: byte 0xE9");
    // a sequence cut short by the end of the file
    assertThat(Utf8Text.problem(bytes("ab\u00e2\u0082"))).startsWith("line 1, column 3: byte");
  }

  @Test
  void theProblemIsFoundPastTheDecodersBuffer() {
    String before = "a,b\n".repeat(5_000);
    assertThat(Utf8Text.problem(bytes(before + "c,\u00e9")))
        .startsWith("line 5001, column 3: byte 0xE9 is not UTF-8");
  }
}
