package com.steward.core.penalties;

/**
 * The points one violation type gives at each severity; a graver violation never gives fewer.
 *
 * @param minor points for a minor violation, 0 to {@link #MAX_POINTS}
 * @param major points for a major one, at least {@code minor}
 * @param severe points for a severe one, at least {@code major}
 */
public record PointScale(int minor, int major, int severe) {

  /** The most points one violation may give, so that no sum can overflow. */
  public static final int MAX_POINTS = 1_000;

  public PointScale {
    if (minor < 0 || minor > MAX_POINTS) {
      throw new IllegalArgumentException("minor: 0 to " + MAX_POINTS + ", was " + minor);
    }
    if (major < minor || major > MAX_POINTS) {
      throw new IllegalArgumentException("major: minor (" + minor + ") to " + MAX_POINTS + ", was " + major);
    }
    if (severe < major || severe > MAX_POINTS) {
      throw new IllegalArgumentException("severe: major (" + major + ") to " + MAX_POINTS + ", was " + severe);
    }
  }

  /** The points at this severity. */
  public int of(Severity severity) {
    return switch (severity) {
      case MINOR -> minor;
      case MAJOR -> major;
      case SEVERE -> severe;
    };
  }
}
