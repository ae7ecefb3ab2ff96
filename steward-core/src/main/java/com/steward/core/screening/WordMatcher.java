package com.steward.core.screening;

import java.util.List;

/**
 * Matches normalised terms in normalised text with word semantics: a term that begins or ends
 * with a letter or digit of a spaced script must begin or end on a word boundary there
 * ({@code nike} matches "nike air", not "nikelodeon"); Chinese and Japanese have no spaces, so
 * there a term may stand anywhere. A letter next to a digit is a boundary too ({@code nike2019},
 * see {@link TextNormalizer#sameWord}).
 *
 * <p>Word semantics let the search rule out nearly every place in a title with one read of a
 * small filter, and check the few places left against a handful of candidate terms. It is not an
 * automaton, which would read its (large) transition table for every char, each read waiting for
 * the one before (see {@link TermMatcher}).
 *
 * <ul>
 *   <li><b>Anchored terms</b> (those that begin with a spaced word char) can only start where a
 *       word starts. Their words line up with the text's: within a term, a word ends where the
 *       class of char changes, so the text's word must end there too, and the term's last word
 *       must end where the text's does. A term of one word is therefore keyed by that word, and a
 *       term of several by its first two words, whatever stands between them; the text offers,
 *       at each word, the key of the word and the key of the word with the next one.
 *   <li><b>Floating terms</b> (Chinese names, terms that begin with punctuation) may start at any
 *       char that is not a spaced word char, and are keyed by their first chars, up to
 *       {@value #FLOATING_KEY_CHARS}.
 *   <li>A word's key is a {@link #fingerprint} of its length and four of its chars, taken once its
 *       end is known, so the pass over the text carries no hash from char to char.
 * </ul>
 *
 * A search makes three passes, none with a branch on the text's chars (a branch on where words end
 * is mispredicted about once a word, which costs more than the rest): one over the chars, 64 at a
 * time, for where words start and end and which chars may begin a floating term; one over the
 * words, each with one read of the anchored terms' filter (is a term this word alone, may a longer
 * one begin with it), and one more for the word with the next where a longer one may; then the
 * few places that pass are compared with their group of terms in an {@link OpeningIndex}. The
 * filter reads do not wait for one another, so even a filter too large for the caches costs about
 * one miss a title. (Keeping every continuation's bits in the first word's long, to answer all
 * with one read, was tried: a first word with hundreds of continuations, as a large dictionary
 * has, fills its long, and then every word after it passes.)
 *
 * <p>Whether a hit may end at {@code e} depends only on the text: if the term's last char is not
 * a spaced word char, {@code text[e - 1]} is not one either and {@code sameWord} is false there.
 */
public final class WordMatcher {

  /**
   * Per char, what word boundaries need: 0 if it is no spaced word char, else 1 + whether it is a
   * letter; two chars are in one word ({@link TextNormalizer#sameWord}) when their classes are
   * equal and not 0.
   */
  private static final byte[] WORD_CLASS = wordClasses();

  /** How many chars of a floating term its key takes at most. */
  private static final int FLOATING_KEY_CHARS = 4;

  /**
   * Filter bits per term: two bits of one long each for a key; at 16 bits a key about 1.4% of
   * absent keys pass.
   */
  private static final int BITS_PER_KEY = 16;

  private static final int CLASS = 3;
  private static final int FLOATING_START = 2;

  /**
   * Texts shorter than this reuse their thread's buffers (titles, most descriptions); a longer
   * one gets its own, so that a thread does not keep megabytes for one long description.
   */
  static final int KEPT_SCRATCH_CHARS = 8192;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final OpeningIndex anchored;
  private final OpeningIndex floating;
  /**
   * The anchored terms' filter, a blocked Bloom filter: the long that a first word's
   * {@link OpeningIndex#mix} chooses holds two bits if a term is that word alone, and two other
   * bits if a longer term begins with it ({@link #opensLonger}); the key of a term's first two
   * words has two bits of its own long. A word of the text is read once for both questions, and
   * the pair with the next word only if a longer term may begin with it.
   */
  private final long[] openings;
  private final int openingsShift;
  /**
   * The floating terms' filter: their first two chars, and the char of a term of one char (as
   * {@code ~c}), which a place outside words must pass before its keys are looked up.
   */
  private final long[] gate;
  private final int gateShift;
  /** Whether any floating term is a single char: usually none, and then no place looks for one. */
  private final boolean singles;
  /**
   * Per char: its word class ({@link #CLASS}), and whether it begins a floating term (the bit
   * {@link #FLOATING_START}), so that the pass over the text reads one table.
   */
  private final byte[] kinds = WORD_CLASS.clone();

