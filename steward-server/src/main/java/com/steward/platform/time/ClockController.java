package com.steward.platform.time;

import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.scheduling.Deadlines;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin only (the API security chain guards {@code /api/v1/admin/**}): reads Steward's time and,
 * on a server whose clock can be set (the demo, or {@code steward.simulated-clock=true}), sets it.
 * The simulator moves it through its simulated days; after each move the deadlines that fell due
 * run before the answer, so that what happens next sees them done, as it would in real time.
 */
@RestController
class ClockController {

  private static final Logger log = LoggerFactory.getLogger(ClockController.class);
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final Clock clock;
  private final Deadlines deadlines;

  ClockController(Clock clock, Deadlines deadlines) {
    this.clock = clock;
    this.deadlines = deadlines;
  }

  /**
   * {@code now}: the time to set (ISO-8601); {@code reset}: back to the real time instead;
   * {@code runDeadlines} (default true): wait for the deadlines due at the new time.
   */
  record ClockRequest(@Nullable String now, @Nullable Boolean reset, @Nullable Boolean runDeadlines) {}

  @GetMapping("/api/v1/admin/clock")
  Map<String, Object> get() {
    return answer(null);
  }

  @PutMapping("/api/v1/admin/clock")
  Map<String, Object> set(@RequestBody ClockRequest body) throws InterruptedException {
    if (!(clock instanceof SettableClock settable)) {
      throw new ConflictException("this server runs on the system clock; only the demo and a server started "
          + "with steward.simulated-clock=true can have their time set");
    }
    boolean reset = Boolean.TRUE.equals(body.reset());
    if (reset == (body.now() != null)) {
      throw new InvalidRequestException("now", "give either now (an ISO-8601 instant) or reset: true");
    }
    if (reset) {
      settable.reset();
    } else {
      Instant now;
      try {
        now = Instant.parse(body.now());
      } catch (java.time.format.DateTimeParseException e) {
        throw new InvalidRequestException("now", "an ISO-8601 instant such as 2026-03-02T09:00:00Z");
      }
      if (now.isBefore(Instant.parse("2000-01-01T00:00:00Z")) || now.isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
        throw new InvalidRequestException("now", "between 2000 and 2100");
      }
      settable.set(now);
    }
    log.debug("clock set to {}", clock.instant());
    int left = body.runDeadlines() == null || body.runDeadlines() ? deadlines.runDue(clock.instant(), PATIENCE) : 0;
    return answer(left);
  }

  private Map<String, Object> answer(@Nullable Integer pendingDeadlines) {
    var out = new LinkedHashMap<String, Object>();
    out.put("now", clock.instant().toString());
    out.put("settable", clock instanceof SettableClock);
    if (pendingDeadlines != null) {
      out.put("pendingDeadlines", pendingDeadlines);
    }
    return out;
  }
}
