package com.steward.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The family of errors that the API answers with problem+json. Each names the HTTP status and,
 * where a field of the request is at fault, the field.
 */
public abstract sealed class StewardException extends RuntimeException
    permits NotFoundException, ForbiddenException, ConflictException, InvalidRequestException {

  private final List<FieldProblem> problems;

  StewardException(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public abstract HttpStatus status();

  public abstract String title();

  public List<FieldProblem> problems() {
    return problems;
  }

  /** One wrong field and what is wrong with it. */
  public record FieldProblem(String field, String message) {}
}
