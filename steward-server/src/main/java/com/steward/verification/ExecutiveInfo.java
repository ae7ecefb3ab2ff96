package com.steward.verification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An executive of an enterprise (legal representative or major shareholder), verified like an individual. */
public record ExecutiveInfo(
    @Nullable String role,
    @Nullable String givenName,
    @Nullable String surname,
    @Nullable String dateOfBirth,
    TraderInfo.@Nullable IdentityDocument identityDocument) {

  public String displayName() {
    return givenName + " " + surname;
  }

  Map<String, String> identifiers() {
    var out = new LinkedHashMap<String, String>();
    TraderInfo.put(out, "given_name", givenName);
    TraderInfo.put(out, "surname", surname);
    TraderInfo.put(out, "date_of_birth", dateOfBirth);
    TraderInfo.put(out, "document_number", identityDocument == null ? null : identityDocument.number());
    return out;
  }
}
