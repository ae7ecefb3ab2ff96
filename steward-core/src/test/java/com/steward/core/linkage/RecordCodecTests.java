package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Encodings stored as bytes compare exactly as the ones just made, and bad bytes are refused. */
class RecordCodecTests {

  final RecordEncoder encoder = new RecordEncoder(RecordEncoderTests.KEY);

  static PersonRecord seller(String id, String given, String surname, String email, String iban) {
    Map<Attribute, String> v = new EnumMap<>(Attribute.class);
    v.put(Attribute.GIVEN_NAME, given);
    v.put(Attribute.SURNAME, surname);
    v.put(Attribute.DATE_OF_BIRTH, "1984-07-09");
    v.put(Attribute.ADDRESS_1, "via roma 12");
    v.put(Attribute.SUBURB, "milano");
    v.put(Attribute.POSTCODE, "20121");
    v.put(Attribute.EMAIL, email);
    v.put(Attribute.PAYMENT_ACCOUNT, iban);
    return new PersonRecord(id, v);
  }

  @Test
  void aStoredEncodingComparesLikeTheOriginal() {
    EncodedRecord a = encoder.encode(seller("s1", "Giulia", "Bianchi", "giulia.b@example.com", "IT60X0542811101000000123456"));
    EncodedRecord b = encoder.encode(seller("s2", "Giulia", "Bianchy", "shop.gb@example.com", "IT60X0542811101000000123456"));
    EncodedRecord a2 = RecordCodec.fromBytes("s1", RecordCodec.toBytes(a));
    EncodedRecord b2 = RecordCodec.fromBytes("s2", RecordCodec.toBytes(b));
    assertThat(a2.hashes()).isEqualTo(a.hashes());
    assertThat(a2.filters()).isEqualTo(a.filters());
    assertThat(a2.blockingKeys()).isEqualTo(a.blockingKeys());
    var comparison = new PairComparison();
    Link fresh = comparison.compare(a, b).orElseThrow();
    Link stored = comparison.compare(a2, b2).orElseThrow();
    assertThat(stored).isEqualTo(fresh);
    assertThat(stored.evidence()).contains("payment_account equal");
    assertThat(PairComparison.strong(stored)).isTrue();
  }

  @Test
  void theBytesHoldNoClearValue() {
    byte[] bytes = RecordCodec.toBytes(encoder.encode(seller("s1", "Giulia", "Bianchi", "giulia.b@example.com",
        "IT60X0542811101000000123456")));
    String asText = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase();
    for (String clear : List.of("giulia", "bianchi", "example", "it60x", "20121", "milano", "roma")) {
      assertThat(asText).doesNotContain(clear);
    }
  }

  @Test
  void comparisonAgreesWithTheIndex() {
    List<EncodedRecord> records = new LinkerTests().encoded();
    var index = new LinkageIndex();
    var comparison = new PairComparison();
    for (int i = 0; i < records.size(); i++) {
      List<Link> fromIndex = index.add(records.get(i));
      List<Link> direct = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        comparison.compare(records.get(j), records.get(i)).ifPresent(direct::add);
      }
      assertThat(direct).containsExactlyInAnyOrderElementsOf(fromIndex);
    }
  }

  @Test
  void refusesTruncatedOrForeignBytes() {
    byte[] bytes = RecordCodec.toBytes(encoder.encode(seller("s1", "Ana", "Silva", "a@x.pt", "PT50000201231234567890154")));
    assertThatThrownBy(() -> RecordCodec.fromBytes("s1", Arrays.copyOf(bytes, bytes.length - 3)))
        .hasMessageContaining("truncated");
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> RecordCodec.fromBytes("s1", longer)).hasMessageContaining("too many");
    byte[] foreign = bytes.clone();
    foreign[0] = 9;
    assertThatThrownBy(() -> RecordCodec.fromBytes("s1", foreign)).hasMessageContaining("unknown version");
  }
}
