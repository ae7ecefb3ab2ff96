package com.steward.core.screening;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
 *       word starts. A term that begins with ASCII punctuation before a word ({@code &pizza}) is
 *       anchored too: it is looked up where that word starts, and its lead is compared as well
 *       ({@link #asciiLead}). Their words line up with the text's: within a term, a word ends where the
 *       class of char changes, so the text's word must end there too, and the term's last word
 *       must end where the text's does. A term of one word is therefore keyed by that word, and a
 *       term of several by its first two words, whatever stands between them; the text offers,
 *       at each word, the key of the word and the key of the word with the next one.
 *   <li><b>Floating terms</b> (Chinese names; terms led by other chars outside words, such as
 *       {@code «pizza»}, {@code €5} or {@code &中文}; terms with no word at all) may start at any
 *       char that is not a spaced word char, and are keyed by their first chars, up to
 *       {@value #FLOATING_KEY_CHARS}; a place is looked at only if its char may begin one and
 *       the next may be its second (or, at the end of a block of the first pass, whatever the next).
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
 * <p>A text of ASCII only (most titles of the Latin script, once normalised) takes the first pass
 * eight chars at a time: its bytes are read as longs, and a few operations on a long tell which of
 * its eight chars are letters and which digits (the only spaced word chars of ASCII). The passes
 * after it read the bytes too; only a floating term all of ASCII (punctuation such as {@code %}),
 * which few dictionaries have, needs the chars. Other texts take each char's kind from the class
 * table into a byte, and then the same pass over those bytes.
 *
 * <p>Whether a hit may end at {@code e} depends only on the text: if the term's last char is not
 * a spaced word char, {@code text[e - 1]} is not one either and {@code sameWord} is false there.
 */
public final class WordMatcher {

  /**
   * Per char, what word boundaries need: 0 if it is no spaced word char, else 1 + whether it is a
   * letter (so the bit 1 for a letter, the bit 0 for a digit or other word char); two chars are in
   * one word ({@link TextNormalizer#sameWord}) when their classes are equal and not 0.
   */
  private static final byte[] WORD_CLASS = wordClasses();

  /** How many chars of a floating term its key takes at most. */
  private static final int FLOATING_KEY_CHARS = 4;

  /**
   * Filter bits per term: two bits of one long each for a key; at 16 bits a key about 1.4% of
   * absent keys pass.
   */
  private static final int BITS_PER_KEY = 16;

  /** The bit of {@link #kinds} that says a char begins a floating term. */
  private static final int FLOATING_START = 2;
  /** The bit of {@link #kinds} that says a char is the second of a floating term. */
  private static final int FLOATING_SECOND = 3;
  /** The bit of {@link #kinds} that says a char is a floating term by itself. */
  private static final int FLOATING_SINGLE = 4;

  /** Reads eight bytes of a text of ASCII as one long, the first in its lowest byte. */
  private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long QUESTION_MARKS = 0x3F3F3F3F3F3F3F3FL;
  /** What {@link #wordsOfAscii} answers for a text that must take the chars' pass after all. */
  private static final long NOT_ASCII = -1L;
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

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
   * Per char: its word class (the two low bits, as {@link #WORD_CLASS}), and whether it begins a
   * floating term (the bit {@link #FLOATING_START}), is the second char of one
   * ({@link #FLOATING_SECOND}) or is one ({@link #FLOATING_SINGLE}), so that the pass over the text
   * reads one table, and a place outside words is looked at only if it begins a term and the next
   * char may be the second of one (or the place is a term by itself, or the last char of a block of
   * 64, whose next char is in the next block).
   */
  private final byte[] kinds = WORD_CLASS.clone();
  /**
   * Whether a floating term is all ASCII (punctuation and spaces only, such as {@code %}: one with
   * a word is anchored, {@link #asciiLead}), so that the first pass over a text of ASCII must look
   * for the places where one may begin. Usually none is.
   */
  private final boolean asciiFloats;
  /**
   * Whether such a term begins with a space, so that spaces are places to look at too (normalised
   * terms are stripped).
   */
  private final boolean spaceFloats;
  /**
   * Whether a term holds a surrogate. UTF-8 writes an unpaired surrogate as {@code ?}, one byte, so
   * a text that has one passes for ASCII; its bytes then hold a {@code ?} where its chars hold the
   * surrogate. A term with a surrogate would be missed there, so when one exists a text with a
   * {@code ?} takes the chars' pass. (A hit of a term that holds {@code ?} on the bytes is confirmed
   * on the chars: {@link OpeningIndex#check(int, byte[], String, int, int, TermMatcher.Sink)}.)
   */
  private final boolean surrogates;

  private WordMatcher(List<String> terms) {
    int n = terms.size();
    int[] aKeys = new int[n];
    int[] aFirsts = new int[n]; // the fingerprint of the term's first word
    boolean[] aLonger = new boolean[n]; // whether a second word follows it
    String[] aTexts = new String[n];
    int[] aIds = new int[n];
    int[] aLeads = new int[n];
    int[] fKeys = new int[n];
    String[] fTexts = new String[n];
    int[] fIds = new int[n];
    int a = 0;
    int f = 0;
    boolean anySurrogate = false;
    for (int id = 0; id < n; id++) {
      String t = terms.get(id);
      if (t.isEmpty()) {
        continue;
      }
      char[] cs = t.toCharArray();
      for (char c : cs) {
        anySurrogate |= Character.isSurrogate(c);
      }
      int lead = asciiLead(cs);
      if (lead < cs.length) {
        // keyed by its one word, or by its first two words whatever stands between them
        int firstEnd = runEnd(cs, lead);
        int first = fingerprint(cs, lead, firstEnd);
        int second = nextWord(cs, firstEnd);
        aFirsts[a] = first;
        aLonger[a] = second < cs.length;
        aKeys[a] = aLonger[a] ? pairKey(first, fingerprint(cs, second, runEnd(cs, second))) : first;
        aTexts[a] = t;
        aLeads[a] = lead;
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
    boolean floatsInAscii = false;
    boolean floatsAtSpaces = false;
    for (int k = 0; k < f; k++) {
      String t = fTexts[k];
      kinds[t.charAt(0)] |= (byte) (1 << FLOATING_START | (t.length() == 1 ? 1 << FLOATING_SINGLE : 0));
      if (t.length() > 1) {
        kinds[t.charAt(1)] |= 1 << FLOATING_SECOND;
      }
      anySingle |= t.length() == 1;
      addToGate(t.length() == 1 ? ~t.charAt(0) : pair(t.charAt(0), t.charAt(1)));
      boolean ascii = t.chars().allMatch(c -> c < 0x80); // only such a term can stand in a text of ASCII
      floatsInAscii |= ascii;
      floatsAtSpaces |= ascii && t.charAt(0) == ' ';
    }
    singles = anySingle;
    asciiFloats = floatsInAscii;
    spaceFloats = floatsAtSpaces;
    surrogates = anySurrogate;
    anchored = new OpeningIndex(aKeys, aTexts, aLeads, aIds, a);
    floating = new OpeningIndex(fKeys, fTexts, new int[f], fIds, f);
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

  /**
   * Where an anchored term's first word begins: 0 for a term that begins with a spaced word char,
   * else after the ASCII chars outside words that lead it ({@code &pizza}, {@code +vision}); the
   * term's length if it does not begin with such chars and a word, which makes it floating. The
   * text's char before that word is then outside words too, so a word of the text starts there, and
   * the term is found from it with its lead compared as well: a text of ASCII then has no place
   * where a term of the dictionary may float, unless one is all ASCII and has no word.
   */
  private static int asciiLead(char[] cs) {
    int d = 0;
    while (d < cs.length && cs[d] < 0x80 && WORD_CLASS[cs[d]] == 0) {
      d++;
    }
    return d < cs.length && WORD_CLASS[cs[d]] != 0 ? d : cs.length;
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

  /** {@link #fingerprint(char[], int, int)} of a text of ASCII, from its bytes: the same key. */
  private static int fingerprint(byte[] bs, int from, int to) {
    int last = to - 1;
    return (to - from) << 26 ^ bs[from] ^ bs[Math.min(from + 1, last)] << 6 ^ bs[Math.max(last - 1, from)] << 12
        ^ bs[last] << 18;
  }

  private static int pair(char a, char b) {
    return a << 16 | b;
  }

  /**
   * A floating term's key: its first {@value #FLOATING_KEY_CHARS} chars, or all of a shorter one,
   * so that terms that share a short opening (a Chinese name and its variants) do not all land in
   * one group. A key of one char is {@code ~c}; keys of different lengths may still be equal as
   * numbers (a pair of U+FFFF and the sentinel after the text, a hash of three or four chars), and
   * then name one group, which {@link #floatingAt} checks once.
   */
  static int floatingKey(char[] cs, int from, int length) {
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
   * The floating terms that start at {@code i}: the term of one char if {@code single} (its key
   * passed the gate), and those of each longer length of key that fits if {@code longer} (the
   * first two chars passed). Each key is checked once: keys of different lengths may be equal as
   * numbers ({@link #floatingKey}), and a group checked twice would report its hits twice.
   */
  private void floatingAt(char[] cs, int n, int i, boolean single, boolean longer, TermMatcher.Sink sink) {
    int k1 = ~cs[i];
    if (single) {
      floating.check(k1, cs, n, i, sink);
    }
    if (!longer) {
      return;
    }
    int k2 = floatingKey(cs, i, 2);
    if (!single || k2 != k1) {
      floating.check(k2, cs, n, i, sink);
    }
    if (i + 3 <= n) {
      int k3 = floatingKey(cs, i, 3);
      if (k3 != k2 && (!single || k3 != k1)) {
        floating.check(k3, cs, n, i, sink);
      }
      if (i + 4 <= n) {
        int k4 = floatingKey(cs, i, 4);
        if (k4 != k2 && k4 != k3 && (!single || k4 != k1)) {
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
    scratch.fit(n);
    int[] wordStarts = scratch.wordStarts;
    int[] wordEnds = scratch.wordEnds;
    int[] keys = scratch.keys;
    byte[] ascii = asciiBytes(text, scratch);
    char[] cs = null; // the chars, once copied: a text of ASCII is searched in its bytes until a floating term needs them
    // Pass 1 (see wordsOfAscii and wordsOfChars), then each word's key
    long counts = ascii == null ? NOT_ASCII : wordsOfAscii(ascii, n, scratch);
    if (counts != NOT_ASCII) {
      for (int w = 0, words = (int) (counts >>> 32); w < words; w++) {
        keys[w] = fingerprint(ascii, wordStarts[w], wordEnds[w]);
      }
    } else {
      cs = chars(text, scratch);
      counts = wordsOfChars(cs, n, scratch);
      for (int w = 0, words = (int) (counts >>> 32); w < words; w++) {
        keys[w] = fingerprint(cs, wordStarts[w], wordEnds[w]);
      }
    }
    int words = (int) (counts >>> 32);
    int floating = (int) counts;

    // Pass 2, without a branch on the outcome: one read of the filter per word, for whether a term
    // is this word and whether a longer term may begin with it. The reads do not wait for one
    // another, so a large dictionary's filter costs about one miss of the caches a title rather
    // than one a word.
    int[] passed = scratch.passed;
    int[] alone = scratch.alone;
    int[] opening = scratch.opening;
    final long[] openings = this.openings;
    final int shift = this.openingsShift;
    int passes = 0;
    int opens = 0;
    for (int w = 0; w < words; w++) {
      long m = OpeningIndex.mix(keys[w]);
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
      int key = keys[w];
      if ((k & 1) == 1) {
        key = pairKey(keys[w], keys[w + 1]);
        if (key == keys[w] && alone[w] == 1) { // equal keys name one group: checked once
          continue;
        }
      }
      if (cs == null) {
        anchored.check(key, ascii, text, n, wordStarts[w], sink);
      } else {
        anchored.check(key, cs, n, wordStarts[w], sink);
      }
    }

    if (floating > 0 && cs == null) { // a text of ASCII with a place where a floating term may begin
      cs = chars(text, scratch);
    }
    int[] candidates = scratch.candidates;
    for (int f = 0; f < floating; f++) {
      int i = candidates[f];
      char c = cs[i];
      boolean longer = gateMayPass(pair(c, cs[i + 1]));
      boolean single = singles && gateMayPass(~c);
      if (longer || single) {
        floatingAt(cs, n, i, single, longer, sink);
      }
    }
  }

  /** The text's chars in the scratch's buffer, and a sentinel: of no class, and a pair with it begins no floating term. */
  private static char[] chars(String text, Scratch scratch) {
    char[] cs = scratch.chars;
    text.getChars(0, text.length(), cs, 0);
    cs[text.length()] = 0;
    return cs;
  }

  /**
   * The text's chars as bytes in the scratch's buffer if they are all ASCII, else null. Whether
   * they are is what encoding the text as UTF-8 tells, one byte a char (the JDK checks a text of
   * Latin-1 with a vectorised intrinsic and copies it); only a text that begins and ends with an
   * ASCII char is tried, so Chinese titles skip the encoding. An unpaired surrogate also encodes as
   * one byte ({@code ?}): see {@link #surrogates}.
   */
  private static byte[] asciiBytes(String text, Scratch scratch) {
    int n = text.length();
    if (n == 0 || text.charAt(0) >= 0x80 || text.charAt(n - 1) >= 0x80) {
      return null;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length != n) {
      return null;
    }
    byte[] bytes = scratch.bytes;
    System.arraycopy(utf8, 0, bytes, 0, n);
    return bytes;
  }

  /**
   * Pass 1 over a text of ASCII, without a branch on the text, 64 chars at a time and each eight
   * of them as one long ({@link #letters} and {@link #digits}): a bit per char where a word starts
   * or ends, and the places outside words where a floating term may begin. Returns the number of
   * words (high half) and of those places (low half), or {@link #NOT_ASCII} for a text with a
   * {@code ?} when a term holds a surrogate (the {@code ?} may stand for an unpaired one:
   * {@link #surrogates}).
   */
  private long wordsOfAscii(byte[] bs, int n, Scratch scratch) {
    int[] wordStarts = scratch.wordStarts;
    int[] wordEnds = scratch.wordEnds;
    int[] candidates = scratch.candidates;
    final boolean asciiFloats = this.asciiFloats;
    final boolean questions = this.surrogates;
    final long notPlaces = spaceFloats ? 0 : HIGHS; // spaces are not places to look at, unless a term begins with one
    final byte[] kinds = this.kinds;
    int starts = 0;
    int ends = 0;
    int floating = 0;
    long before = 0; // the class of the char before the block
    for (int block = 0; block <= n; block += 64) {
      long letters = 0;
      long digits = 0;
      long others = 0;
      long marks = 0;
      for (int j = 0, to = Math.min(64, n - block); j < to; j += 8) { // the longs that hold chars of the text
        long eight = (long) EIGHT_BYTES.get(bs, block + j);
        if (questions) {
          marks |= gather(equalBytes(eight, QUESTION_MARKS)) << j;
        }
        long l = letters(eight);
        long d = digits(eight);
        letters |= gather(l) << j;
        digits |= gather(d) << j;
        if (asciiFloats) { // chars that are not word chars (nor spaces, unless a term begins with one)
          others |= (~gather(l | d | equalBytes(eight, SPACES) & notPlaces) & 0xFF) << j;
        }
      }
      int left = n - block;
      long inText = left >= 64 ? -1L : (1L << left) - 1; // what the block read beyond the text is of no class
      if ((marks & inText) != 0) {
        return NOT_ASCII;
      }
      letters &= inText;
      digits &= inText;
      starts = positions(wordStartBits(letters, digits, before), block, wordStarts, starts);
      ends = positions(wordEndBits(letters, digits, before), block, wordEnds, ends);
      before = classOfLast(letters, digits);
      for (others &= inText; others != 0; others &= others - 1) {
        int i = block + Long.numberOfTrailingZeros(others);
        candidates[floating] = i;
        floating += kinds[bs[i]] >>> FLOATING_START & 1;
      }
    }
    return (long) starts << 32 | floating;
  }

  /**
   * The high bit of each byte of eight ASCII chars set where the char is a letter ({@code A-Z},
   * {@code a-z}). Adding {@code 0x80 - x} to a byte below 0x80 sets its high bit where the byte is
   * at least {@code x}, and no byte carries into the next.
   */
  static long letters(long eight) {
    long folded = eight | SPACES; // A-Z to a-z (and a few symbols elsewhere, none to a-z)
    return (folded + (0x80 - 'a') * ONES) & ~(folded + (0x80 - 'z' - 1) * ONES) & HIGHS;
  }

  /** As {@link #letters}, for the digits {@code 0-9}. */
  static long digits(long eight) {
    return (eight + (0x80 - '0') * ONES) & ~(eight + (0x80 - '9' - 1) * ONES) & HIGHS;
  }

  /** The high bit of each byte set where the byte equals that of {@code pattern}, exactly. */
  private static long equalBytes(long eight, long pattern) {
    long x = eight ^ pattern;
    return ~(((x & LOWS) + LOWS) | x) & HIGHS;
  }

  /**
   * The high bits of eight bytes as eight bits, the first byte's lowest: {@link #lowBits} of the
   * bytes shifted down by 7, without its mask, as nothing but high bits is set here.
   */
  private static long gather(long highs) {
    return (highs >>> 7) * 0x0102040810204080L >>> 56;
  }

  /**
   * Pass 1 over any text, without a branch on the text: each char's kind from the table into a
   * byte, then 64 at a time, each eight of them as one long, a bit per char for the letters, the
   * other word chars (digits) and the places where a floating term may begin (a char that begins
   * one, followed by a char that may be its second, or a term by itself). (Branches on where words
   * end would be mispredicted about once a word, which costs more than all the rest.) Returns the
   * number of words (high half) and of places where a floating term may begin.
   */
  private long wordsOfChars(char[] cs, int n, Scratch scratch) {
    int[] wordStarts = scratch.wordStarts;
    int[] wordEnds = scratch.wordEnds;
    int[] candidates = scratch.candidates;
    final byte[] kinds = this.kinds;
    byte[] kindOf = scratch.bytes;
    for (int i = 0; i < n; i++) {
      kindOf[i] = kinds[cs[i]];
    }
    int starts = 0;
    int ends = 0;
    int floating = 0;
    long before = 0;
    for (int block = 0; block <= n; block += 64) {
      long letters = 0;
      long digits = 0;
      long floats = 0;
      long seconds = 0;
      long alone = 0;
      for (int j = 0, to = Math.min(64, n - block); j < to; j += 8) { // the longs that hold chars of the text
        long eight = (long) EIGHT_BYTES.get(kindOf, block + j);
        letters |= lowBits(eight >>> 1) << j;
        digits |= lowBits(eight) << j;
        floats |= lowBits(eight >>> FLOATING_START) << j;
        seconds |= lowBits(eight >>> FLOATING_SECOND) << j;
        alone |= lowBits(eight >>> FLOATING_SINGLE) << j;
      }
      int left = n - block;
      long inText = left >= 64 ? -1L : (1L << left) - 1; // past the text, the buffer holds what an earlier text left
      letters &= inText;
      digits &= inText;
      starts = positions(wordStartBits(letters, digits, before), block, wordStarts, starts);
      ends = positions(wordEndBits(letters, digits, before), block, wordEnds, ends);
      // a place whose next char is in the next block is looked at whatever that char
      floats &= seconds >>> 1 | 1L << 63;
      floating = positions((floats | alone) & inText, block, candidates, floating);
      before = classOfLast(letters, digits);
    }
    return (long) starts << 32 | floating;
  }

  /** The lowest bit of each of eight bytes as eight bits, the first byte's lowest. */
  private static long lowBits(long eight) {
    return (eight & ONES) * 0x0102040810204080L >>> 56;
  }

  /**
   * Where words start in a block: at a letter after no letter, or a digit after no digit (a letter
   * next to a digit is a boundary). {@code before} is the class of the char before the block
   * ({@link #classOfLast}).
   */
  private static long wordStartBits(long letters, long digits, long before) {
    return letters & ~(letters << 1 | before >>> 1) | digits & ~(digits << 1 | before & 1);
  }

  /** Where words end in a block: after a letter at no letter, or after a digit at no digit. */
  private static long wordEndBits(long letters, long digits, long before) {
    return (letters << 1 | before >>> 1) & ~letters | (digits << 1 | before & 1) & ~digits;
  }

  /** The class of a block's last char: 2 a letter, 1 a digit, 0 neither (as the class table). */
  private static long classOfLast(long letters, long digits) {
    return letters >>> 63 << 1 | digits >>> 63;
  }

  /**
   * Writes {@code base} plus the position of each bit set, in order, from {@code at}, and returns
   * where they end. Four at a time, so that the loop ends after a few steps whatever the bits: it
   * may write up to three more past the end, which the buffers have room for.
   */
  private static int positions(long bits, int base, int[] out, int at) {
    int end = at + Long.bitCount(bits);
    for (int i = at; i < end; i += 4) {
      out[i] = base + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      out[i + 1] = base + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      out[i + 2] = base + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      out[i + 3] = base + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
    }
    return end;
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

  /** Per thread, the buffers a search copies its text into, grown to the longest text searched. */
  private static final class Scratch {
    /** Room past the text: a block's read of 64 bytes, or {@link #positions}' three extra writes. */
    private static final int SLACK = 64;

    boolean busy;
    /** The text's chars, and a sentinel. */
    char[] chars = new char[0];
    /**
     * A text of ASCII's bytes, or each char's kind for the chars' pass; and room for what the last
     * block reads past them.
     */
    byte[] bytes;
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

    /** Makes room for a text of {@code n} chars. */
    void fit(int n) {
      if (chars.length < n + 1) {
        int size = Math.max(n + 1, 256);
        chars = new char[size];
        bytes = new byte[size + SLACK];
        wordStarts = new int[size + SLACK];
        wordEnds = new int[size + SLACK];
        candidates = new int[size + SLACK];
        keys = new int[size];
        passed = new int[2 * size + 1];
        alone = new int[size];
        opening = new int[size];
      }
    }
  }
}
