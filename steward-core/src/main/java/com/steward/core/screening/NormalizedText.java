package com.steward.core.screening;

/**
 * Text after {@link TextNormalizer}, with the way back: normalised char {@code i} came from the
 * original UTF-16 range {@code [originalStart(i), originalEnd(i))}. Ranges never lie outside the
 * original and never go backwards.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  public String original() {
    return original;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public int originalStart(int index) {
    return starts[index];
  }

  public int originalEnd(int index) {
    return ends[index];
  }

  /** The original range that normalised range {@code [start, end)} came from. */
  public int[] originalRange(int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of " + text.length());
    }
    return new int[] {starts[start], ends[end - 1]};
  }

  @Override
  public String toString() {
    return text;
  }
}
