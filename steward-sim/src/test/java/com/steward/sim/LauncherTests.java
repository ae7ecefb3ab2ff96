package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user runs it from a folder of their own. */
class LauncherTests {

  static final Path LAUNCHER = Path.of("../steward").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void screenReadsAndWritesItsFilesInTheCallersFolder() throws Exception {
    Files.writeString(dir.resolve("brands.json"), """
        [{"name":"Nike","aliases":["耐克"],"priceFloors":{"shoes":40.0}}]
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("listings.jsonl"), """
        {"marketplace":"tb","listingId":"1","sellerId":"seller-9","title":"N1ke shoes AAA replica","category":"shoes","price":12.5,"currency":"USD"}
        """, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(LAUNCHER.toString(), "screen", "--brands", "brands.json", "--in", "listings.jsonl",
        "--out", "decisions.jsonl").directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(Files.readString(dir.resolve("decisions.jsonl"), StandardCharsets.UTF_8))
        .startsWith("{\"listingId\":\"1\",\"action\":\"BLOCK\"");
  }
}
