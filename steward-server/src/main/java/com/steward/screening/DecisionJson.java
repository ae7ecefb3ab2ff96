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

  /**
   * A listing as the API and the command line receive it. {@code sellerRating} and {@code clusterRisk}
   * (0 to 1, optional) stand for what a stored seller's rating gives an upsert, for rule sets with
   * rules on them: a dry run and the command line read no seller.
   */
  public record ListingJson(@Nullable String marketplace, @Nullable String listingId, @Nullable String sellerId,
      @Nullable String title, @Nullable String description, @Nullable String brand, @Nullable String category,
      java.math.@Nullable BigDecimal price, @Nullable String currency, @Nullable String storeId, @Nullable Double sellerRating,
      @Nullable Double clusterRisk) {

    /**
     * The listing as screening reads it, checked as a listing's upsert checks the same fields
     * (ids, lengths, control chars, a price from 0 to 10^12 with at most 2 decimals), so that a
     * dry run or the command line says of a listing what saving it would say (but for the store and
     * the currency, which saving requires and screening does not): every wrong field in one
     * {@link com.steward.platform.errors.InvalidRequestException}.
     */
    public ListingFacts facts() {
      var c = new com.steward.platform.errors.Check();
      String mp = c.id("marketplace", marketplace);
      String id = c.id("listingId", listingId);
      String seller = c.id("sellerId", sellerId);
      String store = storeId == null || storeId.isBlank() ? null : c.id("storeId", storeId);
      String t = c.text("title", title, 1000);
      String d = c.optionalText("description", description, 50_000);
      String b = c.optionalText("brand", brand, 200);
      String cat = c.optionalText("category", category, 200);
      // checked as written, as saving checks it: 12.500 has 3 decimals
      if (price != null && (price.signum() < 0 || price.compareTo(new java.math.BigDecimal("1e12")) >= 0)) {
        c.add("price", "between 0 and 10^12");
      } else if (price != null && price.scale() > 2) {
        c.add("price", "at most 2 decimals");
      }
      if (currency != null) {
        try {
          java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
          c.add("currency", "an ISO 4217 code such as EUR");
        }
      }
      for (var share : java.util.List.of(java.util.Map.entry("sellerRating", java.util.Optional.ofNullable(sellerRating)),
          java.util.Map.entry("clusterRisk", java.util.Optional.ofNullable(clusterRisk)))) {
        share.getValue().filter(v -> !(v >= 0 && v <= 1)).ifPresent(v -> c.add(share.getKey(), "a number from 0 to 1"));
      }
      c.done();
      return new ListingFacts(mp, id, seller, t, d == null ? "" : d, b, cat, price == null ? null : price.doubleValue(),
          sellerRating, clusterRisk, null,
          store, currency);
    }
  }

  /**
   * The most matches in a description an answer lists (a description of 50,000 chars may name a
   * brand hundreds of times, and a batch answers for 10,000 listings); the rest are counted. The
   * stored decision keeps them all.
   */
  static final int DESCRIPTION_MATCHES = 20;

  public static Map<String, Object> of(Decision d) {
    var out = new LinkedHashMap<String, Object>();
    out.put("listingId", d.listingId());
    out.put("action", d.action().name());
    out.put("score", Math.round(d.score() * 1000) / 1000.0);
    out.put("rules", d.rules());
    out.put("matches", matchesIn(d, "title"));
    var inDescription = matchesIn(d, "description");
    if (!inDescription.isEmpty()) { // offsets in the description; a title's matches keep the format's key
      out.put("descriptionMatches", inDescription.subList(0, Math.min(inDescription.size(), DESCRIPTION_MATCHES)));
      if (inDescription.size() > DESCRIPTION_MATCHES) {
        out.put("descriptionMatchesOmitted", inDescription.size() - DESCRIPTION_MATCHES);
      }
    }
    out.put("brand", d.brand());
    out.put("ruleSetVersion", d.ruleSetVersion());
    out.put("effects", d.effects().stream().map(Enum::name).sorted().toList());
    return out;
  }

  private static java.util.List<Map<String, Object>> matchesIn(Decision d, String field) {
    return d.matches().stream().filter(m -> m.field().equals(field)).<Map<String, Object>>map(m -> {
      var match = new LinkedHashMap<String, Object>();
      match.put("brand", m.brand());
      match.put("term", m.term());
      match.put("start", m.start());
      match.put("end", m.end());
      if (m.use() != null) {
        match.put("use", m.use().name());
      }
      return match;
    }).toList();
  }
}
