package com.steward.platform.errors;

import com.steward.platform.errors.StewardException.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of a request before answering, so that the caller learns all of them at
 * once. Text checks also refuse control characters, half of a surrogate pair and cells that a spreadsheet would run as a
 * formula where the field is an identifier.
 */
public final class Check {

  /** An id names a resource in a path (/listings/{id}), so it holds no '/': a path could not address it. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
  /** Half of a surrogate pair without its other half: not Unicode text (a database stores it as '?'). */
  private static final Pattern LONE_SURROGATE = Pattern.compile("\\p{Cs}");

  private final List<FieldProblem> problems = new ArrayList<>();

  public Check add(String field, String message) {
    problems.add(new FieldProblem(field, message));
    return this;
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  /** Required text of 1..max characters without control characters. */
  public @Nullable String text(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      add(field, "required");
      return null;
    }
    return optionalText(field, value, max);
  }

  public @Nullable String optionalText(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      add(field, "at most " + max + " characters");
    } else if (CONTROL.matcher(v).find()) {
      add(field, "contains control characters");
    } else if (LONE_SURROGATE.matcher(v).find()) {
      add(field, "contains half of a surrogate pair: not valid Unicode text");
    }
    return v;
  }

  /** Required text of at least min characters. */
  public @Nullable String text(String field, @Nullable String value, int min, int max) {
    String v = text(field, value, max);
    if (v != null && v.length() < min) {
      add(field, "at least " + min + " characters");
    }
    return v;
  }

  /** An identifier given by a marketplace: letters, digits and {@code . _ : -}, at most 200 (no {@code /}). */
  public @Nullable String id(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      add(field, "required");
      return null;
    }
    if (!ID.matcher(value).matches()) {
      add(field, "1-200 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
      return null;
    }
    return value;
  }

  public @Nullable String email(String field, @Nullable String value) {
    String v = text(field, value, 320);
    if (v != null && !EMAIL.matcher(v).matches()) {
      add(field, "not an email address");
    }
    return v;
  }

  public @Nullable String url(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > 2000) {
      add(field, "at most 2000 characters");
      return null;
    }
    try {
      URI u = URI.create(value.strip());
      if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
        add(field, "must be an http(s) URL");
        return null;
      }
      return u.toString();
    } catch (IllegalArgumentException e) {
      add(field, "not a URL");
      return null;
    }
  }

  public @Nullable String country(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.matches("[A-Z]{2}")) {
      add(field, "an ISO 3166 alpha-2 code in capitals, e.g. DE");
      return null;
    }
    return value;
  }

  public <T> @Nullable T required(String field, @Nullable T value) {
    if (value == null) {
      add(field, "required");
    }
    return value;
  }

  public void isTrue(String field, @Nullable Boolean value, String message) {
    if (value == null || !value) {
      add(field, message);
    }
  }

  /** Throws {@link InvalidRequestException} with every problem found, if any. */
  public void done() {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
