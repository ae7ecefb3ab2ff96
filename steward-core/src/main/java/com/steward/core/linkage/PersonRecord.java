package com.steward.core.linkage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One account's clear attribute values, as read. It goes into a {@link RecordEncoder} and
 * nothing else: the index and the linker never see it.
 */
public record PersonRecord(String id, Map<Attribute, String> values) {

  public PersonRecord {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: required");
    }
    EnumMap<Attribute, String> copy = new EnumMap<>(Attribute.class);
    values.forEach((a, v) -> {
      if (v != null && !v.isBlank()) {
        copy.put(a, v);
      }
    });
    values = Map.copyOf(copy);
  }

  public String get(Attribute a) {
    return values.getOrDefault(a, "");
  }

  @Override
  public String toString() {
    return "PersonRecord[" + id + ", " + values.size() + " values]";
  }
}
