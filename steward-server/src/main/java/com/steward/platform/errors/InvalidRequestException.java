package com.steward.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request breaks a rule of its own content: a missing, malformed or out-of-range field. */
public final class InvalidRequestException extends StewardException {

  public InvalidRequestException(String field, String message) {
    super(field + ": " + message, List.of(new FieldProblem(field, message)));
  }

  public InvalidRequestException(List<FieldProblem> problems) {
    super(summary(problems), problems);
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.isEmpty()
        ? "invalid request"
        : problems.size() == 1
            ? problems.getFirst().field() + ": " + problems.getFirst().message()
            : problems.size() + " fields are invalid";
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.BAD_REQUEST;
  }

  @Override
  public String title() {
    return "Invalid request";
  }
}
