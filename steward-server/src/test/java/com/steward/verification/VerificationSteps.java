package com.steward.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** A seller going through verification by the API, with identifiers no other test uses. */
final class VerificationSteps {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Api api;

  VerificationSteps(Api api) {
    this.api = api;
  }

  /** The identifiers a test gives, each unique, so that the database can be searched for them. */
  record Trader(String givenName, String surname, String email, String phone, String documentNumber, String iban,
      String street) {

    static Trader random() {
      String s = letters(6);
      return new Trader("Zoë Şükrü " + s, "Ångström-李" + letters(6), "trader." + s.toLowerCase() + "@example.org",
          "+49 30 " + digits(8), "P" + letters(3) + digits(6), VerificationSteps.iban(), "Königsallee " + digits(3) + " " + letters(4));
    }
  }

  static String base(Fixtures.Market m, Fixtures.SellerAccount s) {
    return "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id() + "/verification";
  }

  static Map<String, Object> individual(Trader t) {
    var body = new LinkedHashMap<String, Object>();
    body.put("kind", "INDIVIDUAL");
    body.put("givenName", t.givenName());
    body.put("surname", t.surname());
    body.put("dateOfBirth", "1985-04-12");
    body.put("address", Map.of("line1", t.street(), "city", "Düsseldorf", "postcode", "40212", "state", "NRW",
        "country", "DE", "residential", true));
    body.put("phone", t.phone());
    body.put("email", t.email());
    body.put("identityDocument", Map.of("type", "PASSPORT", "number", t.documentNumber(), "issuingCountry", "DE",
        "expiresOn", "2031-01-01"));
    body.put("paymentAccount", Map.of("account", t.iban(), "holder", t.givenName() + " " + t.surname()));
    return body;
  }

  /** Gives trader information, a passport scan, a challenge photo and the self-certification. */
  void complete(String key, String base, Trader t) {
    ok(api.put(key, base + "/trader-information", individual(t)), 200);
    ok(api.post(key, base + "/challenge", Map.of()), 201);
    ok(upload(key, base, "IDENTITY_DOCUMENT", jpeg(t.documentNumber()), null), 201);
    ok(upload(key, base, "CHALLENGE_PHOTO", png("selfie"), null), 201);
    ok(api.post(key, base + "/self-certification", Map.of("certified", true)), 200);
  }

  /** Completes and submits; returns the case id. */
  String submitted(String key, String base, Trader t) {
    complete(key, base, t);
    var r = ok(api.post(key, base + "/submission", Map.of()), 200);
    assertThat(r.str("status")).isEqualTo("IN_REVIEW");
    return r.str("id");
  }

  /** Completes, submits and has an analyst approve; returns the case id. */
  String approved(String key, String base, Trader t, String analystKey) {
    String id = submitted(key, base, t);
    ok(api.post(analystKey, "/api/v1/verification/cases/" + id + "/decision",
        Map.of("decision", "APPROVE", "reason", "Photo matches the passport")), 200);
    return id;
  }

  Api.Response upload(String key, String base, String kind, byte[] content, String executiveId) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("kind", kind);
    if (executiveId != null) {
      fields.put("executiveId", executiveId);
    }
    return api.upload(key, base + "/documents", "scan.jpg", content, fields);
  }

  static Api.Response ok(Api.Response r, int status) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    return r;
  }

  /** A real JPEG picture, followed by {@code marker} (viewers ignore bytes after the image). */
  static byte[] jpeg(String marker) {
    return image("jpg", marker);
  }

  static byte[] png(String marker) {
    return image("png", marker);
  }

  private static byte[] image(String format, String marker) {
    var img = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(new Color(RANDOM.nextInt(0xFFFFFF)));
    g.fillRect(0, 0, 48, 32);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, format, out);
      out.write(marker.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String letters(int n) {
    var b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + RANDOM.nextInt(26)));
    }
    return b.toString();
  }

  static String digits(int n) {
    var b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return b.toString();
  }

  /** A German IBAN with valid check digits (ISO 13616). */
  static String iban() {
    String bban = digits(18);
    String numeric = bban + "1314" + "00";
    int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
    return "DE" + String.format("%02d", check) + bban;
  }
}
