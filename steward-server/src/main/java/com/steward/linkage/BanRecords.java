package com.steward.linkage;

import com.steward.platform.security.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The bans of one seller account with the complaints against them, as the seller (its own) and
 * staff (any) read them.
 */
@Service
public class BanRecords {

  private final JdbcBanRepository bans;

  BanRecords(JdbcBanRepository bans) {
    this.bans = bans;
  }

  /** How a banned seller may complain, as its statement of reasons says. */
  public static String howToComplain() {
    return Bans.REDRESS;
  }

  /** The signed-in seller's own bans, newest first, each with its complaints. */
  public List<Map<String, Object>> mine(Actor seller) {
    return of(seller.requireSeller());
  }

  /** Any seller's bans, for staff. */
  public List<Map<String, Object>> ofSeller(Actor staff, UUID sellerId) {
    staff.requireStaff();
    return of(sellerId);
  }

  private List<Map<String, Object>> of(UUID sellerId) {
    List<JdbcBanRepository.Appeal> appeals = bans.appealsOf(sellerId);
    return bans.ofSeller(sellerId).reversed().stream().map(b -> {
      var v = new LinkedHashMap<String, Object>();
      v.put("id", b.id());
      v.put("status", b.status());
      v.put("inForce", "IN_FORCE".equals(b.status()));
      v.put("cluster", b.clusterId());
      v.put("reason", b.reason());
      v.put("statementOfReasons", b.statementPuid());
      v.put("bannedBy", b.createdBy());
      v.put("bannedAt", b.createdAt());
      v.put("liftedAt", b.liftedAt());
      List<Map<String, Object>> complaints = appeals.stream().filter(a -> a.banId().equals(b.id())).map(a -> {
        var c = new LinkedHashMap<String, Object>();
        c.put("id", a.id());
        c.put("status", a.status());
        c.put("explanation", a.explanation());
        c.put("reason", a.reason());
        c.put("filedAt", a.createdAt());
        c.put("decidedAt", a.decidedAt());
        return (Map<String, Object>) c;
      }).toList();
      v.put("complaints", complaints);
      v.put("canComplain", "IN_FORCE".equals(b.status())
          && complaints.stream().noneMatch(c -> "OPEN".equals(c.get("status"))));
      return (Map<String, Object>) v;
    }).toList();
  }
}
