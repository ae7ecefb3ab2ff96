package com.steward.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A public brand dictionary (the OpenStreetMap name-suggestion index) made into brands screening can
 * use: the rows of one Wikidata id (or, without one, of one brand name) are one brand, and its
 * display names, localised names ({@code zh=耐克}) and match names are its aliases. Rows outside the
 * wanted categories are left out, and so are names and aliases that would be found in every other
 * title: those that fold to one char, to two Latin letters or digits, or to a number ({@code X},
 * {@code XL}, {@code 3}, {@code 76}), and those
 * that are one ordinary word of product titles ({@code Style}, {@code Cap}; the list
 * {@link #GENERIC_WORDS} and how it is made are in {@code scripts/generic-title-words.py}).
 *
 * <p>The server's import and the quality evaluation read the dictionary through this class, so that
 * what is measured is what a marketplace imports. It reads no file: the caller parses the CSV and
 * reads the word list from the classpath.
 */
public final class BrandDictionary {

  /** The classpath resource of the ordinary words of product titles, one a line, {@code #} comments. */
  public static final String GENERIC_WORDS = "/com/steward/core/screening/generic-title-words.txt";

  /** The most aliases one brand keeps; the index has brands with hundreds of match names. */
  public static final int MAX_ALIASES = 200;

  /** The CSV columns a row is made of. */
  public static final List<String> COLUMNS = List.of("display_name", "brand", "brand_wikidata", "osm_category",
      "localized_names", "match_names");

  /** One row of the dictionary; {@code localizedNames} and {@code matchNames} are {@code |}-separated. */
  public record Row(String displayName, String brand, String wikidata, String category, String localizedNames,
      String matchNames) {

    /** The row whose value of each of {@link #COLUMNS} {@code column} gives (a CSV record's {@code get}). */
    public static Row from(java.util.function.Function<String, String> column) {
      return new Row(column.apply("display_name"), column.apply("brand"), column.apply("brand_wikidata"),
          column.apply("osm_category"), column.apply("localized_names"), column.apply("match_names"));
    }
  }

  /** A brand of the dictionary: its Wikidata id (or null), its name and its aliases. */
  public record Entry(@Nullable String externalId, String name, List<String> aliases) {}

  private final TextNormalizer normalizer;
  private final Set<String> generic;

  /** A dictionary that leaves out the one-word names in {@code genericWords} (as written in the list). */
  public BrandDictionary(TextNormalizer normalizer, Set<String> genericWords) {
    this.normalizer = normalizer;
    this.generic = genericWords.stream().map(this::key).collect(Collectors.toUnmodifiableSet());
  }

  /** The words of a list in the format of {@link #GENERIC_WORDS}: blank lines and {@code #} lines skipped. */
  public static Set<String> wordList(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The brands of {@code rows} whose category starts with one of {@code categories} (all, if
   * empty), in order. A brand whose name is left out keeps its other names: the first becomes its
   * name ({@code LG}, whose match name is {@code lg electronics}, is imported as that); a brand
   * with no name left is left out.
   */
  public List<Entry> read(Iterable<Row> rows, List<String> categories) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    for (Row r : rows) {
      if (!categories.isEmpty() && categories.stream().noneMatch(c -> r.category().startsWith(c))) {
        continue;
      }
      String brand = r.brand().strip();
      if (brand.isEmpty()) {
        continue;
      }
      String brandKey = key(brand);
      String wikidata = r.wikidata().strip();
      String id = wikidata.isEmpty() ? "name:" + brand : wikidata;
      if (distinctiveKey(brandKey, brand)) {
        names.putIfAbsent(id, brand);
      }
      Set<String> a = aliases.computeIfAbsent(id, k -> new LinkedHashSet<>());
      Set<String> f = forms.computeIfAbsent(id, k -> new LinkedHashSet<>(List.of(brandKey)));
      add(a, f, r.displayName());
      for (String v : r.localizedNames().split("\\|")) {
        add(a, f, v.contains("=") ? v.substring(v.indexOf('=') + 1) : v);
      }
      for (String v : r.matchNames().split("\\|")) {
        add(a, f, v);
      }
    }
    List<Entry> out = new ArrayList<>();
    aliases.forEach((id, others) -> {
      List<String> rest = new ArrayList<>(others);
      String name = names.get(id);
      if (name == null) {
        if (rest.isEmpty()) {
          return;
        }
        name = rest.removeFirst();
      }
      out.add(new Entry(id.startsWith("name:") ? null : id, name, List.copyOf(rest)));
    });
    return out;
  }

  /**
   * Whether {@code name} can tell a brand in a title: it has a letter, folds to two chars or more
   * (three if they are Latin letters and digits, unless written with a double letter), and is not
   * one ordinary word of product titles. Two Latin chars are the space of sizes, units and
   * abbreviations ({@code XL}, {@code dm}, {@code Hi}, {@code RE}), and titles are searched as they
   * fold: Cyrillic {@code А1} folds to {@code a1} and is left out. A name written with a double
   * letter ({@code UGG}, folding to {@code ug}) is kept: the matcher finds a term that short only
   * where the text writes the double too ({@code UGG boots}, not {@code 500 ug}). Two Chinese chars
   * ({@code 华为}) are a name.
   */
  public boolean distinctive(String name) {
    return distinctiveKey(key(name), name);
  }

  private boolean distinctiveKey(String key, String name) {
    boolean letter = false;
    for (int i = 0; i < key.length() && !letter; i++) {
      letter = Character.isLetter(key.charAt(i));
    }
    // a double letter tells a short name (UGG), unless the name is nothing but that letter (XX, OO, hh)
    boolean twoLatin = key.length() == 2 && asciiLetterOrDigit(key.charAt(0)) && asciiLetterOrDigit(key.charAt(1))
        && (key.charAt(0) == key.charAt(1) || !doubledLetter(name));
    return letter && key.length() >= 2 && !twoLatin && !generic.contains(key);
  }

  /** Whether the name writes one Latin letter twice or more in a row ({@code UGG}, {@code KKM}), case aside. */
  private static boolean doubledLetter(String name) {
    String n = name.strip().toLowerCase(java.util.Locale.ROOT);
    for (int i = 1; i < n.length(); i++) {
      if (n.charAt(i) == n.charAt(i - 1) && n.charAt(i) >= 'a' && n.charAt(i) <= 'z') {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Adds the alias unless it normalises like the name or another alias, or there are enough. */
  private void add(Set<String> aliases, Set<String> forms, String raw) {
    String v = raw.strip();
    if (v.isEmpty() || v.length() > 200 || aliases.size() >= MAX_ALIASES) {
      return;
    }
    String k = key(v);
    if (distinctiveKey(k, v) && forms.add(k)) {
      aliases.add(v);
    }
  }

  private String key(String s) {
    return normalizer.normalize(s).text().strip();
  }
}
