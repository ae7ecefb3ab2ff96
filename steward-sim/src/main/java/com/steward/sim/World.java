package com.steward.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The truth of a run, drawn from the seed before any call to Steward: brands and their owners,
 * sellers (who they are, whom they work for, which ring they belong to) and the listings each will
 * push and when. Only the simulator sees it.
 */
record World(List<Brand> brands, List<Seller> sellers, List<Listing> listings) {

  enum Kind { HONEST, AUTHORISED, COUNTERFEITER, RING }

  enum Skill { NONE, PLAIN, OBFUSCATED, LOW_PRICE, STUFFING }

  /** A brand, the category it makes and its reference price there; its owner's program and mandate. */
  record Brand(int index, String name, String category, double price, boolean partner, boolean agentClient) {}

  /** A storefront: {@code operator} is the person behind it (rings share one), {@code ring} its ring if any. */
  record Seller(String id, Kind kind, String operator, @Nullable String ring, Skill skill, int brand,
      String displayName, Map<String, String> identity) {}

  /** A listing as it will be pushed at {@code minute}; {@code brand} is the brand it names or fakes, or -1. */
  record Listing(String id, long minute, String sellerId, String title, int brand, String category, double price,
      boolean infringing) {}

  static final String[] GIVEN = {"Alex", "Sam", "Kim", "Noa", "Lee", "Jo", "Ari", "Max", "Eli", "Remy", "Dana", "Toni"};
  static final String[] SURNAMES = {"Moreau", "Keller", "Novak", "Rossi", "Jansen", "Silva", "Dubois", "Larsen",
      "Costa", "Weber", "Horvat", "Meyer", "Laine", "Ortiz", "Brandt", "Nowak"};
  static final String[] CITIES = {"Lyon", "Berlin", "Madrid", "Milan", "Ghent", "Porto", "Graz", "Lille"};

  static World generate(SimConfig c, RealData data, RandomGenerator rnd) {
    if (data.brandNames().size() < c.brands()) {
      throw new IllegalArgumentException("brands: the data has " + data.brandNames().size() + " usable names, not " + c.brands());
    }
    Map<String, List<RealData.Product>> byCategory = new LinkedHashMap<>();
    for (RealData.Product p : data.products()) {
      byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p);
    }
    List<String> categories = byCategory.entrySet().stream().filter(e -> e.getValue().size() >= 10)
        .map(Map.Entry::getKey).toList();
    List<String> names = new ArrayList<>(data.brandNames());
    List<Brand> brands = new ArrayList<>();
    for (int i = 0; i < c.brands(); i++) {
      String name = names.remove(rnd.nextInt(names.size()));
      String category = categories.get(rnd.nextInt(categories.size()));
      double price = Math.round((30 + rnd.nextDouble() * 270) * 100) / 100.0;
      brands.add(new Brand(i, name, category, price, rnd.nextDouble() < c.partnerShare(), i < c.agentClients()));
    }

