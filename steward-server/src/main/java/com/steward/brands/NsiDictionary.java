package com.steward.brands;

import com.steward.core.screening.BrandDictionary;
import com.steward.core.screening.TextNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the brands of the OpenStreetMap name-suggestion index, flattened to CSV
 * ({@code display_name,brand,brand_wikidata,osm_category,location_include,localized_names,match_names,nsi_id}),
 * into one profile per brand, as {@link BrandDictionary} groups and filters them.
 */
final class NsiDictionary {

  private static final BrandDictionary DICTIONARY = new BrandDictionary(TextNormalizer.standard(), genericWords());

  private NsiDictionary() {}

  /** A brand of the dictionary, its Wikidata id (or null) and its profile. */
  record Entry(@org.jspecify.annotations.Nullable String externalId, BrandProfileForm profile) {}

  static List<Entry> read(Reader in, List<String> categories) {
    List<BrandDictionary.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (String c : BrandDictionary.COLUMNS) {
        if (!parser.getHeaderMap().containsKey(c)) {
          throw new IllegalArgumentException("file: no column " + c + "; expected the columns "
              + BrandDictionary.COLUMNS);
        }
      }
      for (CSVRecord r : parser) {
        rows.add(BrandDictionary.Row.from(r::get));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DICTIONARY.read(rows, categories).stream()
        .map(e -> new Entry(e.externalId(), new BrandProfileForm(e.name(), e.aliases(), List.of(), List.of(),
            Map.of(), null)))
        .toList();
  }

  private static java.util.Set<String> genericWords() {
    try (var in = BrandDictionary.class.getResourceAsStream(BrandDictionary.GENERIC_WORDS)) {
      if (in == null) {
        throw new IllegalStateException(BrandDictionary.GENERIC_WORDS + " is missing from the classpath");
      }
      return BrandDictionary.wordList(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
