package com.steward.platform.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Steward's configuration, bound from {@code steward.*} properties or the matching environment
 * variables ({@code STEWARD_DATA_DIR}, {@code STEWARD_DB_URL}, ...). Validated once at start-up: a
 * bad value stops the start with a message that names the property. Defaults are in
 * {@code application.yml} and documented in {@code docs/operations.md}.
 */
@Validated
@ConfigurationProperties("steward")
public record StewardProperties(
    @NotNull Path dataDir,
    @Nullable String dbUrl,
    @Nullable String dbUser,
    @Nullable String dbPassword,
    @Nullable String bootstrapAdminKey,
    boolean demo,
    @Nullable String command,
    @NotNull ZoneId zone,
    @NotNull @Valid Notices notices,
    @NotNull @Valid Webhooks webhooks,
    @NotNull Duration schedulerPollInterval,
    @Nullable URI publicUrl) {

  public StewardProperties {
    if (dbUrl != null && !dbUrl.isBlank() && !dbUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "steward.db-url (STEWARD_DB_URL) must be a jdbc:postgresql: URL, was '" + dbUrl + "'");
    }
    if (bootstrapAdminKey != null && !bootstrapAdminKey.isEmpty() && bootstrapAdminKey.length() < 24) {
      throw new IllegalArgumentException(
          "steward.bootstrap-admin-key (STEWARD_BOOTSTRAP_ADMIN_KEY) must be at least 24 characters");
    }
    if (schedulerPollInterval != null && schedulerPollInterval.compareTo(Duration.ofMillis(100)) < 0) {
      throw new IllegalArgumentException("steward.scheduler-poll-interval must be at least 100ms");
    }
  }

  public boolean embeddedDatabase() {
    return dbUrl == null || dbUrl.isBlank();
  }

  /** Notice-and-takedown settings. */
  public record Notices(
      @NotNull Duration counterNoticeWindow,
      @Min(1) @Max(60) int responseBusinessDays,
      @Min(1) @Max(100_000) int maxBulkRows,
      @NotNull List<String> territorialScope) {

    public Notices {
      if (counterNoticeWindow != null && counterNoticeWindow.compareTo(Duration.ofHours(1)) < 0) {
        throw new IllegalArgumentException(
            "steward.notices.counter-notice-window must be at least one hour, was " + counterNoticeWindow);
      }
      territorialScope = territorialScope == null ? List.of() : List.copyOf(territorialScope);
      for (String code : territorialScope) {
        if (!com.steward.core.statements.TdbCodes.TERRITORIES.contains(code)) {
          throw new IllegalArgumentException(
              "steward.notices.territorial-scope: unknown EU/EEA country code '" + code + "'");
        }
      }
    }
  }

  /** Outgoing webhook delivery. */
  public record Webhooks(
      @Min(1) @Max(50) int maxAttempts,
      @NotNull Duration initialBackoff,
      @NotNull Duration maxBackoff,
      @NotNull Duration timeout,
      @Min(1) @Max(1000) int batchSize) {}
}
