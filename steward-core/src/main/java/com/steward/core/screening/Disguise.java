package com.steward.core.screening;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.regex.Pattern;

/**
 * Tells a name written in a disguise from another spelling of it, for a text where the matcher found
 * the name (so the two already read alike once normalised). A disguise:
 * <ul>
 *   <li>letters drawn as symbols ({@code 𝐍𝐢𝐤𝐞}, {@code Ⓝⓘⓚⓔ}, {@code ɴɪᴋᴇ}, {@code 🅽🅸🅺🅴}), or chars hidden
 *       inside the name (a zero-width space, a soft hyphen, a tag char);
 *   <li>a mark over most of its letters ({@code Ńíḱé}, {@code N̶i̶k̶e̶});
 *   <li>the name spelled out letter by letter where the term is not ({@code N.I.K.E}, {@code N❤I❤K❤E},
 *       {@code 阿-迪-达-斯}), or a mark between two chars of a script written without spaces
 *       ({@code 耐.克}), or a space between two Chinese or Japanese chars ({@code 耐 克});
 *   <li>letters that are not the term's, in the scripts whose letters look alike (Latin, Greek,
 *       Cyrillic): leetspeak ({@code N1ke}), a look-alike of another script inside the name
 *       ({@code Nіke}) or a Latin name written wholly in Greek or Cyrillic look-alikes
 *       ({@code Карра}), a letter repeated or dropped ({@code Niiike}, {@code Guci}), {@code NlKE}.
 * </ul>
 * Spellings, not disguises: case, full-width forms, accents, traditional Chinese and other forms the
 * normaliser folds in scripts without look-alikes (a Japanese {@code 戸} for {@code 戶}, a Persian
 * {@code ی} for an Arabic {@code ي}), letters such as {@code ø} and {@code æ}, the ways titles join a
 * name's words ({@code Louis-Vuitton}, {@code #louisvuitton}, {@code Marks&Spencer}), a name's own
 * marks ({@code A.P.C.}, {@code Ke$ha} written {@code Kesha}), and a Greek or Cyrillic name written
 * wholly in Latin letters ({@code OKKO} for {@code ОККО}). The caller compares the text with every
 * spelling a brand lists for the term: {@code ОККО} is no disguise of a brand that lists it.
 */
public final class Disguise {

  private Disguise() {}

