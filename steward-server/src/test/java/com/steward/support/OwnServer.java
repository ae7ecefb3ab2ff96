package com.steward.support;

import com.steward.StewardApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Steward server of a test's own, on the shared test database, for settings the shared test
 * server does not have (a simulated clock, sweeps on approval). A second cached test context would
 * pause the shared one, which stops its scheduler for the classes after it; a server started here
 * is closed by the test.
 */
public final class OwnServer {

  private OwnServer() {}

  /** Starts a server with the test settings, {@code dataDir} and the extra {@code --name=value} settings. */
  public static ConfigurableApplicationContext start(Path dataDir, String... settings) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--steward.db-url=" + TestDatabase.url(),
        "--steward.db-user=postgres", "--steward.db-password=postgres",
        "--steward.bootstrap-admin-key=" + IntegrationTest.ADMIN_KEY, "--steward.scheduler-poll-interval=1h",
        "--steward.data-dir=" + dataDir));
    args.addAll(List.of(settings));
    return new SpringApplicationBuilder(StewardApplication.class).run(TestSecrets.with(args.toArray(String[]::new)));
  }

  /** The API of a server started by {@link #start}. */
  public static Api api(ConfigurableApplicationContext server) {
    return new Api("http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort());
  }
}
