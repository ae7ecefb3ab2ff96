package com.steward.core.screening;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import org.jspecify.annotations.Nullable;

/**
 * Folds listing text so that the ways counterfeiters disguise a brand name meet the name itself:
 * NFKC with case folding (which also turns full-width forms into ASCII), accents dropped, UTS #39
 * confusable skeletons (Cyrillic and Greek look-alikes; {@code rn} and {@code m} meet as {@code m}),
 * traditional Chinese to simplified ({@code 香奈兒} is {@code 香奈儿}; {@link TraditionalChinese}), leetspeak
 * digits and symbols inside words ({@code N1ke}), separators between single letters
 * ({@code N.i.k.e}, {@code N i k e}) and runs of one letter ({@code Niiike}). Dictionary terms go
 * through the same folding, so the result only has to be consistent, not pretty.
 *
 * <p>Every normalised char keeps the range of original chars it came from ({@link NormalizedText}).
 * The folding of each Basic Multilingual Plane code point is computed once, when the class loads.
 * Instances are immutable and thread-safe.
 */
public final class TextNormalizer {

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final String[] BMP = new String[0x10000];
  /** The folding of a BMP char when it is exactly one char; {@code NONE} when it is not. */
  private static final char[] SINGLE = new char[0x10000];
  /** The letter a BMP char may stand for in leetspeak (after folding), or 0. */
  private static final char[] LEET = new char[0x10000];
  private static final char NONE = '\uFFFF';
  private static final byte[] CLASS = new byte[0x10000];
  private static final byte LETTER = 1;
  private static final byte WORD = 2;
  private static final byte UNSPACED = 4;
  private static final byte LATIN_LETTER = 8;
  private static final byte MARK = 16;
  /** Chinese and Japanese: scripts whose words have no spaces at all (Korean and Thai part phrases with them). */
  private static final byte CJ = 32;
  private static final String LEET_FROM = "0134578@$!";
  private static final String LEET_TO = "oieastbasi";
  /**
   * Symbols that part words rather than spell letters: a bar between brands ("Nike|Adidas", which
   * the confusable skeleton would read as an l) and marks stuck to a name ("Nike™", "Chanel№5",
   * whose compatibility forms would spell tm, sm or no onto it).
   */
  private static final String SEPARATING_SYMBOLS = "|\u00a6\u00a9\u00ae\u2117\u2120\u2122\u2116";
  private static final String SEPARATORS = " .-_*·•|/+~,=^\\':;";
  /**
   * The marks that may stand with spaces around them between spelled-out letters ("N. I. K. E",
   * "N - I - K - E"); a comma or a slash with spaces lists things ("Vitamin A, C, E", "S / M / L").
   */
  private static final String SPACED_MARKS = ".-_*·•~=^\\";
  /** The marks dropped between two chars of a script written without spaces ({@code 耐.克}, {@code ルイ・ヴィトン}). */
  private static final String UNSPACED_MARKS = ".-_*·•~=^\\\u30FB\uFF65";
  /**
   * The middle dots that part the names of a foreign name in Chinese and Japanese ({@code 迈克尔·乔丹},
   * {@code ルイ・ヴィトン}): dropped between two chars of such a script whatever stands around them.
   */
  private static final String NAME_DOTS = "·\u30FB\uFF65";
  /**
   * Garments a spelled-out name is written before ("N I K E T-shirt"): their letter after a space is
   * not the name's last one. The list is short on purpose: a name's own last letter glued to a
   * common word ("N I K E-book") must still join.
   */
  private static final java.util.Set<String> LETTER_COMPOUNDS = java.util.Set.of("t-shirt", "t-shirts", "v-neck",
      "o-neck", "u-neck");

  static {
    for (int cp = 0; cp < 0x10000; cp++) {
      CLASS[cp] = classify(cp);
    }
    for (int cp = 0; cp < 0x10000; cp++) {
      if (!Character.isSurrogate((char) cp)) {
        BMP[cp] = foldCodePoint(cp);
        SINGLE[cp] = BMP[cp].length() == 1 && BMP[cp].charAt(0) != NONE ? BMP[cp].charAt(0) : NONE;
        int k = BMP[cp].length() == 1 ? LEET_FROM.indexOf(BMP[cp].charAt(0)) : -1;
        LEET[cp] = k >= 0 ? LEET_TO.charAt(k) : 0;
      } else {
        SINGLE[cp] = NONE;
      }
    }
  }

  private static final TextNormalizer DEFAULT = new TextNormalizer();

  public static TextNormalizer standard() {
    return DEFAULT;
  }

  private TextNormalizer() {}

