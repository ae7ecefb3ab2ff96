package com.steward.sim;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real names a run draws from: shop brand names from the Name Suggestion Index
 * ({@code brands_nsi/nsi_brands.csv}) and product titles from Walmart-Amazon
 * ({@code products/walmart_amazon/tableA.csv}), under the data folder.
 */
record RealData(List<String> brandNames, List<Product> products) {

  /** A product title without its own brand, its category as a slug, and its price (0 when unknown). */
  record Product(String title, String category, double price) {}

  private static final Pattern BRAND_NAME = Pattern.compile("[A-Z][A-Za-z]{3,11}( [A-Z][A-Za-z]{2,9})?");

  static RealData load(Path dataDir) throws IOException {
    for (String file : new String[] {"products/walmart_amazon/tableA.csv", "brands_nsi/nsi_brands.csv"}) {
      if (!Files.isReadable(dataDir.resolve(file))) {
        throw new IllegalArgumentException("dataDir: " + dataDir.toAbsolutePath().normalize() + " has no " + file
            + "; the simulator draws its brands and products from the project's shared data folder"
            + " (set dataDir in a --config file to point at it)");
      }
    }
    List<Product> products = new ArrayList<>();
    Set<String> productWords = new HashSet<>();
    for (CSVRecord r : csv(dataDir.resolve("products/walmart_amazon/tableA.csv"))) {
      String brand = r.get("brand").strip().toLowerCase(Locale.ROOT);
      String title = r.get("title").strip();
      if (!brand.isEmpty()) {
        title = title.replaceAll("(?i)\\b" + Pattern.quote(brand) + "\\b", " ").replaceAll("\\s+", " ").strip();
      }
      String category = r.get("category").toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
      if (title.length() < 12 || category.isEmpty()) {
        continue;
      }
      double price = parsePrice(r.get("price"));
      products.add(new Product(title, category, price));
      for (String w : r.get("title").toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        productWords.add(w);
      }
      productWords.add(brand);
    }
    Set<String> names = new LinkedHashSet<>();
    for (CSVRecord r : csv(dataDir.resolve("brands_nsi/nsi_brands.csv"))) {
      String name = r.get("display_name").strip();
      if (!r.get("osm_category").startsWith("shop/") || !BRAND_NAME.matcher(name).matches()) {
        continue;
      }
      boolean clashes = false;
      for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
        clashes |= productWords.contains(w);
      }
      if (!clashes) {
        names.add(name);
      }
    }
    return new RealData(List.copyOf(names), List.copyOf(products));
  }

  private static double parsePrice(String s) {
    try {
      return s.isBlank() ? 0 : Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