  /**
   * Whether {@code text}, between {@code start} and {@code end} (UTF-16 offsets) where the matcher
   * found {@code term}, writes the term in a disguise.
   */
  public static boolean writtenIn(String text, int start, int end, String term) {
    java.util.Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      return false;
    }
    String written = text.substring(start, end);
    if (drawnOrHidden(written) || overMarked(written, term)) {
      return true;
    }
    String w = TextNormalizer.plain(written);
    String t = TextNormalizer.plain(term);
    if (spelledOut(w) && !spelledOut(t) || markBetweenUnspaced(w) && !markBetweenUnspaced(t)) {
      return true;
    }
    String wl = letters(w);
    String tl = letters(t);
    if (wl.equals(tl) || !lookAlikeScript(tl) || SYMBOL_IN_WORD.matcher(t).find()) {
      return false;
    }
    // a Greek or Cyrillic name written wholly in Latin letters is its Latin spelling (OKKO for ОККО);
    // a Latin name written in Greek or Cyrillic look-alikes is not how any language writes it (Карра
    // for Kappa, ΝΙΚΕ for Nike: those write Каппа and Νάικ), nor are letters of two scripts mixed
    int ws = script(wl);
    int ts = script(tl);
    boolean latinSpelling = ws == UScript.LATIN && (ts == UScript.CYRILLIC || ts == UScript.GREEK);
    return !latinSpelling;
  }

  /**
   * A char drawn as a letter (a font, circled or squared form of a Latin, Greek or Cyrillic letter, a
   * small capital) or hidden in the text. A squared CJK word ({@code ㍿}) is how Japanese writes it.
   */
  private static boolean drawnOrHidden(String s) {
    return s.codePoints().anyMatch(cp -> {
      int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
      if ((type == UCharacter.DecompositionType.FONT || type == UCharacter.DecompositionType.CIRCLE
          || type == UCharacter.DecompositionType.SQUARE) && drawsALookAlikeLetter(cp)
          || TextNormalizer.styledLetter(cp) != 0) {
        return true;
      }
      // joiners, variation selectors and the marks of writing direction (around a Latin name in a
      // Hebrew or Arabic title) belong to the spelling of some scripts and of emoji
      return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT) && cp != 0x200C && cp != 0x200D
          && !UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)
          && !UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL);
    });
  }

  private static boolean drawsALookAlikeLetter(int cp) {
    String d = com.ibm.icu.text.Normalizer2.getNFKCInstance().normalize(new String(Character.toChars(cp)));
    return d.codePoints().anyMatch(c -> Character.isLetter(c) && lookAlike(UScript.getScript(c)));
  }

  /**
   * Marks over three letters or more and over more than half of them, and more marked letters than
   * the term has ({@code Ńíḱé}, {@code N̶i̶k̶e̶}; not {@code Nestlé}, nor {@code Été} for {@code Ete}).
   */
  private static boolean overMarked(String written, String term) {
    int[] w = markedLetters(written);
    int[] t = markedLetters(term);
    return w[1] >= 3 && w[1] * 2 > w[0] && w[1] > t[1];
  }

  /** {letters, letters followed by at least one combining mark} of {@code s} decomposed. */
  private static int[] markedLetters(String s) {
    String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    int letters = 0;
    int marked = 0;
    boolean lastWasLetter = false;
    boolean counted = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        if (lastWasLetter && !counted) {
          marked++;
          counted = true;
        }
        continue;
      }
      lastWasLetter = Character.isLetter(c);
      counted = false;
      letters += lastWasLetter ? 1 : 0;
    }
    return new int[] {letters, marked};
  }

  /** Three single letters or more in a row, each apart from the next by marks or spaces ({@code n.i.k.e}, {@code a p c}). */
  private static final Pattern SPELLED_OUT =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[^\\p{L}\\p{N}]+\\p{L}(?![\\p{L}\\p{N}])){2,}");

  private static boolean spelledOut(String s) {
    return SPELLED_OUT.matcher(s).find();
  }

  /**
   * A mark between two chars of a script written without spaces, or a space between two Chinese or
   * Japanese chars (the normaliser joins chars that stand alone, {@code 耐 克}); a middle dot parts a
   * foreign name's names.
   */
  private static final Pattern MARK_BETWEEN_UNSPACED = Pattern.compile(
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}][^\\p{L}\\p{N}\\s·・･]+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]"
          + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]\\s+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

  private static boolean markBetweenUnspaced(String s) {
    return MARK_BETWEEN_UNSPACED.matcher(s).find();
  }

  /** A symbol inside a word of the term ({@code ke$ha}, {@code p!nk}): its letters cannot be compared one for one. */
  private static final Pattern SYMBOL_IN_WORD = Pattern.compile("\\p{L}[^\\p{L}\\p{N}\\s\\-_.&'·]+\\p{L}");

  private static final Pattern AND = Pattern.compile("(?<![\\p{L}\\p{N}])and(?![\\p{L}\\p{N}])");

  /**
   * The letters and digits of plainly written {@code s}: a word {@code and} left out as {@code &} is
   * ({@code Marks & Spencer}), modifier letters left out ({@code ʻ} of {@code Hawaiʻi}), and letters
   * with a stroke or ligatures written as their base letters ({@code ø}, {@code æ}, {@code œ}, {@code ł}).
   */
  private static String letters(String s) {
    var b = new StringBuilder(s.length());
    AND.matcher(s).replaceAll(" ").codePoints()
        .filter(cp -> Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.MODIFIER_LETTER)
        .forEach(cp -> {
          int k = STROKED.indexOf(cp);
          b.append(k >= 0 ? UNSTROKED[k] : new String(Character.toChars(cp)));
        });
    return b.toString();
  }

  private static final String STROKED = "øæœđłħŧðþ";
  private static final String[] UNSTROKED = {"o", "ae", "oe", "d", "l", "h", "t", "d", "th"};

  /** Whether the term's letters are all of a script whose letters look alike (Latin, Greek, Cyrillic). */
  private static boolean lookAlikeScript(String letters) {
    return !letters.isEmpty() && letters.codePoints().allMatch(cp -> Character.isDigit(cp) || lookAlike(UScript.getScript(cp)));
  }

  private static boolean lookAlike(int script) {
    return script == UScript.LATIN || script == UScript.GREEK || script == UScript.CYRILLIC;
  }

  /** The one script of the letters of {@code s}, or -1 where they mix scripts or have none. */
  private static int script(String s) {
    int found = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int sc = UScript.getScript(cp);
      if (found >= 0 && sc != found) {
        return -1;
      }
      found = sc;
    }
    return found;
  }
}
