package com.steward.sellers;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SellerController {

  private final Marketplaces marketplaces;
  private final Sellers sellers;

  SellerController(Marketplaces marketplaces, Sellers sellers) {
    this.marketplaces = marketplaces;
    this.sellers = sellers;
  }

  record SellerRequest(@Nullable String displayName, @Nullable String accountType, @Nullable String country,
      @Nullable List<Sellers.StoreInput> stores, @Nullable Identity identity) {}

  @PutMapping("/api/v1/marketplaces/{code}/sellers/{id}")
  ResponseEntity<Map<String, Object>> put(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody SellerRequest body) {
    Marketplace m = marketplaces.scoped(actor, code);
    if (actor.role() == Role.SELLER) {
      throw new NotFoundException("seller", id);
    }
    Sellers.Upserted u = sellers.upsert(actor, m, id, body.displayName(), body.accountType(), body.country(),
        body.stores(), body.identity());
    Map<String, Object> out = view(m, u.seller(), u.stores());
    if (u.linkage() != null) {
      out.put("linkage", u.linkage());
    }
    return ResponseEntity.status(u.created() ? HttpStatus.CREATED : HttpStatus.OK).body(out);
  }

  @GetMapping("/api/v1/marketplaces/{code}/sellers/{id}")
  Map<String, Object> get(Actor actor, @PathVariable String code, @PathVariable String id) {
    Marketplace m = marketplaces.scoped(actor, code);
    Seller s = sellers.get(m, id);
    if (actor.role() == Role.SELLER && !s.id().equals(actor.sellerId())) {
      throw new NotFoundException("seller", id);
    }
    return view(m, s, sellers.stores(s.id()));
  }

  private static Map<String, Object> view(Marketplace m, Seller s, List<Store> stores) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", s.id());
    out.put("marketplace", m.code());
    out.put("externalId", s.externalId());
    out.put("displayName", s.displayName());
    out.put("accountType", s.accountType());
    out.put("country", s.country());
    out.put("status", s.status());
    out.put("stores", stores.stream().map(st -> Map.of("id", st.externalId(), "name", st.name())).toList());
    return out;
  }
}
