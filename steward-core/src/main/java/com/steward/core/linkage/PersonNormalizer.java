package com.steward.core.linkage;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings each attribute to one canonical text so that the same value typed differently encodes
 * the same way: names and addresses are NFKC case folded, accents and punctuation dropped; dates
 * become {@code yyyymmdd}; postcodes, identifiers and phones keep letters and digits only; e-mail
 * addresses are folded and lose a {@code +tag}. An unusable value normalises to the empty text.
 * Stateless and thread-safe.
 */
public final class PersonNormalizer {

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Pattern YMD = Pattern.compile("(\\d{4})[-/. ](\\d{1,2})[-/. ](\\d{1,2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})");
  private static final Pattern COMPACT = Pattern.compile("\\d{8}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private PersonNormalizer() {}

  public static String normalize(Attribute a, String raw) {
    return switch (a) {
      case GIVEN_NAME, SURNAME, ADDRESS_1, ADDRESS_2, SUBURB, STATE -> name(raw);
      case DATE_OF_BIRTH -> date(raw);
      case EMAIL -> email(raw);
      case PHONE -> phone(raw);
      case STREET_NUMBER, POSTCODE, SOC_SEC_ID, DOCUMENT_NUMBER, PAYMENT_ACCOUNT, DEVICE -> code(raw);
    };
  }

  /** Folded, accents and punctuation dropped, words separated by one space. */
  public static String name(String raw) {
    return ascii(raw) ? asciiName(raw) : unicodeName(raw);
  }

  /** {@link #name} for any text, through ICU's normalisers. */
  static String unicodeName(String raw) {
    String d = NFD.normalize(NFKC_CF.normalize(raw));
    StringBuilder b = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || cp == '\'' || cp == '\u2019') {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (space && !b.isEmpty()) {
          b.append(' ');
        }
        space = false;
        b.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  /**
   * {@link #name} of a text in ASCII, where case folding is lower-casing A to Z and neither
   * normalisation changes anything else: letters and digits kept, apostrophes dropped, any other
   * run of chars one space between words.
   */
  private static String asciiName(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\'') {
        continue;
      }
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (space && !b.isEmpty()) {
          b.append(' ');
        }
        space = false;
        b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code yyyymmdd}, or empty when the text is not a plausible date. */
  public static String date(String raw) {
    String s = raw.strip();
    Matcher m;
    String y;
    String mo;
    String d;
    if ((m = YMD.matcher(s)).matches()) {
      y = m.group(1);
      mo = m.group(2);
      d = m.group(3);
    } else if ((m = DMY.matcher(s)).matches()) {
      y = m.group(3);
      mo = m.group(2);
      d = m.group(1);
    } else if (COMPACT.matcher(s).matches()) {
      y = s.substring(0, 4);
      mo = s.substring(4, 6);
      d = s.substring(6);
    } else {
      return "";
    }
    int month = Integer.parseInt(mo);
    int day = Integer.parseInt(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return "";
    }
    return y + (month < 10 ? "0" : "") + month + (day < 10 ? "0" : "") + day;
  }

  /** Letters and digits only, folded: postcodes, document numbers, accounts, devices. */
  public static String code(String raw) {
    return name(raw).replace(" ", "");
  }

  /** Digits only, an international {@code 00} prefix dropped. */
  public static String phone(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    String digits = b.toString();
    return digits.startsWith("00") ? digits.substring(2) : digits;
  }

  /** Folded, spaces removed, a {@code +tag} in the local part dropped; empty without an {@code @}. */
  public static String email(String raw) {
    String e = ascii(raw) ? asciiEmail(raw) : unicodeEmail(raw);
    int at = e.lastIndexOf('@');
    if (at <= 0 || at == e.length() - 1) {
      return "";
    }
    String local = e.substring(0, at);
    int plus = local.indexOf('+');
    return (plus > 0 ? local.substring(0, plus) : local) + e.substring(at);
  }

  /** NFKC case folded, whitespace removed, through ICU. */
  static String unicodeEmail(String raw) {
    return WHITESPACE.matcher(NFKC_CF.normalize(raw)).replaceAll("");
  }

  /** NFKC case folding of ASCII (A to Z lower-cased) with whitespace ({@code \s}) removed. */
  static String asciiEmail(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        continue;
      }
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return b.toString();
  }
}
