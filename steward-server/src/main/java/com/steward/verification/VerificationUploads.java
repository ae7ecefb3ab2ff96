package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.secrets.Sealer;
import com.steward.platform.security.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents and the real-person challenge. Steward gives the seller (or an executive) a pose and a
 * code to show on a photograph; the photograph answers that challenge while it is open. Documents
 * are accepted by what their bytes are (JPEG, PNG, PDF), up to the configured size, and sealed
 * before they are stored.
 */
@Service
public class VerificationUploads {

  static final List<String> POSES = List.of(
      "Hold your identity document next to your face and raise your left hand with three fingers up.",
      "Hold your identity document under your chin and touch your right ear with your right hand.",
      "Hold your identity document beside your face and give a thumbs-up with your left hand.",
      "Hold your identity document at shoulder height and cover your left eye with your right hand.",
      "Hold your identity document next to your face and make a V sign with your right hand.");
  private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final CaseAccess access;
  private final JdbcTraderDataRepository data;
  private final TraderVault vault;
  private final AuditLog audit;
  private final VerificationSettings settings;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  VerificationUploads(CaseAccess access, JdbcTraderDataRepository data, TraderVault vault, AuditLog audit,
      VerificationSettings settings, TransactionTemplate tx, Clock clock) {
    this.access = access;
    this.data = data;
    this.vault = vault;
    this.audit = audit;
    this.settings = settings;
    this.tx = tx;
    this.clock = clock;
  }

  public Map<String, Object> challenge(Actor actor, String code, String sellerId, @Nullable UUID executiveId) {
    return challenge(actor, access.own(actor, code, sellerId), executiveId);
  }

  /** Issues a challenge to the seller, or to one of its executives; it is answered by a photo upload. */
  Map<String, Object> challenge(Actor actor, CaseAccess.Scoped s, @Nullable UUID executiveId) {
    return tx.execute(t -> {
      VerificationCase c = access.changeable(s.vcase().id());
      requireExecutive(c, executiveId);
      Instant now = clock.instant();
      var ch = new JdbcTraderDataRepository.Challenge(UUID.randomUUID(), c.id(), executiveId, c.round(),
          POSES.get(random.nextInt(POSES.size())), code(), now, now.plus(settings.challengeValidity()), null);
      data.insert(ch);
      audit.record(actor, "verification.challenge_issued", "verification_case", c.id(),
          Map.of("challenge", ch.id().toString(), "executive", String.valueOf(executiveId)));
      var out = new LinkedHashMap<String, Object>();
      out.put("id", ch.id());
      out.put("executiveId", executiveId);
      out.put("pose", ch.pose());
      out.put("code", ch.code());
      out.put("expiresAt", ch.expiresAt());
      out.put("instructions", "Write the code on a sheet of paper, take the pose holding the sheet in view, and "
          + "upload the photograph as a CHALLENGE_PHOTO before the challenge expires.");
      return out;
    });
  }

  public Map<String, Object> upload(Actor actor, String code, String sellerId, @Nullable String kind,
      @Nullable UUID executiveId, byte @Nullable [] content) {
    return upload(actor, access.own(actor, code, sellerId), kind, executiveId, content);
  }

  /** Stores a document of the seller (or of an executive) after checking its kind, size and content. */
  Map<String, Object> upload(Actor actor, CaseAccess.Scoped s, @Nullable String kind, @Nullable UUID executiveId,
      byte @Nullable [] content) {
    var c = new Check();
    DocumentContent.Kind k = Arrays.stream(DocumentContent.Kind.values()).filter(x -> x.name().equals(kind))
        .findFirst().orElse(null);
    if (k == null) {
      c.add("kind", "one of " + Arrays.toString(DocumentContent.Kind.values()));
    }
    String type = null;
    if (content == null || content.length == 0) {
      c.add("file", "required");
    } else if (content.length > settings.maxDocumentSize().toBytes()) {
      c.add("file", "at most " + settings.maxDocumentSize().toBytes() + " bytes; this one has " + content.length);
    } else {
      type = DocumentContent.detect(content).orElse(null);
      if (type == null) {
        c.add("file", "not a JPEG, PNG or PDF file (judged by its content, not by its name or declared type)");
      } else if (k != null && !k.accepted.contains(type)) {
        c.add("file", "a " + k + " must be one of " + k.accepted + ", this is " + type);
      }
    }
    c.done();
    String contentType = type;
    return tx.execute(t -> {
      VerificationCase vc = access.changeable(s.vcase().id());
      requireExecutive(vc, executiveId);
      Instant now = clock.instant();
      UUID challenge = null;
      if (k == DocumentContent.Kind.CHALLENGE_PHOTO) {
        challenge = data.challenges(vc.id()).stream()
            .filter(ch -> java.util.Objects.equals(ch.executiveId(), executiveId) && ch.round() == vc.round()
                && ch.answeredAt() == null && ch.expiresAt().isAfter(now))
            .reduce((a, b) -> b).map(JdbcTraderDataRepository.Challenge::id)
            .orElseThrow(() -> new ConflictException("kind", "a challenge photo answers an open challenge: request "
                + "one first (it is open for " + settings.challengeValidity() + ")"));
        data.answered(challenge, now);
      }
      var doc = new JdbcTraderDataRepository.Document(UUID.randomUUID(), vc.id(), executiveId, challenge, k.name(),
          contentType, content.length, vc.round(), actor.label(), now);
      byte[] sealed = vault.sealDocument(doc.id(), content);
      data.insert(doc, sealed, Sealer.keyIdOf(sealed));
      audit.record(actor, "verification.document_uploaded", "verification_case", vc.id(),
          Map.of("document", doc.id().toString(), "kind", k.name(), "contentType", contentType, "size", content.length,
              "executive", String.valueOf(executiveId)));
      return CaseViews.document(doc);
    });
  }

  private void requireExecutive(VerificationCase c, @Nullable UUID executiveId) {
    if (executiveId != null && data.executives(c.id()).stream().noneMatch(e -> e.id().equals(executiveId))) {
      throw new InvalidRequestException("executiveId", "not an executive of this seller");
    }
  }

  private String code() {
    var b = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      b.append(CODE_LETTERS[random.nextInt(CODE_LETTERS.length)]);
    }
    return b.toString();
  }
}
