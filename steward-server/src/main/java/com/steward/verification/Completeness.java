package com.steward.verification;

import com.steward.platform.errors.StewardException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a case still lacks before it can be submitted, as field problems the seller can act on.
 * Individuals: trader information, identity document, a challenge photo of this round and the
 * self-certification (given again in every round). Enterprises: the business licence, a legal representative, and each
 * executive's identity document and challenge photo. High-volume sellers (INFORM): a tax number.
 */
final class Completeness {

  private Completeness() {}

  static List<FieldProblem> missing(VerificationCase c, @Nullable Map<String, Object> facets,
      List<JdbcTraderDataRepository.Document> documents, List<JdbcTraderDataRepository.Executive> executives) {
    var out = new ArrayList<FieldProblem>();
    if (facets == null) {
      out.add(new FieldProblem("traderInformation", "give your trader information"));
    }
    if (c.selfCertifiedAt() == null) {
      out.add(new FieldProblem("selfCertification", "certify that you offer only products that comply with EU law"));
    }
    boolean enterprise = facets != null && "ENTERPRISE".equals(facets.get("kind"));
    if (enterprise) {
      if (!has(documents, null, "BUSINESS_LICENCE", -1)) {
        out.add(new FieldProblem("documents.BUSINESS_LICENCE", "upload the business licence or register extract"));
      }
      if (executives.stream().noneMatch(e -> "LEGAL_REPRESENTATIVE".equals(e.role()))) {
        out.add(new FieldProblem("executives", "name at least one legal representative"));
      }
      for (var e : executives) {
        person(out, "executives[" + e.id() + "].", e.id(), documents, c.round());
      }
    } else if (facets != null) {
      person(out, "", null, documents, c.round());
    }
    if (c.highVolume() && facets != null && !Boolean.TRUE.equals(facets.get("taxId"))) {
      out.add(new FieldProblem("taxId", "high-volume sellers give a tax identification number (INFORM)"));
    }
    return out;
  }

  private static void person(List<FieldProblem> out, String prefix, @Nullable UUID executive,
      List<JdbcTraderDataRepository.Document> documents, int round) {
    if (!has(documents, executive, "IDENTITY_DOCUMENT", -1)) {
      out.add(new FieldProblem(prefix + "documents.IDENTITY_DOCUMENT", "upload a copy of the identity document"));
    }
    if (!has(documents, executive, "CHALLENGE_PHOTO", round)) {
      out.add(new FieldProblem(prefix + "documents.CHALLENGE_PHOTO",
          "request a challenge and upload the photograph of it"));
    }
  }

  private static boolean has(List<JdbcTraderDataRepository.Document> documents, @Nullable UUID executive, String kind,
      int round) {
    return documents.stream().anyMatch(d -> d.kind().equals(kind) && java.util.Objects.equals(d.executiveId(), executive)
        && (round < 0 || d.round() == round));
  }
}
