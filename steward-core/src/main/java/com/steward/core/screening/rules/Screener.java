package com.steward.core.screening.rules;

import com.steward.core.screening.BrandMatcher;
import com.steward.core.screening.BrandMatcher.Found;
import com.steward.core.screening.BrandMatcher.Hit;
import com.steward.core.screening.BrandMatcher.Kind;
import com.steward.core.screening.BrandMatcher.Term;
import com.steward.core.screening.Disguise;
import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.MentionClassifier.Use;
import com.steward.core.screening.TextNormalizer;
import com.steward.core.screening.rules.Decision.Action;
import com.steward.core.screening.rules.Decision.Match;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Screens one listing: matches brand names, aliases, keywords and suspicious terms in title and
 * description, tells how each brand is used, computes the signals for every brand the listing
 * names, scores each brand with the rule set, and decides by the most severe. Immutable and
 * thread-safe; a new knowledge base or rule set is a new screener.
 */
public final class Screener {

  /**
   * Suspicious terms every marketplace starts with, by language (ISO 639-1). The server keeps its
   * own list as data, seeded with these; the command-line screen uses these.
   */
  public static final Map<String, List<String>> DEFAULT_SUSPICIOUS_TERMS_BY_LANGUAGE = defaultSuspiciousTerms();

  /** Every default suspicious term, in every language. */
  public static final List<String> DEFAULT_SUSPICIOUS_TERMS =
      DEFAULT_SUSPICIOUS_TERMS_BY_LANGUAGE.values().stream().flatMap(List::stream).toList();

  private final Map<String, BrandProfile> brands = new LinkedHashMap<>();
  private final Map<String, Set<String>> brandForms = new HashMap<>();
  /**
   * A brand's other spellings of a term that normalise as it does ({@code 香奈儿} beside {@code 香奈兒}),
   * by the term kept for the matcher: a match reports the spelling the text wrote.
   */
  private final Map<Term, List<String>> spellings = new HashMap<>();
  private final BrandMatcher matcher;
  private final MentionClassifier classifier;
  private final RuleSet rules;
  /** Whether a rule weighs {@link Signal#DISGUISED_MENTION}, which costs a plain reading of each hit to tell. */
  private final boolean weighsDisguises;
  private final boolean storesAuthorised;

  private Screener(List<BrandProfile> profiles, List<String> suspiciousTerms, MentionClassifier classifier,
      RuleSet rules) {
    TextNormalizer n = TextNormalizer.standard();
    Map<String, Term> seen = new HashMap<>();
    List<Term> terms = termsOf(profiles, n, seen);
    suspiciousTerms.forEach(t -> addTerm(terms, seen, new LinkedHashSet<>(), n, new Term("", t, Kind.SUSPICIOUS)));
    this.matcher = BrandMatcher.build(terms);
    this.classifier = classifier;
    this.rules = rules;
    this.weighsDisguises = rules.uses(Signal.DISGUISED_MENTION);
    this.storesAuthorised = profiles.stream().anyMatch(b -> !b.authorizedStores().isEmpty());
  }

  /** {@code before} with its brands and matcher changed ({@link #withChanges}). */
  private Screener(Screener before, Map<String, BrandProfile> brands, Map<String, Set<String>> brandForms,
      Map<Term, List<String>> spellings, BrandMatcher matcher) {
    this.brands.putAll(brands);
    this.brandForms.putAll(brandForms);
    this.spellings.putAll(spellings);
    this.matcher = matcher;
    this.classifier = before.classifier;
    this.rules = before.rules;
    this.weighsDisguises = before.weighsDisguises;
    this.storesAuthorised = brands.values().stream().anyMatch(b -> !b.authorizedStores().isEmpty());
  }

