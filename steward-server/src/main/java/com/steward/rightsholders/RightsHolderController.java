package com.steward.rightsholders;

import com.steward.platform.security.Actor;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RightsHolderController {

  private final RightsHolders rightsHolders;

  RightsHolderController(RightsHolders rightsHolders) {
    this.rightsHolders = rightsHolders;
  }

  record Verification(@Nullable String decision, @Nullable String reason) {}

  record PrincipalRequest(@Nullable UUID principalId, @Nullable String mandate, @Nullable LocalDate validUntil) {}

  /** Open to anyone: an organisation registers and waits for staff to verify it. */
  @PostMapping("/api/v1/rights-holders")
  ResponseEntity<Map<String, Object>> register(@Nullable Authentication auth,
      @RequestBody RightsHolders.Registration body) {
    Actor actor = auth != null && auth.getPrincipal() instanceof Actor a ? a : Actor.system("registration");
    RightsHolder rh = rightsHolders.register(actor, body);
    return ResponseEntity.created(URI.create("/api/v1/rights-holders/" + rh.id())).body(view(rh));
  }

  @GetMapping("/api/v1/rights-holders/{id}")
  Map<String, Object> get(Actor actor, @PathVariable UUID id) {
    return view(rightsHolders.get(actor, id));
  }

  @PostMapping("/api/v1/rights-holders/{id}/verification")
  Map<String, Object> verify(Actor actor, @PathVariable UUID id, @RequestBody Verification body) {
    return view(rightsHolders.verify(actor, id, body.decision(), body.reason()));
  }

  @PostMapping("/api/v1/rights-holders/{id}/principals")
  ResponseEntity<Void> addPrincipal(Actor actor, @PathVariable UUID id, @RequestBody PrincipalRequest body) {
    if (body.principalId() == null) {
      throw new com.steward.platform.errors.InvalidRequestException("principalId", "required");
    }
    rightsHolders.addPrincipal(actor, id, body.principalId(), body.mandate(), body.validUntil());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/rights-holders/{id}/ip-rights")
  ResponseEntity<IpRight> addRight(Actor actor, @PathVariable UUID id, @RequestBody RightsHolders.NewRight body) {
    IpRight r = rightsHolders.addRight(actor, id, body);
    return ResponseEntity.created(URI.create("/api/v1/ip-rights/" + r.id())).body(r);
  }

  @GetMapping("/api/v1/rights-holders/{id}/ip-rights")
  List<IpRight> rights(Actor actor, @PathVariable UUID id) {
    return rightsHolders.rights(actor, id);
  }

  @GetMapping("/api/v1/ip-rights/{id}")
  IpRight right(Actor actor, @PathVariable UUID id) {
    return rightsHolders.right(actor, id);
  }

  @PostMapping("/api/v1/ip-rights/{id}/verification")
  IpRight verifyRight(Actor actor, @PathVariable UUID id, @RequestBody Verification body) {
    return rightsHolders.verifyRight(actor, id, body.decision(), body.reason());
  }

  private static Map<String, Object> view(RightsHolder rh) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", rh.id());
    out.put("name", rh.name());
    out.put("kind", rh.kind());
    out.put("country", rh.country());
    out.put("contactName", rh.contactName());
    out.put("contactEmail", rh.contactEmail());
    out.put("status", rh.status());
    return out;
  }
}
