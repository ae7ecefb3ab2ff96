package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Stored encodings must keep comparing with new ones: the same key and values give the same
 * bytes, whatever is made faster, on one thread or many.
 */
class EncodingStabilityTests {

  static final List<PersonRecord> PEOPLE = List.of(
      new PersonRecord("a1", Map.of(Attribute.GIVEN_NAME, "Michaela", Attribute.SURNAME, "Neumann",
          Attribute.DATE_OF_BIRTH, "1915-11-11", Attribute.ADDRESS_1, "8 Stanley Street", Attribute.ADDRESS_2, "Miami",
          Attribute.SUBURB, "Winston Hills", Attribute.POSTCODE, "4223", Attribute.STATE, "NSW",
          Attribute.SOC_SEC_ID, "5304218", Attribute.STREET_NUMBER, "8")),
      new PersonRecord("s1", Map.of(Attribute.GIVEN_NAME, "Zoë", Attribute.SURNAME, "Müller-Lüdenscheidt",
          Attribute.SUBURB, "São Paulo", Attribute.EMAIL, " Zoe.Muller+shop@Example.COM ", Attribute.PHONE,
          "0049 (30) 1234-567", Attribute.DATE_OF_BIRTH, "9/3/1984", Attribute.DOCUMENT_NUMBER, "ab-12 34",
          Attribute.DEVICE, "dev:ÆØ-01", Attribute.PAYMENT_ACCOUNT, "DE89 3704 0044 0532 0130 00")),
      new PersonRecord("s2", Map.of(Attribute.GIVEN_NAME, "O'Brien", Attribute.SURNAME, "李小龙",
          Attribute.ADDRESS_1, "Straße 5 ½", Attribute.STATE, "ＮＳＷ", Attribute.POSTCODE, "sw1a 1aa",
          Attribute.EMAIL, "li@例え.jp")));

  @Test
  void theBytesOfKnownRecordsAreThoseStoredBefore() throws Exception {
    RecordEncoder e = new RecordEncoder(RecordEncoderTests.KEY);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (PersonRecord p : PEOPLE) {
      md.update(RecordCodec.toBytes(e.encode(p)));
    }
    // SHA-256 of the three records' bytes as the encoder of the first release wrote them
    assertThat(HexFormat.of().formatHex(md.digest()))
        .isEqualTo("fd497ce88eb639d544d5fa1f15e50dc429dc82350ffe658c5de36e9c567df8a4");
  }

  @Test
  void keyedHashIsHmacSha256() throws Exception {
    Random random = new Random(3);
    for (int n = 0; n < 300; n++) {
      byte[] key = new byte[16 + random.nextInt(100)]; // past 64 bytes the key is hashed first
      random.nextBytes(key);
      String domain = "attr:" + n;
      StringBuilder v = new StringBuilder();
      for (int i = random.nextInt(90); i > 0; i--) {
        v.append((char) (random.nextInt(10) == 0 ? 0x400 + random.nextInt(0x2000) : 32 + random.nextInt(95)));
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(domain.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] expected = mac.doFinal(v.toString().getBytes(StandardCharsets.UTF_8));
      KeyedHash h = new KeyedHash(key);
      assertThat(h.mac(domain, v.toString())).isEqualTo(expected);
      assertThat(h.copy().mac(domain, v.toString())).isEqualTo(expected);
      assertThat(h.hash(domain, v.toString())).isEqualTo(KeyedHash.word(expected, 0));
    }
  }

  @Test
  void encodingABatchOnThreadsGivesWhatEncodingOneByOneGives() {
    Random random = new Random(5);
    List<PersonRecord> people = new ArrayList<>();
    String[] names = {"anna", "Ånna", "bob", "o'neil", "Chloé", "dmitri", "Zoë", "李", "kim", "lee"};
    for (int i = 0; i < 3_000; i++) {
      Map<Attribute, String> v = new EnumMap<>(Attribute.class);
      v.put(Attribute.GIVEN_NAME, names[random.nextInt(names.length)]);
      v.put(Attribute.SURNAME, names[random.nextInt(names.length)] + random.nextInt(50));
      v.put(Attribute.DATE_OF_BIRTH, "19" + (10 + random.nextInt(90)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9));
      if (random.nextBoolean()) {
        v.put(Attribute.EMAIL, "user" + random.nextInt(500) + "@example.org");
      }
      v.put(Attribute.SUBURB, names[random.nextInt(names.length)] + " hill");
      people.add(new PersonRecord("p" + i, v));
    }
    RecordEncoder one = new RecordEncoder(RecordEncoderTests.KEY);
    List<EncodedRecord> batch = new RecordEncoder(RecordEncoderTests.KEY).encodeAll(people, 3);
    assertThat(batch).hasSize(people.size());
    for (int i = 0; i < people.size(); i++) {
      EncodedRecord r = one.encode(people.get(i));
      assertThat(batch.get(i).id()).isEqualTo(r.id());
      assertThat(RecordCodec.toBytes(batch.get(i))).isEqualTo(RecordCodec.toBytes(r));
    }
  }
}
