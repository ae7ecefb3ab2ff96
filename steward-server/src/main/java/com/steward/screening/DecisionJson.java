package com.steward.screening;

import com.steward.core.screening.rules.Decision;
import com.steward.core.screening.rules.ListingFacts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON shape of a listing and of a screening decision, shared by the API and
 * {@code ./steward screen} so that both give the same answer for the same input.
 */
public final class DecisionJson {

  private DecisionJson() {}

  /** A listing as the API and the command line receive it. */
  public record ListingJson(@Nullable String marketplace, @Nullable String listingId, @Nullable String sellerId,
      @Nullable String title, @Nullable String description, @Nullable String brand, @Nullable String category,
      @Nullable Double price, @Nullable String currency, @Nullable String storeId) {

    public ListingFacts facts() {
      return ListingFacts.of(required("marketplace", marketplace), required("listingId", listingId),
          required("sellerId", sellerId), required("title", title), description == null ? "" : description, brand,
          category, price).inStore(storeId == null || storeId.isBlank() ? null : storeId);
    }

    private static String required(String field, @Nullable String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + ": required text");
      }
      return value;
    }
  }

  public static Map<String, Object> of(Decision d) {
    var out = new LinkedHashMap<String, Object>();
    out.put("listingId", d.listingId());
    out.put("action", d.action().name());
    out.put("score", Math.round(d.score() * 1000) / 1000.0);
    out.put("rules", d.rules());
    out.put("matches", d.matches().stream().filter(m -> m.field().equals("title")).map(m -> {
      var match = new LinkedHashMap<String, Object>();
      match.put("brand", m.brand());
      match.put("term", m.term());
      match.put("start", m.start());
      match.put("end", m.end());
      if (m.use() != null) {
        match.put("use", m.use().name());
      }
      return match;
    }).toList());
    out.put("brand", d.brand());
    out.put("ruleSetVersion", d.ruleSetVersion());
    out.put("effects", d.effects().stream().map(Enum::name).sorted().toList());
    return out;
  }
}
