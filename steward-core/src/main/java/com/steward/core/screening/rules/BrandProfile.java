package com.steward.core.screening.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What screening knows of one brand: its name and aliases in any script, protected keywords,
 * the sellers authorised to name it ({@code <marketplace>:<sellerId>}, every store of theirs) and
 * the single stores authorised to ({@code <marketplace>:<storeId>}), price floors per
 * category (keys compared without case or surrounding spaces) in {@code priceFloorCurrency} (a
 * listing priced in another currency is not compared; null: any listing is), thresholds of its own (or the rule set's defaults), and whether a rights holder
 * stands behind it ({@code claimed}). A brand nobody has claimed (a name imported from a
 * dictionary) is spotted and scored like any other, but blocks only a listing that calls itself
 * a fake ("replica", "1:1", "高仿"): without a right asserted, a mention, a low price, stuffing
 * or "like X" is no ground to restrict a listing, so its strongest outcome there is REFER.
 *
 * <p>A brand whose name is also an ordinary word of product titles ({@code ordinaryWord}: Zoom in
 * "5x optical zoom", Plus in "Galaxy S7 Plus") is named in a title by that word only where the
 * listing gives it more to go on: the brand attribute names the brand, another of its terms (an
 * alias or a keyword) stands in the title or the description, the word opens the title or is
 * written in a disguise, or the listing carries a suspicious term.
 * Otherwise the word is read as the word it is (mention {@code ORDINARY_WORD}) and the brand is
 * not scored. Its owner or an analyst sets it; nothing sets it by itself.
 */
public record BrandProfile(
    String name,
    List<String> aliases,
    List<String> keywords,
    Set<String> authorizedSellers,
    Map<String, Double> priceFloors,
    @Nullable Thresholds thresholds,
    boolean claimed,
    Set<String> authorizedStores,
    @Nullable String priceFloorCurrency,
    boolean ordinaryWord) {

  /** A brand whose name is not an ordinary word. */
  public BrandProfile(String name, List<String> aliases, List<String> keywords, Set<String> authorizedSellers,
      Map<String, Double> priceFloors, @Nullable Thresholds thresholds, boolean claimed, Set<String> authorizedStores,
      @Nullable String priceFloorCurrency) {
    this(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, claimed, authorizedStores,
        priceFloorCurrency, false);
  }

  /** A brand whose price floors hold for a listing in any currency. */
  public BrandProfile(String name, List<String> aliases, List<String> keywords, Set<String> authorizedSellers,
      Map<String, Double> priceFloors, @Nullable Thresholds thresholds, boolean claimed, Set<String> authorizedStores) {
    this(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, claimed, authorizedStores, null);
  }

  /** A brand with a rights holder behind it, and no single store authorised. */
  public BrandProfile(String name, List<String> aliases, List<String> keywords, Set<String> authorizedSellers,
      Map<String, Double> priceFloors, @Nullable Thresholds thresholds) {
    this(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, true);
  }

  /** A brand with no single store authorised. */
  public BrandProfile(String name, List<String> aliases, List<String> keywords, Set<String> authorizedSellers,
      Map<String, Double> priceFloors, @Nullable Thresholds thresholds, boolean claimed) {
    this(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, claimed, Set.of());
  }

  public BrandProfile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a brand needs a name");
    }
    aliases = List.copyOf(aliases);
    keywords = List.copyOf(keywords);
    authorizedSellers = Set.copyOf(authorizedSellers);
    var floors = new java.util.HashMap<String, Double>();
    priceFloors.forEach((category, floor) -> floors.merge(category(category), floor, Math::max));
    priceFloors = Map.copyOf(floors);
    authorizedStores = Set.copyOf(authorizedStores);
  }

  /** A category as price floors are keyed: "Shoes " and "shoes" are one category. */
  public static String category(String category) {
    return category.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** The floor for a listing of {@code category} priced in {@code currency}, if one applies. */
  public @Nullable Double floorFor(@Nullable String category, @Nullable String currency) {
    if (category == null || priceFloorCurrency != null && !priceFloorCurrency.equalsIgnoreCase(currency)) {
      return null;
    }
    return priceFloors.get(category(category));
  }
}
