package com.steward.bench;

import com.steward.core.screening.BrandDictionary;
import com.steward.core.screening.TextNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real data the matcher benchmarks run on, read from the shared data folder ({@link #root}):
 * brand names with their variants and Chinese names from the Name Suggestion Index, product titles
 * from Abt-Buy and Walmart-Amazon, and Taobao titles. Everything is normalised once, up front, the same way for every engine.
 */
final class BenchData {

  private BenchData() {}

  /**
   * The shared data folder: the system property {@code steward.data} if set, else the folder the
   * launcher names ({@code STEWARD_SHARED_DATA}, beside the project unless set otherwise), else
   * {@code ../shared/data} from the working directory.
   */
  static Path root() {
    String property = System.getProperty("steward.data");
    if (property != null) {
      return Path.of(property);
    }
    String launcher = System.getenv("STEWARD_SHARED_DATA");
    return Path.of(launcher != null && !launcher.isBlank() ? launcher : "../shared/data");
  }

  /** The brand dictionary as the server's import reads NSI, with the word list it ships with. */
  static BrandDictionary brandDictionary() {
    try (var in = BrandDictionary.class.getResourceAsStream(BrandDictionary.GENERIC_WORDS)) {
      if (in == null) {
        throw new IllegalStateException(BrandDictionary.GENERIC_WORDS + " is missing from the classpath");
      }
      return new BrandDictionary(TextNormalizer.standard(),
          BrandDictionary.wordList(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Distinct normalised brand terms: names, brands, localised names and match names. */
  static List<String> brandTerms() {
    Set<String> out = new LinkedHashSet<>();
    TextNormalizer n = TextNormalizer.standard();
    for (CSVRecord r : csv(root().resolve("brands_nsi/nsi_brands.csv"))) {
      addTerm(out, n, r.get("display_name"));
      addTerm(out, n, r.get("brand"));
      for (String v : r.get("localized_names").split("\\|")) {
        addTerm(out, n, v.contains("=") ? v.substring(v.indexOf('=') + 1) : v);
      }
      for (String v : r.get("match_names").split("\\|")) {
        addTerm(out, n, v);
      }
    }
    return new ArrayList<>(out);
  }

  private static void addTerm(Set<String> out, TextNormalizer n, String raw) {
    String t = n.normalize(raw).text().strip();
    if (t.length() >= 2) {
      out.add(t);
    }
  }

  /**
   * {@code size} distinct terms: the real ones first, then variants of them (a model word or
   * number appended, a letter changed), the way a large dictionary of brands and keywords looks.
   */
  static List<String> terms(int size) {
    List<String> real = brandTerms();
    Set<String> out = new LinkedHashSet<>(real.subList(0, Math.min(size, real.size())));
    String[] words = {"pro", "max", "mini", "air", "plus", "lite", "sport", "kids", "x", "ultra", "classic", "neo"};
    Random random = new Random(42);
    while (out.size() < size) {
      String base = real.get(random.nextInt(real.size()));
      String variant = switch (random.nextInt(3)) {
        case 0 -> base + " " + words[random.nextInt(words.length)];
        case 1 -> base + " " + (random.nextInt(9000) + 100);
        default -> {
          char[] c = base.toCharArray();
          int at = random.nextInt(c.length);
          c[at] = Character.isLetter(c[at]) && c[at] < 0x80 ? (char) ('a' + random.nextInt(26)) : c[at];
          yield new String(c) + words[random.nextInt(words.length)];
        }
      };
      out.add(variant);
    }
    return new ArrayList<>(out);
  }

  /** Titles, raw: English product titles and Chinese Taobao titles, interleaved. */
  static List<String> rawTitles() {
    List<String> latin = new ArrayList<>();
    for (String f : List.of("products/abt_buy/tableA.csv", "products/abt_buy/tableB.csv")) {
      csv(root().resolve(f)).forEach(r -> latin.add(r.get("name")));
    }
    for (String f : List.of("products/walmart_amazon/tableA.csv", "products/walmart_amazon/tableB.csv")) {
      csv(root().resolve(f)).forEach(r -> latin.add(r.get("title")));
    }
    List<String> chinese = taobaoTitles();
    List<String> out = new ArrayList<>(latin.size() + chinese.size());
    int i = 0;
    int j = 0;
    while (i < latin.size() || j < chinese.size()) {
      if (i < latin.size()) {
        out.add(latin.get(i++));
      }
      if (j < chinese.size() && (j * 3 < i || i >= latin.size())) {
        out.add(chinese.get(j++));
      }
    }
    return out;
  }

  /** Taobao titles rebuilt from the one-char-a-line NER files. */
  static List<String> taobaoTitles() {
    List<String> out = new ArrayList<>();
    try {
      for (String f : List.of("zh_taobao_titles/train.txt", "zh_taobao_titles/dev.txt")) {
        var b = new StringBuilder();
        for (String line : Files.readAllLines(root().resolve(f), StandardCharsets.UTF_8)) {
          String l = line.strip();
          if (l.isEmpty()) {
            if (!b.isEmpty()) {
              out.add(b.toString());
              b.setLength(0);
            }
          } else {
            b.append(l, 0, l.indexOf(' ') > 0 ? l.indexOf(' ') : l.length());
          }
        }
        if (!b.isEmpty()) {
          out.add(b.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<String> normalised(List<String> raw) {
    TextNormalizer n = TextNormalizer.standard();
    return raw.stream().map(t -> n.normalize(t).text()).toList();
  }

  static List<CSVRecord> csv(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
