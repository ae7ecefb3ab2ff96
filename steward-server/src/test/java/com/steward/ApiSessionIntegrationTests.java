package com.steward;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the curl session of docs/api.md, block by block, against a real server. */
class ApiSessionIntegrationTests extends IntegrationTest {

  static List<String> bashBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void theDocumentedSessionWorks() throws IOException, InterruptedException {
    List<String> blocks = bashBlocks(Files.readString(Path.of("..", "docs", "api.md")));
    assertThat(blocks.getFirst()).contains("./steward demo");
    String script = "set -euo pipefail\n" + String.join("\n", blocks.subList(1, blocks.size()));
    var builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    builder.environment().put("BASE", "http://localhost:" + port);
    builder.environment().put("ADMIN", ADMIN_KEY);
    Process p = builder.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as(out).contains("\"REMOVED\"", "\"ACTIVE\"", "\"RESTORED\"", "\"valid\": true",
        "DECISION_GROUND_ILLEGAL_CONTENT", "listing.taken_down", "RESTORATION");
    assertThat(out).as(out).doesNotContain("problem", "\"status\": 4", "null");
  }
}