    List<Seller> sellers = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < c.honestSellers(); i++) {
      sellers.add(seller(++n, Kind.HONEST, "p" + n, null, Skill.NONE, rnd.nextInt(c.brands()), person(rnd, n), rnd));
    }
    for (int i = 0; i < c.authorisedResellers(); i++) {
      sellers.add(seller(++n, Kind.AUTHORISED, "p" + n, null, Skill.NONE, rnd.nextInt(c.brands()), person(rnd, n), rnd));
    }
    for (int i = 0; i < c.counterfeiters(); i++) {
      sellers.add(seller(++n, Kind.COUNTERFEITER, "p" + n, null, skill(c, rnd), rnd.nextInt(c.brands()), person(rnd, n), rnd));
    }
    for (int r = 0; r < c.rings(); r++) {
      String ring = "ring-" + (r + 1);
      Map<String, String> boss = person(rnd, ++n);
      String operator = "p" + n;
      Skill skill = skill(c, rnd);
      int brand = rnd.nextInt(c.brands());
      for (int k = 0; k < c.ringSize(); k++) {
        Map<String, String> front = k == 0 ? boss : variant(boss, rnd, n * 100 + k, true, true);
        sellers.add(seller(k == 0 ? n : ++n, Kind.RING, operator, ring, skill, brand, front, rnd));
      }
    }

    double[] weights = sellers.stream().mapToDouble(s -> switch (s.kind()) {
      case HONEST, AUTHORISED -> 1.0;
      case COUNTERFEITER, RING -> c.counterfeitListingWeight();
    }).toArray();
    double total = java.util.Arrays.stream(weights).sum();
    long horizon = c.days() * 1_440L;
    List<Listing> listings = new ArrayList<>();
    for (int i = 0; i < c.listings(); i++) {
      double pick = rnd.nextDouble() * total;
      int s = 0;
      while (s < sellers.size() - 1 && pick >= weights[s]) {
        pick -= weights[s];
        s++;
      }
      long minute = rnd.nextLong(horizon);
      listings.add(listing(String.format("L-%06d", i + 1), minute, sellers.get(s), brands, byCategory, categories, rnd));
    }
    listings.sort(java.util.Comparator.comparingLong(Listing::minute).thenComparing(Listing::id));
    return new World(List.copyOf(brands), List.copyOf(sellers), List.copyOf(listings));
  }

  private static Skill skill(SimConfig c, RandomGenerator rnd) {
    double[] w = {c.skillPlain(), c.skillObfuscated(), c.skillLowPrice(), c.skillStuffing()};
    double pick = rnd.nextDouble() * (w[0] + w[1] + w[2] + w[3]);
    Skill[] skills = {Skill.PLAIN, Skill.OBFUSCATED, Skill.LOW_PRICE, Skill.STUFFING};
    for (int i = 0; i < 3; i++) {
      if (pick < w[i]) {
        return skills[i];
      }
      pick -= w[i];
    }
    return Skill.STUFFING;
  }

  private static Seller seller(int n, Kind kind, String operator, @Nullable String ring, Skill skill, int brand,
      Map<String, String> identity, RandomGenerator rnd) {
    String id = String.format("s-%04d", n);
    String display = identity.get("surname") + " " + new String[] {"Store", "Shop", "Outlet", "Goods", "Deals"}[rnd.nextInt(5)];
    return new Seller(id, kind, operator, ring, skill, brand, display, identity);
  }

  /** A made-up person with every identifier the linkage uses. */
  static Map<String, String> person(RandomGenerator rnd, int n) {
    var p = new LinkedHashMap<String, String>();
    p.put("givenName", GIVEN[rnd.nextInt(GIVEN.length)]);
    p.put("surname", SURNAMES[rnd.nextInt(SURNAMES.length)] + (char) ('a' + rnd.nextInt(26)) + "er");
    p.put("dateOfBirth", String.format("19%02d-%02d-%02d", 50 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
    p.put("streetNumber", Integer.toString(1 + rnd.nextInt(200)));
    p.put("addressLine1", "rue " + SURNAMES[rnd.nextInt(SURNAMES.length)]);
    p.put("city", CITIES[rnd.nextInt(CITIES.length)]);
    p.put("postcode", Integer.toString(10_000 + rnd.nextInt(89_999)));
    p.put("email", "seller" + n + "@mail.example");
    p.put("phone", String.format("+33 6 %02d %02d %02d %02d", rnd.nextInt(100), rnd.nextInt(100), rnd.nextInt(100), rnd.nextInt(100)));
    p.put("paymentAccount", String.format("FR76 %04d %04d %04d %04d", rnd.nextInt(10_000), rnd.nextInt(10_000), rnd.nextInt(10_000), n));
    p.put("device", "dev-" + Long.toHexString(rnd.nextLong() & 0xffffffL));
    return p;
  }

  /**
   * Another storefront of the same person: a typo in the names, a new e-mail and device, and the
   * phone and payment account kept when asked.
   */
  static Map<String, String> variant(Map<String, String> of, RandomGenerator rnd, int n, boolean keepPhone,
      boolean keepPayment) {
    var p = new LinkedHashMap<>(of);
    p.put("surname", typo(of.get("surname"), rnd));
    p.put("givenName", rnd.nextBoolean() ? typo(of.get("givenName"), rnd) : of.get("givenName"));
    p.put("email", "shop" + n + "@mail.example");
    p.put("device", "dev-" + Long.toHexString(rnd.nextLong() & 0xffffffL));
    if (!keepPhone) {
      p.put("phone", String.format("+33 7 %02d %02d %02d %02d", rnd.nextInt(100), rnd.nextInt(100), rnd.nextInt(100), rnd.nextInt(100)));
    }
    if (!keepPayment) {
      p.put("paymentAccount", String.format("DE89 %04d %04d %04d %04d", rnd.nextInt(10_000), rnd.nextInt(10_000), rnd.nextInt(10_000), n));
    }
    return p;
  }

  static String typo(String s, RandomGenerator rnd) {
    if (s.length() < 3) {
      return s;
    }
    int at = 1 + rnd.nextInt(s.length() - 2);
    return switch (rnd.nextInt(3)) {
      case 0 -> s.substring(0, at) + s.substring(at + 1);
      case 1 -> s.substring(0, at) + s.charAt(at) + s.substring(at);
      default -> s.substring(0, at) + (char) ('a' + rnd.nextInt(26)) + s.substring(at + 1);
    };
  }

  static Listing listing(String id, long minute, Seller s, List<Brand> brands, Map<String, List<RealData.Product>> byCategory,
      List<String> categories, RandomGenerator rnd) {
    Brand b = brands.get(s.brand());
    List<RealData.Product> pool = byCategory.get(b.category());
    RealData.Product p = pool.get(rnd.nextInt(pool.size()));
    String base = p.title();
    double ref = b.price();
    return switch (s.kind()) {
      case HONEST -> {
        if (rnd.nextDouble() < 0.15) {
          yield new Listing(id, minute, s.id(), b.name() + " " + base, b.index(), b.category(), price(ref, 0.9, 1.3, rnd), false);
        }
        String cat = categories.get(rnd.nextInt(categories.size()));
        RealData.Product g = byCategory.get(cat).get(rnd.nextInt(byCategory.get(cat).size()));
        double gp = g.price() > 0 ? g.price() : 25 + rnd.nextInt(100);
        yield new Listing(id, minute, s.id(), g.title(), -1, cat, Math.round(gp * 100) / 100.0, false);
      }
      case AUTHORISED -> new Listing(id, minute, s.id(), b.name() + " " + base, b.index(), b.category(),
          price(ref, 0.85, 1.1, rnd), false);
      case COUNTERFEITER, RING -> switch (s.skill()) {
        case PLAIN -> new Listing(id, minute, s.id(), rnd.nextBoolean() ? b.name() + " " + base + " replica"
            : "1:1 " + b.name() + " " + base, b.index(), b.category(), price(ref, 0.3, 0.6, rnd), true);
        case OBFUSCATED -> new Listing(id, minute, s.id(), obfuscate(b.name(), rnd) + " " + base, b.index(),
            b.category(), price(ref, 0.4, 0.7, rnd), true);
        case LOW_PRICE -> new Listing(id, minute, s.id(), b.name() + " " + base, b.index(), b.category(),
            price(ref, 0.1, 0.3, rnd), true);
        case STUFFING, NONE -> {
          String others = brands.get(rnd.nextInt(brands.size())).name() + " " + brands.get(rnd.nextInt(brands.size())).name();
          yield new Listing(id, minute, s.id(), base + " " + b.name() + " " + others + " style", b.index(), b.category(),
              price(ref, 0.3, 0.8, rnd), true);
        }
      };
    };
  }

  private static double price(double ref, double lo, double hi, RandomGenerator rnd) {
    return Math.round(ref * (lo + rnd.nextDouble() * (hi - lo)) * 100) / 100.0;
  }

  /** The brand name disguised: look-alike digits, dots between the letters, or full-width letters. */
  static String obfuscate(String name, RandomGenerator rnd) {
    return switch (rnd.nextInt(3)) {
      case 0 -> name.replace('o', '0').replace('i', '1').replace('e', '3').replace('a', '4');
      case 1 -> String.join(".", name.split(""));
      default -> name.chars().mapToObj(ch -> ch >= '!' && ch <= '~' ? String.valueOf((char) (ch + 0xFEE0)) : String.valueOf((char) ch))
          .reduce("", String::concat);
    };
  }
}
