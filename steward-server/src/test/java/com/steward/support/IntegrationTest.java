package com.steward.support;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests on the real server: Tomcat on a random port, the shared embedded PostgreSQL, a
 * clock that only the test moves, and a bootstrap admin key. Tests make their own tenants with
 * {@link Fixtures}, so they never depend on each other's rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.TestClock.class)
public abstract class IntegrationTest {

  public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef";
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @LocalServerPort
  protected int port;

  @Autowired
  protected MutableClock clock;

  protected Api api;
  protected Fixtures fixtures;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("steward.db-url", TestDatabase::url);
    registry.add("steward.db-user", () -> "postgres");
    registry.add("steward.db-password", () -> "postgres");
    registry.add("steward.bootstrap-admin-key", () -> ADMIN_KEY);
    registry.add("steward.scheduler-poll-interval", () -> "1h");
    registry.add("steward.screening.sweep-on-approval", () -> "false");
    registry.add("steward.secrets.linkage-key", () -> TestSecrets.LINKAGE_KEY);
    registry.add("steward.secrets.encryption-keys", () -> TestSecrets.ENCRYPTION_KEYS);
    registry.add("steward.secrets.active-encryption-key", () -> TestSecrets.ACTIVE);
  }

  @BeforeEach
  void setUpApi() {
    clock.set(START);
    api = new Api("http://localhost:" + port);
    fixtures = new Fixtures(api);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class TestClock {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock(START);
    }
  }
}
