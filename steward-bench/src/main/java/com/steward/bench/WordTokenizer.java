package com.steward.bench;

import com.steward.core.screening.TextNormalizer;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits normalised text where steward's word matcher sees a boundary, so that a phrase of tokens
 * matches exactly where {@link com.steward.core.screening.WordMatcher} reports a term.
 *
 * <ul>
 *   <li>A run of spaced-script letters, or of digits, is one token ({@link TextNormalizer#sameWord}:
 *       {@code iphone15} is {@code iphone}, {@code 15}).
 *   <li>Every other char is a token of its own: whitespace, punctuation, and each Chinese or
 *       Japanese char (a surrogate pair stays one token). Per-char tokens, not bigrams, because CJK
 *       titles have no spaces and a brand may start or end at any char: with one token a char, a
 *       term is a phrase of its chars and matches wherever its chars stand in a row, which is
 *       steward's semantics for unspaced scripts. Bigrams (Lucene's CJK bigram filter) would need
 *       unigrams as well for one-char names, and phrases that depend on where a term starts
 *       within a bigram, for the same result.
 *   <li>Whitespace is kept as tokens, not dropped as position gaps: a gap can be filled by another
 *       token ({@code b c} would match "b1c"), and {@code iphone 15} and {@code iphone15} must stay
 *       different phrases, as they are different strings to steward.
 * </ul>
 *
 * <p>A term's start and end are then always token edges, and a term's tokens occur in a row in a
 * title's tokens exactly where the term occurs on word boundaries.
 */
final class WordTokenizer extends Tokenizer {

  /** An analyzer that runs this tokenizer alone, for queries and documents alike. */
  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WordTokenizer());
      }
    };
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  private char[] text = new char[256];
  private int length;
  private int at;

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    at = 0;
    for (int read; (read = input.read(text, length, text.length - length)) > 0; ) {
      length += read;
      if (length == text.length) {
        text = java.util.Arrays.copyOf(text, text.length * 2);
      }
    }
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (at == length) {
      return false;
    }
    int start = at;
    char c = text[at++];
    if (TextNormalizer.isSpacedWordChar(c)) {
      while (at < length && TextNormalizer.sameWord(text[at - 1], text[at])) {
        at++;
      }
    } else if (Character.isHighSurrogate(c) && at < length && Character.isLowSurrogate(text[at])) {
      at++;
    }
    term.copyBuffer(text, start, at - start);
    offset.setOffset(correctOffset(start), correctOffset(at));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(correctOffset(length), correctOffset(length));
  }
}
