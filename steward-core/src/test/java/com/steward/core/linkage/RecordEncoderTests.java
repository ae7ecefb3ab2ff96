package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordEncoderTests {

  static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
  static final byte[] OTHER_KEY = "another key, also 32 bytes long.".getBytes(StandardCharsets.US_ASCII);

  static PersonRecord person(String id, String given, String surname) {
    return new PersonRecord(id, Map.of(Attribute.GIVEN_NAME, given, Attribute.SURNAME, surname));
  }

  static double surnameDice(RecordEncoder e, String a, String b) {
    return e.encode(person("1", "x", a)).filters().get(Attribute.SURNAME)
        .dice(e.encode(person("2", "x", b)).filters().get(Attribute.SURNAME));
  }

  @Test
  void typoedNamesScoreHighAndDifferentNamesLow() {
    RecordEncoder e = new RecordEncoder(KEY);
    assertThat(surnameDice(e, "Christensen", "Christensen")).isEqualTo(1.0);
    assertThat(surnameDice(e, "Christensen", "Christenson")).isGreaterThan(0.8);
    assertThat(surnameDice(e, "Katherine", "Kathrine")).isGreaterThan(0.8);
    assertThat(surnameDice(e, "Christensen", "Nakamura")).isLessThan(0.3);
    assertThat(surnameDice(e, "Smith", "Jones")).isLessThan(0.3);
  }

  @Test
  void sameValueUnderAnotherKeyEncodesDifferently() {
    PersonRecord p = new PersonRecord("1", Map.of(Attribute.SOC_SEC_ID, "6988048", Attribute.SURNAME, "waller"));
    EncodedRecord a = new RecordEncoder(KEY).encode(p);
    EncodedRecord again = new RecordEncoder(KEY).encode(p);
    EncodedRecord b = new RecordEncoder(OTHER_KEY).encode(p);
    assertThat(again.hashes()).isEqualTo(a.hashes());
    assertThat(again.filters()).isEqualTo(a.filters());
    assertThat(b.hashes().get(Attribute.SOC_SEC_ID)).isNotEqualTo(a.hashes().get(Attribute.SOC_SEC_ID));
    assertThat(b.filters().get(Attribute.SURNAME).dice(a.filters().get(Attribute.SURNAME))).isLessThan(0.5);
    assertThat(b.blockingKeys()).isNotEqualTo(a.blockingKeys());
  }

  @Test
  void equalValuesWrittenDifferentlyHashTheSame() {
    RecordEncoder e = new RecordEncoder(KEY);
    EncodedRecord a = e.encode(new PersonRecord("1", Map.of(Attribute.EMAIL, "Jane.Doe+x@Example.com",
        Attribute.DATE_OF_BIRTH, "1983-05-19")));
    EncodedRecord b = e.encode(new PersonRecord("2", Map.of(Attribute.EMAIL, "jane.doe@example.com",
        Attribute.DATE_OF_BIRTH, "19830519")));
    assertThat(a.hashes()).isEqualTo(b.hashes());
  }

  @Test
  void encodingsHoldNoClearText() {
    PersonRecord p = new PersonRecord("acct-7", Map.of(Attribute.GIVEN_NAME, "Wilhelmina", Attribute.SURNAME,
        "Featherstonehaugh", Attribute.EMAIL, "wilhelmina@example.org", Attribute.SOC_SEC_ID, "5304218",
        Attribute.DATE_OF_BIRTH, "19151111"));
    EncodedRecord r = new RecordEncoder(KEY).encode(p);
    String shown = r.toString() + r.hashes() + r.filters();
    for (String clear : p.values().values()) {
      assertThat(shown).doesNotContainIgnoringCase(clear);
    }
    assertThat(shown).doesNotContain("wilhelmina", "featherston", "example.org", "5304218", "19151111");
    assertThat(r.hashes().values()).doesNotContain(5304218L, 19151111L);
    assertThat(r.id()).isEqualTo("acct-7");
  }

  @Test
  void refusesShortKeys() {
    assertThatThrownBy(() -> new RecordEncoder(new byte[8])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes");
  }
}
