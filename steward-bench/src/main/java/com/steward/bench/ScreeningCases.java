package com.steward.bench;

import com.steward.core.screening.BrandDictionary;
import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.TextNormalizer;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.Decision.Action;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Builds the labelled set of the screening evaluation from real titles, deterministically for a
 * seed. The knowledge base is the Name Suggestion Index (one profile per Wikidata id, with every
 * spelling and localised name as an alias, one authorised seller each); the titles are Walmart-
 * Amazon product titles with their brand column and price, and Taobao titles with gold brand
 * spans. A title "names a brand" when its gold brand (brand column or tagged span) is a term of
 * the knowledge base and stands in the title as written. Each case type changes one thing
 * (seller, price, spelling, wording, an appended term) and says what the standard rule set
 * should decide.
 */
final class ScreeningCases {

  static final String MARKETPLACE = "mk";
  static final String CATEGORY = "general";

  /** How the target brand should appear to the engine. */
  enum Mention {
    /** named directly: the brand's rules apply */
    NAMED,
    /** named only to say what the product fits */
    NOMINATIVE,
    /** must not be found: the brand's letters sit inside a longer word */
    NOT_NAMED,
    /** no target brand */
    NONE
  }

  /** One NSI brand: its name, every other spelling, and its Wikidata id (null if it has none). */
  record Brand(String name, List<String> aliases, @Nullable String wikidata) {

    Brand(String name, List<String> aliases) {
      this(name, aliases, null);
    }
  }

  /** A product record: the title, its brand column and its price, each as the data has it. */
  record Product(String title, @Nullable String brand, @Nullable Double price) {}

  /**
   * The data: NSI's brands (every category, for the titles' brands), its rows as the server's
   * import reads them, the English products and the Chinese titles.
   */
  record Sources(List<Brand> brands, List<Product> products, List<BrandSpotting.Title> chinese,
      List<BrandDictionary.Row> dictionary) {

    Sources(List<Brand> brands, List<Product> products, List<BrandSpotting.Title> chinese) {
      this(brands, products, chinese, List.of());
    }
  }

  /**
   * One labelled listing: its case type, the variant inside the type (a disguise, a term, a
   * count of brands), what the standard rule set should do, the brands it is about and how the
   * first one should be seen, the title it was made from and the first brand as that title
   * writes it (empty when there is no brand, or the brand is not in the source title).
   */
  record Case(String type, String variant, String lang, ListingFacts listing, Action expected, List<String> brands,
      Mention mention, String source, String written) {

    boolean restrictedExpected() {
      return expected != Action.ALLOW;
    }
  }

  record Labelled(List<BrandProfile> knowledgeBase, List<Case> cases, LiteralBrands literal,
      Map<String, Double> floors) {}

  /** A real title that names a known brand: where, as which brand, as written. */
  record Branded(String lang, String title, int start, int end, String brand, String written,
      @Nullable Double price) {}

  static final List<String> TYPES = List.of("authorised", "unauthorised mention", "obfuscated", "nominative",
      "stuffing", "suspicious terms", "price", "no known brand", "brand inside a longer word");

  private static final List<String> SUSPICIOUS_EN = List.of("replica", "1:1", "AAA", "mirror quality", "fake",
      "knockoff", "top replica", "unbranded copy");
  private static final List<String> SUSPICIOUS_ZH = List.of("高仿", "原单", "A货", "精仿", "复刻", "超A", "仿品", "尾单", "1:1");
  private static final List<String> ACCESSORIES_EN = List.of("case", "protective cover", "replacement battery",
      "charger", "screen protector", "usb cable", "remote control", "carrying bag", "power adapter", "wall mount");
  private static final List<String> CUES_EN = List.of("for", "compatible with", "fits", "replacement for",
      "works with", "designed for", "suitable for");
  private static final List<String> ACCESSORIES_ZH = List.of("手机壳", "保护套", "充电器", "数据线", "表带", "鞋垫", "钢化膜",
      "收纳包");
  private static final List<String> CUES_ZH = List.of("适用于", "适配", "兼容", "用于");
  static final List<String> DISGUISES = List.of("leetspeak", "dots between letters", "spaces between letters",
      "full-width", "Cyrillic look-alikes", "repeated letter");

