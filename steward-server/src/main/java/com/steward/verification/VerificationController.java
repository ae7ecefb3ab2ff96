package com.steward.verification;

import com.steward.platform.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/**
 * A seller's verification, under the seller's own address: the seller gives and submits, its
 * marketplace reports sales and the end of the relationship, everyone in scope reads the state.
 * Answers never echo the identifiers given.
 */
@RestController
class VerificationController {

  private static final String BASE = "/api/v1/marketplaces/{code}/sellers/{id}/verification";

  private final Verifications verifications;
  private final VerificationUploads uploads;
  private final VerificationAppeals appeals;
  private final InformVolumes inform;
  private final TraderDisclosures disclosures;
  private final TraderDataRetention retention;

  VerificationController(Verifications verifications, VerificationUploads uploads, VerificationAppeals appeals,
      InformVolumes inform, TraderDisclosures disclosures, TraderDataRetention retention) {
    this.verifications = verifications;
    this.uploads = uploads;
    this.appeals = appeals;
    this.inform = inform;
    this.disclosures = disclosures;
    this.retention = retention;
  }

  record ChallengeRequest(@Nullable UUID executiveId) {}

  record Certification(@Nullable Boolean certified) {}

  record Complaint(@Nullable String explanation) {}

  record SalesVolume(@Nullable Integer salesLast12Months, @Nullable BigDecimal revenueLast12MonthsUsd) {}

  record RelationshipEnd(@Nullable String endedAt) {}

  record AuthorityRequest(@Nullable String authority, @Nullable String legalBasis) {}

  @GetMapping(BASE)
  Map<String, Object> get(Actor actor, @PathVariable String code, @PathVariable String id) {
    return verifications.view(actor, code, id);
  }

  @PutMapping(BASE + "/trader-information")
  Map<String, Object> traderInformation(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody TraderInfo body) {
    return verifications.giveTraderInfo(actor, code, id, body);
  }

  @PostMapping(BASE + "/executives")
  ResponseEntity<Map<String, Object>> executive(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody ExecutiveInfo body) {
    var out = verifications.addExecutive(actor, code, id, body);
    return ResponseEntity.created(URI.create("/api/v1/marketplaces/" + code + "/sellers/" + id + "/verification"))
        .body(out);
  }

  @PostMapping(BASE + "/challenge")
  ResponseEntity<Map<String, Object>> challenge(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody(required = false) @Nullable ChallengeRequest body) {
    return ResponseEntity.status(201).body(uploads.challenge(actor, code, id, body == null ? null : body.executiveId()));
  }

  @PostMapping(value = BASE + "/documents", consumes = "multipart/form-data")
  ResponseEntity<Map<String, Object>> document(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable UUID executiveId,
      @RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
    var out = uploads.upload(actor, code, id, kind, executiveId, bytes(file));
    return ResponseEntity.created(URI.create("/api/v1/verification/documents/" + out.get("id"))).body(out);
  }

  @PostMapping(BASE + "/self-certification")
  Map<String, Object> certify(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody Certification body) {
    return verifications.selfCertify(actor, code, id, body.certified());
  }

  @PostMapping(BASE + "/submission")
  Map<String, Object> submit(Actor actor, @PathVariable String code, @PathVariable String id) {
    return verifications.submit(actor, code, id);
  }

  @PostMapping(BASE + "/appeal")
  ResponseEntity<VerificationAppeal> appeal(Actor actor, @PathVariable String code,
      @PathVariable String id, @RequestBody Complaint body) {
    var a = appeals.file(actor, code, id, body.explanation());
    return ResponseEntity.created(URI.create("/api/v1/verification/appeals/" + a.id())).body(a);
  }

  @PutMapping(BASE + "/sales-volume")
  Map<String, Object> salesVolume(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody SalesVolume body) {
    return inform.report(actor, code, id, body.salesLast12Months(), body.revenueLast12MonthsUsd());
  }

  @PostMapping(BASE + "/relationship-end")
  Map<String, Object> relationshipEnd(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody(required = false) @Nullable RelationshipEnd body) {
    return retention.end(actor, code, id, body == null ? null : body.endedAt());
  }

  @GetMapping(BASE + "/disclosure")
  Map<String, Object> disclosure(Actor actor, @PathVariable String code, @PathVariable String id) {
    return disclosures.forBuyers(actor, code, id);
  }

  @PostMapping(BASE + "/authority-disclosure")
  Map<String, Object> authority(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody AuthorityRequest body) {
    return disclosures.toAuthority(actor, code, id, body.authority(), body.legalBasis());
  }

  static byte @Nullable [] bytes(@Nullable MultipartFile file) {
    try {
      return file == null || file.isEmpty() ? null : file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
