package com.steward.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Brand names, aliases, keywords and suspicious terms matched in listing text in one pass:
 * normalise, run the {@link TermMatcher}, keep the hits that respect word boundaries, and map them
 * back to the original text. In spaced scripts a term must stand as a word or words ({@code nike}
 * matches "Nike Air", not "Nikelodeon"); in Chinese and Japanese, which have no spaces, it may
 * stand anywhere. Immutable and thread-safe; rebuild to change the dictionary.
 */
public final class BrandMatcher {

  /** What a term is to the rules. */
  public enum Kind {
    BRAND_NAME,
    ALIAS,
    KEYWORD,
    SUSPICIOUS
  }

  /** A dictionary entry: {@code owner} is the brand it belongs to (empty for suspicious terms). */
  public record Term(String owner, String text, Kind kind) {}

  /**
   * A hit: the term, the range {@code [start, end)} of the original text it covers (UTF-16), and
   * the range {@code [normalizedStart, normalizedEnd)} of the normalised text.
   */
  public record Hit(Term term, int start, int end, int normalizedStart, int normalizedEnd) {}

  /** The hits in a text, with the text as normalised. */
  public record Found(NormalizedText text, List<Hit> hits) {}

  private final TextNormalizer normalizer;
  private final List<Term> terms;
  private final WordMatcher matcher;
  /** Per term, the normalised positions that stand for a doubled letter in the term itself; null if none. */
  private final boolean[][] doubled;

  private BrandMatcher(TextNormalizer normalizer, List<Term> terms, List<String> normalized, boolean[][] doubled) {
    this.normalizer = normalizer;
    this.terms = List.copyOf(terms);
    this.matcher = WordMatcher.build(normalized);
    this.doubled = doubled;
  }

  public static BrandMatcher build(List<Term> terms) {
    TextNormalizer normalizer = TextNormalizer.standard();
    List<String> normalized = new ArrayList<>(terms.size());
    boolean[][] doubled = new boolean[terms.size()][];
    for (int t = 0; t < terms.size(); t++) {
      NormalizedText n = normalizer.normalize(terms.get(t).text());
      String text = n.text();
      int lead = 0;
      while (lead < text.length() && text.charAt(lead) == ' ') {
        lead++;
      }
      String stripped = text.strip();
      normalized.add(stripped);
      for (int k = 0; k < stripped.length(); k++) {
        if (letters(n, lead + k) >= 2) {
          doubled[t] = doubled[t] == null ? new boolean[stripped.length()] : doubled[t];
          doubled[t][k] = true;
        }
      }
    }
    return new BrandMatcher(normalizer, terms, normalized, doubled);
  }

  /**
   * How many times the original text wrote the letter that normalised char {@code k} stands for:
   * a collapsed run ({@code nn}) stands for several; anything else ({@code rn} read as {@code m},
   * a letter with its accents) for one.
   */
  private static int letters(NormalizedText n, int k) {
    String o = n.original();
    int count = 0;
    int first = -1;
    for (int i = n.originalStart(k); i < n.originalEnd(k); i += Character.charCount(o.codePointAt(i))) {
      int c = o.codePointAt(i);
      if (Character.isLetter(c)) {
        int folded = Character.toLowerCase(c);
        if (first >= 0 && folded != first) {
          return 1;
        }
        first = folded;
        count++;
      }
    }
    return Math.max(count, 1);
  }

  /**
   * Whether a hit stands on a real word that only collapsing double letters made look like the
   * term: a letter written exactly twice where the term has it once ({@code channel} is not
   * {@code Chanel}). Three or more times is a disguise ({@code Niiike}) and matches.
   */
  private boolean doubledOnlyInText(int id, NormalizedText n, int start, int end) {
    for (int k = start; k < end; k++) {
      if (letters(n, k) == 2 && (doubled[id] == null || !doubled[id][k - start])) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return terms.size();
  }

  /** Every hit in {@code text}, in order of where it ends (then of where it starts). */
  public List<Hit> find(String text) {
    return findIn(text).hits();
  }

  /** Every hit in {@code text}, with the normalised text they were found in. */
  public Found findIn(String text) {
    NormalizedText n = normalizer.normalize(text);
    String s = n.text();
    List<Hit> hits = new ArrayList<>();
    matcher.match(s, (id, start, end) -> {
      if (!doubledOnlyInText(id, n, start, end)) {
        hits.add(new Hit(terms.get(id), n.originalStart(start), n.originalEnd(end - 1), start, end));
      }
    });
    hits.sort(java.util.Comparator.comparingInt(Hit::end).thenComparingInt(Hit::start));
    return new Found(n, hits);
  }
}
