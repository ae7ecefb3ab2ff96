package com.steward.bench;

import com.steward.core.screening.BrandMatcher;
import com.steward.core.screening.BrandMatcher.Hit;
import com.steward.core.screening.BrandMatcher.Kind;
import com.steward.core.screening.BrandMatcher.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Brand spotting on real Chinese listing titles with gold brand spans (Taobao NER data, tag
 * HPPX): the brands named in the training titles form the dictionary, and the matcher looks for
 * them in the unseen development titles. Each gold span is also disguised (full-width letters,
 * leetspeak, letters spelled out with dots or with emoji, Cyrillic look-alikes, traditional Chinese characters, a text
 * generator's small capitals, negative squared capitals and regional-indicator letters, a full stop between Chinese chars,
 * a Chinese name spaced out) to show what normalisation buys over exact matching. Prints a Markdown table.
 *
 * <p>{@code ./steward quality}
 */
public final class BrandSpotting {

  record Span(int start, int end) {}

  /** A title, its gold brand spans, and the brands as originally written (before any disguise). */
  record Title(String text, List<Span> brands, List<String> written) {}

  public static void main(String[] args) {
    List<Title> train = read(BenchData.root().resolve("zh_taobao_titles/train.txt"));
    List<Title> dev = read(BenchData.root().resolve("zh_taobao_titles/dev.txt"));
    Set<String> lexicon = new LinkedHashSet<>();
    for (Title t : train) {
      for (Span s : t.brands()) {
        lexicon.add(t.text().substring(s.start(), s.end()));
      }
    }
    List<Term> terms = lexicon.stream().map(b -> new Term(b, b, Kind.BRAND_NAME)).toList();
    BrandMatcher matcher = BrandMatcher.build(terms);

    System.out.printf("Dictionary: %d brand strings from %d training titles; %d development titles with %d gold "
        + "brand spans.%n%n", lexicon.size(), train.size(), dev.size(), dev.stream().mapToInt(t -> t.brands().size()).sum());
    System.out.println("| titles | matcher | precision | recall | recall on brands in the dictionary |");
    System.out.println("|---|---|---|---|---|");
    row("as written", dev, UnaryOperator.identity(), matcher, lexicon);
    row("brands in full-width forms", dev, BrandSpotting::fullWidth, matcher, lexicon);
    row("brands in leetspeak", dev, BrandSpotting::leet, matcher, lexicon);
    row("brands spelled out with dots", dev, BrandSpotting::dotted, matcher, lexicon);
    row("brands spelled out with emoji", dev, BrandSpotting::emojiSpelled, matcher, lexicon);
    row("brands with Cyrillic look-alikes", dev, BrandSpotting::cyrillic, matcher, lexicon);
    row("brands in traditional characters", dev, BrandSpotting::traditional, matcher, lexicon);
    row("brands with a full stop between Chinese chars", dev, BrandSpotting::chineseDotted, matcher, lexicon);
    rowOf("brands spaced out between Chinese chars",
        dev.stream().map(t -> disguised(t, BrandSpotting::chineseSpaced, true)).toList(), matcher, lexicon);
    row("brands in small capitals", dev, BrandSpotting::smallCapitals, matcher, lexicon);
    row("brands in negative squared capitals", dev, BrandSpotting::negativeSquared, matcher, lexicon);
    row("brands in regional-indicator letters", dev, BrandSpotting::regionalIndicators, matcher, lexicon);
  }

  private static void row(String name, List<Title> dev, UnaryOperator<String> disguise, BrandMatcher matcher,
      Set<String> lexicon) {
    rowOf(name, dev.stream().map(t -> disguised(t, disguise)).toList(), matcher, lexicon);
  }

  private static void rowOf(String name, List<Title> titles, BrandMatcher matcher, Set<String> lexicon) {
    print(name, "Steward (normalised, word semantics)", titles, t -> spans(matcher.find(t.text())), lexicon);
    print(name, "exact substring match", titles, t -> exact(t.text(), lexicon), lexicon);
  }