  /**
   * The terms of {@code profiles} (names, aliases, keywords), each brand's once per normalised
   * form; records each brand's profile and the forms of its name and aliases.
   */
  private List<Term> termsOf(List<BrandProfile> profiles, TextNormalizer n, Map<String, Term> seen) {
    List<Term> terms = new ArrayList<>();
    for (BrandProfile b : profiles) {
      if (brands.putIfAbsent(b.name(), b) != null) {
        throw new IllegalArgumentException("brand " + b.name() + " appears twice");
      }
      Set<String> forms = new LinkedHashSet<>();
      addTerm(terms, seen, forms, n, new Term(b.name(), b.name(), Kind.BRAND_NAME));
      b.aliases().forEach(a -> addTerm(terms, seen, forms, n, new Term(b.name(), a, Kind.ALIAS)));
      b.keywords().forEach(k -> addTerm(terms, seen, new LinkedHashSet<>(), n, new Term(b.name(), k, Kind.KEYWORD)));
      brandForms.put(b.name(), forms);
    }
    return terms;
  }

  /**
   * This screener with some brands changed: {@code changed} replace the brands of their names (or
   * are new), and the brands named in {@code removed} go (a renamed brand is its old name removed
   * and its new profile changed). Only the changed brands' terms are built into a matcher; the rest
   * of the dictionary is kept as it is ({@link BrandMatcher#withChanges}), so a change to a large
   * knowledge base applies in a moment. The rule set and the suspicious terms stay.
   */
  public Screener withChanges(List<BrandProfile> changed, Set<String> removed) {
    Map<String, BrandProfile> keptBrands = new LinkedHashMap<>(brands);
    Map<String, Set<String>> keptForms = new HashMap<>(brandForms);
    Set<String> owners = new LinkedHashSet<>(removed);
    changed.forEach(b -> owners.add(b.name()));
    Map<Term, List<String>> keptSpellings = new HashMap<>(spellings);
    keptSpellings.keySet().removeIf(t -> owners.contains(t.owner()));
    for (String name : owners) {
      keptBrands.remove(name);
      keptForms.remove(name);
    }
    Screener delta = new Screener(this, Map.of(), Map.of(), Map.of(), matcher);
    List<Term> terms = delta.termsOf(changed, TextNormalizer.standard(), new HashMap<>());
    keptBrands.putAll(delta.brands);
    keptForms.putAll(delta.brandForms);
    keptSpellings.putAll(delta.spellings);
    return new Screener(this, keptBrands, keptForms, keptSpellings, matcher.withChanges(owners, terms));
  }

  /**
   * Whether some brand authorises single stores, so that a listing's store can change its
   * decision; if none does, a caller need not look its store up.
   */
  public boolean authorisesStores() {
    return storesAuthorised;
  }

  /** The rule set it decides with. */
  public RuleSet rules() {
    return rules;
  }

  /** How many terms the changes since the last whole build hold: a caller rebuilds when they grow large. */
  public int changedTerms() {
    return matcher.changedTerms();
  }

  /**
   * Adds the term unless its owner already has one that normalises the same ({@code NIKE} and
   * {@code Nike}); a different spelling of that one ({@code 香奈兒} beside {@code 香奈儿}) is kept aside
   * for reporting.
   */
  private void addTerm(List<Term> terms, Map<String, Term> seen, Set<String> forms, TextNormalizer n, Term t) {
    String form = n.normalize(t.text()).text().strip();
    forms.add(form);
    if (form.isEmpty()) {
      return;
    }
    Term kept = seen.putIfAbsent(t.owner() + '\u0000' + form, t);
    if (kept == null) {
      terms.add(t);
    } else if (!kept.text().equalsIgnoreCase(t.text())) {
      List<String> other = spellings.computeIfAbsent(kept, k -> new ArrayList<>());
      if (!other.contains(t.text())) {
        other.add(t.text());
      }
    }
  }

  public static Screener build(List<BrandProfile> brands, List<String> suspiciousTerms, MentionClassifier classifier,
      RuleSet rules) {
    return new Screener(brands, suspiciousTerms, classifier, rules);
  }

  public RuleSet ruleSet() {
    return rules;
  }

