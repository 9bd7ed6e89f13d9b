package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The listed digests of the embedded datasets are the digests of their bytes. */
class EmbeddedDigestsTest {

  @Test
  void everyListedDigestIsTheDigestOfTheEmbeddedBytes() throws Exception {
    Map<String, String> listed = EmbeddedDigests.all();
    assertThat(listed).isNotEmpty();
    Map<String, String> computed = new TreeMap<>();
    for (String file : listed.keySet()) {
      try (InputStream in = EmbeddedDigests.class.getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        computed.put(file, sha256(in.readAllBytes()));
      }
    }
    assertThat(new TreeMap<>(listed)).isEqualTo(computed);
  }

  @Test
  void everyEmbeddedCsvIsListed() throws IOException, URISyntaxException {
    Path folder =
        Path.of(EmbeddedDigests.class.getResource(EmbeddedDigests.FILE).toURI()).getParent();
    Set<String> csvs;
    try (Stream<Path> files = Files.list(folder)) {
      csvs =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".csv"))
              .collect(Collectors.toSet());
    }
    assertThat(csvs).isNotEmpty();
    assertThat(EmbeddedDigests.all().keySet()).containsExactlyInAnyOrderElementsOf(csvs);
  }

  @Test
  void aTableReportsTheListedDigest() {
    ReferenceTable t = ReferenceTable.embedded("un_member_states.csv");
    assertThat(t.sha256()).isEqualTo(EmbeddedDigests.of("un_member_states.csv")).hasSize(64);
  }

  @Test
  void anUnlistedFileIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDigests.of("nope.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("nope.csv");
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