  private static final int PER_BRAND = 15;
  private static final int NEGATIVES_PER_LANG = 1000;

  private ScreeningCases() {}

  // ---------------------------------------------------------------------------------- loading

  static Sources load(Path root) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    List<BrandDictionary.Row> rows = new ArrayList<>();
    for (CSVRecord r : BenchData.csv(root.resolve("brands_nsi/nsi_brands.csv"))) {
      rows.add(BrandDictionary.Row.from(r::get));
      String qid = r.get("brand_wikidata").strip();
      String brand = r.get("brand").strip();
      if (brand.isEmpty()) {
        continue;
      }
      String key = qid.isEmpty() ? "name:" + brand.toLowerCase(Locale.ROOT) : qid;
      names.putIfAbsent(key, brand);
      Set<String> f = forms.computeIfAbsent(key, k -> new LinkedHashSet<>());
      f.add(brand);
      f.add(r.get("display_name").strip());
      for (String v : r.get("match_names").split("\\|")) {
        f.add(v.strip());
      }
      for (String v : r.get("localized_names").split("\\|")) {
        f.add((v.contains("=") ? v.substring(v.indexOf('=') + 1) : v).strip());
      }
    }
    List<Brand> brands = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    names.forEach((key, name) -> {
      String unique = used.add(name) ? name : name + " [" + key + "]";
      used.add(unique);
      List<String> aliases = forms.get(key).stream().filter(a -> a.length() >= 2 && !a.equals(name)).toList();
      brands.add(new Brand(unique, aliases, key.startsWith("name:") ? null : key));
    });
    List<Product> products = new ArrayList<>();
    for (String f : List.of("products/walmart_amazon/tableA.csv", "products/walmart_amazon/tableB.csv")) {
      for (CSVRecord r : BenchData.csv(root.resolve(f))) {
        products.add(new Product(r.get("title").strip(), blankToNull(r.get("brand")), price(r.get("price"))));
      }
    }
    List<BrandSpotting.Title> chinese = new ArrayList<>();
    chinese.addAll(BrandSpotting.read(root.resolve("zh_taobao_titles/train.txt")));
    chinese.addAll(BrandSpotting.read(root.resolve("zh_taobao_titles/dev.txt")));
    return new Sources(brands, products, chinese, rows);
  }

  private static @Nullable String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static @Nullable Double price(String s) {
    try {
      double p = Double.parseDouble(s.strip());
      return p > 0 ? p : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------------------- generating

  /** Which brands the knowledge base holds. */
  enum Scope {
    /** the brands the labelled titles name, as rights holders would register them */
    REGISTERED,
    /** every NSI brand, as a plain import of the list would give */
    ALL_NSI,
    /**
     * the brands the labelled titles name, registered by their owners, and beside them NSI's shop
     * brands as the server's import leaves them (filtered, without an owner): a marketplace that
     * imported the dictionary, as the demo does, and whose rights holders registered their brands.
     * The labelled listings are those of {@link #REGISTERED}.
     */
    IMPORTED,
    /**
     * the brands of {@link #REGISTERED}, with the names that product titles use as ordinary words
     * marked so ({@code BrandProfile#ordinaryWord}, {@link #ordinaryWords}); the same listings.
     */
    REGISTERED_WORDS
  }

  /** How many titles of other brands must use a name as a word, after their first, to mark it. */
  static final int ORDINARY_WORD_TITLES = 5;

  /**
   * Candidates for an analyst to mark as ordinary words, by a rule that does not look at screening's
   * outcomes: a one-word Latin name that stands, as a whole word but not the first, in at least
   * {@link #ORDINARY_WORD_TITLES} English product titles whose brand column is another brand
   * ("optical zoom", "galaxy s7 plus"), and that the independent simple-icons list of well-known
   * brands does not hold (which keeps Samsung and Sony, named in their accessories' titles, out).
   * The rule still lets in brands an analyst would not mark (a name other brands' titles name
   * nominatively); the quality report shows what marking each one changes.
   */
  static Set<String> ordinaryWords(Sources sources, List<BrandProfile> registered) {
    TextNormalizer n = TextNormalizer.standard();
    Set<String> iconic = new HashSet<>();
    for (CSVRecord r : BenchData.csv(BenchData.root().resolve("brands_simple_icons/brands.csv"))) {
      iconic.add(n.normalize(r.get("title")).text().strip());
    }
    Map<String, String> byForm = new HashMap<>();
    for (BrandProfile b : registered) {
      String form = n.normalize(b.name()).text().strip();
      if (form.length() >= 3 && form.chars().allMatch(c -> c >= 'a' && c <= 'z') && !iconic.contains(form)) {
        byForm.put(form, b.name());
      }
    }
    Map<String, Integer> titles = new HashMap<>();
    for (Product p : sources.products()) {
      String column = p.brand() == null ? "" : n.normalize(p.brand()).text().strip();
      String[] words = n.normalize(p.title()).text().split("[^\\p{L}\\p{N}]+");
      Set<String> seen = new HashSet<>();
      for (int i = 1; i < words.length; i++) {
        if (byForm.containsKey(words[i]) && !words[i].equals(column) && !words[0].equals(words[i])
            && seen.add(words[i])) {
          titles.merge(words[i], 1, Integer::sum);
        }
      }
    }
    Set<String> out = new TreeSet<>();
    titles.forEach((form, count) -> {
      if (count >= ORDINARY_WORD_TITLES) {
        out.add(byForm.get(form));
      }
    });
    return out;
  }

  /** The categories of NSI the demo imports. */
  static final List<String> IMPORTED_CATEGORIES = List.of("shop/");

  static Labelled generate(Sources sources, long seed, Scope scope) {
    Map<String, List<String>> formsByBrand = new LinkedHashMap<>();
    for (Brand b : sources.brands()) {
      List<String> f = new ArrayList<>();
      f.add(b.name());
      f.addAll(b.aliases());
      formsByBrand.put(b.name(), f);
    }
    LiteralBrands nsi = new LiteralBrands(formsByBrand);

    // real titles that name a known brand, and real titles whose brand is not known
    List<Branded> branded = new ArrayList<>();
    List<Product> unknownEn = new ArrayList<>();
    for (Product p : sources.products()) {
      if (p.brand() == null || p.title().isEmpty()) {
        continue;
      }
      Set<String> owners = nsi.owners(p.brand());
      if (owners.isEmpty()) {
        unknownEn.add(p);
        continue;
      }
      int at = wordAt(p.title(), p.brand());
      if (at >= 0 && !afterCue(p.title(), at)) {
        branded.add(new Branded("en", p.title(), at, at + p.brand().length(), owners.iterator().next(),
            p.title().substring(at, at + p.brand().length()), p.price()));
      }
    }
    List<BrandSpotting.Title> unknownZh = new ArrayList<>();
    for (BrandSpotting.Title t : sources.chinese()) {
      Branded first = null;
      for (BrandSpotting.Span s : t.brands()) {
        String written = t.text().substring(s.start(), s.end());
        Set<String> owners = nsi.owners(written);
        if (!owners.isEmpty() && first == null && !afterCue(t.text(), s.start())) {
          first = new Branded("zh", t.text(), s.start(), s.end(), owners.iterator().next(), written, null);
        }
      }
      if (first != null) {
        branded.add(first);
      } else {
        unknownZh.add(t);
      }
    }
    branded = capPerBrand(branded, new Random(seed));

    // price floors: half the lowest real price of the brand, or 20 where the data has no price
    Map<String, Double> floors = new TreeMap<>();
    for (Branded b : branded) {
      if (b.price() != null) {
        floors.merge(b.brand(), round(b.price() / 2), Math::min);
      }
    }
    for (Branded b : branded) {
      floors.putIfAbsent(b.brand(), 20.0);
    }
    List<Brand> kbBrands = sources.brands().stream()
        .filter(b -> scope == Scope.ALL_NSI || floors.containsKey(b.name())).toList();
    Map<String, List<String>> kbForms = new LinkedHashMap<>();
    kbBrands.forEach(b -> kbForms.put(b.name(), formsByBrand.get(b.name())));
    LiteralBrands literal = new LiteralBrands(kbForms);

    List<Case> cases = new ArrayList<>();
    Gen g = new Gen(new Random(seed), floors, literal);
    for (Branded b : shuffled(branded, seed + 1)) {
      cases.add(g.listing("authorised", "", b, g.authorised(b.brand()), g.normalPrice(b), Action.ALLOW, Mention.NAMED));
    }
    for (Branded b : shuffled(branded, seed + 2)) {
      cases.add(g.listing("unauthorised mention", "", b, g.stranger(), g.normalPrice(b), Action.ALLOW,
          Mention.NAMED));
    }
    g.obfuscated(shuffled(branded, seed + 3), cases);
    g.nominative(shuffled(branded, seed + 4), cases);
    g.stuffing(shuffled(branded, seed + 5), cases);
    List<Product> enNegatives = shuffled(unknownEn, seed + 6).subList(0, Math.min(NEGATIVES_PER_LANG, unknownEn.size()));
    List<BrandSpotting.Title> zhNegatives = shuffled(unknownZh, seed + 7)
        .subList(0, Math.min(NEGATIVES_PER_LANG, unknownZh.size()));
    g.suspicious(shuffled(branded, seed + 8), enNegatives.subList(0, Math.min(300, enNegatives.size())),
        zhNegatives.subList(0, Math.min(300, zhNegatives.size())), cases);
    g.price(shuffled(branded, seed + 9), cases);
    for (Product p : enNegatives) {
      cases.add(g.plain("no known brand", "en", p.title(), p.brand(), p.price(), Action.ALLOW, List.of(),
          Mention.NONE, ""));
    }
    for (BrandSpotting.Title t : zhNegatives) {
      cases.add(g.plain("no known brand", "zh", t.text(), null, null, Action.ALLOW, List.of(), Mention.NONE, ""));
    }
    g.embedded(sources, floors.keySet(), formsByBrand, cases);

    List<BrandProfile> kb = new ArrayList<>();
    for (Brand b : kbBrands) {
      Double floor = floors.get(b.name());
      kb.add(new BrandProfile(b.name(), b.aliases(), List.of(), Set.of(MARKETPLACE + ":" + officialSeller(b.name())),
          floor == null ? Map.of() : Map.of(CATEGORY, floor), null));
    }
    if (scope == Scope.IMPORTED) {
      kb.addAll(imported(sources, kbBrands));
    }
    if (scope == Scope.REGISTERED_WORDS) {
      Set<String> words = ordinaryWords(sources, kb);
      kb.replaceAll(b -> words.contains(b.name()) ? new BrandProfile(b.name(), b.aliases(), b.keywords(),
          b.authorizedSellers(), b.priceFloors(), b.thresholds(), b.claimed(), b.authorizedStores(),
          b.priceFloorCurrency(), true) : b);
    }
    return new Labelled(kb, cases, literal, floors);
  }

  /**
   * NSI's shop brands as the server's import adds them beside the registered brands: read and
   * filtered by {@link BrandDictionary}, without an owner, leaving out a brand whose Wikidata id or
   * name (as the server compares names) is already registered.
   */
  static List<BrandProfile> imported(Sources sources, List<Brand> registered) {
    TextNormalizer n = TextNormalizer.standard();
    Set<String> names = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Brand b : registered) {
      names.add(n.normalize(b.name()).text().strip());
      if (b.wikidata() != null) {
        ids.add(b.wikidata());
      }
    }
    List<BrandProfile> out = new ArrayList<>();
    for (BrandDictionary.Entry e : BenchData.brandDictionary().read(sources.dictionary(), IMPORTED_CATEGORIES)) {
      if ((e.externalId() == null || !ids.contains(e.externalId()))
          && names.add(n.normalize(e.name()).text().strip())) {
        out.add(new BrandProfile(e.name(), e.aliases(), List.of(), Set.of(), Map.of(), null, false));
      }
    }
    return out;
  }

  /** The one seller the brand authorises. */
  static String officialSeller(String brand) {
    return "official/" + brand;
  }

  private static List<Branded> capPerBrand(List<Branded> all, Random random) {
    List<Branded> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, random);
    Map<String, Integer> count = new HashMap<>();
    List<Branded> out = new ArrayList<>();
    for (Branded b : shuffled) {
      if (count.merge(b.lang() + b.brand(), 1, Integer::sum) <= PER_BRAND) {
        out.add(b);
      }
    }
    return out;
  }

  private static <T> List<T> shuffled(List<T> in, long seed) {
    List<T> out = new ArrayList<>(in);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static final List<String> CUE_WORDS = List.of("for", "with", "fits", "fit", "compatible", "适用于", "适用",
      "适配", "兼容", "用于");

  /**
   * Whether the brand at {@code at} follows a word that says what the product fits ("speaker box
   * for ford f150"): the brand column then names what the product is for, not who made it.
   */
  static boolean afterCue(String title, int at) {
    String before = title.substring(0, at).strip().toLowerCase(Locale.ROOT);
    return CUE_WORDS.stream().anyMatch(c -> before.endsWith(c)
        && (LiteralBrands.hasUnspaced(c) || before.length() == c.length()
            || !Character.isLetterOrDigit(before.charAt(before.length() - c.length() - 1))));
  }

  /** The first whole-word occurrence of {@code word} in {@code text}, ignoring case; -1 if none. */
  static int wordAt(String text, String word) {
    String t = text.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
      boolean before = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
      boolean after = i + w.length() == t.length() || !Character.isLetterOrDigit(t.charAt(i + w.length()));
      if (before && after && t.length() == text.length()) {
        return i;
      }
    }
    return -1;
  }

  // ----------------------------------------------------------------------------- disguises

  /** The disguise applied to a brand as written, or null where it does not apply. */
  static @Nullable String disguise(String kind, String s, Random random) {
    boolean latinWord = s.length() >= 3 && s.chars().allMatch(c -> c < 0x80 && Character.isLetter(c));
    if (!latinWord) {
      return null;
    }
    return switch (kind) {
      case "leetspeak" -> leet(s, random);
      case "dots between letters" -> String.join(".", s.split(""));
      case "spaces between letters" -> String.join(" ", s.split(""));
      case "full-width" -> fullWidth(s);
      case "Cyrillic look-alikes" -> cyrillic(s);
      case "repeated letter" -> {
        int at = 1 + random.nextInt(s.length() - 2);
        yield s.substring(0, at) + String.valueOf(s.charAt(at)).repeat(4) + s.substring(at + 1);
      }
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** One inner letter (never the first or the last) replaced by the digit or symbol it looks like. */
  private static @Nullable String leet(String s, Random random) {
    List<Integer> inner = new ArrayList<>();
    for (int i = 1; i < s.length() - 1; i++) {
      if ("aeiostAEIOST".indexOf(s.charAt(i)) >= 0) {
        inner.add(i);
      }
    }
    if (inner.isEmpty()) {
      return null;
    }
    int at = inner.get(random.nextInt(inner.size()));
    char c = Character.toLowerCase(s.charAt(at));
    char r = switch (c) {
      case 'a' -> random.nextBoolean() ? '4' : '@';
      case 'e' -> '3';
      case 'i' -> '1';
      case 'o' -> '0';
      case 's' -> '5';
      default -> '7';
    };
    return s.substring(0, at) + r + s.substring(at + 1);
  }

  static String fullWidth(String s) {
    var b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
    return b.toString();
  }

  private static final String LATIN = "aceopxyACEHKMOPTXB";
  private static final String CYRILLIC = "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0410\u0421\u0415\u041d\u041a"
      + "\u041c\u041e\u0420\u0422\u0425\u0412";

  static @Nullable String cyrillic(String s) {
    var b = new StringBuilder();
    boolean changed = false;
    for (char c : s.toCharArray()) {
      int i = LATIN.indexOf(c);
      b.append(i >= 0 ? CYRILLIC.charAt(i) : c);
      changed |= i >= 0;
    }
    return changed ? b.toString() : null;
  }

  // ---------------------------------------------------------------------------- case makers

  /** The random choices of one generation, in a fixed order. */
  private static final class Gen {
    final Random random;
    final Map<String, Double> floors;
    final LiteralBrands literal;
    int id;

    Gen(Random random, Map<String, Double> floors, LiteralBrands literal) {
      this.random = random;
      this.floors = floors;
      this.literal = literal;
    }

    String authorised(String brand) {
      return officialSeller(brand);
    }

    String stranger() {
      return "seller-" + (1000 + random.nextInt(9000));
    }

    double normalPrice(Branded b) {
      return b.price() != null ? b.price() : round(floors.get(b.brand()) * (1.5 + 4.5 * random.nextDouble()));
    }

    double belowFloor(String brand) {
      return Math.max(0.01, round(floors.get(brand) * (0.05 + 0.25 * random.nextDouble())));
    }

    Case listing(String type, String variant, Branded b, String seller, double price, Action expected,
        Mention mention) {
      return plain(type, b.lang(), b.title(), b.written(), price, expected, List.of(b.brand()), mention, variant, seller,
          b.title(), b.written());
    }

    Case plain(String type, String lang, String title, @Nullable String brandAttribute, @Nullable Double price,
        Action expected, List<String> brands, Mention mention, String variant) {
      return plain(type, lang, title, brandAttribute, price, expected, brands, mention, variant, stranger(), title, "");
    }

    Case plain(String type, String lang, String title, @Nullable String brandAttribute, @Nullable Double price,
        Action expected, List<String> brands, Mention mention, String variant, String seller, String source,
        String written) {
      ListingFacts facts = ListingFacts.of(MARKETPLACE, "case-" + id++, seller, title, "", brandAttribute, CATEGORY,
          price);
      return new Case(type, variant, lang, facts, expected, brands, mention, source, written);
    }

    /**
     * The brand's written form disguised everywhere it stands as a word. Half the listings are
     * priced below the brand's floor (REFER once the brand is seen through the disguise), half
     * at a normal price (ALLOW: a reseller's mention scores 0.2).
     */
    void obfuscated(List<Branded> bases, List<Case> out) {
      int k = 0;
      for (Branded b : bases) {
        String kind = DISGUISES.get(k % DISGUISES.size());
        String hidden = disguise(kind, b.written(), random);
        if (hidden == null) {
          continue;
        }
        String title = replaceWords(b.title(), b.written(), hidden);
        if (title == null || literal.brandsIn(title).contains(b.brand())
            || title.toLowerCase(Locale.ROOT).contains(b.written().toLowerCase(Locale.ROOT))) {
          continue;
        }
        boolean cheap = k++ / DISGUISES.size() % 2 == 0;
        Branded changed = new Branded(b.lang(), title, b.start(), b.start() + hidden.length(), b.brand(), b.written(),
            b.price());
        out.add(plain("obfuscated", b.lang(), title, null, cheap ? belowFloor(b.brand()) : normalPrice(changed),
            cheap ? Action.REFER : Action.ALLOW, List.of(b.brand()), Mention.NAMED, kind, stranger(), b.title(),
            b.written()));
      }
    }

    /**
     * An accessory for the brand's product: the original title from the brand on, introduced by
     * a cue ("case for", "适用于"). Half of them are priced below the brand's floor, as accessories
     * are; a brand named only to say what the product fits is not scored, so all are ALLOW.
     */
    void nominative(List<Branded> bases, List<Case> out) {
      for (Branded b : bases) {
        String rest = b.title().substring(b.start());
        if (LiteralBrands.containsForm(rest.substring(b.end() - b.start()), b.written())) {
          continue;
        }
        String title;
        String cue;
        if (b.lang().equals("en")) {
          cue = CUES_EN.get(random.nextInt(CUES_EN.size()));
          title = ACCESSORIES_EN.get(random.nextInt(ACCESSORIES_EN.size())) + " " + cue + " " + rest;
        } else {
          cue = CUES_ZH.get(random.nextInt(CUES_ZH.size()));
          title = cue + rest + ACCESSORIES_ZH.get(random.nextInt(ACCESSORIES_ZH.size()));
        }
        boolean cheap = random.nextBoolean();
        out.add(plain("nominative", b.lang(), title, null, cheap ? belowFloor(b.brand()) : normalPrice(b),
            Action.ALLOW, List.of(b.brand()), Mention.NOMINATIVE, cue, stranger(), b.title(), b.written()));
      }
    }

    /**
     * Other known brands appended, as written in other real titles of the same language: one
     * (two brands in all: ALLOW), or two to four (three to five in all: BLOCK, as
     * docs/screening.md states for stuffing). Only titles naming exactly one known brand are used,
     * priced at least twice the highest floor of the brands named, so that only stuffing counts;
     * every other listing leaves the brand attribute empty.
     */
    void stuffing(List<Branded> bases, List<Case> out) {
      Map<String, List<Branded>> formsByLang = new TreeMap<>();
      Set<String> seen = new LinkedHashSet<>();
      for (Branded b : bases) {
        if (literal.owners(b.written()).size() == 1 && seen.add(b.lang() + LiteralBrands.key(b.written()))) {
          formsByLang.computeIfAbsent(b.lang(), x -> new ArrayList<>()).add(b);
        }
      }
      int k = 0;
      for (Branded b : bases) {
        if (!literal.brandsIn(b.title()).equals(Set.of(b.brand()))) {
          continue;
        }
        int extra = k++ % 4 == 0 ? 1 : 2 + random.nextInt(3);
        List<Branded> pool = formsByLang.getOrDefault(b.lang(), List.of());
        if (pool.size() < 3) {
          continue;
        }
        List<String> brands = new ArrayList<>(List.of(b.brand()));
        var title = new StringBuilder(b.title());
        for (int tries = 0; brands.size() < 1 + extra && tries < 50; tries++) {
          Branded other = pool.get(random.nextInt(pool.size()));
          if (!brands.contains(other.brand())) {
            brands.add(other.brand());
            title.append(' ').append(other.written());
          }
        }
        if (brands.size() < 1 + extra) {
          continue;
        }
        double price = Math.max(normalPrice(b),
            2 * brands.stream().mapToDouble(floors::get).max().orElse(0));
        boolean attribute = k % 2 == 0;
        out.add(plain("stuffing", b.lang(), title.toString(), attribute ? b.written() : null, price,
            brands.size() >= 3 ? Action.BLOCK : Action.ALLOW, brands, Mention.NAMED,
            brands.size() + " brands" + (attribute ? ", brand attribute" : ", no brand attribute"), stranger(),
            b.title(), b.written()));
      }
    }

    /**
     * A counterfeit term at the start or the end of a branded title (BLOCK), and of a title with
     * no known brand (ALLOW: the rule needs a brand).
     */
    void suspicious(List<Branded> bases, List<Product> en, List<BrandSpotting.Title> zh, List<Case> out) {
      for (Branded b : bases) {
        String term = term(b.lang(), b.title());
        out.add(plain("suspicious terms", b.lang(), insert(b.title(), term), b.written(), normalPrice(b),
            Action.BLOCK, List.of(b.brand()), Mention.NAMED, term, stranger(), b.title(), b.written()));
      }
      for (Product p : en) {
        String term = term("en", p.title());
        out.add(plain("suspicious terms", "en", insert(p.title(), term), p.brand(), p.price(), Action.ALLOW, List.of(),
            Mention.NONE, term, stranger(), p.title(), ""));
      }
      for (BrandSpotting.Title t : zh) {
        String term = term("zh", t.text());
        out.add(plain("suspicious terms", "zh", insert(t.text(), term), null, null, Action.ALLOW, List.of(),
            Mention.NONE, term, stranger(), t.text(), ""));
      }
    }

    /** A term of the language that the title does not hold yet. */
    private String term(String lang, String title) {
      List<String> terms = lang.equals("en") ? SUSPICIOUS_EN : SUSPICIOUS_ZH;
      String t = terms.get(random.nextInt(terms.size()));
      for (int i = 0; title.contains(t) && i < terms.size(); i++) {
        t = terms.get((terms.indexOf(t) + 1) % terms.size());
      }
      return t;
    }

    private String insert(String title, String term) {
      return random.nextBoolean() ? term + " " + title : title + " " + term;
    }

    /**
     * The branded title priced at 5 to 30% of the brand's floor (REFER: 0.6 for a reseller, 0.5
     * for an authorised seller), and the same listing at its normal price (ALLOW).
     */
    void price(List<Branded> bases, List<Case> out) {
      int k = 0;
      for (Branded b : bases) {
        boolean official = k++ % 2 == 1;
        String seller = official ? authorised(b.brand()) : stranger();
        String who = official ? "authorised seller" : "reseller";
        out.add(listing("price", who + ", below floor", b, seller, belowFloor(b.brand()), Action.REFER,
            Mention.NAMED));
        out.add(listing("price", who + ", normal price", b, seller, normalPrice(b), Action.ALLOW, Mention.NAMED));
      }
    }

    /**
     * Real titles where a known brand's letters sit inside a longer word ("embossed" and Boss),
     * priced below that brand's floor: ALLOW, unless the engine wrongly finds the brand.
     */
    void embedded(Sources sources, Set<String> brands, Map<String, List<String>> formsByBrand, List<Case> out) {
      Map<String, String> formToBrand = new TreeMap<>();
      for (String brand : brands) {
        for (String f : formsByBrand.get(brand)) {
          String key = LiteralBrands.key(f);
          if (key.length() >= 4 && key.chars().allMatch(Character::isLetter) && !LiteralBrands.hasUnspaced(key)
              && literal.owners(key).size() == 1) {
            formToBrand.putIfAbsent(key, brand);
          }
        }
      }
      List<String> titles = new ArrayList<>();
      sources.products().forEach(p -> titles.add(p.title()));
      int taken = 0;
      for (String title : shuffled(titles, random.nextLong())) {
        for (var e : formToBrand.entrySet()) {
          if (!LiteralBrands.insideLongerWords(title, e.getKey()).isEmpty()
              && literal.brandsIn(title).stream().noneMatch(brands::contains)) {
            out.add(plain("brand inside a longer word", "en", title, null, belowFloor(e.getValue()), Action.ALLOW,
                List.of(e.getValue()), Mention.NOT_NAMED, e.getKey()));
            taken++;
            break;
          }
        }
        if (taken >= 500) {
          break;
        }
      }
    }
  }

  /** {@code text} with every whole-word occurrence of {@code word} (any case) replaced; null if none. */
  static @Nullable String replaceWords(String text, String word, String replacement) {
    var b = new StringBuilder();
    int at = 0;
    boolean any = false;
    for (int i = wordAt(text, word); i >= 0; i = wordAt(text.substring(at), word)) {
      b.append(text, at, at + i).append(replacement);
      at += i + word.length();
      any = true;
    }
    if (!any) {
      return null;
    }
    return b.append(text.substring(at)).toString();
  }

  static Screener screener(Labelled l) {
    return Screener.build(l.knowledgeBase(), Screener.DEFAULT_SUSPICIOUS_TERMS, MentionClassifier.defaults(),
        RuleSet.standard());
  }
}
