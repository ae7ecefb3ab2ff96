package com.steward.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on the synchronous screening API: listing upserts (each screened) at a fixed
 * rate from a separate process, latency measured from each request's scheduled start (so a slow
 * server cannot hide its queue). Prints achieved rate, errors and percentiles.
 *
 * <p>{@code java -cp steward-bench/target/benchmarks.jar com.steward.bench.LoadScreening BASE KEY MARKETPLACE SELLER
 * RATE SECONDS}, with the marketplace and the seller (and store {@code st-SELLER}) already there.
 */
public final class LoadScreening {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String key = args[1];
    String marketplace = args[2];
    String seller = args[3];
    int rate = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);
    List<String> titles = BenchData.rawTitles().subList(0, 20_000);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    int total = rate * seconds;
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    String run = Long.toString(System.currentTimeMillis(), 36);
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String title = titles.get(i % titles.size()).replace("\\", " ").replace("\"", " ").replaceAll("[\\p{Cc}\\p{Cf}]", " ")
          .strip();
      String body = "{\"sellerId\":\"" + seller + "\",\"storeId\":\"st-" + seller + "\",\"title\":\"" + title
          + "\",\"category\":\"shoes\",\"price\":" + (10 + i % 90) + ",\"currency\":\"EUR\"}";
      HttpRequest request = HttpRequest.newBuilder(
              URI.create(base + "/api/v1/marketplaces/" + marketplace + "/listings/load-" + run + "-" + i))
          .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key)
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build();
      inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
        latencies.add(System.nanoTime() - scheduled);
        if (e != null || r.statusCode() >= 300) {
          if (errors.incrementAndGet() <= 3) {
            System.err.println(e != null ? e.toString() : r.statusCode() + " " + r.body());
          }
        }
      }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(120, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("requests %d in %.1f s (%.0f/s achieved, %d target), errors %d%n", sorted.size(), elapsed,
        sorted.size() / elapsed, rate, errors.get());
    for (double p : new double[] {0.5, 0.9, 0.99, 0.999}) {
      System.out.printf("p%s %.2f ms%n", p * 100, sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size())) / 1e6);
    }
    System.out.printf("max %.2f ms%n", sorted.getLast() / 1e6);
  }
}
