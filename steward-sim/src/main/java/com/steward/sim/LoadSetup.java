package com.steward.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What a load run needs in place before its clock starts, made through the public API one call at
 * a time as {@link Simulation} makes it: a marketplace of its own, an owner per brand (a rights
 * holder with a trademark verified by an analyst and a brand profile approved by an admin, naming
 * the brand's authorised resellers), and the sellers, each registered with an identity.
 *
 * <p>Brand names are global in Steward. A name that a server already knows (from an earlier run
 * against the same {@code --target}) is replaced by the next unused one from the data, so a load
 * run does not need a fresh server.
 */
final class LoadSetup {

  /** A brand's owner: its API key and the verified right its notices rest on. */
  record Holder(String id, String key, String rightId) {}

  /** The marketplace, its key, the brands as created (index = position), their owners and the sellers that may list. */
  record Fixture(String market, String marketplaceKey, List<World.Brand> brands, List<Holder> holders,
      List<World.Seller> sellers) {}

  private final Api api;
  private final String admin;
  private final RealData data;
  private final RandomGenerator rnd;
  private String analystKey = "";

  LoadSetup(Api api, String adminKey, RealData data, RandomGenerator rnd) {
    this.api = api;
    this.admin = adminKey;
    this.data = data;
    this.rnd = rnd;
  }

  Fixture create(World world, String market) {
    api.must(api.put(admin, "/api/v1/marketplaces/" + market, Map.of("name", "Load market " + market, "model", "C2C")),
        "marketplace");
    String mpKey = key("MARKETPLACE", market);
    analystKey = key("ANALYST", "load-analyst");
    Set<String> taken = new HashSet<>();
    world.brands().forEach(b -> taken.add(b.name()));
    List<World.Brand> brands = new ArrayList<>();
    List<Holder> holders = new ArrayList<>();
    for (World.Brand b : world.brands()) {
      List<String> authorised = world.sellers().stream()
          .filter(s -> s.kind() == World.Kind.AUTHORISED && s.brand() == b.index()).map(s -> market + ":" + s.id()).toList();
      String name = b.name();
      String holderId = api.must(api.post(null, "/api/v1/rights-holders", Map.of("name", name + " IP " + market,
          "kind", "OWNER", "country", "FR", "contactName", "IP Counsel", "contactEmail", "ip@" + slug(name) + ".example")),
          "rights holder").str("id");
      String key = key("RIGHTS_HOLDER", holderId);
      Api.Response brand;
      for (int attempt = 0; ; attempt++) {
        brand = api.post(key, "/api/v1/brands", profile(name, b, authorised));
        if (brand.status() != 409 || attempt >= 20) {
          break;
        }
        // a server with a real dictionary (the demo's) has most of the data's names already
        name = attempt < 5 ? unusedName(taken) : b.name() + " " + letters(5);
      }
      String brandId = api.must(brand, "brand " + name).str("brandId");
      api.must(api.post(admin, "/api/v1/brands/" + brandId + "/revisions/1/decision",
          Map.of("decision", "APPROVE", "reason", "brand for a load run")), "approve " + name);
      brands.add(new World.Brand(b.index(), name, b.category(), b.price(), false, false));
      holders.add(new Holder(holderId, key, verifiedRight(holderId, key, name)));
    }
    List<World.Seller> sellers = new ArrayList<>();
    for (World.Seller s : world.sellers()) {
      var r = api.must(api.put(mpKey, StewardCalls.sellerPath(market, s), StewardCalls.sellerBody(s)), "seller " + s.id());
      if (StewardCalls.accepted(r.json())) {
        sellers.add(s);
      }
    }
    return new Fixture(market, mpKey, List.copyOf(brands), List.copyOf(holders), List.copyOf(sellers));
  }

  private Map<String, Object> profile(String name, World.Brand b, List<String> authorised) {
    var profile = new LinkedHashMap<String, Object>();
    profile.put("name", name);
    profile.put("authorizedSellers", authorised);
    profile.put("priceFloors", Map.of(b.category(), Math.round(b.price() * 50) / 100.0));
    return profile;
  }

  private String verifiedRight(String holderId, String key, String mark) {
    return StewardCalls.verifiedRight(api, analystKey, holderId, key, mark, "LOAD" + Math.abs((mark + holderId).hashCode()));
  }

  private String unusedName(Set<String> taken) {
    List<String> names = data.brandNames();
    for (int tries = 0; tries < 10_000; tries++) {
      String n = names.get(rnd.nextInt(names.size()));
      if (taken.add(n)) {
        return n;
      }
    }
    throw new IllegalStateException("no unused brand name left in the data");
  }

  private String letters(int n) {
    var out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + rnd.nextInt(26)));
    }
    return out.toString();
  }

  private String key(String type, String subject) {
    return StewardCalls.key(api, admin, type, subject);
  }

  private static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
