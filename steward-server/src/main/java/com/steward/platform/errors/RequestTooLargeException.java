package com.steward.platform.errors;

import java.io.IOException;

/** A request body ran past the size limit while it was being read. */
public final class RequestTooLargeException extends IOException {

  public RequestTooLargeException(long limit) {
    super("request body exceeds " + limit + " bytes");
  }

  /** Whether this exception is somewhere in the cause chain of {@code t}. */
  public static boolean in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof RequestTooLargeException) {
        return true;
      }
    }
    return false;
  }
}
