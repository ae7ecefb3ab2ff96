package com.steward.core.linkage;

import java.util.List;

/**
 * Accounts joined by links (transitively): the member ids in input order and the links that
 * joined them, each with its evidence. A record without links is a cluster of one.
 */
public record Cluster(String id, List<String> members, List<Link> links) {

  public Cluster {
    members = List.copyOf(members);
    links = List.copyOf(links);
  }

  /** One line per link: which identifiers joined which records. */
  public String explain() {
    if (links.isEmpty()) {
      return id + ": single account";
    }
    StringBuilder b = new StringBuilder(id).append(": ").append(members.size()).append(" accounts");
    links.forEach(l -> b.append("\n  ").append(l.explain()));
    return b.toString();
  }
}
