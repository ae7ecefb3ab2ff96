package com.steward.marketplaces;

import com.steward.platform.outbox.WebhookDeliveries;
import com.steward.platform.security.Actor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
class MarketplaceController {

  private final Marketplaces marketplaces;
  private final WebhookDeliveries deliveries;
  private final JsonMapper json;

  MarketplaceController(Marketplaces marketplaces, WebhookDeliveries deliveries, JsonMapper json) {
    this.marketplaces = marketplaces;
    this.deliveries = deliveries;
    this.json = json;
  }

  record MarketplaceRequest(@Nullable String name, @Nullable String model, @Nullable String webhookUrl,
      @Nullable String webhookSecret) {}

  /** Admin: create or update; the response carries a generated webhook secret once. */
  @PutMapping("/api/v1/marketplaces/{code}")
  ResponseEntity<Map<String, Object>> put(Actor actor, @PathVariable String code, @RequestBody MarketplaceRequest body) {
    Marketplaces.Saved saved =
        marketplaces.put(actor, code, body.name(), body.model(), body.webhookUrl(), body.webhookSecret());
    var out = view(saved.marketplace());
    if (saved.newWebhookSecret() != null) {
      out.put("webhookSecret", saved.newWebhookSecret());
    }
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(out);
  }

  @GetMapping("/api/v1/marketplaces/{code}")
  Map<String, Object> get(Actor actor, @PathVariable String code) {
    return view(marketplaces.scoped(actor, code));
  }

  /** The marketplace's events in order, for pulling instead of (or as well as) webhooks. */
  @GetMapping("/api/v1/marketplaces/{code}/events")
  List<Object> events(Actor actor, @PathVariable String code, @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "100") int limit) {
    Marketplace m = marketplaces.scoped(actor, code);
    return deliveries.feed(m.id(), after, limit).stream()
        .map(e -> {
          var node = new LinkedHashMap<String, Object>();
          node.put("position", e.position());
          node.put("event", json.readValue(e.json(), Map.class));
          return (Object) node;
        })
        .toList();
  }

  @GetMapping("/api/v1/marketplaces/{code}/webhook-deliveries")
  List<WebhookDeliveries.Delivery> deliveries(Actor actor, @PathVariable String code,
      @RequestParam(defaultValue = "100") int limit) {
    Marketplace m = marketplaces.scoped(actor, code);
    return deliveries.log(m.id(), limit);
  }

  private static Map<String, Object> view(Marketplace m) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", m.id());
    out.put("code", m.code());
    out.put("name", m.name());
    out.put("model", m.model());
    out.put("webhookUrl", m.webhookUrl());
    return out;
  }
}
