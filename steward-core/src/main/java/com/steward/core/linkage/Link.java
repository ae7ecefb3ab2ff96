package com.steward.core.linkage;

import java.util.List;

/**
 * Two accounts judged to be the same person: the pair, its score and the evidence, e.g.
 * {@code ["soc_sec_id equal", "surname dice 0.92", "date_of_birth equal"]}.
 */
public record Link(String from, String to, double score, List<String> evidence) {

  public Link {
    evidence = List.copyOf(evidence);
  }

  /** {@code a - b (score 21.4): soc_sec_id equal + surname dice 0.92}. */
  public String explain() {
    return from + " - " + to + " (score " + String.format(java.util.Locale.ROOT, "%.1f", score) + "): "
        + String.join(" + ", evidence);
  }
}
