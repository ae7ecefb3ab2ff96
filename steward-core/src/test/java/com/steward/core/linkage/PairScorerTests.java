package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The early-exit decision of the scorer always agrees with the full score. */
class PairScorerTests {

  static List<EncodedRecord> randomRecords(int count, long seed) {
    Random random = new Random(seed);
    String[] given = {"anna", "ana", "hannah", "john", "jon", "jonathan", "mia", "maria", "marie", "li"};
    String[] surname = {"smith", "smyth", "schmidt", "jones", "johns", "lee", "li", "nguyen", "ng", "brown"};
    String[] streets = {"king street", "king st", "queen road", "park lane", "high street"};
    RecordEncoder encoder = new RecordEncoder(RecordEncoderTests.KEY);
    List<EncodedRecord> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<Attribute, String> v = new EnumMap<>(Attribute.class);
      // each attribute present about two times in three, from small pools so that many agree
      if (random.nextInt(3) > 0) {
        v.put(Attribute.GIVEN_NAME, given[random.nextInt(given.length)]);
      }
      if (random.nextInt(3) > 0) {
        v.put(Attribute.SURNAME, surname[random.nextInt(surname.length)]);
      }
      if (random.nextInt(3) > 0) {
        v.put(Attribute.ADDRESS_1, streets[random.nextInt(streets.length)]);
      }
      if (random.nextInt(3) > 0) {
        v.put(Attribute.SUBURB, random.nextBoolean() ? "richmond" : "richlands");
      }
      if (random.nextInt(3) > 0) {
        v.put(Attribute.ADDRESS_2, random.nextBoolean() ? "unit 4" : "flat 4");
      }
      for (Attribute a : List.of(Attribute.DATE_OF_BIRTH, Attribute.POSTCODE, Attribute.STATE, Attribute.STREET_NUMBER,
          Attribute.EMAIL, Attribute.PHONE, Attribute.SOC_SEC_ID, Attribute.DEVICE, Attribute.PAYMENT_ACCOUNT,
          Attribute.DOCUMENT_NUMBER)) {
        if (random.nextInt(3) > 0) {
          v.put(a, a == Attribute.EMAIL ? "x" + random.nextInt(3) + "@example.org"
              : a == Attribute.DATE_OF_BIRTH ? "1980010" + (1 + random.nextInt(3)) : "1" + random.nextInt(3));
        }
      }
      out.add(encoder.encode(new PersonRecord("r" + i, v)));
    }
    return out;
  }

  @Test
  void reachesTheThresholdExactlyWhenTheFullScoreDoes() {
    List<EncodedRecord> records = randomRecords(300, 1);
    Random random = new Random(2);
    LinkageWeights standard = LinkageWeights.standard();
    List<Double> thresholds = new ArrayList<>(List.of(-30.0, -5.0, 0.0, 4.5, 10.0, 12.0, 20.0, 40.0));
    PairScorer probe = new PairScorer(standard);
    for (int n = 0; n < 40; n++) {
      // thresholds that some pair hits exactly, where the order of summing could tip the decision
      thresholds.add(probe.quickScore(records.get(random.nextInt(300)), records.get(random.nextInt(300))));
    }
    int reached = 0;
    int missed = 0;
    for (double t : thresholds) {
      PairScorer scorer = new PairScorer(new LinkageWeights(standard.weights(), standard.diceFloor(), t));
      for (int i = 0; i < records.size(); i++) {
        for (int j = 0; j < i; j++) {
          EncodedRecord a = records.get(j);
          EncodedRecord b = records.get(i);
          boolean full = scorer.quickScore(a, b) >= t;
          assertThat(scorer.reaches(a, b)).as("%s - %s at %s", a, b, t).isEqualTo(full);
          if (full) {
            reached++;
          } else {
            missed++;
          }
        }
      }
    }
    assertThat(reached).isPositive();
    assertThat(missed).isPositive();
  }
}
