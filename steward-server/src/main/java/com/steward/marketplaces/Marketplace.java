package com.steward.marketplaces;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A marketplace run on this deployment, e.g. a C2C and a B2B site of one operator. */
public record Marketplace(UUID id, String code, String name, String model, @Nullable String webhookUrl) {}