  private WordMatcher(List<String> terms) {
    int n = terms.size();
    int[] aKeys = new int[n];
    int[] aFirsts = new int[n]; // the fingerprint of the term's first word
    boolean[] aLonger = new boolean[n]; // whether a second word follows it
    String[] aTexts = new String[n];
    int[] aIds = new int[n];
    int[] fKeys = new int[n];
    String[] fTexts = new String[n];
    int[] fIds = new int[n];
    int a = 0;
    int f = 0;
    for (int id = 0; id < n; id++) {
      String t = terms.get(id);
      if (t.isEmpty()) {
        continue;
      }
      char[] cs = t.toCharArray();
      if (TextNormalizer.isSpacedWordChar(cs[0])) {
        // keyed by its one word, or by its first two words whatever stands between them
        int firstEnd = runEnd(cs, 0);
        int first = fingerprint(cs, 0, firstEnd);
        int second = nextWord(cs, firstEnd);
        aFirsts[a] = first;
        aLonger[a] = second < cs.length;
        aKeys[a] = aLonger[a] ? pairKey(first, fingerprint(cs, second, runEnd(cs, second))) : first;
        aTexts[a] = t;
        aIds[a++] = id;
      } else {
        fKeys[f] = floatingKey(cs, 0, Math.min(cs.length, FLOATING_KEY_CHARS));
        fTexts[f] = t;
        fIds[f++] = id;
      }
    }
    // Sized by terms, not keys: a longer term sets two keys (its first word's marker and its pair),
    // but a larger filter was slower at a million terms than the few more that pass.
    openings = new long[filterLongs(a)];
    openingsShift = 64 - Integer.numberOfTrailingZeros(openings.length);
    for (int k = 0; k < a; k++) {
      long first = OpeningIndex.mix(aFirsts[k]);
      if (aLonger[k]) {
        openings[(int) (first >>> openingsShift)] |= opensLonger(first);
        long pair = OpeningIndex.mix(aKeys[k]);
        openings[(int) (pair >>> openingsShift)] |= bloomBits(pair);
      } else {
        openings[(int) (first >>> openingsShift)] |= bloomBits(first);
      }
    }
    gate = new long[filterLongs(f)];
    gateShift = 64 - Integer.numberOfTrailingZeros(gate.length);
    boolean anySingle = false;
    for (int k = 0; k < f; k++) {
      String t = fTexts[k];
      kinds[t.charAt(0)] |= 1 << FLOATING_START;
      anySingle |= t.length() == 1;
      addToGate(t.length() == 1 ? ~t.charAt(0) : pair(t.charAt(0), t.charAt(1)));
    }
    singles = anySingle;
    anchored = new OpeningIndex(aKeys, aTexts, aIds, a);
    floating = new OpeningIndex(fKeys, fTexts, fIds, f);
  }

  /** Terms already normalised with {@link TextNormalizer}. */
  public static WordMatcher build(List<String> normalisedTerms) {
    return new WordMatcher(normalisedTerms);
  }

