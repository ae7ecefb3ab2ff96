package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The word matcher finds exactly the substring hits that respect word boundaries, for terms that
 * begin inside or outside a word, on texts longer than one block of its pass, and agrees with the
 * normaliser's word classes.
 */
class WordMatcherTests {

  /**
   * Terms that begin with punctuation or a Chinese char run through the automaton, which the
   * matcher steps only outside spaced words; they may go on into words ({@code -ab}, {@code 中a}).
   */
  @Property(tries = 500)
  void termsThatBeginOutsideAWordAreFoundInsideText(
      @ForAll @Size(max = 20) List<@StringLength(min = 1, max = 5) @Chars({'a', 'b', '1', '-', ' ', '\u4e2d'}) String> raw,
      @ForAll @StringLength(max = 60) @Chars({'a', 'b', 'c', '1', '-', ' ', '&', '\u4e2d', '\u4e2e'}) String text) {
    List<String> terms = raw.stream().map(String::strip).toList();
    assertThat(found(WordMatcher.build(terms), text)).containsExactlyInAnyOrderElementsOf(expected(terms, text));
  }

  /**
   * Long texts (several 64-char blocks of the first pass), terms of several words with what
   * stands between them, terms that share openings (a word, two words, the first chars), terms
   * that are the same text under two ids, and floating terms long enough for every length of key.
   */
  @Property(tries = 300)
  void longTextsAndTermsOfSeveralWords(
      @ForAll @Size(max = 40) List<@StringLength(min = 1, max = 12) @Chars({'a', 'b', '1', ' ', '-', '\u4e2d', '\u6587'}) String> raw,
      @ForAll @StringLength(max = 300) @Chars({'a', 'b', 'c', '1', '2', ' ', '-', '&', '\u4e2d', '\u6587', '\u5b57'}) String text) {
    List<String> terms = new ArrayList<>(raw.stream().map(String::strip).toList());
    if (!terms.isEmpty()) {
      terms.add(terms.get(0)); // the same text under another id
    }
    assertThat(found(WordMatcher.build(terms), text)).containsExactlyInAnyOrderElementsOf(expected(terms, text));
  }

