package com.steward.simulations;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import com.steward.reports.Chart;
import com.steward.reports.SvgCharts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's page of simulator runs: governance measured against a known truth. */
@PageController
class SimulationPages {

  private final SimulationRuns runs;

  SimulationPages(SimulationRuns runs) {
    this.runs = runs;
  }

  @GetMapping("/console/simulations")
  String list(Actor actor, Model model) {
    List<SimulationRun> all = runs.list(actor, null, 20);
    Map<UUID, String> charts = new LinkedHashMap<>();
    for (SimulationRun run : all) {
      Chart c = refundChart(run);
      if (c != null) {
        charts.put(run.id(), SvgCharts.svg(c));
      }
    }
    model.addAttribute("runs", all);
    model.addAttribute("charts", charts);
    return "console/simulations";
  }

  /**
   * Refunds for fakes per period of the run, in percent of the period's orders, from the metrics
   * the simulator reported ({@code refunds: [{fromDay, orders, fakeRefunds}]}); none if absent.
   */
  static @Nullable Chart refundChart(SimulationRun run) {
    if (!(run.metrics() instanceof Map<?, ?> m) || !(m.get("refunds") instanceof List<?> periods) || periods.isEmpty()) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Object p : periods) {
      if (!(p instanceof Map<?, ?> period) || !(period.get("fromDay") instanceof Number from)
          || !(period.get("orders") instanceof Number orders) || !(period.get("fakeRefunds") instanceof Number fakes)) {
        return null;
      }
      labels.add("day " + (from.longValue() + 1));
      values.add(orders.longValue() == 0 ? 0.0 : Math.round(1000.0 * fakes.longValue() / orders.longValue()) / 10.0);
    }
    return new Chart("refunds-" + run.id(), "Refunds for fakes, % of the period's orders", "%", labels,
        List.of(new Chart.Series("refunds for fakes", "#c0392b", values)));
  }
}
