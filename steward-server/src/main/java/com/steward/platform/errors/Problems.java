package com.steward.platform.errors;

import com.steward.platform.errors.StewardException.FieldProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds RFC 9457 problem documents the same way wherever they are made. */
public final class Problems {

  private Problems() {}

  public static ResponseEntity<ProblemDetail> of(
      HttpStatus status, String title, String detail, List<FieldProblem> fields) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("https://steward.dev/problems/" + status.value()));
    if (!fields.isEmpty()) {
      p.setProperty(
          "errors",
          fields.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
      p.setProperty("field", fields.getFirst().field());
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  public static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail) {
    return of(status, title, detail, List.of());
  }

  /** The same document as JSON text, for filters that write the response themselves. */
  public static String json(HttpStatus status, String title, String detail) {
    return "{\"type\":\"https://steward.dev/problems/"
        + status.value()
        + "\",\"title\":\""
        + escape(title)
        + "\",\"status\":"
        + status.value()
        + ",\"detail\":\""
        + escape(detail)
        + "\"}";
  }

  private static String escape(String s) {
    var b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * What is wrong with the field Jackson could not bind: a value it could not convert (naming the
   * values allowed where the field takes one of a list), or its own message.
   */
  public static FieldProblem problem(tools.jackson.databind.DatabindException e) {
    String field = field(e);
    if (e instanceof tools.jackson.databind.exc.InvalidFormatException ife) {
      String allowed = ife.getTargetType() != null && ife.getTargetType().isEnum()
          ? "; allowed: " + List.of(ife.getTargetType().getEnumConstants())
          : "";
      return new FieldProblem(field, "value '" + ife.getValue() + "' is not accepted" + allowed);
    }
    return new FieldProblem(field, e.getOriginalMessage());
  }

  /**
   * The field of a JSON document that Jackson could not bind, as {@code a.b[2].c}; {@code body}
   * when the error is about the document as a whole.
   */
  public static String field(tools.jackson.databind.DatabindException e) {
    var b = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        b.append('[').append(ref.getIndex()).append(']');
      }
    }
    return b.isEmpty() ? "body" : b.toString();
  }
}
