package com.steward.sellers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTests {

  static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path dir;

  @Test
  void writesOneClusterLinePerAccountFromAFebrlStyleFile() throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, """
        rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
        rec-1-org, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, 19151111, 5304218
        rec-2-org, courtney, painter, 12, pinkerton circuit, bega flats, richlands, 4560, vic, 19161214, 4066625
        rec-1-dup-0, micheala, neuman, 8, stanley st, miami, winston hlls, 4223, nsw, 19151111, 5304218
        """);
    Path out = dir.resolve("out.csv");
    Path explain = dir.resolve("explain.txt");
    LinkCommand.Summary s = LinkCommand.run(in, out, explain, KEY);
    assertThat(Files.readAllLines(out)).containsExactly("id,cluster", "rec-1-org,rec-1-org", "rec-2-org,rec-2-org",
        "rec-1-dup-0,rec-1-org");
    assertThat(s.clusters()).isEqualTo(2);
    assertThat(Files.readString(explain)).contains("rec-1-org - rec-1-dup-0", "soc_sec_id equal");
  }

  @Test
  void neverReadsTheTruthColumn() throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, """
        unique_id,first_name,surname,dob,city,email,cluster
        0,Julia,Taylor,2015-10-29,London,hannah88@powers.com,0
        1,Noah,Watson,2008-03-23,Bolton,matthew78@ballard-mcdonald.net,0
        """);
    assertThat(LinkCommand.read(in)).allSatisfy(r -> assertThat(r.values()).hasSize(5));
    Path out = dir.resolve("out.csv");
    LinkCommand.run(in, out, null, KEY);
    assertThat(Files.readAllLines(out)).isEqualTo(List.of("id,cluster", "0,0", "1,1"));
  }

  @Test
  void refusesAFileWithoutAnIdColumn() throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "name,surname\nx,y\n");
    assertThatThrownBy(() -> LinkCommand.read(in)).hasMessageContaining("no id column");
  }
}