  /**
   * Whether {@code term}, normalised, has a letter or a digit of any script: a term of marks alone
   * ({@code -}, {@code !!!}) would be found in every text that writes them.
   */
  public static boolean hasLetterOrDigit(String term) {
    return DEFAULT.normalize(term).text().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Whether {@code c} of normalised text belongs to a script written without spaces between words. */
  public static boolean isUnspacedScript(char c) {
    return (CLASS[c] & UNSPACED) != 0;
  }

  /** Whether {@code c} of normalised text is a Chinese or Japanese char (Han, kana). */
  static boolean isChineseOrJapanese(char c) {
    return (CLASS[c] & CJ) != 0;
  }

  private static boolean chineseOrJapanese(int cp) {
    int script = UScript.getScript(cp);
    return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || cp == 'ー';
  }

  /** Whether {@code c} of normalised text is part of a word in a spaced script (letters and digits). */
  public static boolean isSpacedWordChar(char c) {
    return (CLASS[c] & (WORD | UNSPACED)) == WORD;
  }

  /**
   * Whether {@code a} followed by {@code b} lie inside one word of a spaced script: both letters,
   * or both digits. A letter next to a digit is a boundary, as product titles write model numbers
   * and years against names ({@code nike2019}, {@code iphone15}).
   */
  public static boolean sameWord(char a, char b) {
    int ca = CLASS[a];
    int cb = CLASS[b];
    return (ca & (WORD | UNSPACED)) == WORD && (cb & (WORD | UNSPACED)) == WORD && (ca & LETTER) == (cb & LETTER);
  }

  private static boolean isLetter(char c) {
    return (CLASS[c] & LETTER) != 0;
  }

  private static boolean isLatinLetter(char c) {
    return (CLASS[c] & LATIN_LETTER) != 0;
  }

  private static byte classify(int cp) {
    int script = UScript.getScript(cp);
    // Korean is written with spaces, but a name runs on into the next word ("샤넬가방", a Chanel bag),
    // so Hangul is matched without word boundaries, as Chinese is
    boolean unspaced = script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
        || script == UScript.HANGUL || script == UScript.THAI || script == UScript.LAO || script == UScript.KHMER || script == UScript.MYANMAR
        || cp == 'ー';
    int c = 0;
    if (Character.isLetter(cp)) {
      c |= LETTER;
      if (script == UScript.LATIN) {
        c |= LATIN_LETTER;
      }
    }
    if (Character.isLetterOrDigit(cp)) {
      c |= WORD;
    }
    if (unspaced) {
      c |= UNSPACED;
    }
    if (isMark(cp)) {
      c |= MARK;
    }
    if (chineseOrJapanese(cp)) {
      c |= CJ;
    }
    return (byte) c;
  }

  /**
   * A number that changes when normalising changes: a checksum of the folding, the class and the
   * leetspeak reading of every char of the Basic Multilingual Plane, and of texts that exercise each
   * later step (a change to a later step that none of them exercises needs a text of its own here).
   * Whatever stores normalised
   * text (a brand's name key) compares it with the fingerprint it was written under, to write it
   * again after an upgrade.
   */
  public static int fingerprint() {
    return Fingerprint.VALUE;
  }

  /** Computed once, when first asked for (a checksum of about 100,000 chars). */
  private static final class Fingerprint {
    static final int VALUE = compute();
  }

  private static int compute() {
    return checksum(TextNormalizer::foldOf, TextNormalizer::kindOf, TextNormalizer::leetOf,
        t -> DEFAULT.normalize(t).text());
  }

  /** The folding of code point {@code cp} alone (for {@link #checksum} and the matcher's plural reading). */
  static String foldOf(int cp) {
    return fold(cp);
  }

  /** The class bits of BMP char {@code cp} (for {@link #checksum}). */
  static int kindOf(int cp) {
    return CLASS[cp];
  }

  /** The letter BMP char {@code cp} may stand for in leetspeak, or 0 (for {@link #checksum}). */
  static int leetOf(int cp) {
    return LEET[cp];
  }

  /**
   * The fingerprint of a normaliser whose per-char folding, class and leetspeak reading are the
   * given ones, and whose whole normalising of a text is {@code normalize}: what
   * {@link #fingerprint()} computes from this normaliser, open to a test that changes one part.
   */
  static int checksum(java.util.function.IntFunction<String> fold, java.util.function.IntUnaryOperator kind,
      java.util.function.IntUnaryOperator leet, java.util.function.UnaryOperator<String> normalize) {
    var crc = new java.util.zip.CRC32();
    var b = new StringBuilder(0x20000);
    for (int cp = 0; cp < 0x10000; cp++) {
      if (!Character.isSurrogate((char) cp)) {
        b.append(fold.apply(cp)).append('\u0000').append((char) kind.applyAsInt(cp)).append((char) leet.applyAsInt(cp));
      }
    }
    for (String probe : FINGERPRINT_PROBES) {
      b.append(normalize.apply(probe)).append('\u0000');
    }
    crc.update(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  private static final java.util.List<String> FINGERPRINT_PROBES = java.util.List.of("N.i.k.e N i k e N-I-K-E",
      "N. I. K. E - S - M - L", "N I K E T-shirt", "S / M / L, Vitamin A, C, E", "N1ke @didas Pum@ 1:1 100% 2019",
      "Niiiike Puuuma Purna P.u.r.n.a TommmmTom", "Ｎｉｋｅ　Ａｉｒ 耐克Nike 香奈兒 Nike™|Adidas", "p.r.e.m.i.e.r ¼ ℅ ǅ",
      "\uD83C\uDD7D\uD83C\uDD78\uD83C\uDD7A\uD83C\uDD74 \uD83C\uDD5D\uD83C\uDD58\uD83C\uDD5A\uD83C\uDD54",
      "N\u2764I\u2764K\u2764E \uD83D\uDC5FA\u2705D\u2705I\u2705D\u2705A\u2705S\uD83D\uDC5F",
      "Louis-Vuitton Ray_Ban Tom.Ford 3-5 2.5 Air-Max-90", "Dolce & Gabbana, Dolce &Gabbana, A & F",
      "N=I=K=E N^I^K^E N\\I\\K\\E N'I'K'E \u0661\u0662.\u0665\u0660", "耐.克 香*奈*儿 ルイ・ヴィトン 大 中 小 花剑面罩.重剑面罩 2天1晚-宁海",
      "耐 克 运动鞋 大 中 小 米色 耐 克2019 나 이 키", "耐 克-男鞋 新款-耐 克 运动鞋 \uD842\uDFB7野 家 适 用 于 耐 克-鞋 香*奈 阿-迪",
      "\uD83C\uDDF3\u200B\uD83C\uDDEE \uD83C\uDDF0 \uD83C\uDDEA \uD83C\uDDF1\uD83C\uDDFB N:I:K:E N;I;K;E 1:1 A:1:1 1:1:1");

  /**
   * {@code s} as plainly written, for telling a disguise from a spelling: compatibility forms and
   * case folded ({@code ｚｏｏｍ}, {@code ß}, {@code ﬃ}), accents, the dotless i and traditional Chinese
   * dropped, the symbols that part words and runs of spaces read as one space, typographic quotes
   * as {@code '}, and marks at either end trimmed ({@code Zoom.}, {@code Next™}). Look-alike
   * letters of other scripts, leetspeak, spelled-out letters and repeated letters stay as written:
   * those are what a disguise is made of.
   */
  public static String plain(String s) {
    var parted = new StringBuilder(s.length());
    s.codePoints().forEach(c -> parted.appendCodePoint(SEPARATING_SYMBOLS.indexOf(c) >= 0 ? ' ' : c));
    String f = stripMarks(NFD.normalize(NFKC_CF.normalize(parted.toString())));
    var b = new StringBuilder(f.length());
    boolean space = false;
    for (int i = 0; i < f.length(); i++) {
      char c = TraditionalChinese.simplified(f.charAt(i));
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && !b.isEmpty()) {
        b.append(' ');
      }
      space = false;
      b.append(c == '\u0131' ? 'i' : c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\'' : c);
    }
    int start = 0;
    int end = b.length();
    while (start < end && !Character.isLetterOrDigit(b.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(b.charAt(end - 1))) {
      end--;
    }
    return b.substring(start, end);
  }

  public NormalizedText normalize(String original) {
    Units units = new Units(original.length() + 8);
    int n = original.length();
    int i = 0;
    while (i < n) {
      int start = i;
      char c = original.charAt(i);
      if (c < NONE && SINGLE[c] != NONE && !Character.isSurrogate(c)) {
        i = afterMarks(original, i + 1);
        units.add(SINGLE[c], LEET[c], start, i);
        continue;
      }
      int cp = original.codePointAt(i);
      i += Character.charCount(cp);
      if (regionalIndicator(cp) && i < n && regionalIndicator(original.codePointAt(i))) {
        // two regional-indicator letters side by side are shown as a flag (🇱🇻 is Latvia's, not LV)
        i = afterMarks(original, i + 2);
        units.add(SINGLE[PICTOGRAPH.charAt(0)], (char) 0, start, i); // as any pictograph reads
        continue;
      }
      i = afterMarks(original, i);
      String folded = fold(cp);
      // every char of a fold reads as it would standing alone (¼ folds to 1/4, whose 1 and 4 a second
      // pass would otherwise read as letters where the first did not: normalising must be idempotent)
      for (int j = 0; j < folded.length(); j++) {
        int k = LEET_FROM.indexOf(folded.charAt(j));
        units.add(folded.charAt(j), k >= 0 ? LEET_TO.charAt(k) : (char) 0, start, i);
      }
    }
    units.collapseSpaces();
    units.contractRnToM();
    units.joinSpelledOutLetters();
    units.readLeetspeak();
    units.contractRnToM();
    units.collapseRepeatedLetters();
    units.spaceJoinedWords();
    units.closeAmpersands();
    units.joinUnspacedText();
    return units.result(original);
  }

  private static String fold(int cp) {
    if (cp >= 0x10000) {
      return foldCodePoint(cp);
    }
    String f = BMP[cp];
    return f == null ? "" : f;
  }

  /**
   * One code point's folding, repeated until it no longer changes (so that normalising is
   * idempotent). Capitals of other scripts are compared by shape before case
   * folding (Greek Ν is N, not ν, which looks like v); a shape that UTS #39 writes as {@code l} is
   * an I when it is a capital. ASCII digits stay digits: years and sizes are not letters.
   */
  private static String foldCodePoint(int cp) {
    String r = foldOnce(cp);
    var seen = new java.util.ArrayList<String>();
    for (int round = 0; round < 4; round++) {
      var b = new StringBuilder();
      r.codePoints().forEach(c -> b.append(foldOnce(c)));
      String next = b.toString();
      if (next.equals(r)) {
        break;
      }
      int cycle = seen.indexOf(next);
      if (cycle >= 0) {
        // foldings that lead round in a circle (the skeleton writes 苎 as 苧, whose simplified form is 苎)
        // all end at the circle's least member, so that each of them folds to the same text
        seen.add(r);
        return seen.subList(cycle, seen.size()).stream().min(String::compareTo).orElseThrow();
      }
      seen.add(r);
      r = next;
    }
    return r;
  }

  /**
   * The small capitals that "fancy text" generators spell Latin words with (ɴɪᴋᴇ), a to z in order
   * (Unicode has no small capital x: {@code x}); they are letters of IPA, which product titles do
   * not write, and neither NFKC nor the confusable skeleton reads most of them as the letter they
   * look like.
   */
  private static final String SMALL_CAPITALS =
      "\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18"
      + "\uA7AF\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21x\u028F\u1D22";

  /**
   * The Latin letter a symbol drawn as one stands for, in the styles of such generators that have
   * no compatibility form (NFKC folds their bold, italic, circled and squared letters already):
   * small capitals, the negative circled (🅝) and negative squared (🅽) capitals, and the
   * regional-indicator letters (🇳) where they stand alone; else 0.
   */
  static char styledLetter(int cp) {
    if (regionalIndicator(cp)) {
      return (char) ('a' + cp - 0x1F1E6);
    }
    if (cp >= 0x1F150 && cp <= 0x1F169) {
      return (char) ('a' + cp - 0x1F150);
    }
    if (cp >= 0x1F170 && cp <= 0x1F189) {
      return (char) ('a' + cp - 0x1F170);
    }
    int k = cp < 0x10000 && cp != 'x' ? SMALL_CAPITALS.indexOf(cp) : -1;
    return k >= 0 ? (char) ('a' + k) : 0;
  }

  /**
   * A regional-indicator letter ({@code 🇳}). Two side by side are shown as a flag, and
   * {@link #normalize} reads them as one pictograph; one standing alone is shown as its letter in a
   * box, as generators of "fancy text" write a name with an invisible or a blank char between the
   * letters ({@code 🇳\u200B🇮\u200B🇰\u200B🇪}, {@code 🇳 🇮 🇰 🇪}), and reads as that letter.
   */
  private static boolean regionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static String foldOnce(int cp) {
    char styled = styledLetter(cp);
    if (styled != 0) {
      return String.valueOf(styled);
    }
    if (cp < 0x10000) {
      // a traditional Chinese char reads as its simplified form: 香奈兒 is 香奈儿, 原單 is 原单
      cp = TraditionalChinese.simplified((char) cp);
    }
    if (cp < 0x80 && Character.isDigit(cp)) {
      return String.valueOf((char) cp);
    }
    if (SEPARATING_SYMBOLS.indexOf(cp) >= 0) {
      return " ";
    }
    if (pictograph(cp)) {
      return PICTOGRAPH;
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      // a Hangul syllable stays whole: decomposed into its letters, 킥 would begin with the letters
      // of 키 (and the skeleton would write its vowel ㅣ as a Han stroke)
      return String.valueOf((char) cp);
    }
    String s = new String(Character.toChars(cp));
    int script = UScript.getScript(cp);
    boolean foreignCapital = UCharacter.isUUppercase(cp) && script != UScript.LATIN && script != UScript.COMMON
        && script != UScript.INHERITED;
    if (foreignCapital) {
      String shape = SPOOF.getSkeleton(Normalizer2.getNFKCInstance().normalize(s));
      if (shape.equals("l")) {
        return "i";
      }
      s = shape;
    }
    String folded = stripMarks(NFD.normalize(NFKC_CF.normalize(s)));
    if (folded.isEmpty() || folded.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return folded;
    }
    String skeleton = stripMarks(NFD.normalize(NFKC_CF.normalize(SPOOF.getSkeleton(folded))));
    // a symbol whose skeleton is spelled with punctuation (% is o/0, ℅ is c/o) keeps its own form:
    // "100% cotton" is not "100o/0 cotton", and the punctuation would later join letters around it
    if (skeleton.length() > 1 && skeleton.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c)
        && !Character.isWhitespace(c) && !isMark(c))) {
      return folded;
    }
    return skeleton;
  }

  /** What every pictograph reads as: a mark that parts words, and joins letters spelled out with it. */
  private static final String PICTOGRAPH = "\u2022";

  /**
   * An emoji or another pictograph ({@code ❤}, {@code ✅}, {@code 👟}) that has no compatibility form
   * of its own: it reads as {@link #PICTOGRAPH}, one kind of mark, so that a name spelled out with
   * emoji between its letters ({@code N❤I❤K❤E}, {@code A✅D✅I✅D✅A✅S}) is joined as one spelled
   * out with dots is. It parts words as it did before. Symbols NFKC spells as letters ({@code ℹ} is
   * i, {@code ‼} is !!) keep that reading, and those that part words ({@code ™}, {@code ©}) are
   * spaces.
   */
  private static boolean pictograph(int cp) {
    return cp > 0xFF && UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        && Normalizer2.getNFKCInstance().getDecomposition(cp) == null;
  }

  private static String stripMarks(String s) {
    var b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !isMark(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Where the combining marks (and variation selectors) from {@code i} on end in {@code s}. */
  private static int afterMarks(String s, int i) {
    while (i < s.length() && followsAsMark(s, i)) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  private static boolean followsAsMark(String s, int i) {
    char c = s.charAt(i);
    return Character.isSurrogate(c) ? isMark(s.codePointAt(i)) : (CLASS[c] & MARK) != 0;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR);
  }

  /** The normalised chars being built, each with its original range. */
  private static final class Units {
    private char[] chars;
    /** The letter that a digit or symbol may stand for in leetspeak, or 0. */
    private char[] leet;
    private int[] starts;
    private int[] ends;
    private int size;

    Units(int capacity) {
      chars = new char[capacity];
      leet = new char[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
    }

    void add(char c, char leetLetter, int start, int end) {
      if (size == chars.length) {
        int cap = size * 2 + 8;
        chars = java.util.Arrays.copyOf(chars, cap);
        leet = java.util.Arrays.copyOf(leet, cap);
        starts = java.util.Arrays.copyOf(starts, cap);
        ends = java.util.Arrays.copyOf(ends, cap);
      }
      chars[size] = c;
      leet[size] = leetLetter;
      starts[size] = start;
      ends[size] = end;
      size++;
    }

    /**
     * Drops single separators between three or more single letters ({@code n.i.k.e},
     * {@code n i k e}), so that the word spelled out letter by letter becomes a word again. A
     * digit or symbol standing for a letter joins through punctuation ({@code n.1.k.e}) but not
     * through a space, which would swallow the numbers that follow a name ({@code nike 1:1}).
     */
    /**
     * Any run of white space reads as one space: "Louis  Vuitton" and "Louis\tVuitton" meet the
     * term "Louis Vuitton", whose words the matcher compares char by char.
     */
    void collapseSpaces() {
      boolean[] drop = null;
      for (int i = 0; i < size; i++) {
        if (chars[i] != ' ' && (Character.isWhitespace(chars[i]) || Character.isSpaceChar(chars[i]))) {
          chars[i] = ' ';
          leet[i] = 0;
        }
        if (chars[i] == ' ' && i > 0 && chars[i - 1] == ' ') {
          drop = drop == null ? new boolean[size] : drop;
          drop[i] = true;
        }
      }
      if (drop != null) {
        compact(drop);
      }
    }

    void joinSpelledOutLetters() {
      boolean[] drop = null;
      int i = 0;
      while (i < size) {
        if (!singleLetterAt(i)) {
          i++;
          continue;
        }
        // one kind of separator throughout, a space or a mark: "N.I.K.E T-shirt" spells Nike and
        // then a word, not "niket", and "Size L N.I.K.E" a size and then Nike. A mark with spaces
        // around it ("N. I. K. E", "N - I - K - E") joins only a name that stands alone: where such
        // a run touches a run of another kind ("X. L. N I K E", "S - M - L - N.I.K.E"), which letter
        // belongs to which name cannot be told, and its letters are read one by one as they were
        Run run = run(i);
        int j = run.last();
        int letters = run.letters();
        if (run.kind() >= 4 && (run.kindChanged() || letterBefore(i))) {
          j = i;
          letters = 1;
        }
        if (letters >= 3) {
          drop = drop == null ? new boolean[size] : drop;
          int letter = i;
          while (letter < j) {
            int next = separatorAfter(letter);
            for (int k = letter + 1; k < next; k++) {
              drop[k] = true;
            }
            letter = next;
          }
          i = j + 1;
        } else {
          // the last letter may begin a run of the other kind of separator
          i = j > i ? j : i + 1;
        }
      }
      if (drop != null) {
        compact(drop);
      }
    }

    /**
     * Letters spelled out with one kind of separator ({@link #unitKind}): the last one, how many, and
     * whether the run ended where the kind of separator changed.
     */
    private record Run(int last, int letters, boolean kindChanged, int kind) {}

    /** The letters spelled out from the single letter at {@code i} with one kind of separator. */
    private Run run(int i) {
      int j = i;
      int letters = 1;
      int kind = 0;
      while (true) {
        int next = separatorAfter(j);
        if (next < 0 || next >= size || !singleLetterAt(next)) {
          return new Run(j, letters, false, kind);
        }
        int unit = unitKind(j, next);
        if (kind != 0 && kind != unit) {
          return new Run(j, letters, true, kind);
        }
        kind = unit;
        // a digit or symbol reads as a letter through punctuation alone ("n.1.k.e"), not through a space,
        // nor through a colon or a semicolon, which part numbers ("A:1:1" keeps its 1:1, "1:1:1" stays)
        boolean throughSpace = false;
        for (int k = j + 1; k < next; k++) {
          throughSpace |= chars[k] == ' ' || chars[k] == ':' || chars[k] == ';';
        }
        if (throughSpace && (leet[j] != 0 || leet[next] != 0)) {
          return new Run(j, letters, false, kind);
        }
        // "N I K E T-shirt": the T after the space begins a word of its own, not the name's next letter
        if (throughSpace && compoundAt(next)) {
          return new Run(j, letters, false, kind);
        }
        j = next;
        letters++;
      }
    }

    /** The separator between the letters at {@code j} and {@code next}: 1 a space, 2 a mark, more a mark with spaces. */
    private int unitKind(int j, int next) {
      if (next == j + 2) {
        return chars[j + 1] == ' ' ? 1 : 2;
      }
      boolean lead = chars[j + 1] == ' ';
      char mark = chars[lead ? j + 2 : j + 1];
      return 4 + mark * 4 + (lead ? 1 : 0) + (chars[next - 1] == ' ' ? 2 : 0);
    }

    /** Whether a single letter stands one separator before the letter at {@code i}. */
    private boolean letterBefore(int i) {
      for (int p = i - 2; p >= Math.max(0, i - 4); p--) {
        if (singleLetterAt(p) && separatorAfter(p) == i) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where the next letter may stand after a single letter at {@code i}, past one separator: a
     * space, a punctuation mark of {@link #SEPARATORS}, or such a mark with one space on either
     * side or both ({@code ". "}, {@code " - "}); -1 if no separator follows.
     */
    private int separatorAfter(int i) {
      int k = i + 1;
      if (k >= size || SEPARATORS.indexOf(chars[k]) < 0) {
        return -1;
      }
      if (chars[k] == ' ') {
        // a space alone, or a space before a mark (" - ", " -")
        if (k + 1 < size && SPACED_MARKS.indexOf(chars[k + 1]) >= 0) {
          k++;
        } else {
          return k + 1;
        }
        return k + 1 < size && chars[k + 1] == ' ' ? k + 2 : k + 1;
      }
      // a mark, and a space after it
      return k + 1 < size && chars[k + 1] == ' ' && SPACED_MARKS.indexOf(chars[k]) >= 0 ? k + 2 : k + 1;
    }

    /** Whether the letter at {@code i} begins a word such as {@code t-shirt} or {@code v-neck}. */
    private boolean compoundAt(int i) {
      if (i + 2 >= size || chars[i + 1] != '-') {
        return false;
      }
      var word = new StringBuilder().append(chars[i]).append('-');
      for (int k = i + 2; k < size && k < i + 10 && isLetter(chars[k]); k++) {
        word.append(chars[k]);
      }
      return LETTER_COMPOUNDS.contains(word.toString());
    }

    private boolean singleLetterAt(int i) {
      return letterLike(i) && (i == 0 || !wordLike(i - 1)) && (i + 1 == size || !wordLike(i + 1));
    }

    private boolean letterLike(int i) {
      return (isLetter(chars[i]) && !isUnspacedScript(chars[i])) || leet[i] != 0 && chars[i] != ' ';
    }

    private boolean wordLike(int i) {
      return isSpacedWordChar(chars[i]) || letterLike(i);
    }

    private boolean latinLetterAt(int i) {
      return i >= 0 && i < size && leet[i] == 0 && isLatinLetter(chars[i]);
    }

    /**
     * A digit or symbol next to Latin letters reads as the letter it imitates: a digit only between
     * two letters ({@code n1ke}), a symbol at a word's edge as well ({@code @didas}, {@code pum@}).
     */
    void readLeetspeak() {
      // a char read as a letter may make its neighbours read as letters too ("!!!a"): a work list,
      // so that each char is looked at a bounded number of times (a loop over the whole text until
      // nothing changes took quadratic time on a long run of symbols)
      int candidates = 0;
      for (int i = 0; i < size; i++) {
        if (leet[i] != 0) {
          candidates++;
        }
      }
      if (candidates == 0) {
        return; // most titles: no digit or symbol that could stand for a letter
      }
      // each char enters the list once at first and once more for each neighbour read as a letter
      int[] work = new int[3 * candidates];
      int top = 0;
      for (int i = size - 1; i >= 0; i--) {
        if (leet[i] != 0) {
          work[top++] = i;
        }
      }
      while (top > 0) {
        int i = work[--top];
        if (leet[i] != 0 && readsAsLetter(i)) {
          chars[i] = leet[i];
          leet[i] = 0;
          if (i > 0 && leet[i - 1] != 0) {
            work[top++] = i - 1;
          }
          if (i + 1 < size && leet[i + 1] != 0) {
            work[top++] = i + 1;
          }
        }
      }
      java.util.Arrays.fill(leet, 0, size, (char) 0);
    }

    private boolean readsAsLetter(int i) {
      boolean before = latinLetterAt(i - 1);
      boolean after = latinLetterAt(i + 1);
      if (chars[i] == '!' && !after) {
        return false; // an exclamation mark that ends a word ("Nike!") is punctuation, not an i
      }
      return before && after || !Character.isDigit(chars[i]) && (before || after);
    }

    /**
     * Writes {@code rn} as {@code m}. The confusable skeleton spells {@code m} as {@code rn} (they
     * look alike); contracting it back keeps {@code m} one letter, so that a spelled-out
     * {@code p.r.e.m.i.e.r} and a run {@code mmm} read like any other letter, and both spellings
     * still meet. The {@code m} covers the range of both.
     */
    void contractRnToM() {
      boolean[] drop = null;
      for (int i = 0; i + 1 < size; i++) {
        if (chars[i] == 'r' && chars[i + 1] == 'n' && leet[i] == 0 && leet[i + 1] == 0) {
          drop = drop == null ? new boolean[size] : drop;
          chars[i + 1] = 'm';
          starts[i + 1] = starts[i];
          drop[i] = true;
          i++;
        }
      }
      if (drop != null) {
        compact(drop);
      }
    }

    /**
     * Keeps one of each run of the same letter of a spaced script; the kept one covers the run.
     * A word that is nothing but one repeated letter keeps its run ({@code AAA}, {@code AA}
     * batteries, {@code XXL}'s cousins), or "AAA" would become the article "a".
     */
    /**
     * A hyphen, an underscore or a full stop between two words reads as a space ({@code Louis-Vuitton},
     * {@code Louis_Vuitton}, {@code Louis.Vuitton} are {@code louis vuitton}; {@code Ray Ban} meets
     * {@code Ray-Ban}), so that a name of several words meets the ways titles, tags and links join
     * them. It parts the words as it did before. It stays between two digits ({@code 3-5},
     * {@code 2.5}), and where a word on either side is a single char: {@code T-Mobile},
     * {@code U-Space} and {@code М.Видео} are not {@code t mobile}, {@code 4u space} or
     * {@code hdmi m m video}, and single letters with spaces between them are letters spelled out,
     * which normalising once more would join ({@code n-n.n}; those spelled out with it alone were
     * joined before this step, {@code N-I-K-E}).
     */
    void spaceJoinedWords() {
      for (int i = 1; i + 1 < size; i++) {
        char c = chars[i];
        if ((c == '-' || c == '_' || c == '.') && isSpacedWordChar(chars[i - 1]) && isSpacedWordChar(chars[i + 1])
            && !(Character.isDigit(chars[i - 1]) && Character.isDigit(chars[i + 1]))
            && i >= 2 && isSpacedWordChar(chars[i - 2]) && i + 2 < size && isSpacedWordChar(chars[i + 2])) {
          chars[i] = ' ';
          leet[i] = 0;
        }
      }
    }

    /**
     * Marks and spaces between chars of scripts written without spaces, decided on the same text.
     *
     * <p>A mark between two chars of such a script is dropped where one of the two stands alone on
     * its other side (at an end of the text, or next to a space, a mark or a bracket, not a letter
     * or digit): {@code 耐.克运动鞋}, {@code 香*奈*儿} and {@code 阿-迪-达-斯} read {@code 耐克运动鞋},
     * {@code 香奈儿} and {@code 阿迪达斯}. Titles also put marks between phrases
     * ({@code 拍卖咨询_实地带看}, {@code 花剑面罩.重剑面罩}, {@code 2天1晚-宁海}): there a phrase of two
     * chars or more (or a number) stands on either side, and the mark stays. A middle dot
     * ({@link #NAME_DOTS}) parts a foreign name's names and is always dropped ({@code ルイ・ヴィトン}).
     *
     * <p>A space between two Chinese or Japanese chars is dropped where both stand alone on their
     * other sides: {@code 耐 克 运动鞋} reads {@code 耐克 运动鞋} and {@code 小 米 手机} reads
     * {@code 小米 手机}, but in {@code 大 中 小 米色} the {@code 米} belongs to {@code 米色} and the space
     * stays, as it does in {@code 耐 克2019}. A mark dropped on a char's other side leaves it alone
     * ({@code 耐 克-男鞋} and {@code 耐 克-鞋} read {@code 耐克男鞋} and {@code 耐克鞋}), unless marks
     * on both sides join it to names spelled out with marks ({@code 香*奈*儿 阿-迪-达-斯} keeps its
     * space between the two names; {@link #farSide}). Korean and Thai part their words with spaces:
     * there a space always stays. (A list of single chars joins, {@code 大 中 小 米 色}; the matcher
     * does not take a name of sizes and colours out of such a list, {@link BrandMatcher}.)
     */
    void joinUnspacedText() {
      boolean[] mark = null;
      for (int i = 1; i + 1 < size; i++) {
        if (UNSPACED_MARKS.indexOf(chars[i]) >= 0 && isUnspacedScript(chars[i - 1]) && isUnspacedScript(chars[i + 1])
            && (NAME_DOTS.indexOf(chars[i]) >= 0 || i < 2 || !inAWord(chars[i - 2]) || i + 2 >= size
                || !inAWord(chars[i + 2]))) {
          mark = mark == null ? new boolean[size] : mark;
          mark[i] = true;
        }
      }
      boolean[] drop = mark == null ? null : mark.clone();
      for (int i = 1; i + 1 < size; i++) {
        if (chars[i] != ' ' || !chineseOrJapaneseAt(i - 1, -1) || !chineseOrJapaneseAt(i + 1, 1)) {
          continue;
        }
        int before = farSide(mark, i - 1, -1);
        int after = farSide(mark, i + 1, 1);
        if (before != GLUED && after != GLUED && !(before == MARKED && after == MARKED)) {
          drop = drop == null ? new boolean[size] : drop;
          drop[i] = true;
        }
      }
      if (drop != null) {
        compact(drop);
      }
    }

    /**
     * Whether the char that ends at {@code i} going in direction {@code dir} from a space (its last
     * unit, a surrogate pair's too) is Chinese or Japanese.
     */
    private boolean chineseOrJapaneseAt(int i, int dir) {
      char c = chars[i];
      if (!Character.isSurrogate(c)) {
        return isChineseOrJapanese(c);
      }
      int high = dir < 0 ? i - 1 : i;
      return high >= 0 && high + 1 < size && Character.isSurrogatePair(chars[high], chars[high + 1])
          && chineseOrJapanese(Character.toCodePoint(chars[high], chars[high + 1]));
    }

    /** What stands on a char's far side from a space: nothing of a word ({@link #farSide}). */
    private static final int ALONE = 0;
    /** A char of a word: the char belongs to a phrase or a number. */
    private static final int GLUED = 1;
    /** A dropped mark, and beyond it a single char: the char is a letter of a name spelled out with marks. */
    private static final int MARKED = 2;

    /**
     * What stands on the far side, from a space, of the char at {@code c} (the space lies the other
     * way from {@code dir}): {@link #ALONE} (an end of the text, a char outside words, or a dropped
     * mark ({@code mark}) that parts the char from a phrase), {@link #GLUED}, or {@link #MARKED}. A
     * space is dropped unless one side is glued, or both are marked: {@code 耐 克-鞋} and
     * {@code 耐 克-男鞋} join, {@code 香*奈*儿 阿-迪-达-斯} keeps the space between its two names.
     */
    private int farSide(boolean @Nullable [] mark, int c, int dir) {
      int p = c + dir;
      if (p >= 0 && p < size && Character.isSurrogatePair(dir < 0 ? chars[p] : chars[c], dir < 0 ? chars[c] : chars[p])) {
        p += dir; // past the pair's other unit
      }
      if (p < 0 || p >= size) {
        return ALONE;
      }
      if (inAWord(chars[p])) {
        return GLUED;
      }
      if (mark == null || !mark[p]) {
        return ALONE;
      }
      int beyond = p + 2 * dir; // the far side of the char beyond the mark
      return beyond >= 0 && beyond < size && inAWord(chars[beyond]) ? ALONE : MARKED;
    }

    /**
     * A char of a word of either kind of script: a letter or digit, or a char of an unspaced script;
     * a surrogate too, as what stays one after folding is a letter (CJK Extension B, a kana form).
     */
    private static boolean inAWord(char c) {
      return isUnspacedScript(c) || isSpacedWordChar(c) || Character.isSurrogate(c);
    }

    /**
     * The spaces around an {@code &} between two words are dropped: {@code Dolce & Gabbana},
     * {@code Dolce &Gabbana} and {@code Dolce&Gabbana} read alike ({@code dolce&gabbana}), as do
     * {@code Abercrombie & Fitch} and {@code Abercrombie&Fitch}. The {@code &} still parts the words.
     */
    void closeAmpersands() {
      boolean[] drop = null;
      for (int i = 1; i + 1 < size; i++) {
        if (chars[i] != '&') {
          continue;
        }
        int before = chars[i - 1] == ' ' ? i - 1 : i;
        int after = chars[i + 1] == ' ' ? i + 1 : i;
        if ((before < i || after > i) && before > 0 && isSpacedWordChar(chars[before - 1]) && after + 1 < size
            && isSpacedWordChar(chars[after + 1])) {
          drop = drop == null ? new boolean[size] : drop;
          drop[before] |= before < i;
          drop[after] |= after > i;
        }
      }
      if (drop != null) {
        compact(drop);
      }
    }

    void collapseRepeatedLetters() {
      boolean[] drop = null;
      int i = 1;
      while (i < size) {
        if (chars[i] != chars[i - 1] || !isLetter(chars[i]) || isUnspacedScript(chars[i])) {
          i++;
          continue;
        }
        int start = i - 1;
        int end = i;
        while (end + 1 < size && chars[end + 1] == chars[start]) {
          end++;
        }
        boolean wholeWord = (start == 0 || !isSpacedWordChar(chars[start - 1]))
            && (end + 1 == size || !isSpacedWordChar(chars[end + 1]));
        if (!wholeWord) {
          drop = drop == null ? new boolean[size] : drop;
          for (int k = start; k < end; k++) {
            drop[k] = true;
          }
          starts[end] = starts[start];
        }
        i = end + 1;
      }
      if (drop != null) {
        compact(drop);
      }
    }

    private void compact(boolean[] drop) {
      int w = 0;
      for (int r = 0; r < size; r++) {
        if (!drop[r]) {
          chars[w] = chars[r];
          leet[w] = leet[r];
          starts[w] = starts[r];
          ends[w] = ends[r];
          w++;
        }
      }
      size = w;
    }

    NormalizedText result(String original) {
      return new NormalizedText(original, new String(chars, 0, size), java.util.Arrays.copyOf(starts, size),
          java.util.Arrays.copyOf(ends, size));
    }
  }
}
