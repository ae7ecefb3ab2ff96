package com.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.WordMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Lucene Monitor over {@link WordTokenizer} finds the same terms as steward's word matcher. */
class LuceneWordsTests {

  @Test
  void wordSemanticsOnSampleTitles() {
    List<String> terms = normalised(List.of("Nike", "Nike Air", "Air", "iPhone", "iPhone15", "H&M", "3M",
        "耐克", "阿迪达斯", "李宁", "ユニクロ", "Samsung Galaxy", "Galaxy S", "Apple"));
    List<String> titles = normalised(List.of(
        "Nike Air Max 90 running shoes",
        "Nikelodeon cartoon DVD",
        "Apple iPhone15 Pro 256GB",
        "iPhone 15 case for Apple iphone",
        "H&M cotton shirt, not H & M",
        "3M tape 3mm",
        "正品耐克运动鞋阿迪达斯李宁同款",
        "ユニクロのTシャツ",
        "Samsung Galaxy S23 Ultra",
        "SamsungGalaxy tab"));
    for (String t : titles) {
      assertThat(lucene(terms, t)).as(t).isEqualTo(words(terms, t));
    }
    // ids are positions in the term list: Nike 0, Nike Air 1, Air 2, iPhone 3, iPhone15 4, H&M 5, ...
    assertThat(lucene(terms, titles.get(0))).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(lucene(terms, titles.get(1))).isEmpty();
    assertThat(lucene(terms, titles.get(2))).containsExactlyInAnyOrder(3, 4, 13);
    assertThat(lucene(terms, titles.get(3))).containsExactlyInAnyOrder(3, 13);
    assertThat(lucene(terms, titles.get(4))).containsExactly(5);
    assertThat(lucene(terms, titles.get(6))).containsExactlyInAnyOrder(7, 8, 9);
    assertThat(lucene(terms, titles.get(8))).containsExactlyInAnyOrder(11, 12);
    assertThat(lucene(terms, titles.get(9))).isEmpty();
  }

  @Property(tries = 200)
  void sameTermsAsWordMatcher(
      @ForAll @Size(max = 20) List<@StringLength(min = 1, max = 5) @CharRange(from = 'a', to = 'f') String> latin,
      @ForAll @Size(max = 5) List<@StringLength(min = 1, max = 3) @CharRange(from = '\u4e00', to = '\u4e02') String> han,
      @ForAll @StringLength(max = 50) @CharRange(from = 'a', to = 'f') String text,
      @ForAll @StringLength(max = 10) @CharRange(from = '\u4e00', to = '\u4e03') String chinese) {
    // d, e and f read as a space, a digit and a hyphen, in terms and text alike
    List<String> terms = new ArrayList<>();
    for (String t : latin) {
      String s = spaced(t).strip();
      if (!s.isEmpty()) {
        terms.add(s);
      }
    }
    terms.addAll(han);
    terms.add("b 中");
    terms.add("a-1");
    String t = spaced(text) + chinese + spaced(text);
    try (LuceneWords lucene = LuceneWords.build(terms)) {
      Set<Integer> actual = new TreeSet<>();
      lucene.match(t, id -> actual.add(Integer.parseInt(id)));
      assertThat(actual).isEqualTo(words(terms, t));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String spaced(String s) {
    return s.replace('d', ' ').replace('e', '1').replace('f', '-');
  }

  private static List<String> normalised(List<String> raw) {
    return BenchData.normalised(raw);
  }

  private static Set<Integer> words(List<String> terms, String title) {
    Set<Integer> out = new TreeSet<>();
    WordMatcher.build(terms).match(title, (id, s, e) -> out.add(id));
    return out;
  }

  private static Set<Integer> lucene(List<String> terms, String title) {
    Set<Integer> out = new TreeSet<>();
    try (LuceneWords lucene = LuceneWords.build(terms)) {
      lucene.match(title, id -> out.add(Integer.parseInt(id)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
