package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line screen on the formats of docs/screening.md. */
class ScreenCommandTests {

  @TempDir
  Path dir;

  @Test
  void screensEachLineInOrderAndReportsUnreadableLines() throws IOException {
    Path brands = dir.resolve("brands.json");
    Files.writeString(brands, """
        [{"name":"Nike","aliases":["耐克","NIKE"],"keywords":["air max"],
          "authorizedSellers":["tb:seller-1"],"priceFloors":{"shoes":40.0}}]
        """, StandardCharsets.UTF_8);
    Path in = dir.resolve("listings.jsonl");
    Files.writeString(in, String.join("\n",
        """
        {"marketplace":"tb","listingId":"1","sellerId":"seller-9","title":"N1ke Air Max 1:1 replica","description":"","brand":"","category":"shoes","price":12.5,"currency":"USD"}""",
        """
        {"marketplace":"tb","listingId":"2","sellerId":"seller-1","title":"Nike Air Max 90","category":"shoes","price":120}""",
        "{not json",
        """
        {"marketplace":"tb","listingId":"4","sellerId":"seller-9","title":"Phone case for iPhone"}""",
        """
        {"marketplace":"tb","listingId":"5","sellerId":"seller-9","title":"2024新款耐克运动鞋","category":"shoes","price":20}"""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("decisions.jsonl");
    int errors = ScreenCommand.run(brands, in, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(errors).isEqualTo(1);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("{\"listingId\":\"1\",\"action\":\"BLOCK\"")
        .contains("\"rules\":[\"unauthorised-mention\",\"price-below-floor\",\"suspicious-term\"]")
        .contains("{\"brand\":\"Nike\",\"term\":\"Nike\",\"start\":0,\"end\":4,\"use\":\"DIRECT\"}");
    assertThat(lines.get(1)).contains("\"listingId\":\"2\",\"action\":\"ALLOW\"");
    assertThat(lines.get(2)).contains("\"line\":3").contains("\"error\":\"not JSON");
    assertThat(lines.get(3)).contains("\"listingId\":\"4\",\"action\":\"ALLOW\"");
    assertThat(lines.get(4)).contains("\"listingId\":\"5\",\"action\":\"REFER\"")
        .contains("\"term\":\"耐克\",\"start\":6,\"end\":8");
  }
}
