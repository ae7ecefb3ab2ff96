package com.steward.platform.errors;

import com.steward.core.notices.IllegalTransitionException;
import com.steward.platform.errors.StewardException.FieldProblem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Maps every error of the API, once, to RFC 9457 problem+json naming the offending field. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(StewardException.class)
  ResponseEntity<ProblemDetail> steward(StewardException e) {
    return Problems.of(e.status(), e.title(), e.getMessage(), e.problems());
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ProblemDetail> transition(IllegalTransitionException e) {
    return Problems.of(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    if (RequestTooLargeException.in(e)) {
      return tooLarge();
    }
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof InvalidFormatException || cause instanceof DatabindException de && !de.getPath().isEmpty()) {
      FieldProblem problem = Problems.problem((DatabindException) cause);
      return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", problem.field() + ": " + problem.message(),
          List.of(problem));
    }
    String what = cause instanceof JacksonException je ? je.getOriginalMessage() : "body is missing or unreadable";
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        "Malformed request body",
        "the body is not valid JSON in UTF-8: " + what,
        List.of(new FieldProblem("body", "not valid JSON in UTF-8")));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldProblem(f.getField(), String.valueOf(f.getDefaultMessage())))
            .toList();
    return steward(new InvalidRequestException(problems));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return steward(new InvalidRequestException(e.getName(), "value '" + e.getValue() + "' is not accepted"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParam(MissingServletRequestParameterException e) {
    return steward(new InvalidRequestException(e.getParameterName(), "required"));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
    return steward(new InvalidRequestException(e.getRequestPartName(), "required"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return steward(new InvalidRequestException(e.getHeaderName(), "required header"));
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class, RequestTooLargeException.class})
  ResponseEntity<ProblemDetail> tooLarge() {
    return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large", "the request body exceeds the size limit");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    if (RequestTooLargeException.in(e)) {
      return tooLarge();
    }
    return steward(new InvalidRequestException("file", "not a readable multipart upload"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return Problems.of(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "supported: " + e.getSupportedMediaTypes());
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return Problems.of(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", e.getMessage());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "Not found", "no such resource");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "your role may not do this");
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    log.warn("integrity violation", e);
    return Problems.of(HttpStatus.CONFLICT, "Conflict", "the change clashes with data already stored");
  }

  /**
   * A transaction that lost to a concurrent one (a deadlock, a lock it could not take, a
   * serialisation failure): nothing was stored, and the same request again will most likely pass.
   */
  @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
  ResponseEntity<ProblemDetail> concurrency(org.springframework.dao.ConcurrencyFailureException e) {
    log.warn("a transaction lost to a concurrent one", e);
    var r = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
        "a concurrent change got in the way and nothing was stored; send the request again");
    return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders()).header("Retry-After", "1").body(r.getBody());
  }

  /** Anything else is a fault of ours: logged in full, answered as problem+json without details. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("unexpected error", e);
    return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "an unexpected error; it has been logged");
  }


}
