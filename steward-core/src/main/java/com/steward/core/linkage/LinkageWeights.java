package com.steward.core.linkage;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each attribute counts: {@code agree} is added for an equal hash or a Bloom Dice of
 * 1, {@code disagree} subtracted for a different hash or a Dice at or below {@code diceFloor};
 * Dice values in between are interpolated. A pair links when its score reaches {@code threshold}.
 * Attributes missing on either side count nothing. With {@code strongAlone}, one equal strong
 * identifier (document, payment account, phone, e-mail, device, social security number) links a
 * pair whatever else differs: dummy storefronts share a bank account or a phone, not a name.
 */
public record LinkageWeights(Map<Attribute, Weight> weights, double diceFloor, double threshold, boolean strongAlone) {

  public record Weight(double agree, double disagree) {
    public Weight {
      if (agree < 0 || disagree < 0) {
        throw new IllegalArgumentException("weights are magnitudes, got agree " + agree + " disagree " + disagree);
      }
    }
  }

  public LinkageWeights(Map<Attribute, Weight> weights, double diceFloor, double threshold) {
    this(weights, diceFloor, threshold, true);
  }

  public LinkageWeights {
    weights = Map.copyOf(weights);
    if (diceFloor < 0 || diceFloor >= 1) {
      throw new IllegalArgumentException("diceFloor: in [0, 1), got " + diceFloor);
    }
  }

  /** Tuned on Febrl datasets 1, 2 and 4 (docs/linkage-quality.md). */
  public static LinkageWeights standard() {
    Map<Attribute, Weight> w = new EnumMap<>(Attribute.class);
    w.put(Attribute.GIVEN_NAME, new Weight(5, 2));
    w.put(Attribute.SURNAME, new Weight(6, 2));
    w.put(Attribute.STREET_NUMBER, new Weight(2, 1));
    w.put(Attribute.ADDRESS_1, new Weight(4, 1));
    w.put(Attribute.ADDRESS_2, new Weight(2, 0.5));
    w.put(Attribute.SUBURB, new Weight(3, 1));
    w.put(Attribute.POSTCODE, new Weight(4, 1));
    w.put(Attribute.STATE, new Weight(1, 0.5));
    w.put(Attribute.DATE_OF_BIRTH, new Weight(6, 2));
    w.put(Attribute.SOC_SEC_ID, new Weight(10, 2));
    w.put(Attribute.EMAIL, new Weight(10, 1));
    w.put(Attribute.PHONE, new Weight(10, 1));
    w.put(Attribute.DOCUMENT_NUMBER, new Weight(12, 2));
    w.put(Attribute.PAYMENT_ACCOUNT, new Weight(10, 1));
    w.put(Attribute.DEVICE, new Weight(6, 0.5));
    return new LinkageWeights(w, 0.5, 10);
  }

  Weight of(Attribute a) {
    return weights.getOrDefault(a, new Weight(0, 0));
  }
}
