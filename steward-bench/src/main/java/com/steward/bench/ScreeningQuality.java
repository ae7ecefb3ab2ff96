package com.steward.bench;

import com.steward.bench.ScreeningCases.Case;
import com.steward.bench.ScreeningCases.Labelled;
import com.steward.bench.ScreeningCases.Mention;
import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.MentionClassifier.Use;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.Condition;
import com.steward.core.screening.rules.Decision;
import com.steward.core.screening.rules.Decision.Action;
import com.steward.core.screening.rules.Decision.Match;
import com.steward.core.screening.rules.Rule;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import com.steward.core.screening.rules.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Precision and recall of the whole screening engine ({@link Screener} with the standard rule
 * set) per case type, on the labelled set {@link ScreeningCases} builds from real titles. A case
 * is positive when the listing is restricted (REFER or BLOCK). Prints Markdown: the per-type
 * table, the confusion of expected and actual actions, whether the engine saw the brand as it
 * should, breakdowns by variant and language, and examples of misses.
 *
 * <p>{@code ./steward quality screening}
 */
public final class ScreeningQuality {

  /** The seed of the published numbers. */
  static final long SEED = 20261128L;

  record Result(Case c, Decision d) {

    boolean restricted() {
      return d.action() != Action.ALLOW;
    }

    boolean asExpected() {
      return d.action() == c.expected();
    }

    boolean correct() {
      return restricted() == c.restrictedExpected();
    }

    /** Whether the engine saw the case's brands as the case says it should. */
    boolean seen() {
      return switch (c.mention()) {
        case NAMED -> c.brands().stream().allMatch(b -> uses(b).stream().anyMatch(Result::names));
        case NOMINATIVE -> !uses(c.brands().getFirst()).isEmpty()
            && uses(c.brands().getFirst()).stream().noneMatch(Result::names);
        case NOT_NAMED -> d.matches().stream().noneMatch(m -> m.brand().equals(c.brands().getFirst()));
        case NONE -> d.matches().stream()
            .noneMatch(m -> m.field().equals("title") && !m.brand().isEmpty() && m.use() != null && names(m.use()));
      };
    }

    /** A use that names the brand (not as what the product is for, not as an ordinary word). */
    private static boolean names(Use u) {
      return u == Use.DIRECT || u == Use.IMITATION;
    }

    private List<Use> uses(String brand) {
      return d.matches().stream().filter(m -> m.field().equals("title") && m.brand().equals(brand)).map(Match::use)
          .toList();
    }
  }

  public static void main(String[] args) {
    ScreeningCases.Sources sources = ScreeningCases.load(BenchData.root());
    System.out.println("### Knowledge base: the brands the labelled titles name");
    System.out.println();
    List<Result> registered = report(sources, ScreeningCases.Scope.REGISTERED, true, List.of());
    disguiseRule(sources);
    System.out.println("### Knowledge base: the same brands registered, and NSI's shop brands imported as the server"
        + " imports them");
    System.out.println();
    report(sources, ScreeningCases.Scope.IMPORTED, false, List.of());
    System.out.println("### Knowledge base: the brands the labelled titles name, names that titles use as ordinary"
        + " words marked");
    System.out.println();
    report(sources, ScreeningCases.Scope.REGISTERED_WORDS, false, registered);
    System.out.println("### Knowledge base: every NSI brand");
    System.out.println();
    report(sources, ScreeningCases.Scope.ALL_NSI, false, List.of());
  }

