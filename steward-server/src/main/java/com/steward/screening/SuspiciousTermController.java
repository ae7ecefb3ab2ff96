package com.steward.screening;

import com.steward.platform.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff: the suspicious-term list, per language. */
@RestController
class SuspiciousTermController {

  private final SuspiciousTerms terms;

  SuspiciousTermController(SuspiciousTerms terms) {
    this.terms = terms;
  }

  record NewTerm(@Nullable String term, @Nullable String language) {}

  @GetMapping("/api/v1/suspicious-terms")
  List<SuspiciousTerms.Term> list(Actor actor) {
    return terms.list(actor);
  }

  @PostMapping("/api/v1/suspicious-terms")
  ResponseEntity<SuspiciousTerms.Term> add(Actor actor, @RequestBody NewTerm body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(terms.add(actor, body.term(), body.language()));
  }

  /** Removes a term; the term is a query parameter because terms hold characters paths do not ({@code 1:1}). */
  @DeleteMapping("/api/v1/suspicious-terms")
  ResponseEntity<Void> remove(Actor actor, @RequestParam String term) {
    terms.remove(actor, term);
    return ResponseEntity.noContent().build();
  }
}
