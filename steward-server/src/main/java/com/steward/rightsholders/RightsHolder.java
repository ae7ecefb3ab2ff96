package com.steward.rightsholders;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation that owns IP rights (OWNER) or files notices for principals (AGENT). */
public record RightsHolder(UUID id, String name, String kind, @Nullable String country, String contactName,
    String contactEmail, String status) {}
