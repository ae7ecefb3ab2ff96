package com.steward.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request is well formed but clashes with the current state (e.g. a window has closed). */
public final class ConflictException extends StewardException {

  public ConflictException(String message) {
    super(message, List.of());
  }

  public ConflictException(String field, String message) {
    super(message, List.of(new FieldProblem(field, message)));
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.CONFLICT;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
