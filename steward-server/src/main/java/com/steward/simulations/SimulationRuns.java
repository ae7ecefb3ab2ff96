package com.steward.simulations;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what the marketplace simulator measured against its ground truth. Steward cannot compute
 * those numbers itself (it does not know which listings were fake); the simulator reports them
 * for its own marketplace, and staff read them in the console beside the transparency report.
 */
@Service
public class SimulationRuns {

  static final int MAX_ROWS = 500;
  static final int MAX_TEXT = 300;
  static final int MAX_JSON_CHARS = 256 * 1024;

  private final JdbcSimulationRunRepository repository;
  private final Marketplaces marketplaces;
  private final JsonMapper json;
  private final Clock clock;

  SimulationRuns(JdbcSimulationRunRepository repository, Marketplaces marketplaces, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.marketplaces = marketplaces;
    this.json = json;
    this.clock = clock;
  }

  /** What the simulator sends. */
  public record Report(@Nullable Long seed, @Nullable Integer days, @Nullable String summary,
      @Nullable List<SimulationRun.@Nullable Row> rows, @Nullable Map<String, Object> metrics,
      @Nullable Map<String, Object> config) {}

  /** Records a run for marketplace {@code code}: its own marketplace key, or an admin. */
  @Transactional
  public SimulationRun record(Actor actor, String code, Report r) {
    if (actor.role() != Role.MARKETPLACE && actor.role() != Role.ADMIN) {
      throw new NotFoundException("marketplace", code);
    }
    Marketplace m = marketplaces.scoped(actor, code);
    var c = new Check();
    if (r.seed() == null) {
      c.add("seed", "required");
    }
    if (r.days() == null || r.days() < 1 || r.days() > 3650) {
      c.add("days", "between 1 and 3650");
    }
    text(c, "summary", r.summary(), 2000);
    if (r.rows() == null || r.rows().isEmpty() || r.rows().size() > MAX_ROWS) {
      c.add("rows", "between 1 and " + MAX_ROWS + " rows");
    } else {
      for (int i = 0; i < r.rows().size(); i++) {
        var row = r.rows().get(i);
        if (row == null) {
          c.add("rows[" + i + "]", "a row with metric, value and counts");
          continue;
        }
        text(c, "rows[" + i + "].metric", row.metric(), MAX_TEXT);
        if (row.value() == null || row.value().length() > MAX_TEXT) {
          c.add("rows[" + i + "].value", "at most " + MAX_TEXT + " characters");
        }
        if (row.counts() != null && row.counts().length() > MAX_TEXT) {
          c.add("rows[" + i + "].counts", "at most " + MAX_TEXT + " characters");
        }
      }
    }
    if (r.metrics() == null) {
      c.add("metrics", "required: the metrics as JSON");
    } else if (json.writeValueAsString(r.metrics()).length() > MAX_JSON_CHARS) {
      c.add("metrics", "at most " + MAX_JSON_CHARS + " characters of JSON");
    }
    if (r.config() != null && json.writeValueAsString(r.config()).length() > MAX_JSON_CHARS) {
      c.add("config", "at most " + MAX_JSON_CHARS + " characters of JSON");
    }
    c.done();
    List<SimulationRun.Row> rows = new ArrayList<>();
    for (var row : r.rows()) {
      rows.add(new SimulationRun.Row(row.metric(), row.value(), row.counts() == null ? "" : row.counts()));
    }
    var run = new SimulationRun(UUID.randomUUID(), m.code(), r.seed(), r.days(), r.summary(), List.copyOf(rows),
        r.metrics(), r.config() == null ? Map.of() : r.config(), actor.label(), clock.instant());
    repository.insert(m.id(), run);
    return run;
  }

  /** Runs of one marketplace (staff, or its own key) or, with no code, of all (staff). */
  public List<SimulationRun> list(Actor actor, @Nullable String code, int limit) {
    if (code == null) {
      actor.requireStaff();
      return repository.list(null, Math.clamp(limit, 1, 200));
    }
    if (actor.role() != Role.MARKETPLACE && !actor.isStaff()) {
      throw new NotFoundException("marketplace", code);
    }
    return repository.list(marketplaces.scoped(actor, code).id(), Math.clamp(limit, 1, 200));
  }

  private static void text(Check c, String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      c.add(field, "required");
    } else if (value.length() > max) {
      c.add(field, "at most " + max + " characters");
    }
  }
}