  public Decision screen(ListingFacts listing) {
    Found title = matcher.findIn(listing.title());
    Found description = matcher.findIn(listing.description());
    List<Use> uses = classifier.classify(title);
    List<Match> matches = new ArrayList<>();
    Map<String, List<Use>> titleUses = new LinkedHashMap<>();
    Set<String> suspicious = new LinkedHashSet<>();
    boolean[] nested = nestedInLongerBrand(title.hits());
    Set<String> disguisedInTitle = weighsDisguises ? new java.util.HashSet<>() : Set.of();
    for (int i = 0; i < title.hits().size(); i++) {
      Hit h = title.hits().get(i);
      if (h.term().kind() == Kind.SUSPICIOUS) {
        if (batterySize(title, h)) {
          continue; // "AAA batteries": a size, not a grade of fake
        }
        suspicious.add(h.term().text());
        matches.add(match(title, h, "title", null));
      } else if (nested[i]) {
        continue; // "IDEA" inside "IDEA Organic" names IDEA Organic, not a second brand
      } else {
        titleUses.computeIfAbsent(h.term().owner(), k -> new ArrayList<>()).add(uses.get(i));
        matches.add(match(title, h, "title", uses.get(i)));
        if (weighsDisguises && uses.get(i) != Use.NOMINATIVE && writtenInDisguise(title, h)) {
          disguisedInTitle.add(h.term().owner());
        }
      }
    }
    Set<String> descriptionBrands = new LinkedHashSet<>();
    for (Hit h : description.hits()) {
      if (h.term().kind() == Kind.SUSPICIOUS && batterySize(description, h)) {
        continue;
      }
      if (h.term().kind() == Kind.SUSPICIOUS) {
        suspicious.add(h.term().text());
      } else {
        descriptionBrands.add(h.term().owner());
      }
      matches.add(match(description, h, "description", null));
    }
    Set<String> words = ordinaryWords(listing, title, description, uses, !suspicious.isEmpty());
    if (!words.isEmpty()) {
      titleUses.keySet().removeAll(words);
      descriptionBrands.removeAll(words);
      matches.replaceAll(m -> words.contains(m.brand()) && m.field().equals("title")
          ? new Match(m.brand(), m.term(), m.field(), m.start(), m.end(), Use.ORDINARY_WORD) : m);
    }
    Set<String> named = new LinkedHashSet<>();
    titleUses.forEach((brand, u) -> {
      if (u.stream().anyMatch(x -> x != Use.NOMINATIVE)) {
        named.add(brand);
      }
    });
    Map<Measure, Double> measures = measures(listing, distinctNames(title.hits(), nested, named), suspicious.size());
    Set<String> candidates = new LinkedHashSet<>(named);
    descriptionBrands.stream().filter(b -> !titleUses.containsKey(b)).forEach(candidates::add);
    // "1:1 replica shoes for Nike": a brand named only as what the product is for is scored once
    // the listing calls itself a fake, and then referred to a person, never blocked by itself
    Set<String> nominativeOnly = new LinkedHashSet<>();
    if (!suspicious.isEmpty()) {
      titleUses.keySet().stream().filter(b -> !named.contains(b)).forEach(nominativeOnly::add);
      candidates.addAll(nominativeOnly);
    }

    Decision best = new Decision(listing.listingId(), Action.ALLOW, 0, null, List.of(), matches, rules.version(),
        Set.of());
    for (String brand : candidates) {
      BrandProfile profile = brands.get(brand);
      boolean onlyNominative = nominativeOnly.contains(brand);
      Set<Signal> signals = signals(listing, profile, named.contains(brand), onlyNominative,
          titleUses.getOrDefault(brand, List.of()), !suspicious.isEmpty());
      if (named.contains(brand) && disguisedInTitle.contains(brand)) {
        signals.add(Signal.DISGUISED_MENTION);
      }
      RuleEngine.Outcome outcome = RuleEngine.evaluate(rules, new RuleEngine.Facts(signals, measures));
      Thresholds t = profile.thresholds() != null ? profile.thresholds() : rules.defaults();
      // a brand nobody claimed blocks only where the listing calls itself a fake ("replica", "高仿")
      boolean mayBlock = profile.claimed() || signals.contains(Signal.SUSPICIOUS_TERM);
      Action action = outcome.score() >= t.block() && mayBlock && !onlyNominative ? Action.BLOCK
          : outcome.score() >= t.refer() ? Action.REFER : Action.ALLOW;
      if (action.compareTo(best.action()) > 0 || action == best.action() && outcome.score() > best.score()) {
        best = new Decision(listing.listingId(), action, outcome.score(), brand, outcome.fired(), matches,
            rules.version(), action == Action.BLOCK ? outcome.effects() : Set.of());
      }
    }
    return best;
  }

