package com.steward.brands;

import com.steward.platform.security.Actor;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class BrandController {

  private final Brands brands;

  BrandController(Brands brands) {
    this.brands = brands;
  }

  record Decision(@Nullable String decision, @Nullable String reason) {}

  @PostMapping("/api/v1/brands")
  ResponseEntity<Brands.Proposed> create(Actor actor, @RequestParam(required = false) @Nullable UUID ownerId,
      @RequestBody BrandProfileForm body) {
    Brands.Proposed p = brands.create(actor, ownerId, body);
    return ResponseEntity.created(URI.create("/api/v1/brands/" + p.brandId())).body(p);
  }

  /** The knowledge base: brands whose name contains {@code q}, in name order. */
  @GetMapping("/api/v1/brands")
  List<Brands.Summary> search(Actor actor, @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
    return brands.search(actor, q, limit, offset);
  }

  /**
   * Admin: adds the brands of a name-suggestion-index CSV, approved and without an owner, e.g.
   * {@code ../shared/data/brands_nsi/nsi_brands.csv}; {@code categories} keeps only rows whose
   * category starts with one of them ({@code shop/,craft/}).
   */
  @PostMapping(path = "/api/v1/brands:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Brands.ImportResult> importDictionary(Actor actor, @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "name-suggestion-index") String source,
      @RequestParam(required = false) @Nullable String categories) throws IOException {
    List<String> prefixes = categories == null || categories.isBlank() ? List.of()
        : Arrays.stream(categories.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    try (var reader = Brands.csvText(file.getInputStream())) {
      return ResponseEntity.status(HttpStatus.CREATED).body(brands.importDictionary(actor, reader, source, prefixes));
    }
  }

  /** A rights holder claims an unowned (imported) brand for itself or {@code ownerId}; an analyst decides. */
  @PostMapping("/api/v1/brands/{id}/claim")
  ResponseEntity<Brands.Proposed> claim(Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID ownerId) {
    return ResponseEntity.status(HttpStatus.CREATED).body(brands.claim(actor, id, ownerId));
  }

  @PutMapping("/api/v1/brands/{id}")
  Brands.Proposed revise(Actor actor, @PathVariable UUID id, @RequestBody BrandProfileForm body) {
    return brands.revise(actor, id, body);
  }

  @GetMapping("/api/v1/brands/{id}/revisions")
  List<BrandRevision> revisions(Actor actor, @PathVariable UUID id) {
    return brands.revisions(actor, id);
  }

  @GetMapping("/api/v1/brand-revisions")
  List<BrandRevision> pending(Actor actor, @RequestParam(defaultValue = "100") int limit) {
    return brands.pending(actor, limit);
  }

  @PostMapping("/api/v1/brands/{id}/revisions/{revision}/decision")
  BrandRevision decide(Actor actor, @PathVariable UUID id, @PathVariable int revision, @RequestBody Decision body) {
    return brands.decide(actor, id, revision, body.decision(), body.reason());
  }

}
