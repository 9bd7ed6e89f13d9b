package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SniffingTest {
  private static DetectedEncoding sniff(byte[] bytes) {
    return EncodingSniffer.sniff(bytes, bytes.length, true);
  }

  @Test
  void utf8BomIsRecognisedAndSkipped() {
    DetectedEncoding e = sniff(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'});
    assertThat(e.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(e.bomLength()).isEqualTo(3);
    assertThat(e.label()).isEqualTo("UTF-8 with BOM");
  }

  @Test
  void utf16BomsGiveTheirByteOrder() {
    assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).charset())
        .isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(sniff(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).charset())
        .isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void validUtf8WithoutBomIsUtf8() {
    DetectedEncoding e = sniff("nationality\nTürkiye\n".getBytes(StandardCharsets.UTF_8));
    assertThat(e.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(e.reason()).contains("valid UTF-8");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252AndTheOffendingByteIsNamed() {
    byte[] bytes = "nationality\nT\u00fcrkiye\n".getBytes(EncodingSniffer.WINDOWS_1252);
    DetectedEncoding e = sniff(bytes);
    assertThat(e.charset()).isEqualTo(EncodingSniffer.WINDOWS_1252);
    assertThat(e.reason()).contains("0xFC").contains("offset 13");
  }

  @Test
  void aSequenceCutByThePartialSampleIsNotHeldAgainstUtf8() {
    byte[] bytes = "ab\u00fc".getBytes(StandardCharsets.UTF_8);
    assertThat(org.divcalc.csv.Utf8Text.firstInvalid(bytes, bytes.length - 1, false)).isEqualTo(-1);
    assertThat(org.divcalc.csv.Utf8Text.firstInvalid(bytes, bytes.length - 1, true)).isEqualTo(2);
  }

  @Test
  void zipAndPdfAreRecognisedAsNotText() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0};
    byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
    assertThat(EncodingSniffer.binaryKind(zip, zip.length)).contains(".xlsx");
    assertThat(EncodingSniffer.binaryKind(pdf, pdf.length)).contains("PDF");
  }

  @Test
  void semicolonWinsWhenItSplitsEveryLineAlike() {
    DelimiterSniffer.Detected d =
        DelimiterSniffer.sniff("Index No;Gender;Grade\n1;F;P5\n2;M;\"P,4\"\n");
    assertThat(d.delimiter()).isEqualTo(';');
    assertThat(d.reason()).contains("2 times");
  }

  @Test
  void commasInsideQuotesDoNotCount() {
    assertThat(DelimiterSniffer.sniff("a\tb\tc\n\"x,y,z\"\t2\t3\n").delimiter()).isEqualTo('\t');
  }

  /**
   * Found in session 7's defect hunt: a file with old-Mac line ends (CR only) was one "line", so
   * the delimiter with the most characters in the whole file won: commas of a free-text column.
   */
  @Test
  void linesEndingInACarriageReturnAloneAreLines() {
    StringBuilder cr = new StringBuilder("staff_id;sex;grade;nationality;unit\r");
    for (int i = 1; i <= 10; i++) {
      cr.append(i).append(";F;P-4;KEN;Officer, Programme, Policy, Planning, Unit, HQ\r");
    }
    DelimiterSniffer.Detected d = DelimiterSniffer.sniff(cr.toString());
    assertThat(d.delimiter()).isEqualTo(';');
    assertThat(d.reason())
        .isEqualTo("';' occurs 4 times on the header line and as often on 10 of the next 10 lines");
    // mixed CRLF, LF and CR count the same lines
    assertThat(DelimiterSniffer.sniff("a;b\r\n1;2\n3;4\r5;6\r\n").reason())
        .endsWith("on 3 of the next 3 lines");
  }

  @Test
  void pipeIsDetected() {
    assertThat(DelimiterSniffer.sniff("a|b|c\n1|2|3\n").delimiter()).isEqualTo('|');
  }

  @Test
  void aSingleColumnFallsBackToCommaAndSaysSo() {
    DelimiterSniffer.Detected d = DelimiterSniffer.sniff("staff\n1\n");
    assertThat(d.delimiter()).isEqualTo(',');
    assertThat(d.reason()).contains("none of");
  }
}
