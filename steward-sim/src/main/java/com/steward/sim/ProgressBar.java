package com.steward.sim;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar of simulated days for a terminal, redrawn in place; where the output is
 * not a terminal (a log, CI), a plain line every tenth of the run instead.
 */
final class ProgressBar implements Simulation.Progress {

  static final int WIDTH = 30;

  private final PrintStream out;
  private final long startNanos;
  private final boolean terminal;
  private int lastTenth = -1;

  ProgressBar(PrintStream out, long startNanos) {
    this(out, startNanos, System.console() != null);
  }

  ProgressBar(PrintStream out, long startNanos, boolean terminal) {
    this.out = out;
    this.startNanos = startNanos;
    this.terminal = terminal;
  }

  @Override
  public void day(int done, int days, long calls) {
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    if (terminal) {
      out.print("\r" + line(done, days, calls, seconds));
      if (done == days) {
        out.println();
      }
      out.flush();
    } else {
      int tenth = done * 10 / days;
      if (tenth != lastTenth || done == days) {
        lastTenth = tenth;
        out.println(line(done, days, calls, seconds));
      }
    }
  }

  /** {@code sim [=========>          ]  45%  day 164/365  4210 calls  1m05s} */
  static String line(int done, int days, long calls, long seconds) {
    int filled = (int) ((long) done * WIDTH / days);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
    return String.format(Locale.ROOT, "sim [%s] %3d%%  day %d/%d  %d calls  %dm%02ds", bar, done * 100L / days, done,
        days, calls, seconds / 60, seconds % 60);
  }
}