  private static byte[] wordClasses() {
    byte[] classes = new byte[0x10000];
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      if (TextNormalizer.isSpacedWordChar(ch)) {
        classes[c] = (byte) (TextNormalizer.sameWord('a', ch) ? 2 : 1);
      }
    }
    return classes;
  }

  /** Where the next word at or after {@code from} begins; the length if none does. */
  private static int nextWord(char[] t, int from) {
    int i = from;
    while (i < t.length && WORD_CLASS[t[i]] == 0) {
      i++;
    }
    return i;
  }

  /** Where the run of chars of one class that begins at {@code from} ends. */
  private static int runEnd(char[] t, int from) {
    int cls = WORD_CLASS[t[from]];
    int e = from + 1;
    while (e < t.length && WORD_CLASS[t[e]] == cls) {
      e++;
    }
    return e;
  }

  private static int pairKey(int first, int second) {
    return first * 0x01000193 ^ Integer.rotateLeft(second, 16) ^ 0x5bd1e995;
  }

  /**
   * A word's key, from its length and four of its chars (the first two and the last two), read once
   * its end is known, so that the pass over the text carries no hash from char to char;
   * {@link OpeningIndex#mix} spreads it.
   */
  private static int fingerprint(char[] cs, int from, int to) {
    int last = to - 1;
    return (to - from) << 26 ^ cs[from] ^ cs[Math.min(from + 1, last)] << 6 ^ cs[Math.max(last - 1, from)] << 12
        ^ cs[last] << 18;
  }

  private static int pair(char a, char b) {
    return a << 16 | b;
  }

  /**
   * A floating term's key: its first {@value #FLOATING_KEY_CHARS} chars, or all of a shorter one,
   * so that terms that share a short opening (a Chinese name and its variants) do not all land in
   * one group. A key of one char is one that no pair has (a pair that began with U+FFFF, which is
   * not a character); the lengths are told apart by the hash.
   */
  private static int floatingKey(char[] cs, int from, int length) {
    return switch (length) {
      case 1 -> ~cs[from];
      case 2 -> pair(cs[from], cs[from + 1]);
      default -> {
        int h = pair(cs[from], cs[from + 1]) * 0x01000193 ^ cs[from + 2];
        yield length == 3 ? h : (h * 0x01000193 ^ cs[from + 3]) + 0x7f4a7c15;
      }
    };
  }

  /** A power of two of longs, {@link #BITS_PER_KEY} bits per key, at least 64 longs. */
  private static int filterLongs(int keys) {
    long bits = Math.max(64L * 64, (long) keys * BITS_PER_KEY);
    return (int) Math.min(1 << 24, Long.highestOneBit(bits - 1) << 1 >>> 6);
  }

  /**
   * The bits that say, in a first word's long of {@link #openings}, that a term of several words
   * begins with it: one pair of bits per first word, whatever its continuations, so that a word
   * that begins hundreds of terms does not fill its long.
   */
  private static long opensLonger(long mixed) {
    return 1L << (mixed >>> 32) | 1L << (mixed >>> 38);
  }

  /** A blocked Bloom filter's bits for a mixed key: two of its middle fields choose them. */
  private static long bloomBits(long mixed) {
    return 1L << (mixed >>> 20) | 1L << (mixed >>> 26);
  }

  /** The gate is a blocked Bloom filter: a key's mix chooses a long and two bits of it. */
  private void addToGate(int key) {
    long m = OpeningIndex.mix(key);
    gate[(int) (m >>> gateShift)] |= bloomBits(m);
  }

  private boolean gateMayPass(int key) {
    long m = OpeningIndex.mix(key);
    long bits = bloomBits(m);
    return (gate[(int) (m >>> gateShift)] & bits) == bits;
  }


  /**
   * The floating terms that start at {@code i}, which passed the gate: those of each length of key
   * that fits, each key checked once (keys of different lengths may be equal as numbers).
   */
  private void floatingAt(char[] cs, int n, int i, TermMatcher.Sink sink) {
    int k2 = floatingKey(cs, i, 2);
    floating.check(k2, cs, n, i, sink);
    if (i + 3 <= n) {
      int k3 = floatingKey(cs, i, 3);
      if (k3 != k2) {
        floating.check(k3, cs, n, i, sink);
      }
      if (i + 4 <= n) {
        int k4 = floatingKey(cs, i, 4);
        if (k4 != k2 && k4 != k3) {
          floating.check(k4, cs, n, i, sink);
        }
      }
    }
  }

  /**
   * Calls {@code sink} for every occurrence that respects word boundaries, in no particular order.
   */
  public void match(String text, TermMatcher.Sink sink) {
    if (text.length() >= KEPT_SCRATCH_CHARS) {
      match(text, new Scratch(), sink); // a long description: buffers for this search only
      return;
    }
    Scratch scratch = SCRATCH.get();
    if (scratch.busy) {
      scratch = new Scratch(); // a sink that searches again, on this thread
    }
    scratch.busy = true;
    try {
      match(text, scratch, sink);
    } finally {
      scratch.busy = false;
    }
  }

  private void match(String text, Scratch scratch, TermMatcher.Sink sink) {
    int n = text.length();
    char[] cs = scratch.chars(n + 1);
    text.getChars(0, n, cs, 0);
    cs[n] = 0; // a sentinel: of no class, and a pair with it begins no floating term
    int[] wordStarts = scratch.wordStarts;
    int[] wordEnds = scratch.wordEnds;
    int[] candidates = scratch.candidates;

    // Pass 1, without a branch on the text, 64 chars at a time: a bit per char where the class
    // changes, and a bit per char outside words that begins a floating term; then one step per
    // bit set. (Branches on where words end would be mispredicted about once a word, which costs
    // more than all the rest.)
    int previous = 0;
    int starts = 0;
    int ends = 0;
    int floating = 0;
    final byte[] kinds = this.kinds;
    for (int block = 0; block <= n; block += 64) {
      int to = Math.min(block + 64, n + 1);
      long wordStartBits = 0;
      long wordEndBits = 0;
      long floatBits = 0;
      for (int i = block; i < to; i++) {
        int kind = kinds[cs[i]];
        int cls = kind & CLASS;
        long change = ((cls ^ previous) + 3) >>> 2; // 1 where the class changes: classes are 0 to 2
        wordStartBits |= (change & (cls + 3) >>> 2) << i;
        wordEndBits |= (change & (previous + 3) >>> 2) << i;
        floatBits |= (long) (kind >>> FLOATING_START) << i;
        previous = cls;
      }
      while (wordStartBits != 0) {
        wordStarts[starts++] = block + Long.numberOfTrailingZeros(wordStartBits);
        wordStartBits &= wordStartBits - 1;
      }
      while (wordEndBits != 0) {
        wordEnds[ends++] = block + Long.numberOfTrailingZeros(wordEndBits);
        wordEndBits &= wordEndBits - 1;
      }
      while (floatBits != 0) {
        candidates[floating++] = block + Long.numberOfTrailingZeros(floatBits);
        floatBits &= floatBits - 1;
      }
    }

    // Pass 2, again without a branch on the outcome: each word's key, and one read of the filter
    // for whether a term is this word and whether a longer term may begin with it. The reads do
    // not wait for one another, so a large dictionary's filter costs about one miss of the caches a
    // title rather than one a word.
    int words = starts;
    int[] keys = scratch.keys;
    int[] passed = scratch.passed;
    int[] alone = scratch.alone;
    int[] opening = scratch.opening;
    final long[] openings = this.openings;
    final int shift = this.openingsShift;
    int passes = 0;
    int opens = 0;
    for (int w = 0; w < words; w++) {
      int key = fingerprint(cs, wordStarts[w], wordEnds[w]);
      keys[w] = key;
      long m = OpeningIndex.mix(key);
      long block = openings[(int) (m >>> shift)];
      long bits = bloomBits(m);
      int pass = (int) (nonZero((block & bits) ^ bits) ^ 1);
      alone[w] = pass;
      passed[passes] = 2 * w;
      passes += pass;
      bits = opensLonger(m);
      opening[opens] = w;
      opens += (int) (nonZero((block & bits) ^ bits) ^ 1) & nonZero(words - 1 - w); // and a word follows
    }
    // Pass 3: the words that may begin a longer term, with the next word.
    for (int o = 0; o < opens; o++) {
      int w = opening[o];
      long p = OpeningIndex.mix(pairKey(keys[w], keys[w + 1]));
      long bits = bloomBits(p);
      passed[passes] = 2 * w + 1;
      passes += (int) (nonZero((openings[(int) (p >>> shift)] & bits) ^ bits) ^ 1);
    }
    for (int p = 0; p < passes; p++) {
      int k = passed[p];
      int w = k >> 1;
      if ((k & 1) == 0) {
        anchored.check(keys[w], cs, n, wordStarts[w], sink);
      } else {
        int key = pairKey(keys[w], keys[w + 1]);
        if (key != keys[w] || alone[w] == 0) { // equal keys name one group: check it once
          anchored.check(key, cs, n, wordStarts[w], sink);
        }
      }
    }

    for (int f = 0; f < floating; f++) {
      int i = candidates[f];
      char c = cs[i];
      if (gateMayPass(pair(c, cs[i + 1]))) {
        floatingAt(cs, n, i, sink);
      }
      if (singles && gateMayPass(~c)) {
        this.floating.check(~c, cs, n, i, sink);
      }
    }
  }

  /** 1 if {@code x} is not 0, else 0, without a branch. */
  private static int nonZero(int x) {
    return (x | -x) >>> 31;
  }

  private static long nonZero(long x) {
    return (x | -x) >>> 63;
  }

  /** {@link TextNormalizer#sameWord}, from the class table. */
  static boolean inOneWord(char a, char b) {
    int ca = WORD_CLASS[a];
    return ca != 0 && ca == WORD_CLASS[b];
  }

  /** Per thread, the buffer a search copies its text into, grown to the longest text searched. */
  private static final class Scratch {
    boolean busy;
    char[] chars = new char[0];
    /** Where each word starts, and ends. */
    int[] wordStarts;
    int[] wordEnds;
    /** The chars outside words that begin a floating term. */
    int[] candidates;
    /** Per word, its key. */
    int[] keys;
    /** What passed the filter: {@code 2w} the word {@code w}, {@code 2w + 1} it and the next. */
    int[] passed;
    /** Per word, 1 if it passed the filter as a term by itself. */
    int[] alone;
    /** The words that may begin a longer term. */
    int[] opening;

    char[] chars(int n) {
      if (chars.length < n) {
        int size = Math.max(n, 256);
        chars = new char[size];
        wordStarts = new int[size];
        wordEnds = new int[size];
        candidates = new int[size];
        keys = new int[size];
        passed = new int[2 * size + 1];
        alone = new int[size];
        opening = new int[size];
      }
      return chars;
    }
  }
}
