package com.steward.support;

import com.steward.StewardApplication;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A Steward server of a test's own, on the shared test database, for settings the shared test
 * server does not have (a simulated clock, sweeps on approval, a restart). A second cached test
 * context would pause the shared one, which stops its scheduler for the classes after it; a server
 * started here is closed by the test.
 *
 * <p>It starts with the test settings (a free port, the test database, the suite's admin key, the
 * test secrets, a scheduler that looks for due work once an hour); {@link #set} replaces one of
 * them or adds another.
 */
public final class OwnServer {

  private final Map<String, String> settings = new LinkedHashMap<>();
  private @Nullable Clock clock;

  private OwnServer(Path dataDir) {
    set("server.port", "0");
    set("steward.db-url", TestDatabase.url());
    set("steward.db-user", "postgres");
    set("steward.db-password", "postgres");
    set("steward.bootstrap-admin-key", IntegrationTest.ADMIN_KEY);
    set("steward.scheduler-poll-interval", "1h");
    set("steward.data-dir", dataDir.toString());
    for (String secret : TestSecrets.args()) {
      set(secret);
    }
  }

  /** A server to be started with the test settings and {@code dataDir}. */
  public static OwnServer at(Path dataDir) {
    return new OwnServer(dataDir);
  }

  /** Starts a server with the test settings, {@code dataDir} and the extra {@code --name=value} settings. */
  public static ConfigurableApplicationContext start(Path dataDir, String... settings) {
    OwnServer server = at(dataDir);
    for (String s : settings) {
      server.set(s);
    }
    return server.start();
  }

  /** Sets {@code name} to {@code value}, in place of the test setting of that name if there is one. */
  public OwnServer set(String name, String value) {
    settings.put(name, value);
    return this;
  }

  /** Takes out a test setting (to start a server without it). */
  public OwnServer without(String name) {
    settings.remove(name);
    return this;
  }

  /** The server's clock, in place of the system's (the primary {@link Clock} bean). */
  public OwnServer clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  private void set(String argument) {
    if (!argument.startsWith("--") || argument.indexOf('=') < 0) {
      throw new IllegalArgumentException("not a --name=value setting: " + argument);
    }
    int eq = argument.indexOf('=');
    set(argument.substring(2, eq), argument.substring(eq + 1));
  }

  public ConfigurableApplicationContext start() {
    var builder = new SpringApplicationBuilder(StewardApplication.class);
    Clock c = clock;
    if (c != null) {
      builder.initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("testClock", Clock.class, () -> c,
          bd -> bd.setPrimary(true)));
    }
    return builder.run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new));
  }

  /** The API of a server started here. */
  public static Api api(ConfigurableApplicationContext server) {
    return new Api(url(server));
  }

  /** The base URL of a server started here. */
  public static String url(ConfigurableApplicationContext server) {
    return "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
  }
}
