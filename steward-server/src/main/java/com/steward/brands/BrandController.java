package com.steward.brands;

import com.steward.platform.security.Actor;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
