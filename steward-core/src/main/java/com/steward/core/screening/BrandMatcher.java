package com.steward.core.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Brand names, aliases, keywords and suspicious terms matched in listing text in one pass:
 * normalise, run the {@link TermMatcher}, keep the hits that respect word boundaries, and map them
 * back to the original text. In spaced scripts a term must stand as a word or words ({@code nike}
 * matches "Nike Air", not "Nikelodeon"); in Chinese and Japanese, which have no spaces, it may
 * stand anywhere. Immutable and thread-safe.
 *
 * <p>A change of a few owners' terms need not rebuild the whole dictionary ({@link #withChanges}):
 * the matcher keeps the terms it was built with, drops the hits of the changed owners' terms
 * among them, and adds a small matcher of their current terms. One such layer at most: a second
 * change rebuilds the small one with both. A caller rebuilds the whole from time to time, so that
 * the layer stays small.
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
  /**
   * Per id of {@link #matcher}, the term it stands for: each term, and after a term of several
   * words its words glued into one ({@link #glued}).
   */
  private final List<Term> entries;
  /**
   * Per id of {@link #matcher}, where the words of a glued name begin after its first (offsets in
   * the glued term); null for every other entry.
   */
  private final int[][] joins;
  private final WordMatcher matcher;
  /** Per id of {@link #matcher}, the normalised positions that stand for a doubled letter in the term itself; null if none. */
  private final boolean[][] doubled;
  /** Owners whose terms among {@link #terms} no longer count: their current terms are in {@link #changes}. */
  private final Set<String> retired;
  /** The current terms of the owners changed since this matcher was built, or null if none changed. */
  private final @Nullable BrandMatcher changes;

  private BrandMatcher(TextNormalizer normalizer, List<Term> terms, List<Term> entries, int[][] joins,
      List<String> normalized, boolean[][] doubled) {
    this.normalizer = normalizer;
    this.terms = List.copyOf(terms);
    this.entries = List.copyOf(entries);
    this.joins = joins;
    this.matcher = WordMatcher.build(normalized);
    this.doubled = doubled;
    this.retired = Set.of();
    this.changes = null;
  }

  private BrandMatcher(BrandMatcher base, Set<String> retired, BrandMatcher changes) {
    this.normalizer = base.normalizer;
    this.terms = base.terms;
    this.entries = base.entries;
    this.joins = base.joins;
    this.matcher = base.matcher;
    this.doubled = base.doubled;
    this.retired = Set.copyOf(retired);
    this.changes = changes;
  }

  /**
   * This dictionary with the terms of {@code owners} replaced by {@code current} (their terms now;
   * an owner with none is removed). Builds only a matcher of the changed owners' terms, however
   * large the dictionary.
   */
  public BrandMatcher withChanges(Set<String> owners, List<Term> current) {
    for (Term t : current) {
      if (!owners.contains(t.owner())) {
        throw new IllegalArgumentException("term " + t.text() + " of " + t.owner() + ", which is not among the changed");
      }
    }
    Set<String> allRetired = new HashSet<>(retired);
    allRetired.addAll(owners);
    List<Term> changed = new ArrayList<>();
    if (changes != null) {
      changes.terms.stream().filter(t -> !owners.contains(t.owner())).forEach(changed::add);
    }
    changed.addAll(current);
    return new BrandMatcher(this, allRetired, build(changed));
  }

  /** How many terms the layer of changes holds (0 for a matcher as built). */
  public int changedTerms() {
    return changes == null ? 0 : changes.terms.size();
  }

  /** A full stop may end (or begin) a brand's name without being part of what a title writes. */
  private static final String EDGE_MARKS = ".";

  public static BrandMatcher build(List<Term> terms) {
    TextNormalizer normalizer = TextNormalizer.standard();
    List<String> normalized = new ArrayList<>(terms.size());
    List<Term> entries = new ArrayList<>(terms.size());
    List<boolean[]> doubled = new ArrayList<>(terms.size());
    List<int @Nullable []> joins = new ArrayList<>(terms.size());
    for (int t = 0; t < terms.size(); t++) {
      NormalizedText n = normalizer.normalize(terms.get(t).text());
      String text = n.text();
      // a name's own full stops at its edges ("A.P.C.") are not needed in the text: a title writes
      // "A.P.C" or "APC" as often. Other marks stay ("Yes!" is not the word yes), and a suspicious
      // term keeps all it has ("1:1")
      boolean trim = terms.get(t).kind() != Kind.SUSPICIOUS;
      int lead = 0;
      int end = text.length();
      while (lead < end && (text.charAt(lead) == ' ' || trim && EDGE_MARKS.indexOf(text.charAt(lead)) >= 0)) {
        lead++;
      }
      while (end > lead && (text.charAt(end - 1) == ' ' || trim && EDGE_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
        end--;
      }
      if (lead == end) {
        lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
          lead++;
        }
        end = lead + text.strip().length();
      }
      String stripped = text.substring(lead, end);
      boolean[] twice = null;
      for (int k = 0; k < stripped.length(); k++) {
        if (letters(n, lead + k) >= 2) {
          twice = twice == null ? new boolean[stripped.length()] : twice;
          twice[k] = true;
        }
      }
      normalized.add(stripped);
      entries.add(terms.get(t));
      doubled.add(twice);
      joins.add(null);
      if (terms.get(t).kind() != Kind.SUSPICIOUS) {
        for (Spelling other : otherSpellings(normalizer, stripped, twice)) {
          normalized.add(other.text());
          entries.add(terms.get(t));
          doubled.add(other.twice());
          joins.add(other.joins());
        }
      }
    }
    return new BrandMatcher(normalizer, terms, entries, joins.toArray(new int[0][]), normalized,
        doubled.toArray(new boolean[0][]));
  }

  /**
   * The glued names shorter than this are found only where the text shows that words were glued:
   * each word after the first begins with a capital after a small letter ({@code RayBan},
   * {@code TomFord}), or the name follows a {@code #}. Glued, a short name is often a word of its
   * own ({@code Li-Ning} is {@code lining}); a long one ({@code louisvuitton}, {@code michaelkors}) is
   * found however it is written.
   */
  static final int SHORT_GLUED = 9;

  /** The fewest chars a name's words glued into one must have: {@code gstar}, not {@code mrp}. */
  private static final int MIN_GLUED = 5;

  /**
   * Another spelling of a brand term: its normalised text, the positions that stand for a letter the
   * term writes twice ({@link #doubled}), and for words glued, where each word after the first begins.
   */
  private record Spelling(String text, boolean @Nullable [] twice, int @Nullable [] joins) {}

  /**
   * The spellings a brand term is also found under: with {@code and} for {@code &} between its words
   * or the other way round ({@code dolce&gabbana} as {@code dolce and gabbana}, {@code marks and
   * spencer} as {@code marks&spencer}; the normaliser closes the spaces around such a {@code &}),
   * and its words glued into one ({@link #glued}).
   */
  private static List<Spelling> otherSpellings(TextNormalizer normalizer, String s, boolean @Nullable [] twice) {
    List<Spelling> out = new ArrayList<>(2);
    var b = new StringBuilder(s.length() + 8);
    var flags = new boolean[s.length() * 5 + 1];
    boolean changed = false;
    for (int k = 0; k < s.length(); ) {
      if (s.charAt(k) == '&' && betweenWords(s, k, k + 1)) {
        b.append(" and ");
        k++;
        changed = true;
      } else if (s.startsWith(" and ", k) && betweenWords(s, k, k + 5)) {
        b.append('&');
        k += 5;
        changed = true;
      } else {
        flags[b.length()] = twice != null && twice[k];
        b.append(s.charAt(k));
        k++;
      }
    }
    if (changed) {
      out.add(new Spelling(b.toString(), twice == null ? null : java.util.Arrays.copyOf(flags, b.length()), null));
    }
    Spelling glued = glued(normalizer, s, twice);
    if (glued != null) {
      out.add(glued);
    }
    return out;
  }

  /** Whether {@code s} has a word char right before {@code from} and at {@code to}. */
  private static boolean betweenWords(String s, int from, int to) {
    return from > 0 && to < s.length() && TextNormalizer.isSpacedWordChar(s.charAt(from - 1))
        && TextNormalizer.isSpacedWordChar(s.charAt(to));
  }

  /**
   * A name of several words with its words glued into one ({@code louis vuitton} as
   * {@code louisvuitton}, {@code ray ban} as {@code rayban}, {@code dolce&gabbana} as
   * {@code dolcegabbana}), as tags, links and careless titles write it; null unless the name is
   * words of a spaced script (letters and digits) with one space or {@code &} between each, of
   * {@value #MIN_GLUED} chars or more once glued. Whatever else joins its words (a hyphen, an
   * underscore, a full stop) reads as a space already ({@link TextNormalizer}).
   */
  private static @Nullable Spelling glued(TextNormalizer normalizer, String s, boolean @Nullable [] twice) {
    var b = new StringBuilder(s.length());
    var flags = new boolean[s.length()];
    var joins = new ArrayList<Integer>();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ' ' || c == '&') {
        if (!betweenWords(s, k, k + 1)) {
          return null;
        }
        joins.add(b.length());
      } else if (TextNormalizer.isSpacedWordChar(c)) {
        flags[b.length()] = twice != null && twice[k];
        b.append(c);
      } else {
        return null;
      }
    }
    if (joins.isEmpty() || b.length() < MIN_GLUED) {
      return null;
    }
    // normalised again, as a title that glues the words is: a letter that ends one word and begins
    // the next is one run ("Blue Earth" glued is "bluearth", and its double letter is the name's own)
    NormalizedText n = normalizer.normalize(b.toString());
    String text = n.text();
    boolean[] again = null;
    int[] at = new int[joins.size()];
    for (int k = 0, j = 0; k < text.length(); k++) {
      boolean doubled = letters(n, k) >= 2;
      for (int g = n.originalStart(k); g < n.originalEnd(k); g++) {
        doubled |= flags[g];
        if (j < at.length && joins.get(j) == g) {
          at[j++] = k;
        }
      }
      if (doubled) {
        again = again == null ? new boolean[text.length()] : again;
        again[k] = true;
      }
    }
    // a word that normalising glued into its neighbour's run ("M Missoni" glued is "misoni", "Tissot T"
    // is "tissot") leaves no join of its own: the glued form would be the other word alone. Each word
    // keeps a char of its own ("Blue Earth" glued is "bluearth": the words share their e, and keep
    // "blu" and "arth")
    for (int j = 0; j < at.length; j++) {
      if (at[j] <= (j == 0 ? 0 : at[j - 1]) || at[j] >= text.length()) {
        return null;
      }
    }
    for (int w = 0; w <= joins.size(); w++) {
      int from = w == 0 ? 0 : joins.get(w - 1);
      int to = w == joins.size() ? b.length() : joins.get(w);
      boolean own = false;
      for (int k = 0; k < text.length() && !own; k++) {
        own = n.originalStart(k) >= from && n.originalEnd(k) <= to;
      }
      if (!own) {
        return null;
      }
    }
    if (text.length() < MIN_GLUED) {
      return null;
    }
    return new Spelling(text, again, at);
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
        count += c == 'ß' || c == 'ẞ' ? 2 : 1; // ß stands for ss: "Meißen" is written "Meissen" too
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
    return shortDoubleMissing(id, n, start, end);
  }

  /**
   * Whether a term of at most two chars once folded, written with a double letter ({@code UGG},
   * {@code KKM}), stands on text that writes that letter once ({@code 500 ug}, {@code 5 km}): two
   * chars are the space of units and sizes, and the double is what tells the name. A longer term
   * still matches with a letter dropped ({@code Guci} for Gucci).
   */
  private boolean shortDoubleMissing(int id, NormalizedText n, int start, int end) {
    if (end - start > 2 || doubled[id] == null) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (doubled[id][k - start] && lettersWritten(n, k) < 2) {
        return true;
      }
    }
    return false;
  }

  /** How many letters the text wrote for normalised char {@code k}, in whatever forms ({@code ＵＧG}: two). */
  private static int lettersWritten(NormalizedText n, int k) {
    String o = n.original();
    int count = 0;
    for (int i = n.originalStart(k); i < n.originalEnd(k); i += Character.charCount(o.codePointAt(i))) {
      int c = o.codePointAt(i);
      count += !Character.isLetter(c) ? 0 : c == 'ß' || c == 'ẞ' ? 2 : 1;
    }
    return count;
  }

  /**
   * Whether the text shows that the words of a short glued name found at normalised {@code start}
   * were glued ({@link #SHORT_GLUED}): a {@code #} before it, or a capital after a small letter
   * where each of its words after the first begins (or a digit on either side there).
   */
  private static boolean shownGlued(int[] joins, NormalizedText n, int start) {
    String o = n.original();
    int from = n.originalStart(start);
    if (from > 0 && (o.charAt(from - 1) == '#' || o.charAt(from - 1) == '\uFF03')) {
      return true;
    }
    for (int j : joins) {
      // the original chars of the normalised chars on either side of the join (one char may stand
      // for a run that spans it: "BlueEarth" glued is "bluearth", whose e stands for "eE")
      int left = n.originalStart(start + j - 1);
      int right = n.originalEnd(start + j);
      boolean shown = false;
      for (int i = left + 1; i < right && !shown; i++) {
        char before = o.charAt(i - 1);
        char c = o.charAt(i);
        // a capital after a small letter, or a letter next to a digit, which parts words anyway (AirMax90)
        shown = Character.isLowerCase(before) && Character.isUpperCase(c) || Character.isDigit(before) != Character.isDigit(c);
      }
      if (!shown) {
        return false;
      }
    }
    return true;
  }

  /** The terms that count: those it was built with, less the changed owners', plus their current ones. */
  public int size() {
    if (changes == null) {
      return terms.size();
    }
    return (int) terms.stream().filter(t -> !retired.contains(t.owner())).count() + changes.terms.size();
  }

  /**
   * Hits in order of where they end, then of where they start, then by owner and term: an order
   * of the hits alone, so that a matcher with changes orders them as one built whole would.
   */
  private static final java.util.Comparator<Hit> ORDER = java.util.Comparator.comparingInt(Hit::end)
      .thenComparingInt(Hit::start).thenComparing(h -> h.term().owner()).thenComparing(h -> h.term().text())
      .thenComparing(h -> h.term().kind());

  /** Every hit in {@code text}, in order of where it ends (then of where it starts, then by owner and term). */
  public List<Hit> find(String text) {
    return findIn(text).hits();
  }

  /** Every hit in {@code text}, with the normalised text they were found in. */
  public Found findIn(String text) {
    NormalizedText n = normalizer.normalize(text);
    List<Hit> hits = new ArrayList<>();
    collect(n, hits);
    if (changes != null) {
      changes.collect(n, hits);
    }
    // "AppIe", "GoogIe": a capital I among small letters may stand for an l, which case folding
    // cannot tell from an i; "UGGs", "NIKEs": a name in capitals takes a small s for its plural,
    // which word semantics would read as a longer word. The text is read once more for each, and
    // the names only that reading finds are added
    alsoIn(capitalIAsL(text), n, hits);
    alsoIn(acronymPluralsParted(text), n, hits);
    // "NlKE": a small l among capitals stands for an I; "Chane1", "GUCC1", "Nik3": a digit that ends
    // a word of letters may stand for the letter it looks like, which the normaliser leaves a digit
    // at a word's edge (sizes and model numbers); 1 is read as an l and as an i
    alsoIn(smallLAsCapitalI(text), n, hits);
    String asL = lastDigitAsLetter(text, 'l');
    alsoIn(asL, n, hits);
    String asI = asL == null ? null : lastDigitAsLetter(text, 'i');
    if (asI != null && !asI.equals(asL)) {
      alsoIn(asI, n, hits);
    }
    dropHitsOfListsOfSingleChars(n, hits);
    hits.sort(ORDER);
    return new Found(n, hits);
  }

  /**
   * Adds the hits found in {@code other}, a second reading of {@code n}'s text char for char, that
   * {@code hits} does not have; nothing if there is no second reading or its normalised text does
   * not line up with {@code n}'s char for char (the hits' normalised offsets must hold in both).
   */
  private void alsoIn(@Nullable String other, NormalizedText n, List<Hit> hits) {
    if (other == null) {
      return;
    }
    NormalizedText read = normalizer.normalize(other);
    List<Hit> more = new ArrayList<>();
    collect(read, more);
    if (changes != null) {
      changes.collect(read, more);
    }
    if (more.isEmpty()) {
      return;
    }
    record Place(Term term, int start, int end) {}
    Set<Place> had = new HashSet<>();
    hits.forEach(h -> had.add(new Place(h.term(), h.start(), h.end())));
    boolean aligned = read.text().length() == n.text().length();
    for (Hit h : more) {
      // the reading writes the text char for char, so a hit's original range holds for both; where
      // normalising them differed in length (a run of letters one reading collapses: WlLSON, whose
      // l and L are one run until the l reads as an I), its normalised range is taken from the
      // text's own normalised chars over that original range
      Hit hit = aligned ? h : realigned(h, n);
      if (hit != null && had.add(new Place(hit.term(), hit.start(), hit.end()))) {
        hits.add(hit);
      }
    }
  }

  /** {@code h} with the normalised range of {@code n} whose chars stand for its original range; null if none do. */
  private static @Nullable Hit realigned(Hit h, NormalizedText n) {
    int from = -1;
    int to = -1;
    for (int k = 0; k < n.length(); k++) {
      if (from < 0 && n.originalEnd(k) > h.start()) {
        from = k;
      }
      if (n.originalStart(k) < h.end()) {
        to = k + 1;
      }
    }
    return from < 0 || to <= from ? null : new Hit(h.term(), h.start(), h.end(), from, to);
  }

  /**
   * {@code text} with the small s that ends a word of three or more capital letters ({@code UGGs},
   * {@code NIKEs}, {@code ＵＧＧｓ}, {@code NIKЕs} with a Cyrillic Е) written as a full stop, so that
   * the name ends where the plural begins; null if it has none (most titles). Left as written: a
   * word in small letters or all in capitals ({@code his}, {@code HAS}: the plural cannot be told
   * from another word), two capitals ({@code CDs}, {@code PCs}: mostly things, not brands), and
   * capitals that end in S or are one letter repeated ({@code BOSSs}, {@code AAAs}), whose s would
   * fold with them differently in the two readings.
   */
  static @Nullable String acronymPluralsParted(String text) {
    char[] chars = null;
    for (int i = 3; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c != 's' && c != '\uFF53') || i + 1 < text.length() && inSpacedWord(text.codePointAt(i + 1))) {
        continue;
      }
      int k = i;
      int capitals = 0;
      String first = null;
      boolean oneLetter = true;
      while (k > 0) {
        int cp = text.codePointBefore(k);
        if (!capital(cp)) {
          break;
        }
        // compared as the normaliser folds them: Cyrillic А is a, ẞ is ss
        String folded = TextNormalizer.foldOf(cp);
        first = first == null ? folded : first;
        oneLetter &= folded.equals(first);
        k -= Character.charCount(cp);
        capitals++;
      }
      boolean endsInS = first != null && first.endsWith("s");
      if (capitals >= 3 && !endsInS && !oneLetter && (k == 0 || !inSpacedWord(text.codePointBefore(k)))) {
        chars = chars == null ? text.toCharArray() : chars;
        chars[i] = '.';
      }
    }
    return chars == null ? null : new String(chars);
  }

  /** A letter or digit of a script that parts words with spaces (a Chinese char next to a name is not). */
  private static boolean inSpacedWord(int cp) {
    return Character.isLetterOrDigit(cp) && !(cp < 0x10000 && TextNormalizer.isUnspacedScript((char) cp));
  }

  /** A capital letter of a script with capitals (Latin, full-width Latin, Greek, Cyrillic, ...). */
  private static boolean capital(int cp) {
    return Character.isUpperCase(cp) && Character.isLetter(cp);
  }

  /**
   * {@code text} with every capital I that follows a small Latin letter written as an l, or null
   * if it has none (most titles).
   */
  private static String capitalIAsL(String text) {
    char[] chars = null;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = text.charAt(i - 1);
      if (c == 'I' && before >= 'a' && before <= 'z') {
        chars = chars == null ? text.toCharArray() : chars;
        chars[i] = 'l';
      }
    }
    return chars == null ? null : new String(chars);
  }

  /**
   * {@code text} with every small l between two capital letters written as a capital I
   * ({@code NlKE}, {@code ClTIZEN}), or null if it has none (most titles).
   */
  static @Nullable String smallLAsCapitalI(String text) {
    char[] chars = null;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == 'l' && capital(text.codePointBefore(i)) && capital(text.codePointAt(i + 1))) {
        chars = chars == null ? text.toCharArray() : chars;
        chars[i] = 'I';
      }
    }
    return chars == null ? null : new String(chars);
  }

  /** The letter each ASCII digit may stand for at the end of a word, or 0 (1 is given by the caller). */
  private static final String DIGIT_LETTERS = "o\0\0eas\0tb\0";

  /**
   * {@code text} with the one digit that ends a word of three or more Latin letters
   * ({@code Chane1}, {@code GUCC1}, {@code Nik3}, {@code Adida5}) written as the letter it looks like
   * ({@code one} for a 1, as an l or an i), in the case of the letter before it; null if it has none
   * (most titles). Two digits ({@code Note10}), a word of fewer letters ({@code XM4}) or a digit
   * before letters ({@code 0ppo}) are left as written: those are sizes and model numbers.
   */
  static @Nullable String lastDigitAsLetter(String text, char one) {
    char[] chars = null;
    for (int i = 3; i < text.length(); i++) {
      char d = text.charAt(i);
      // a Chinese char after the digit parts it from the word (chane1香奈儿), a Latin one does not
      if (d < '0' || d > '9' || i + 1 < text.length() && isLatinLetterOrDigit(text.charAt(i + 1))) {
        continue;
      }
      char letter = d == '1' ? one : DIGIT_LETTERS.charAt(d - '0');
      if (letter == 0) {
        continue;
      }
      int letters = 0;
      int k = i;
      while (k > 0 && isLatinLetter(text.charAt(k - 1))) {
        k--;
        letters++;
      }
      if (letters >= 3 && (k == 0 || !isLatinLetterOrDigit(text.charAt(k - 1)))) {
        chars = chars == null ? text.toCharArray() : chars;
        chars[i] = Character.isUpperCase(text.charAt(i - 1)) ? Character.toUpperCase(letter) : letter;
      }
    }
    return chars == null ? null : new String(chars);
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isLatinLetterOrDigit(char c) {
    return isLatinLetter(c) || c >= '0' && c <= '9';
  }

  /**
   * The chars that titles list one by one, spaced apart: sizes, colours, who it is for, seasons,
   * counts ({@code 大 中 小}, {@code 红 米 黑 白}, {@code 男 女}). A name made of them alone
   * ({@code 小米}, {@code 红米}) can be read out of such a list.
   */
  private static final String LISTED_CHARS = "大中小特加长短宽高厚薄红橙黄绿青蓝紫黑白灰粉棕褐金银米咖杏男女童春夏秋冬一二三四五六七八九十";

  /**
   * Drops the hits that a list of single chars spaced apart made, not a name spaced out: a hit whose
   * chars are all {@link #LISTED_CHARS}, joined across a space by the normaliser, with two more such
   * chars beside it in the same spaced run, on one side or one on each, that no other hit covers
   * ({@code 大 中 小 米 色} is sizes and a colour, not Xiaomi; {@code 红 米 黑 白} colours, not
   * Redmi). Any other name spaced out stays, whatever stands around it ({@code 耐 克 运 动 鞋},
   * {@code 高 仿 耐 克}), and so do suspicious terms. Linear in the text: each char's count of such
   * chars beside it is taken once.
   */
  private static void dropHitsOfListsOfSingleChars(NormalizedText n, List<Hit> hits) {
    boolean any = false;
    for (int i = 0; i < hits.size() && !any; i++) {
      any = mayBeListed(n, hits.get(i));
    }
    if (!any) {
      return;
    }
    int length = n.length();
    boolean[] gap = new boolean[Math.max(0, length - 1)]; // a space dropped between k and k + 1
    for (int k = 0; k + 1 < length; k++) {
      gap[k] = spaceBetween(n, k);
    }
    boolean[] covered = new boolean[length];
    for (Hit h : hits) {
      java.util.Arrays.fill(covered, h.normalizedStart(), h.normalizedEnd(), true);
    }
    String text = n.text();
    int[] listedBefore = new int[length]; // listed chars, not covered, in a row right before k across spaces
    for (int k = 1; k < length; k++) {
      boolean listed = gap[k - 1] && !covered[k - 1] && LISTED_CHARS.indexOf(text.charAt(k - 1)) >= 0;
      listedBefore[k] = listed ? 1 + listedBefore[k - 1] : 0;
    }
    int[] listedAfter = new int[length];
    for (int k = length - 2; k >= 0; k--) {
      boolean listed = gap[k] && !covered[k + 1] && LISTED_CHARS.indexOf(text.charAt(k + 1)) >= 0;
      listedAfter[k] = listed ? 1 + listedAfter[k + 1] : 0;
    }
    hits.removeIf(h -> mayBeListed(n, h) && spacedOut(gap, h)
        && listedBefore[h.normalizedStart()] + listedAfter[h.normalizedEnd() - 1] >= 2);
  }

  /** Whether the hit is a name whose chars are all {@link #LISTED_CHARS} (a suspicious term never is one). */
  private static boolean mayBeListed(NormalizedText n, Hit h) {
    if (h.term().kind() == Kind.SUSPICIOUS || h.normalizedEnd() - h.normalizedStart() < 2) {
      return false;
    }
    for (int k = h.normalizedStart(); k < h.normalizedEnd(); k++) {
      if (LISTED_CHARS.indexOf(n.text().charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the normaliser joined some of the hit's chars across spaces. */
  private static boolean spacedOut(boolean[] gap, Hit h) {
    for (int k = h.normalizedStart(); k + 1 < h.normalizedEnd(); k++) {
      if (gap[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether normalised chars {@code k} and {@code k + 1} are Chinese or Japanese chars between which
   * the original text had spaces (and perhaps chars the normaliser dropped, such as a zero-width
   * space), which the normaliser dropped.
   */
  private static boolean spaceBetween(NormalizedText n, int k) {
    String text = n.text();
    if (!TextNormalizer.isChineseOrJapanese(text.charAt(k)) || !TextNormalizer.isChineseOrJapanese(text.charAt(k + 1))) {
      return false;
    }
    int from = n.originalEnd(k);
    int to = n.originalStart(k + 1);
    String o = n.original();
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = o.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!blank && Character.getType(c) != Character.FORMAT) {
        return false;
      }
      space |= blank;
    }
    return space;
  }

  /** Adds the hits of this matcher's own terms in {@code n}, less those of retired owners. */
  private void collect(NormalizedText n, List<Hit> hits) {
    boolean anyRetired = !retired.isEmpty();
    matcher.match(n.text(), (id, start, end) -> {
      Term t = entries.get(id);
      if (!(anyRetired && retired.contains(t.owner())) && !doubledOnlyInText(id, n, start, end)
          && (joins[id] == null || end - start >= SHORT_GLUED || shownGlued(joins[id], n, start))) {
        hits.add(new Hit(t, n.originalStart(start), n.originalEnd(end - 1), start, end));
      }
    });
  }
}