  /**
   * The brands marked as ordinary words that this listing names (in its title or its description)
   * by their plain name alone, with nothing more that points to them. Pointing to a brand: the
   * brand attribute names it (one of its names, or begins with its name: "Zoom Corp"), an alias or
   * keyword of it stands in the title or the description, its name is the title's first word or is
   * written in a disguise ({@link Disguise}: spelled out, look-alike letters, leetspeak), or the
   * listing carries a suspicious term. Their name is
   * read as the word. An imitation cue does not point: "style", "type" and "like" stand before
   * ordinary words all the time ("boho style plus size dress"); a listing that says it is a copy
   * in so many words carries a suspicious term.
   */
  private Set<String> ordinaryWords(ListingFacts listing, Found title, Found description, List<Use> uses,
      boolean suspicious) {
    Set<String> words = new LinkedHashSet<>();
    if (suspicious) {
      return words;
    }
    for (Found f : List.of(title, description)) {
      for (Hit h : f.hits()) {
        if (h.term().kind() == Kind.BRAND_NAME && brands.get(h.term().owner()).ordinaryWord()) {
          words.add(h.term().owner());
        }
      }
    }
    if (words.isEmpty()) {
      return words; // nearly every listing: no brand marked as a word in its text
    }
    for (Found f : List.of(title, description)) {
      for (Hit h : f.hits()) {
        if (h.term().kind() == Kind.ALIAS || h.term().kind() == Kind.KEYWORD
            || h.term().kind() == Kind.BRAND_NAME && disguisesTheName(f, h)) {
          words.remove(h.term().owner());
        }
      }
    }
    String normalised = title.text().text();
    int first = 0;
    while (first < normalised.length() && !Character.isLetterOrDigit(normalised.charAt(first))) {
      first++;
    }
    for (int i = 0; i < title.hits().size(); i++) {
      Hit h = title.hits().get(i);
      if (h.term().kind() == Kind.BRAND_NAME && h.normalizedStart() == first) {
        words.remove(h.term().owner());
      }
    }
    if (listing.brand() != null && !listing.brand().isBlank()) {
      String attribute = TextNormalizer.standard().normalize(listing.brand()).text().strip();
      String[] attributeWords = attribute.split("[^\\p{L}\\p{N}]+");
      String firstWord = attributeWords.length == 0 ? "" : attributeWords[0];
      words.removeIf(b -> brandForms.get(b).contains(attribute)
          || firstWord.equals(TextNormalizer.standard().normalize(b).text().strip()));
    }
    return words;
  }

  /**
   * Whether the text writes a name's hit in a disguise of the name itself ({@link Disguise}), even
   * where the brand lists that disguise as an alias ({@code Z.o.o.m}): for a name marked as an
   * ordinary word, a disguise points to the brand.
   */
  private static boolean disguisesTheName(Found found, Hit h) {
    return Disguise.writtenIn(found.text().original(), h.start(), h.end(), h.term().text());
  }

