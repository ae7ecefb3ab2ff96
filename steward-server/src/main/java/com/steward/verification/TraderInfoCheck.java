package com.steward.verification;

import com.steward.platform.errors.Check;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a seller gives and brings it to one form: text in Unicode NFC without control
 * characters, account numbers without spaces and in capitals. Every problem names its field
 * ({@code address.country}, {@code identityDocument.number}, ...), all at once.
 */
final class TraderInfoCheck {

  static final List<String> KINDS = List.of("INDIVIDUAL", "ENTERPRISE");
  static final List<String> DOCUMENT_TYPES = List.of("PASSPORT", "ID_CARD", "DRIVING_LICENCE", "RESIDENCE_PERMIT",
      "EIDAS");
  static final List<String> ROLES = List.of("LEGAL_REPRESENTATIVE", "MAJOR_SHAREHOLDER");

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} /-]{2,39}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9]{5,34}");
  private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");

  private final Check c = new Check();
  private final LocalDate today;

  private TraderInfoCheck(LocalDate today) {
    this.today = today;
  }

  /** The trader information, checked and normalised; throws naming every field at fault. */
  static TraderInfo trader(@Nullable TraderInfo in, LocalDate today) {
    var t = new TraderInfoCheck(today);
    TraderInfo out = t.trader(in == null ? new TraderInfo(null, null, null, null, null, null, null, null, null, null,
        null, null) : in);
    t.c.done();
    return out;
  }

  /** An executive's information, checked and normalised. */
  static ExecutiveInfo executive(@Nullable ExecutiveInfo in, LocalDate today) {
    var t = new TraderInfoCheck(today);
    ExecutiveInfo e = in == null ? new ExecutiveInfo(null, null, null, null, null) : in;
    String role = t.oneOf("role", e.role(), ROLES);
    ExecutiveInfo out = new ExecutiveInfo(role, t.text("givenName", e.givenName(), 200),
        t.text("surname", e.surname(), 200), t.date("dateOfBirth", e.dateOfBirth(), false),
        t.document("identityDocument", e.identityDocument(), true));
    t.c.done();
    return out;
  }

  private TraderInfo trader(TraderInfo in) {
    String kind = oneOf("kind", in.kind(), KINDS);
    boolean enterprise = "ENTERPRISE".equals(kind);
    String given = enterprise ? optional("givenName", in.givenName(), 200) : text("givenName", in.givenName(), 200);
    String surname = enterprise ? optional("surname", in.surname(), 200) : text("surname", in.surname(), 200);
    String legal = enterprise ? text("legalName", in.legalName(), 300) : optional("legalName", in.legalName(), 300);
    String phone = text("phone", in.phone(), 30);
    if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
      c.add("phone", "a telephone number: digits, spaces, '+', '(', ')', '-', '.', '/'");
    }
    String email = c.email("email", nfc(in.email()));
    TraderInfo.TradeRegister register = null;
    if (in.tradeRegister() != null || enterprise) {
      TraderInfo.TradeRegister r = in.tradeRegister() == null ? new TraderInfo.TradeRegister(null, null)
          : in.tradeRegister();
      register = new TraderInfo.TradeRegister(text("tradeRegister.register", r.register(), 200),
          text("tradeRegister.number", r.number(), 100));
    }
    return new TraderInfo(kind, given, surname, legal, date("dateOfBirth", in.dateOfBirth(), false),
        address(in.address()), phone, email, document("identityDocument", in.identityDocument(), !enterprise),
        payment(in.paymentAccount()), register, optional("taxId", in.taxId(), 50));
  }

  private TraderInfo.@Nullable Address address(TraderInfo.@Nullable Address a) {
    if (a == null) {
      c.add("address", "required");
      return null;
    }
    String country = c.country("address.country", a.country());
    if (a.country() == null || a.country().isBlank()) {
      c.add("address.country", "required");
    }
    return new TraderInfo.Address(text("address.line1", a.line1(), 200), optional("address.line2", a.line2(), 200),
        text("address.city", a.city(), 100), optional("address.postcode", a.postcode(), 20),
        optional("address.state", a.state(), 100), country, Boolean.TRUE.equals(a.residential()));
  }

  private TraderInfo.@Nullable IdentityDocument document(String field, TraderInfo.@Nullable IdentityDocument d,
      boolean required) {
    if (d == null) {
      if (required) {
        c.add(field, "required");
      }
      return null;
    }
    String type = oneOf(field + ".type", d.type(), DOCUMENT_TYPES);
    String number = text(field + ".number", d.number(), 40);
    if (number != null && !DOCUMENT_NUMBER.matcher(number).matches()) {
      c.add(field + ".number", "3-40 letters or digits (spaces, '/' and '-' allowed)");
    }
    String country = c.country(field + ".issuingCountry", d.issuingCountry());
    if (d.issuingCountry() == null || d.issuingCountry().isBlank()) {
      c.add(field + ".issuingCountry", "required");
    }
    String expires = date(field + ".expiresOn", d.expiresOn(), true);
    return new TraderInfo.IdentityDocument(type, number, country, expires);
  }

  private TraderInfo.@Nullable PaymentAccount payment(TraderInfo.@Nullable PaymentAccount p) {
    if (p == null) {
      c.add("paymentAccount", "required");
      return null;
    }
    String account = text("paymentAccount.account", p.account(), 60);
    if (account != null) {
      account = account.replace(" ", "").toUpperCase(Locale.ROOT);
      if (!ACCOUNT.matcher(account).matches()) {
        c.add("paymentAccount.account", "an IBAN or an account number: 5-34 letters and digits");
      } else if (IBAN.matcher(account).matches() && !ibanChecksumHolds(account)) {
        c.add("paymentAccount.account", "the IBAN's check digits do not match");
      }
    }
    return new TraderInfo.PaymentAccount(account, text("paymentAccount.holder", p.holder(), 200));
  }

  /** ISO 13616: move the first four characters to the end, letters to numbers, the remainder mod 97 is 1. */
  static boolean ibanChecksumHolds(String iban) {
    String moved = iban.substring(4) + iban.substring(0, 4);
    var digits = new StringBuilder();
    for (char ch : moved.toCharArray()) {
      digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private @Nullable String date(String field, @Nullable String value, boolean future) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.strip());
      if (future && d.isBefore(today)) {
        c.add(field, "the document has expired");
      } else if (!future && (d.isAfter(today) || d.isBefore(LocalDate.of(1900, 1, 1)))) {
        c.add(field, "a date between 1900-01-01 and today");
      }
      return d.toString();
    } catch (DateTimeParseException e) {
      c.add(field, "a date as YYYY-MM-DD");
      return null;
    }
  }

  private @Nullable String oneOf(String field, @Nullable String value, List<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      c.add(field, value == null ? "required: one of " + allowed : "one of " + allowed);
      return null;
    }
    return value;
  }

  private @Nullable String text(String field, @Nullable String value, int max) {
    return c.text(field, nfc(value), max);
  }

  private @Nullable String optional(String field, @Nullable String value, int max) {
    return c.optionalText(field, nfc(value), max);
  }

  private static @Nullable String nfc(@Nullable String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
