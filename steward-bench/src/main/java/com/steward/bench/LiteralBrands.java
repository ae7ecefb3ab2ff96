package com.steward.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately plain brand finder, independent of the engine under test: lower case, whole
 * words for spaced scripts (separated by anything that is not a letter or a digit), plain
 * substrings for Chinese and Japanese names. No normalisation, so a disguised brand is not
 * found. The labelled-set generator uses it to check what a case claims (a disguised title no
 * longer names its brand, a stuffed title names three brands).
 */
final class LiteralBrands {

  private static final int LONGEST = 64;

  private final Map<String, Set<String>> spaced = new HashMap<>();
  private final Map<String, Set<String>> unspaced = new HashMap<>();

  LiteralBrands(Map<String, ? extends List<String>> formsByBrand) {
    formsByBrand.forEach((brand, forms) -> {
      for (String f : forms) {
        String k = key(f);
        if (k.length() < 2 || k.length() > LONGEST) {
          continue;
        }
        (hasUnspaced(k) ? unspaced : spaced).computeIfAbsent(k, x -> new LinkedHashSet<>()).add(brand);
      }
    });
  }

  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  static boolean hasUnspaced(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
  }

  private static boolean wordChar(String s, int i) {
    return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i)) && !hasUnspaced(s.substring(i, i + 1));
  }

  /** The brands owning {@code form}, empty if none. */
  Set<String> owners(String form) {
    String k = key(form);
    return spaced.getOrDefault(k, unspaced.getOrDefault(k, Set.of()));
  }

  /** The distinct brands named literally in {@code text}, in order of first appearance. */
  Set<String> brandsIn(String text) {
    String t = key(text);
    Set<String> out = new LinkedHashSet<>();
    for (int start = 0; start < t.length(); start++) {
      if (!wordChar(t, start) || wordChar(t, start - 1)) {
        continue;
      }
      for (int end = start + 1; end <= Math.min(t.length(), start + LONGEST); end++) {
        if (wordChar(t, end - 1) && !wordChar(t, end)) {
          Set<String> owners = spaced.get(t.substring(start, end));
          if (owners != null) {
            out.addAll(owners);
          }
        }
      }
    }
    if (hasUnspaced(t)) {
      unspaced.forEach((form, owners) -> {
        if (t.contains(form)) {
          out.addAll(owners);
        }
      });
    }
    return out;
  }

  /** Whether {@code text} contains {@code form} literally: as a whole word, or anywhere for Chinese forms. */
  static boolean containsForm(String text, String form) {
    String t = key(text);
    String f = key(form);
    if (f.isEmpty()) {
      return false;
    }
    for (int i = t.indexOf(f); i >= 0; i = t.indexOf(f, i + 1)) {
      if (hasUnspaced(f) || !wordChar(t, i - 1) && !wordChar(t, i + f.length())
          || !Character.isLetterOrDigit(f.charAt(0)) || !Character.isLetterOrDigit(f.charAt(f.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Start offsets of {@code form} inside a longer word of letters of {@code text} (never as a whole word). */
  static List<Integer> insideLongerWords(String text, String form) {
    String t = key(text);
    String f = key(form);
    List<Integer> out = new ArrayList<>();
    for (int i = t.indexOf(f); i >= 0 && !f.isEmpty(); i = t.indexOf(f, i + 1)) {
      boolean letterBefore = i > 0 && Character.isLetter(t.charAt(i - 1));
      boolean letterAfter = i + f.length() < t.length() && Character.isLetter(t.charAt(i + f.length()));
      if (letterBefore || letterAfter) {
        out.add(i);
      }
    }
    return out;
  }
}