  /**
   * Texts of ASCII only take the first pass eight chars at a time: upper and lower case, digits,
   * spaces, tabs, control chars and punctuation, terms that begin with punctuation (so places
   * outside words are looked for too), on texts of several 64-char blocks.
   */
  @Property(tries = 500, shrinking = ShrinkingMode.OFF) // (jqwik's shrinker fails on these annotated lists)
  void textsOfAsciiOnly(
      @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 8) @Chars({'a', 'B', 'z', '1', '9', ' ', '-', '&', '/'}) String> raw,
      @ForAll @StringLength(max = 200) @Chars({'a', 'B', 'z', 'Z', '0', '1', '9', ' ', '\t', '-', '&', '/', '@', '[', '`', '{', ':', '\u0000', '\u007f'}) String text) {
    List<String> terms = raw.stream().map(String::strip).toList();
    assertThat(found(WordMatcher.build(terms), text)).containsExactlyInAnyOrderElementsOf(expected(terms, text));
  }

  /** A text that is ASCII but for one char finds what the same text of ASCII finds. */
  @Test
  void asciiAndOtherTextsAgree() {
    List<String> terms = List.of("nike", "air max", "&pizza", "h&m", "2019", "max 90");
    WordMatcher matcher = WordMatcher.build(terms);
    String ascii = "Nike nike AIR MAX air max 90 nike2019 &pizza h&m/nike ".repeat(3);
    List<String> inAscii = found(matcher, ascii);
    assertThat(inAscii).containsExactlyInAnyOrderElementsOf(expected(terms, ascii)).hasSize(24);
    assertThat(found(matcher, ascii + "\u00e9")).containsExactlyInAnyOrderElementsOf(inAscii);
    assertThat(found(matcher, ascii + "耐克")).containsExactlyInAnyOrderElementsOf(inAscii);
  }

  /**
   * UTF-8 writes an unpaired surrogate as {@code ?}, one byte, so such a text passes for ASCII: a
   * term that holds {@code ?} is not found at the surrogate, and a term that holds the surrogate is.
   */
  @Test
  void anUnpairedSurrogateIsNotAQuestionMark() {
    List<String> terms = List.of("a?b", "yy");
    WordMatcher matcher = WordMatcher.build(terms);
    String surrogate = "xx a\uDC00b yy";
    assertThat(found(matcher, surrogate)).containsExactlyInAnyOrderElementsOf(expected(terms, surrogate))
        .containsExactly("1@7-9");
    assertThat(found(matcher, "xx a?b yy")).containsExactlyInAnyOrder("0@3-6", "1@7-9");

    List<String> withSurrogate = List.of("a\uDC00b", "a?b", "yy");
    WordMatcher both = WordMatcher.build(withSurrogate);
    assertThat(found(both, surrogate)).containsExactlyInAnyOrderElementsOf(expected(withSurrogate, surrogate))
        .containsExactlyInAnyOrder("0@3-6", "2@7-9");
    assertThat(found(both, "xx a?b yy")).containsExactlyInAnyOrder("1@3-6", "2@7-9");

    List<String> led = List.of("?pizza", "pizza");
    WordMatcher ledMatcher = WordMatcher.build(led);
    assertThat(found(ledMatcher, "a \uDC00pizza")).containsExactly("1@3-8");
    assertThat(found(ledMatcher, "a ?pizza")).containsExactlyInAnyOrder("0@2-8", "1@3-8");
  }

  /**
   * Floating keys of different lengths may be equal as numbers (one char's and a pair with the
   * sentinel after the text, one char's and a hash of three chars): each hit is reported once.
   */
  @Test
  void floatingKeysThatAreEqualAsNumbersReportEachHitOnce() {
    // the collisions this test is about, so that it cannot pass for want of one
    assertThat(WordMatcher.floatingKey(new char[] {'\uFFFF', 0}, 0, 2)).isEqualTo(~'\uFFFF');
    assertThat(WordMatcher.floatingKey("中\u19EF\u62EF".toCharArray(), 0, 3)).isEqualTo(~'中');
    List<String> ffff = List.of("\uFFFF");
    for (String text : List.of("\uFFFF", "x\uFFFF\u0000y")) {
      assertThat(found(WordMatcher.build(ffff), text)).as(text).containsExactlyElementsOf(expected(ffff, text));
    }
    List<String> terms = List.of("中", "中\u19EF");
    String text = "中\u19EF\u62EF";
    assertThat(found(WordMatcher.build(terms), text)).containsExactlyInAnyOrder("0@0-1", "1@0-2");
  }

  /**
   * A term that begins with ASCII punctuation before a word is found from that word with its lead
   * compared too: at the text's start, after a word char or another punctuation, over two words,
   * and not where the text has the word without the lead or too little room before it.
   */
  @Test
  void aTermLedByPunctuationIsFoundFromItsFirstWord() {
    List<String> terms = List.of("&pizza", "+vision", "& other stories", "--x 2", "pizza", "%");
    WordMatcher matcher = WordMatcher.build(terms);
    String text = "&pizza x&pizza &&pizza pizza &pizzas +vision h& other stories --x 2 100%";
    for (String t : List.of(text, text + " \u00e9", "vision pizza", "(vision)")) {
      assertThat(found(matcher, t)).as(t).containsExactlyInAnyOrderElementsOf(expected(terms, t));
    }
    assertThat(found(matcher, text)).contains("0@0-6", "0@8-14", "0@16-22", "1@37-44", "2@46-61", "3@62-67", "5@71-72")
        .doesNotContain("0@29-35");
    assertThat(found(matcher, "vision pizza")).containsExactly("4@7-12");
  }

  /**
   * A place outside words is looked at only where the next char may be a floating term's second:
   * terms that begin at the last char of a 64-char block (their second in the next block), terms of
   * one char, and a first char followed by another term's second.
   */
  @Test
  void floatingTermsAcrossBlocks() {
    List<String> terms = List.of("中文", "字", "文中", "中字字");
    WordMatcher matcher = WordMatcher.build(terms);
    for (int pad = 60; pad <= 66; pad++) {
      String text = "a".repeat(pad) + " 中文字 中字字 文字中文 中a";
      assertThat(found(matcher, text)).as("pad " + pad).containsExactlyInAnyOrderElementsOf(expected(terms, text))
          .contains("0@" + (pad + 1) + "-" + (pad + 3), "3@" + (pad + 5) + "-" + (pad + 8));
    }
  }

  /** A term may begin with a space (terms from elsewhere than the normaliser): spaces are then places to look at. */
  @Test
  void aTermThatBeginsWithASpace() {
    List<String> terms = List.of(" &x", "a");
    WordMatcher matcher = WordMatcher.build(terms);
    for (String text : List.of("a &x b", "a &x b \u00e9")) {
      assertThat(found(matcher, text)).containsExactlyInAnyOrderElementsOf(expected(terms, text)).contains("0@1-4");
    }
  }

  /** The eight-at-a-time classes of ASCII agree with the class table, for every char in every lane. */
  @Test
  void asciiClassesAgreeWithTheTable() {
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c < 0x80; c++) {
      for (int lane = 0; lane < 8; lane++) {
        long eight = 0x2e2e2e2e2e2e2e2eL & ~(0xFFL << 8 * lane) | (long) c << 8 * lane; // '.' elsewhere
        boolean letter = (WordMatcher.letters(eight) >>> 8 * lane & 0x80) != 0;
        boolean digit = (WordMatcher.digits(eight) >>> 8 * lane & 0x80) != 0;
        boolean wordChar = TextNormalizer.isSpacedWordChar((char) c);
        boolean expectedLetter = wordChar && TextNormalizer.sameWord('a', (char) c);
        boolean expectedDigit = wordChar && !expectedLetter;
        long others = WordMatcher.letters(eight) | WordMatcher.digits(eight);
        if (letter != expectedLetter || digit != expectedDigit || (others & ~(0x80L << 8 * lane)) != 0) {
          disagreements.add(Integer.toHexString(c) + " in lane " + lane);
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void termsOfSeveralWordsAndTheirOpenings() {
    List<String> terms = List.of("nike", "nike air", "nike air max", "air max", "nike2019", "max", "耐克", "耐克 air",
        "&pizza", "h&m");
    WordMatcher matcher = WordMatcher.build(terms);
    String text = "nike air max 耐克 air h&m &pizza nike2019 nikeair";
    assertThat(found(matcher, text)).containsExactlyInAnyOrderElementsOf(expected(terms, text));
    assertThat(found(matcher, text)).contains("0@0-4", "1@0-8", "2@0-12", "3@5-12", "5@9-12", "6@13-15", "7@13-19",
        "9@20-23", "8@24-30", "4@31-39", "0@31-35");
  }

  /** A term longer than a group's length field holds is refused when the matcher is built. */
  @Test
  void aTermOfMoreThan65535CharsIsRefused() {
    assertThatThrownBy(() -> WordMatcher.build(List.of("nike", "a".repeat(70_000))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000 chars");
    assertThat(found(WordMatcher.build(List.of("a".repeat(65_535))), "a".repeat(65_535))).containsExactly("0@0-65535");
  }

  /** A sink that searches again on the same thread gets buffers of its own. */
  @Test
  void aSinkMaySearchAgain() {
    WordMatcher matcher = WordMatcher.build(List.of("nike", "adidas"));
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    matcher.match("nike and adidas", (id, s, e) -> {
      outer.add(id + "@" + s);
      matcher.match("adidas or nike", (id2, s2, e2) -> inner.add(id2 + "@" + s2));
    });
    assertThat(outer).containsExactlyInAnyOrder("0@0", "1@9");
    assertThat(inner).containsExactlyInAnyOrder("1@0", "0@10", "1@0", "0@10");
  }

  /** A text longer than the buffers a thread keeps is searched with buffers of its own. */
  @Test
  void aLongDescription() {
    List<String> terms = List.of("nike", "air max", "耐克");
    StringBuilder b = new StringBuilder();
    while (b.length() < WordMatcher.KEPT_SCRATCH_CHARS + 100) {
      b.append("genuine nike air max 耐克 shoes, ");
    }
    String text = b.toString();
    WordMatcher matcher = WordMatcher.build(terms);
    assertThat(found(matcher, text)).containsExactlyInAnyOrderElementsOf(expected(terms, text));
    assertThat(found(matcher, "nike")).containsExactly("0@0-4"); // and short texts after it
  }

  private static List<String> found(WordMatcher matcher, String text) {
    List<String> actual = new ArrayList<>();
    matcher.match(text, (id, s, e) -> actual.add(id + "@" + s + "-" + e));
    return actual;
  }

  /** Every substring hit of every term, kept where it respects word boundaries. */
  private static List<String> expected(List<String> terms, String text) {
    List<String> expected = new ArrayList<>();
    for (int id = 0; id < terms.size(); id++) {
      String term = terms.get(id);
      if (term.isEmpty()) {
        continue;
      }
      for (int s = text.indexOf(term); s >= 0; s = text.indexOf(term, s + 1)) {
        int e = s + term.length();
        boolean startOk = !TextNormalizer.isSpacedWordChar(term.charAt(0)) || s == 0
            || !TextNormalizer.sameWord(text.charAt(s - 1), text.charAt(s));
        boolean endOk = !TextNormalizer.isSpacedWordChar(term.charAt(term.length() - 1)) || e == text.length()
            || !TextNormalizer.sameWord(text.charAt(e - 1), text.charAt(e));
        if (startOk && endOk) {
          expected.add(id + "@" + s + "-" + e);
        }
      }
    }
    return expected;
  }

  /** The class table the matcher reads word boundaries from agrees with the normaliser's rule. */
  @Test
  void wordClassesAgreeWithSameWord() {
    char[] samples = {'a', 'Z', '1', '\u0663', '\u00e9', '\u0436', '\u4e2d', '\u30a2', ' ', '-', '_', '\u0000'};
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      for (char s : samples) {
        if (WordMatcher.inOneWord(s, (char) c) != TextNormalizer.sameWord(s, (char) c)
            || WordMatcher.inOneWord((char) c, s) != TextNormalizer.sameWord((char) c, s)) {
          disagreements.add(Integer.toHexString(s) + "/" + Integer.toHexString(c));
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }
}