  /**
   * Whether the text writes the hit's term in a disguise ({@link Disguise}), not the term nor any
   * other spelling of it that the brand lists ({@code ОККО} beside {@code OKKO}): the signal
   * {@link Signal#DISGUISED_MENTION}.
   */
  private boolean writtenInDisguise(Found found, Hit h) {
    String text = found.text().original();
    if (!Disguise.writtenIn(text, h.start(), h.end(), h.term().text())) {
      return false;
    }
    List<String> other = spellings.isEmpty() ? null : spellings.get(h.term());
    return other == null || other.stream().allMatch(t -> Disguise.writtenIn(text, h.start(), h.end(), t));
  }

  /**
   * Which brand hits lie inside a longer hit of another brand ("Fresh" in "Fresh Thyme"): the
   * text names the longer brand, so the shorter is neither a brand named nor a candidate, and a
   * title naming one brand with a nested name in it is not brand stuffing. One sweep in the order
   * of the hits' starts, so that a text of many mentions costs {@code n log n}, not {@code n²}.
   */
  private static boolean[] nestedInLongerBrand(List<Hit> hits) {
    boolean[] nested = new boolean[hits.size()];
    if (hits.size() < 2) {
      return nested; // most titles: one hit or none, nothing to be nested in
    }
    Integer[] byStart = java.util.stream.IntStream.range(0, hits.size())
        .filter(i -> hits.get(i).term().kind() != Kind.SUSPICIOUS).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(byStart, java.util.Comparator.<Integer>comparingInt(i -> hits.get(i).start())
        .thenComparingInt(i -> -hits.get(i).end()).thenComparing(i -> hits.get(i).term().owner()));
    // the hits started so far that reach furthest (ties: the one that started first), and the
    // furthest of an owner other than that one's
    Hit best = null;
    Hit second = null;
    int g = 0;
    while (g < byStart.length) {
      int start = hits.get(byStart[g]).start();
      int groupEnd = g;
      while (groupEnd < byStart.length && hits.get(byStart[groupEnd]).start() == start) {
        Hit x = hits.get(byStart[groupEnd]);
        if (best == null || reachesFurther(x, best)) {
          if (best != null && !best.term().owner().equals(x.term().owner())) {
            second = best;
          }
          best = x;
        } else if (!x.term().owner().equals(best.term().owner()) && (second == null || reachesFurther(x, second))) {
          second = x;
        }
        groupEnd++;
      }
      for (int k = g; k < groupEnd; k++) {
        Hit h = hits.get(byStart[k]);
        Hit other = best.term().owner().equals(h.term().owner()) ? second : best;
        boolean longer = other != null && other.end() >= h.end()
            && other.end() - other.start() > h.end() - h.start();
        nested[byStart[k]] = longer;
      }
      g = groupEnd;
    }
    return nested;
  }

