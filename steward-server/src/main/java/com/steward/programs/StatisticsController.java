package com.steward.programs;

import com.steward.platform.security.Actor;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics: a notifier's own, and the program comparisons for staff. */
@RestController
class StatisticsController {

  private final Statistics statistics;

  StatisticsController(Statistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/api/v1/statistics/notifiers/{id}")
  Map<String, Object> notifier(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "3") int months) {
    return statistics.notifier(actor, id, months);
  }

  @GetMapping("/api/v1/statistics/programs")
  Map<String, Object> programs(Actor actor, @RequestParam(defaultValue = "3") int months) {
    return statistics.programs(actor, months);
  }
}