  /**
   * Prints the tables of one knowledge base and returns its results; {@code unmarked} are the
   * results of the same listings with no name marked as an ordinary word, for the marked scope.
   */
  private static List<Result> report(ScreeningCases.Sources sources, ScreeningCases.Scope scope, boolean details,
      List<Result> unmarked) {
    long started = System.nanoTime();
    Labelled set = ScreeningCases.generate(sources, SEED, scope);
    Screener screener = ScreeningCases.screener(set);
    List<Result> results = set.cases().stream().map(c -> new Result(c, screener.screen(c.listing()))).toList();
    System.out.printf("%d brands in the knowledge base (%d with a price floor), rule set %s; %d labelled listings, "
            + "seed %d; %.1f s.%n%n", set.knowledgeBase().size(), set.floors().size(),
        screener.ruleSet().version(), results.size(), SEED, (System.nanoTime() - started) / 1e9);
    perType(results);
    confusion(results);
    if (details) {
      seen(results);
      variants(results);
      languages(results);
      traditional(results, screener);
      rewrittenNames(results, screener);
      misses(results);
    }
    if (scope == ScreeningCases.Scope.REGISTERED_WORDS) {
      List<String> marked = set.knowledgeBase().stream().filter(BrandProfile::ordinaryWord).map(BrandProfile::name)
          .toList();
      System.out.printf("Marked as ordinary words (%d): %s.%n%n", marked.size(), String.join(", ", marked));
      seen(results);
      markedEffects(unmarked, results, marked);
    }
    if (scope == ScreeningCases.Scope.IMPORTED) {
      Set<String> imported = set.knowledgeBase().stream().filter(b -> !b.claimed()).map(BrandProfile::name)
          .collect(Collectors.toSet());
      System.out.printf("Of these brands, %d are imported (without an owner).%n%n", imported.size());
      decidedOnImported(results, imported);
    }
    falsePositiveTerms(results);
    return results;
  }

  /**
   * What marking each brand changed, listing by listing against the same knowledge base unmarked:
   * restrictions lifted that the labels call false positives, and those they call right.
   */
  private static void markedEffects(List<Result> unmarked, List<Result> marked, List<String> brands) {
    Map<String, int[]> effects = new TreeMap<>();
    brands.forEach(b -> effects.put(b, new int[4]));
    for (int i = 0; i < marked.size(); i++) {
      Result was = unmarked.get(i);
      Result now = marked.get(i);
      if (was.restricted() == now.restricted()) {
        continue;
      }
      for (String b : now.d().matches().stream().filter(m -> m.use() == Use.ORDINARY_WORD).map(Match::brand)
          .distinct().toList()) {
        int[] e = effects.get(b);
        if (was.restricted()) {
          e[now.c().restrictedExpected() ? 1 : 0]++;
        } else {
          e[now.c().restrictedExpected() ? 2 : 3]++;
        }
      }
    }
    System.out.println("| brand marked | false positives lifted | true positives lost | other changes |");
    System.out.println("|---|---|---|---|");
    effects.forEach((b, e) -> System.out.printf("| %s | %d | %d | %d |%n", b, e[0], e[1], e[2] + e[3]));
    System.out.println();
  }

  private static Map<String, List<Result>> byType(List<Result> results) {
    Map<String, List<Result>> out = new LinkedHashMap<>();
    ScreeningCases.TYPES.forEach(t -> out.put(t, new ArrayList<>()));
    results.forEach(r -> out.get(r.c().type()).add(r));
    return out;
  }