  private static void print(String name, String engine, List<Title> titles,
      java.util.function.Function<Title, List<Span>> find, Set<String> lexicon) {
    int tp = 0;
    int predicted = 0;
    int gold = 0;
    int goldKnown = 0;
    int tpKnown = 0;
    for (Title t : titles) {
      List<Span> found = find.apply(t);
      predicted += found.size();
      gold += t.brands().size();
      for (Span g : t.brands()) {
        boolean known = lexicon.contains(t.written().get(t.brands().indexOf(g)));
        boolean hit = found.contains(g);
        tp += hit ? 1 : 0;
        goldKnown += known ? 1 : 0;
        tpKnown += known && hit ? 1 : 0;
      }
    }
    System.out.printf("| %s | %s | %.3f | %.3f | %.3f |%n", name, engine, ratio(tp, predicted), ratio(tp, gold),
        ratio(tpKnown, goldKnown));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Longest hits first, without overlaps: one brand per stretch of the title. */
  private static List<Span> spans(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
    List<Span> out = new ArrayList<>();
    for (Hit h : sorted) {
      Span s = new Span(h.start(), h.end());
      if (out.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Span> exact(String text, Set<String> lexicon) {
    List<Hit> hits = new ArrayList<>();
    for (String b : lexicon) {
      for (int i = text.indexOf(b); i >= 0; i = text.indexOf(b, i + 1)) {
        hits.add(new Hit(new Term(b, b, Kind.BRAND_NAME), i, i + b.length(), i, i + b.length()));
      }
    }
    return spans(hits);
  }

  private static Title disguised(Title t, UnaryOperator<String> disguise) {
    return disguised(t, disguise, false);
  }

  /**
   * {@code t} with each gold span disguised; {@code apart}: a disguised name is also parted by a
   * space from the chars on either side (the gold span stays the name's own chars).
   */
  private static Title disguised(Title t, UnaryOperator<String> disguise, boolean apart) {
    var b = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (Span s : t.brands()) {
      b.append(t.text(), at, s.start());
      String name = t.text().substring(s.start(), s.end());
      String written = disguise.apply(name);
      boolean part = apart && !written.equals(name);
      if (part && !b.isEmpty() && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
      int start = b.length();
      b.append(written);
      spans.add(new Span(start, b.length()));
      at = s.end();
      if (part && at < t.text().length() && t.text().charAt(at) != ' ') {
        b.append(' ');
      }
    }
    b.append(t.text().substring(at));
    return new Title(b.toString(), spans, t.written());
  }

  static String fullWidth(String s) {
    var b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
    return b.toString();
  }

  static String leet(String s) {
    return s.replace('o', '0').replace('O', '0').replace('i', '1').replace('e', '3').replace('a', '@');
  }

  static String dotted(String s) {
    if (!s.chars().allMatch(c -> c < 0x80 && Character.isLetter(c)) || s.length() < 3) {
      return s;
    }
    return String.join(".", s.split(""));
  }

  /** A Latin name of three letters or more with a heart between its letters ({@code N❤I❤K❤E}). */
  static String emojiSpelled(String s) {
    if (!s.chars().allMatch(c -> c < 0x80 && Character.isLetter(c)) || s.length() < 3) {
      return s;
    }
    return String.join("\u2764", s.split(""));
  }

  /** A Chinese name of two chars or more with a full stop between its chars ({@code 耐.克}). */
  static String chineseDotted(String s) {
    if (s.length() < 2 || !s.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return s;
    }
    return String.join(".", s.split(""));
  }

  /**
   * A Chinese name of two chars or more spaced out ({@code 耐 克}); {@link #disguised} also parts it
   * from the chars around it ({@code 新款 耐 克 运动鞋}).
   */
  static String chineseSpaced(String s) {
    if (s.length() < 2 || !s.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return s;
    }
    return String.join(" ", s.split(""));
  }

  static String cyrillic(String s) {
    return s.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043e').replace('p', '\u0440')
        .replace('c', '\u0441');
  }

  /** Small capitals a to z, as a "fancy text" generator writes them (Unicode has none for x). */
  private static final String SMALL_CAPITALS =
      "\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18"
      + "\uA7AF\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21x\u028F\u1D22";

  /** Each Latin letter as a small capital (ɴɪᴋᴇ for Nike). */
  static String smallCapitals(String s) {
    var b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x80 && Character.isLetter(c)
        ? SMALL_CAPITALS.charAt(Character.toLowerCase(c) - 'a') : (char) c));
    return b.toString();
  }

  /** Each Latin letter as a negative squared capital (🅽🅸🅺🅴 for Nike), two UTF-16 units each. */
  static String negativeSquared(String s) {
    var b = new StringBuilder();
    s.chars().forEach(c -> {
      if (c < 0x80 && Character.isLetter(c)) {
        b.appendCodePoint(0x1F170 + Character.toLowerCase(c) - 'a');
      } else {
        b.append((char) c);
      }
    });
    return b.toString();
  }

  /**
   * Each Latin letter as a regional-indicator letter, a zero-width space between two of them (for
   * Nike, {@code 🇳\u200B🇮\u200B🇰\u200B🇪}), as generators of "fancy text" write them so that two
   * side by side are not shown as a flag.
   */
  static String regionalIndicators(String s) {
    var b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 && Character.isLetter(c)) {
        b.appendCodePoint(0x1F1E6 + Character.toLowerCase(c) - 'a');
        if (i + 1 < s.length() && s.charAt(i + 1) < 0x80 && Character.isLetter(s.charAt(i + 1))) {
          b.append('\u200B');
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final com.ibm.icu.text.Transliterator TO_TRADITIONAL =
      com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");

  /** The brand as a Taiwan or Hong Kong seller writes it: 香奈儿 as 香奈兒, 华为 as 華為. */
  static String traditional(String s) {
    return TO_TRADITIONAL.transliterate(s);
  }

  private static Title title(String text, List<Span> brands) {
    return new Title(text, List.copyOf(brands), brands.stream().map(s -> text.substring(s.start(), s.end())).toList());
  }

  static List<Title> read(Path file) {
    List<Title> out = new ArrayList<>();
    try {
      var text = new StringBuilder();
      List<Span> brands = new ArrayList<>();
      int brandStart = -1;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (l.isBlank() && l.indexOf(' ') < 0 || l.isEmpty()) {
          if (brandStart >= 0) {
            brands.add(new Span(brandStart, text.length()));
            brandStart = -1;
          }
          if (!text.isEmpty()) {
            out.add(title(text.toString(), brands));
          }
          text.setLength(0);
          brands.clear();
          continue;
        }
        int space = l.lastIndexOf(' ');
        if (space <= 0) {
          continue;
        }
        String ch = l.substring(0, space);
        String tag = l.substring(space + 1);
        if (brandStart >= 0 && !tag.equals("I-HPPX")) {
          brands.add(new Span(brandStart, text.length()));
          brandStart = -1;
        }
        if (tag.equals("B-HPPX")) {
          brandStart = text.length();
        }
        text.append(ch);
      }
      if (brandStart >= 0) {
        brands.add(new Span(brandStart, text.length()));
      }
      if (!text.isEmpty()) {
        out.add(title(text.toString(), brands));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
