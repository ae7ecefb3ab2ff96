package com.steward.verification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The trader information of DSA Art. 30(1) and INFORM, as the seller gives it and as it is sealed:
 * who (a person, or a company with its legal name), where, how to reach it, its identity document,
 * its payment account, its trade-register entry and its tax number. Never stored in clear.
 */
public record TraderInfo(
    @Nullable String kind,
    @Nullable String givenName,
    @Nullable String surname,
    @Nullable String legalName,
    @Nullable String dateOfBirth,
    @Nullable Address address,
    @Nullable String phone,
    @Nullable String email,
    @Nullable IdentityDocument identityDocument,
    @Nullable PaymentAccount paymentAccount,
    @Nullable TradeRegister tradeRegister,
    @Nullable String taxId) {

  public record Address(@Nullable String line1, @Nullable String line2, @Nullable String city,
      @Nullable String postcode, @Nullable String state, @Nullable String country, @Nullable Boolean residential) {}

  public record IdentityDocument(@Nullable String type, @Nullable String number, @Nullable String issuingCountry,
      @Nullable String expiresOn) {}

  public record PaymentAccount(@Nullable String account, @Nullable String holder) {}

  public record TradeRegister(@Nullable String register, @Nullable String number) {}

  public boolean enterprise() {
    return "ENTERPRISE".equals(kind);
  }

  /** The name buyers and authorities are told: the person's full name or the company's legal name. */
  public String displayName() {
    return enterprise() ? String.valueOf(legalName) : givenName + " " + surname;
  }

  /** The identifiers account linkage encodes, under its attribute labels (see SellerEvents.IdentityGiven). */
  Map<String, String> identifiers() {
    var out = new LinkedHashMap<String, String>();
    put(out, "given_name", givenName);
    put(out, "surname", enterprise() ? legalName : surname);
    put(out, "date_of_birth", dateOfBirth);
    if (address != null) {
      put(out, "address_1", address.line1());
      put(out, "address_2", address.line2());
      put(out, "suburb", address.city());
      put(out, "postcode", address.postcode());
      put(out, "state", address.state());
    }
    put(out, "email", email);
    put(out, "phone", phone);
    put(out, "document_number", identityDocument == null ? null : identityDocument.number());
    put(out, "payment_account", paymentAccount == null ? null : paymentAccount.account());
    return out;
  }

  /** What completeness checks may know without opening the seal: the kind and which optional items exist. */
  Map<String, Object> facets() {
    var out = new LinkedHashMap<String, Object>();
    out.put("kind", kind);
    out.put("identityDocument", identityDocument != null);
    out.put("tradeRegister", tradeRegister != null);
    out.put("taxId", taxId != null);
    return out;
  }

  static void put(Map<String, String> out, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value);
    }
  }
}
