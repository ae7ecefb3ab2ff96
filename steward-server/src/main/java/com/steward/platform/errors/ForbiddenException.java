package com.steward.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The caller may see the thing but not do this to it (e.g. a seller reviewing a notice). */
public final class ForbiddenException extends StewardException {

  public ForbiddenException(String message) {
    super(message, List.of());
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.FORBIDDEN;
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
