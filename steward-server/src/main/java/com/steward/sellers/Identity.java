package com.steward.sellers;

import com.steward.platform.errors.Check;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers a marketplace knows of a seller at registration (from its own onboarding), for
 * linkage only: they are encoded under a secret key and never stored as given. For a business,
 * the person acting for it.
 */
public record Identity(
    @Nullable String givenName,
    @Nullable String surname,
    @Nullable String dateOfBirth,
    @Nullable String streetNumber,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String city,
    @Nullable String postcode,
    @Nullable String state,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String documentNumber,
    @Nullable String paymentAccount,
    @Nullable String device) {

  /** The identifiers by linkage attribute label, checked; problems go to {@code c} under {@code identity.*}. */
  Map<String, String> identifiers(Check c, LocalDate today) {
    var out = new LinkedHashMap<String, String>();
    put(c, out, "givenName", "given_name", givenName, 200);
    put(c, out, "surname", "surname", surname, 200);
    put(c, out, "streetNumber", "street_number", streetNumber, 20);
    put(c, out, "addressLine1", "address_1", addressLine1, 200);
    put(c, out, "addressLine2", "address_2", addressLine2, 200);
    put(c, out, "city", "suburb", city, 200);
    put(c, out, "postcode", "postcode", postcode, 20);
    put(c, out, "state", "state", state, 100);
    put(c, out, "phone", "phone", phone, 40);
    put(c, out, "documentNumber", "document_number", documentNumber, 64);
    put(c, out, "paymentAccount", "payment_account", paymentAccount, 64);
    put(c, out, "device", "device", device, 200);
    if (email != null && !email.isBlank()) {
      String e = email.strip();
      if (e.length() > 254 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        c.add("identity.email", "an e-mail address such as name@example.com");
      } else {
        out.put("email", e);
      }
    }
    if (dateOfBirth != null && !dateOfBirth.isBlank()) {
      try {
        LocalDate d = LocalDate.parse(dateOfBirth.strip());
        if (d.isAfter(today) || d.isBefore(LocalDate.of(1900, 1, 1))) {
          c.add("identity.dateOfBirth", "a date between 1900-01-01 and today");
        } else {
          out.put("date_of_birth", d.toString());
        }
      } catch (DateTimeParseException e) {
        c.add("identity.dateOfBirth", "a date as YYYY-MM-DD");
      }
    }
    if (out.isEmpty() && c.ok()) {
      c.add("identity", "at least one identifier, or leave identity out");
    }
    return out;
  }

  private static void put(Check c, Map<String, String> out, String field, String label, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = value.strip();
    if (v.length() > max) {
      c.add("identity." + field, "at most " + max + " characters");
    } else if (v.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
      c.add("identity." + field, "no control characters");
    } else {
      out.put(label, v);
    }
  }
}