  private static void perType(List<Result> results) {
    System.out.println("| case type | cases | expected restricted | restricted | precision | recall "
        + "| false-positive rate | action as expected |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    byType(results).forEach((type, rs) -> row(type, rs));
    row("**all**", results);
    System.out.println();
  }

  private static void row(String type, List<Result> rs) {
    long tp = count(rs, r -> r.restricted() && r.c().restrictedExpected());
    long fp = count(rs, r -> r.restricted() && !r.c().restrictedExpected());
    long fn = count(rs, r -> !r.restricted() && r.c().restrictedExpected());
    long tn = count(rs, r -> !r.restricted() && !r.c().restrictedExpected());
    System.out.printf("| %s | %d | %d | %d | %s | %s | %s | %s |%n", type, rs.size(), tp + fn, tp + fp,
        ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(fp, fp + tn), ratio(count(rs, Result::asExpected), rs.size()));
  }

  private static void confusion(List<Result> results) {
    System.out.println("Expected against actual action:");
    System.out.println();
    System.out.println("| case type | expected | ALLOW | REFER | BLOCK |");
    System.out.println("|---|---|---|---|---|");
    byType(results).forEach((type, rs) -> {
      for (Action expected : Action.values()) {
        List<Result> e = rs.stream().filter(r -> r.c().expected() == expected).toList();
        if (!e.isEmpty()) {
          System.out.printf("| %s | %s | %d | %d | %d |%n", type, expected, count(e, r -> r.d().action() == Action.ALLOW),
              count(e, r -> r.d().action() == Action.REFER), count(e, r -> r.d().action() == Action.BLOCK));
        }
      }
    });
    System.out.println();
  }

  private static void seen(List<Result> results) {
    System.out.println("Whether the engine saw the brand as the case says:");
    System.out.println();
    System.out.println("| case type | the engine should | cases | did |");
    System.out.println("|---|---|---|---|");
    byType(results).forEach((type, rs) -> {
      Map<Mention, List<Result>> by = new TreeMap<>();
      rs.forEach(r -> by.computeIfAbsent(r.c().mention(), k -> new ArrayList<>()).add(r));
      by.forEach((m, list) -> System.out.printf("| %s | %s | %d | %s |%n", type, should(m), list.size(),
          ratio(count(list, Result::seen), list.size())));
    });
    System.out.println();
  }

  private static String should(Mention m) {
    return switch (m) {
      case NAMED -> "find every brand the title names";
      case NOMINATIVE -> "find the brand, used nominatively only";
      case NOT_NAMED -> "not find the brand";
      case NONE -> "find no brand named directly";
    };
  }

  /**
   * What a rule on {@code DISGUISED_MENTION} would change, which the standard rule set leaves out:
   * the same listings (brands the titles name) screened with {@code default-3} and with it plus
   * {@code disguised-mention} of weight 0.4 (an unauthorised mention in a disguise then scores 0.52,
   * a referral), per case type and, for the obfuscated ones, per disguise.
   */
  private static void disguiseRule(ScreeningCases.Sources sources) {
    Labelled set = ScreeningCases.generate(sources, SEED, ScreeningCases.Scope.REGISTERED);
    Screener standard = ScreeningCases.screener(set);
    var rules = new ArrayList<>(standard.ruleSet().rules());
    rules.add(new Rule("disguised-mention", "The title writes the brand in a disguise",
        new Condition.Is(Signal.DISGUISED_MENTION), 0.4));
    Screener weighed = Screener.build(set.knowledgeBase(), Screener.DEFAULT_SUSPICIOUS_TERMS,
        MentionClassifier.defaults(), new RuleSet(
            "default-3+disguised-mention", rules, standard.ruleSet().defaults()));
    System.out.println("With a rule on a name written in a disguise (`disguised-mention`, weight 0.4, not in the"
        + " standard rule set), the same listings:");
    System.out.println();
    System.out.println("| case type | variant | cases | restricted, `default-3` | restricted, with the rule | "
        + "restricted against the labels, `default-3` | with the rule |");
    System.out.println("|---|---|---|---|---|---|---|");
    Map<String, List<Case>> groups = new LinkedHashMap<>();
    for (Case c : set.cases()) {
      groups.computeIfAbsent(c.type() + "\u0000" + (c.type().equals("obfuscated") ? c.variant() : ""),
          k -> new ArrayList<>()).add(c);
    }
    int[] all = new int[5];
    groups.forEach((key, cases) -> {
      int[] n = new int[5];
      n[0] = cases.size();
      for (Case c : cases) {
        boolean a = standard.screen(c.listing()).action() != Action.ALLOW;
        boolean b = weighed.screen(c.listing()).action() != Action.ALLOW;
        n[1] += a ? 1 : 0;
        n[2] += b ? 1 : 0;
        n[3] += a && !c.restrictedExpected() ? 1 : 0;
        n[4] += b && !c.restrictedExpected() ? 1 : 0;
      }
      for (int i = 0; i < 5; i++) {
        all[i] += n[i];
      }
      String variant = key.substring(key.indexOf(0) + 1);
      System.out.printf("| %s | %s | %d | %d | %d | %d | %d |%n", key.substring(0, key.indexOf(0)),
          variant.isEmpty() ? "all" : variant, n[0], n[1], n[2], n[3], n[4]);
    });
    System.out.printf("| **all** | | %d | %d | %d | %d | %d |%n%n", all[0], all[1], all[2], all[3], all[4]);
  }

  private static void variants(List<Result> results) {
    System.out.println("By variant:");
    System.out.println();
    System.out.println("| case type | variant | cases | expected | action as expected | brand seen as the case says |");
    System.out.println("|---|---|---|---|---|---|");
    for (String type : List.of("obfuscated", "stuffing", "suspicious terms", "price", "nominative")) {
      Map<String, List<Result>> by = new TreeMap<>();
      results.stream().filter(r -> r.c().type().equals(type))
          .forEach(r -> by.computeIfAbsent(r.c().variant() + "\u0000" + r.c().expected(), k -> new ArrayList<>()).add(r));
      by.forEach((k, list) -> System.out.printf("| %s | %s | %d | %s | %s | %s |%n", type, k.substring(0, k.indexOf(0)),
          list.size(), list.getFirst().c().expected(), ratio(count(list, Result::asExpected), list.size()),
          ratio(count(list, Result::seen), list.size())));
    }
    System.out.println();
  }

  private static void languages(List<Result> results) {
    System.out.println("By language (restricted or not, as expected):");
    System.out.println();
    System.out.println("| case type | English cases | correct | Chinese cases | correct |");
    System.out.println("|---|---|---|---|---|");
    byType(results).forEach((type, rs) -> {
      List<Result> en = rs.stream().filter(r -> r.c().lang().equals("en")).toList();
      List<Result> zh = rs.stream().filter(r -> r.c().lang().equals("zh")).toList();
      System.out.printf("| %s | %d | %s | %d | %s |%n", type, en.size(), ratio(count(en, Result::correct), en.size()),
          zh.size(), ratio(count(zh, Result::correct), zh.size()));
    });
    System.out.println();
  }

  private static final com.ibm.icu.text.Transliterator TO_TRADITIONAL =
      com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");

  /**
   * The Chinese cases again, their title and description written in traditional characters (ICU's
   * Simplified-Traditional), as a Taiwan or Hong Kong seller writes them; the brands and the
   * suspicious terms stay simplified.
   */
  private static void traditional(List<Result> results, Screener screener) {
    System.out.println("Chinese cases written in traditional characters (restricted or not, as expected):");
    System.out.println();
    System.out.println("| case type | Chinese cases | correct as written | correct in traditional characters |");
    System.out.println("|---|---|---|---|");
    byType(results).forEach((type, rs) -> {
      List<Result> zh = rs.stream().filter(r -> r.c().lang().equals("zh")).toList();
      if (zh.isEmpty()) {
        return;
      }
      long traditional = zh.stream().filter(r -> {
        var l = r.c().listing();
        var t = new com.steward.core.screening.rules.ListingFacts(l.marketplace(), l.listingId(), l.sellerId(),
            TO_TRADITIONAL.transliterate(l.title()), TO_TRADITIONAL.transliterate(l.description()), l.brand(),
            l.category(), l.price(), l.sellerRating(), l.clusterRisk(), l.imageMatch(), l.storeId(), l.currency());
        return new Result(r.c(), screener.screen(t)).correct();
      }).count();
      System.out.printf("| %s | %d | %s | %s |%n", type, zh.size(), ratio(count(zh, Result::correct), zh.size()),
          ratio(traditional, zh.size()));
    });
    System.out.println();
  }

  /** The unauthorised mentions whose title writes the brand's name as a whole match of {@code pattern}. */
  private static List<Result> mentionsWritten(List<Result> results, String pattern) {
    return results.stream().filter(r -> r.c().type().equals("unauthorised mention") && r.c().written().matches(pattern)
        && r.c().listing().title().contains(r.c().written())).toList();
  }

  /** Whether the case's listing with {@code title} for its title is decided on a match of its first brand. */
  private static boolean foundIn(Result r, String title, Screener screener) {
    var l = r.c().listing();
    var t = new com.steward.core.screening.rules.ListingFacts(l.marketplace(), l.listingId(), l.sellerId(), title,
        l.description(), l.brand(), l.category(), l.price(), l.sellerRating(), l.clusterRisk(), l.imageMatch(),
        l.storeId(), l.currency());
    String brand = r.c().brands().getFirst();
    return screener.screen(t).matches().stream().anyMatch(m -> brand.equals(m.brand()));
  }

  /**
   * Disguises of a name of one Latin word, each a function of the word as the title writes it (null
   * where the disguise does not apply to it).
   */
  private static final Map<String, java.util.function.UnaryOperator<String>> DRAWN = new LinkedHashMap<>();

  static {
    DRAWN.put("as written", w -> w);
    DRAWN.put("small capitals (ɴɪᴋᴇ)", BrandSpotting::smallCapitals);
    DRAWN.put("negative squared capitals (🅽🅸🅺🅴)", BrandSpotting::negativeSquared);
    DRAWN.put("regional-indicator letters, a zero-width space between", BrandSpotting::regionalIndicators);
    DRAWN.put("a heart between the letters (N❤I❤K❤E)", w -> BrandSpotting.emojiSpelled(w.toUpperCase(Locale.ROOT)));
    DRAWN.put("the last letter as a digit (Chane1, Nik3)", w -> {
      int k = "lioeastb".indexOf(Character.toLowerCase(w.charAt(w.length() - 1)));
      return k < 0 ? null : w.substring(0, w.length() - 1) + "11034578".charAt(k);
    });
    DRAWN.put("capitals, an I as a small l (NlKE)", w -> {
      String up = w.toUpperCase(Locale.ROOT);
      int i = up.indexOf('I', 1);
      return i < 0 || i == up.length() - 1 ? null : up.substring(0, i) + "l" + up.substring(i + 1);
    });
  }

  /** The ways titles, tags and links join the words of a name, each a function of the name as written. */
  private static final Map<String, java.util.function.UnaryOperator<String>> JOINS = new LinkedHashMap<>();

  static {
    JOINS.put("as written (words apart)", w -> w);
    JOINS.put("hyphens (Louis-Vuitton)", w -> w.replace(' ', '-'));
    JOINS.put("underscores (Louis_Vuitton)", w -> w.replace(' ', '_'));
    JOINS.put("full stops (louis.vuitton)", w -> w.replace(' ', '.').toLowerCase(Locale.ROOT));
    JOINS.put("glued, each word capitalised (LouisVuitton)", w -> java.util.Arrays.stream(w.split(" "))
        .map(x -> x.substring(0, 1).toUpperCase(Locale.ROOT) + x.substring(1)).collect(Collectors.joining()));
    JOINS.put("glued, small letters (louisvuitton)", w -> w.replace(" ", "").toLowerCase(Locale.ROOT));
    JOINS.put("glued, capitals (LOUISVUITTON)", w -> w.replace(" ", "").toUpperCase(Locale.ROOT));
    JOINS.put("a hashtag (#louisvuitton)", w -> "#" + w.replace(" ", "").toLowerCase(Locale.ROOT));
  }

  /**
   * The unauthorised mentions of a brand whose name, as the title writes it, is two or more Latin
   * words of two chars or more ({@code Louis Vuitton}, {@code Ray Ban}), with the name written in
   * each of {@link #JOINS}; then those whose name is one Latin word of four letters or more, in
   * each of {@link #DRAWN}: how often the brand is still found.
   */
  private static void rewrittenNames(List<Result> results, Screener screener) {
    rewritten("Names of several words joined otherwise", mentionsWritten(results,
        "[A-Za-z0-9]{2,}( [A-Za-z0-9]{2,})+"), JOINS, screener);
    rewritten("Names of one word drawn or disguised otherwise", mentionsWritten(results, "[A-Za-z]{4,}"), DRAWN,
        screener);
  }

  /**
   * One table of {@link #rewrittenNames}: per way of writing the name, how many listings it applies
   * to, and the share of them whose decision names a match of the brand.
   */
  private static void rewritten(String heading, List<Result> named,
      Map<String, java.util.function.UnaryOperator<String>> ways, Screener screener) {
    System.out.printf("%s (%d unauthorised mentions of such a name, the name rewritten in the title where the way"
        + " applies to it; found: the decision names a match of the brand):%n%n", heading, named.size());
    System.out.println("| written as | listings | found by Steward |");
    System.out.println("|---|---|---|");
    ways.forEach((how, write) -> {
      long found = 0;
      long tried = 0;
      for (Result r : named) {
        String name = write.apply(r.c().written());
        if (name != null) {
          tried++;
          found += foundIn(r, r.c().listing().title().replace(r.c().written(), name), screener) ? 1 : 0;
        }
      }
      System.out.printf("| %s | %d | %s |%n", how, tried, ratio(found, tried));
    });
    System.out.println();
  }

  private static void misses(List<Result> results) {
    System.out.println("Examples of misses (restricted or not, against the expectation), a few per case type:");
    System.out.println();
    System.out.println("| case type | variant | title | expected | actual | rules (brand) |");
    System.out.println("|---|---|---|---|---|---|");
    byType(results).forEach((type, rs) -> {
      Map<String, List<Result>> byVariant = new LinkedHashMap<>();
      rs.stream().filter(r -> !r.correct())
          .forEach(r -> byVariant.computeIfAbsent(r.c().variant(), k -> new ArrayList<>()).add(r));
      List<Result> picked = new ArrayList<>();
      for (int i = 0; picked.size() < 4 && i < 4; i++) {
        for (List<Result> list : byVariant.values()) {
          if (i < list.size() && picked.size() < 4) {
            picked.add(list.get(i));
          }
        }
      }
      for (Result r : picked) {
        System.out.printf("| %s | %s | %s | %s | %s %.2f | %s (%s) |%n", type, r.c().variant(),
            cell(r.c().listing().title()), r.c().expected(), r.d().action(), r.d().score(),
            String.join(", ", r.d().rules()), r.d().brand() == null ? "" : cell(r.d().brand()));
      }
    });
    System.out.println();
  }

  /**
   * Listings restricted against the expectation whose decision names an imported brand (one
   * without an owner), per case type, by action, with the brands that decided most often and a few
   * titles.
   */
  private static void decidedOnImported(List<Result> results, Set<String> imported) {
    System.out.println("False positives decided on an imported brand (the decision's brand has no owner):");
    System.out.println();
    System.out.println("| case type | false positives | on an imported brand | of them REFER | BLOCK | brands (listings) |");
    System.out.println("|---|---|---|---|---|---|");
    List<Result> examples = new ArrayList<>();
    byType(results).forEach((type, rs) -> {
      List<Result> fps = rs.stream().filter(r -> r.restricted() && !r.c().restrictedExpected()).toList();
      List<Result> on = fps.stream().filter(r -> r.d().brand() != null && imported.contains(r.d().brand())).toList();
      String top = on.stream().collect(Collectors.groupingBy(r -> r.d().brand(), TreeMap::new, Collectors.counting()))
          .entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(8).map(e -> cell(e.getKey()) + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
      System.out.printf("| %s | %d | %d | %d | %d | %s |%n", type, fps.size(), on.size(),
          count(on, r -> r.d().action() == Action.REFER), count(on, r -> r.d().action() == Action.BLOCK), top);
      examples.addAll(on.stream().limit(2).toList());
    });
    System.out.println();
    System.out.println("| case type | title | actual | rules (brand) |");
    System.out.println("|---|---|---|---|");
    for (Result r : examples) {
      System.out.printf("| %s | %s | %s %.2f | %s (%s) |%n", r.c().type(), cell(r.c().listing().title()),
          r.d().action(), r.d().score(), String.join(", ", r.d().rules()), cell(r.d().brand()));
    }
    System.out.println();
  }

  /** The terms matched in listings restricted against the expectation, most frequent first. */
  private static void falsePositiveTerms(List<Result> results) {
    System.out.println("Terms matched in the titles of false positives (listings restricted against the expectation):");
    System.out.println();
    System.out.println("| case type | false positives | most frequent terms (listings) |");
    System.out.println("|---|---|---|");
    byType(results).forEach((type, rs) -> {
      List<Result> fps = rs.stream().filter(r -> r.restricted() && !r.c().restrictedExpected()).toList();
      if (fps.isEmpty()) {
        return;
      }
      Map<String, Long> terms = fps.stream()
          .flatMap(r -> r.d().matches().stream().filter(m -> m.field().equals("title"))
              .map(m -> m.brand().isEmpty() ? "suspicious: " + m.term() : m.term()).collect(Collectors.toCollection(
                  LinkedHashSet::new)).stream())
          .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
      String top = terms.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(10).map(e -> cell(e.getKey()) + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
      System.out.printf("| %s | %d | %s |%n", type, fps.size(), top);
    });
    System.out.println();
  }

  private static String cell(String s) {
    String t = s.length() > 90 ? s.substring(0, 87) + "..." : s;
    return t.replace("|", "\\|");
  }

  private static long count(List<Result> rs, Predicate<Result> p) {
    return rs.stream().filter(p).count();
  }

  private static String ratio(long a, long b) {
    return b == 0 ? "–" : String.format("%.3f", (double) a / b);
  }

  private ScreeningQuality() {}
}
