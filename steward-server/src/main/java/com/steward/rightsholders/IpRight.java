package com.steward.rightsholders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A trademark, copyright, patent or design, verified by staff before notices may rest on it. */
public record IpRight(
    UUID id,
    UUID ownerId,
    IpRightType type,
    String name,
    @Nullable String registrationNumber,
    @Nullable String office,
    String jurisdiction,
    List<String> classes,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    String status,
    @Nullable String statusReason,
    List<Evidence> evidence) {

  public record Evidence(String title, String url) {}

  public boolean verified() {
    return "VERIFIED".equals(status);
  }
}
