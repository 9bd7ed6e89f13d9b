package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where lines start, found forward only, as {@link CsvRecords#skipLines} counts them. */
class LineSeekerTest {
  @TempDir Path dir;

  private static final String TEXT = "h,é\na,\"q\r\nq\"\rb,ü\r\n\nc,ß";

  /**
   * Line starts in TEXT, in characters, counted by hand: after \n (3), \r\n (8, 9), \r (12), \r\n
   * (16, 17) and \n (18).
   */
  private static final int[] STARTS = {0, 4, 10, 13, 18, 19};

  private long seek(Charset charset, int bom, long line) throws IOException {
    byte[] mark = bom == 0 ? new byte[0] : new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] text = TEXT.getBytes(charset);
    byte[] all = new byte[mark.length + text.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(text, 0, all, mark.length, text.length);
    Path file = dir.resolve(charset.name() + bom + ".csv");
    Files.write(file, all);
    try (LineSeeker s =
        LineSeeker.of(file, new DetectedEncoding(charset, bom, "test")).orElseThrow()) {
      return s.offsetAfter(line);
    }
  }

  private static long bytes(Charset charset, int chars) {
    return TEXT.substring(0, chars).getBytes(charset).length;
  }

  @Test
  void findsEachLineStartInUtf8Windows1252AndUtf16() throws IOException {
    for (Charset c :
        new Charset[] {
          StandardCharsets.UTF_8,
          Charset.forName("windows-1252"),
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE
        }) {
      for (int line = 0; line < STARTS.length; line++) {
        assertThat(seek(c, 0, line)).as("%s line %d", c, line).isEqualTo(bytes(c, STARTS[line]));
      }
      // past the last line: the end of the file
      assertThat(seek(c, 0, 99)).as("%s end", c).isEqualTo(bytes(c, TEXT.length()));
    }
    assertThat(seek(StandardCharsets.UTF_8, 3, 2)).isEqualTo(3 + bytes(StandardCharsets.UTF_8, 10));
  }

  @Test
  void goesForwardFromWhereItStopped() throws IOException {
    Path file = dir.resolve("f.csv");
    Files.writeString(file, TEXT);
    try (LineSeeker s =
        LineSeeker.of(file, new DetectedEncoding(StandardCharsets.UTF_8, 0, "test"))
            .orElseThrow()) {
      for (int line = 0; line < STARTS.length; line++) {
        assertThat(s.offsetAfter(line)).isEqualTo(bytes(StandardCharsets.UTF_8, STARTS[line]));
      }
    }
  }

  @Test
  void anEncodingWhoseLineEndsAreNotSingleBytesHasNone() throws IOException {
    Path file = dir.resolve("e.csv");
    Files.writeString(file, TEXT);
    assertThat(LineSeeker.of(file, new DetectedEncoding(Charset.forName("UTF-32"), 0, "test")))
        .isEmpty();
    assertThat(LineSeeker.of(file, new DetectedEncoding(Charset.forName("IBM037"), 0, "test")))
        .isEmpty();
  }
}
