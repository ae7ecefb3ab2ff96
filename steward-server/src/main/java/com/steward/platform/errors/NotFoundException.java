package com.steward.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The thing does not exist, or lies outside the caller's scope (we do not say which). */
public final class NotFoundException extends StewardException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found", List.of());
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.NOT_FOUND;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