  /**
   * How many brands the title names: brands that share a term ("Costco" of three owners) and are
   * named only by it name the same words, so they count once, though each is still scored.
   */
  private static int distinctNames(List<Hit> hits, boolean[] nested, Set<String> named) {
    if (named.size() < 2) {
      return named.size();
    }
    Map<String, String> parent = new java.util.HashMap<>();
    named.forEach(b -> parent.put(b, b));
    Map<Long, String> firstOnSpan = new java.util.HashMap<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (h.term().kind() == Kind.SUSPICIOUS || nested[i] || !named.contains(h.term().owner())) {
        continue;
      }
      String other = firstOnSpan.putIfAbsent(((long) h.start() << 32) | h.end(), h.term().owner());
      if (other != null) {
        parent.put(root(parent, h.term().owner()), root(parent, other));
      }
    }
    return (int) named.stream().map(b -> root(parent, b)).distinct().count();
  }

  private static String root(Map<String, String> parent, String b) {
    String r = b;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /** A battery's size, which "AAA" also is: the words after it say battery or cell (as normalised: "bateries"). */
  private static final java.util.regex.Pattern BATTERY =
      java.util.regex.Pattern.compile("^[\\s\\p{P}]*(?:bat+er(?:y|ies|ie|ien)|cel+s?(?!\\p{L})|ak+us?(?!\\p{L})|piles?(?!\\p{L})|电池)");

  private static boolean batterySize(Found found, Hit h) {
    if (!h.term().text().equalsIgnoreCase("aaa")) {
      return false;
    }
    String text = found.text().text();
    return BATTERY.matcher(text.substring(h.normalizedEnd(), Math.min(text.length(), h.normalizedEnd() + 24))).find();
  }

  private static boolean reachesFurther(Hit a, Hit b) {
    return a.end() > b.end() || a.end() == b.end() && a.start() < b.start();
  }

  private Set<Signal> signals(ListingFacts listing, BrandProfile profile, boolean namedInTitle,
      boolean nominativeInTitle, List<Use> uses, boolean suspicious) {
    Set<Signal> s = EnumSet.noneOf(Signal.class);
    boolean authorised = profile.authorizedSellers().contains(listing.marketplace() + ":" + listing.sellerId())
        || listing.storeId() != null && profile.authorizedStores().contains(listing.marketplace() + ":" + listing.storeId());
    if (namedInTitle && !authorised) {
      s.add(Signal.UNAUTHORISED_MENTION);
    }
    if (uses.contains(Use.IMITATION)) {
      s.add(Signal.IMITATION_MENTION);
    }
    if (!namedInTitle && !nominativeInTitle) {
      s.add(Signal.ONLY_IN_DESCRIPTION);
    }
    Double floor = profile.floorFor(listing.category(), listing.currency());
    if (floor != null && listing.price() != null && listing.price() < floor) {
      s.add(Signal.PRICE_BELOW_FLOOR);
    }
    if (namedInTitle && listing.brand() != null && !listing.brand().isBlank()
        && !brandForms.get(profile.name()).contains(TextNormalizer.standard().normalize(listing.brand()).text().strip())) {
      s.add(Signal.BRAND_ATTRIBUTE_MISMATCH);
    }
    if (suspicious) {
      s.add(Signal.SUSPICIOUS_TERM);
    }
    return s;
  }

  private static Map<Measure, Double> measures(ListingFacts listing, int brands, int suspicious) {
    Map<Measure, Double> m = new EnumMap<>(Measure.class);
    m.put(Measure.DISTINCT_BRANDS, (double) brands);
    m.put(Measure.SUSPICIOUS_TERMS, (double) suspicious);
    if (listing.sellerRating() != null) {
      m.put(Measure.SELLER_RATING, listing.sellerRating());
    }
    if (listing.clusterRisk() != null) {
      m.put(Measure.CLUSTER_RISK, listing.clusterRisk());
    }
    if (listing.imageMatch() != null) {
      m.put(Measure.IMAGE_MATCH, listing.imageMatch());
    }
    return m;
  }

  private Match match(Found found, Hit h, String field, @Nullable Use use) {
    return new Match(h.term().owner(), spelling(found, h), field, h.start(), h.end(), use);
  }

  /** The brand's spelling of the hit's term that the text wrote, if it has several; else the term. */
  private String spelling(Found found, Hit h) {
    List<String> other = spellings.isEmpty() ? null : spellings.get(h.term());
    if (other == null) {
      return h.term().text();
    }
    String written = found.text().original().substring(h.start(), h.end());
    return other.stream().filter(o -> o.equalsIgnoreCase(written)).findFirst().orElse(h.term().text());
  }

  private static Map<String, List<String>> defaultSuspiciousTerms() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("en", List.of("replica", "1:1", "AAA", "AAA+", "mirror quality", "mirror image quality", "top replica",
        "fake", "knockoff", "knock-off", "unbranded copy", "inspired by", "dupe"));
    m.put("zh", List.of("高仿", "原单", "A货", "精仿", "复刻", "超A", "仿品", "尾单", "一比一"));
    m.put("es", List.of("réplica", "imitación", "falsificación"));
    m.put("fr", List.of("contrefaçon", "copie conforme"));
    m.put("de", List.of("Fälschung", "Nachbildung", "Imitat"));
    m.put("it", List.of("replica perfetta", "falso"));
    return java.util.Collections.unmodifiableMap(m);
  }
}
