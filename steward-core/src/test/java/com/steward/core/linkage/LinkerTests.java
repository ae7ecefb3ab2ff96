package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkerTests {

  final RecordEncoder encoder = new RecordEncoder(RecordEncoderTests.KEY);

  static PersonRecord p(String id, String given, String surname, String dob, String street, String suburb,
      String postcode, String ssn) {
    Map<Attribute, String> v = new EnumMap<>(Attribute.class);
    v.put(Attribute.GIVEN_NAME, given);
    v.put(Attribute.SURNAME, surname);
    v.put(Attribute.DATE_OF_BIRTH, dob);
    v.put(Attribute.ADDRESS_1, street);
    v.put(Attribute.SUBURB, suburb);
    v.put(Attribute.POSTCODE, postcode);
    v.put(Attribute.SOC_SEC_ID, ssn);
    return new PersonRecord(id, v);
  }

  final List<PersonRecord> people = List.of(
      p("a1", "michaela", "neumann", "19151111", "stanley street", "winston hills", "4223", "5304218"),
      p("b1", "courtney", "painter", "19161214", "pinkerton circuit", "richlands", "4560", "4066625"),
      p("a2", "micheala", "neuman", "19151111", "stanley st", "winston hlls", "4223", ""),
      p("c1", "michael", "newton", "19701002", "king road", "paddington", "2021", "1234567"),
      p("b2", "courtney", "paynter", "19161241", "pinkerton circuit", "richlands", "4560", "4066625"),
      p("a3", "neumann", "michaela", "", "", "", "", "5304218"));

  List<EncodedRecord> encoded() {
    return people.stream().map(encoder::encode).toList();
  }

  @Test
  void linksTypoedRecordsOfOnePersonAndKeepsOthersApart() {
    Linker.Result result = new Linker().link(encoded());
    assertThat(result.clusters()).extracting(Cluster::members)
        .containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1"));
  }

  @Test
  void explainsWhichIdentifiersJoinedWhichRecords() {
    Cluster a = new Linker().link(encoded()).clusters().getFirst();
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.links()).anySatisfy(l -> {
      assertThat(l.from()).isEqualTo("a1");
      assertThat(l.to()).isEqualTo("a3");
      assertThat(l.evidence()).contains("soc_sec_id equal");
      assertThat(l.evidence()).anyMatch(e -> e.startsWith("names swapped"));
    });
    assertThat(a.links()).anySatisfy(l -> {
      assertThat(l.to()).isEqualTo("a2");
      assertThat(l.evidence()).contains("date_of_birth equal", "postcode equal");
      assertThat(l.evidence()).anyMatch(e -> e.startsWith("surname dice 0."));
    });
    assertThat(a.explain()).contains("a1 - a2", "a1 - a3");
  }

  @Test
  void indexReturnsTheLinksOfEachAddedRecord() {
    LinkageIndex index = new LinkageIndex();
    List<EncodedRecord> e = encoded();
    assertThat(index.add(e.get(0))).isEmpty();
    assertThat(index.add(e.get(1))).isEmpty();
    assertThat(index.add(e.get(2))).extracting(Link::from).containsExactly("a1");
    assertThat(index.add(e.get(3))).isEmpty();
    assertThat(index.add(e.get(4))).extracting(Link::from).containsExactly("b1");
    assertThat(index.size()).isEqualTo(5);
  }

  @Test
  void doesNotLinkDifferentPeopleWhoShareABirthDateAndPostcode() {
    List<EncodedRecord> e = List.of(
        encoder.encode(p("x", "olivia", "harrington", "19800101", "park lane", "mosman", "2088", "1111111")),
        encoder.encode(p("y", "samuel", "okafor", "19800101", "beach road", "mosman", "2088", "2222222")));
    assertThat(new Linker().link(e).clusters()).hasSize(2);
  }
}
