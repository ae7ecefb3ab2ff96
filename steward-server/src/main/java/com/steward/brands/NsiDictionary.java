package com.steward.brands;

import com.steward.core.screening.TextNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the brands of the OpenStreetMap name-suggestion index, flattened to CSV
 * ({@code display_name,brand,brand_wikidata,osm_category,location_include,localized_names,match_names,nsi_id}),
 * into one profile per brand: the rows of one Wikidata id (or, without one, of one brand name) are
 * one brand; its display names, localised names ({@code zh=耐克}) and match names are aliases.
 * Rows whose category does not start with one of {@code categories} (all, if empty) are left out,
 * and so are names and aliases that fold to one char or to a number ({@code X}, {@code 3},
 * {@code 76}) or that are one ordinary word of product titles ({@code Style}, {@code Cap}; the list
 * {@code brands/generic-title-words.txt} and how it is made are in
 * {@code scripts/generic-title-words.py}): they would be found in every other title.
 */
final class NsiDictionary {

  static final List<String> COLUMNS = List.of("display_name", "brand", "brand_wikidata", "osm_category",
      "localized_names", "match_names");

  private static final int MAX_ALIASES = 200;
  private static final java.util.Set<String> GENERIC = genericWords();

  private NsiDictionary() {}

  /** A brand of the dictionary, its Wikidata id (or null) and its profile. */
  record Entry(@org.jspecify.annotations.Nullable String externalId, BrandProfileForm profile) {}

  static List<Entry> read(Reader in, List<String> categories) {
    TextNormalizer n = TextNormalizer.standard();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (String c : COLUMNS) {
        if (!parser.getHeaderMap().containsKey(c)) {
          throw new IllegalArgumentException("file: no column " + c + "; expected the columns " + COLUMNS);
        }
      }
      for (CSVRecord r : parser) {
        if (!categories.isEmpty() && categories.stream().noneMatch(c -> r.get("osm_category").startsWith(c))) {
          continue;
        }
        String brand = r.get("brand").strip();
        if (!distinctive(key(n, brand))) {
          continue;
        }
        String wikidata = r.get("brand_wikidata").strip();
        String id = wikidata.isEmpty() ? "name:" + brand : wikidata;
        names.putIfAbsent(id, brand);
        Set<String> a = aliases.computeIfAbsent(id, k -> new LinkedHashSet<>());
        Set<String> f = forms.computeIfAbsent(id, k -> new LinkedHashSet<>(List.of(key(n, brand))));
        add(n, a, f, r.get("display_name"));
        for (String v : r.get("localized_names").split("\\|")) {
          add(n, a, f, v.contains("=") ? v.substring(v.indexOf('=') + 1) : v);
        }
        for (String v : r.get("match_names").split("\\|")) {
          add(n, a, f, v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Entry> out = new ArrayList<>();
    names.forEach((id, name) -> out.add(new Entry(id.startsWith("name:") ? null : id,
        new BrandProfileForm(name, List.copyOf(aliases.get(id)), List.of(), List.of(), Map.of(), null))));
    return out;
  }

  /** Adds the alias unless it normalises like the name or another alias, or there are enough. */
  private static void add(TextNormalizer n, Set<String> aliases, Set<String> forms, String raw) {
    String v = raw.strip();
    if (v.isEmpty() || v.length() > 200 || aliases.size() >= MAX_ALIASES) {
      return;
    }
    String k = key(n, v);
    if (distinctive(k) && forms.add(k)) {
      aliases.add(v);
    }
  }

  /** Long enough, and not a number, to tell a brand in a title. */
  private static boolean distinctive(String key) {
    int letters = 0;
    for (int i = 0; i < key.length(); i++) {
      letters += Character.isLetter(key.charAt(i)) ? 1 : 0;
    }
    return letters > 0 && key.length() >= 2 && !GENERIC.contains(key);
  }

  private static java.util.Set<String> genericWords() {
    try (var in = NsiDictionary.class.getResourceAsStream("/brands/generic-title-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("brands/generic-title-words.txt is missing from the classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> key(TextNormalizer.standard(), l))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(TextNormalizer n, String s) {
    return n.normalize(s).text().strip();
  }
}
