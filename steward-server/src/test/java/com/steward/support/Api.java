package com.steward.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API, as a marketplace or a portal script would call it. */
public final class Api {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  public Api(String base) {
    this.base = base;
  }

  public Response get(String key, String path) {
    return send(key, "GET", path, null, null, Map.of());
  }

  public Response post(String key, String path, Object body) {
    return send(key, "POST", path, "application/json", bytes(body), Map.of());
  }

  public Response put(String key, String path, Object body) {
    return send(key, "PUT", path, "application/json", bytes(body), Map.of());
  }

  public Response send(String key, String method, String path, String contentType, byte[] body,
      Map<String, String> headers) {
    var b = HttpRequest.newBuilder(URI.create(base + path));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().map());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A multipart/form-data upload of one file plus plain fields. */
  public Response upload(String key, String path, String fileName, byte[] file, Map<String, String> fields) {
    String boundary = "----steward" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    try {
      for (var f : fields.entrySet()) {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
            + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(file);
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return send(key, "POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), Map.of());
  }

  private static byte[] bytes(Object body) {
    if (body instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    if (body instanceof byte[] b) {
      return b;
    }
    return JSON.writeValueAsBytes(body);
  }

  /** A response; {@link #at} reads a value by a path such as {@code items[0].status}. */
  public record Response(int status, String body, String contentType, Map<String, List<String>> headers) {

    public Object json() {
      return JSON.readValue(body, Object.class);
    }

    public Object at(String path) {
      Object node = json();
      for (String part : path.split("\\.")) {
        String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
        if (!name.isEmpty()) {
          node = ((Map<?, ?>) node).get(name);
        }
        int i = part.indexOf('[');
        while (i >= 0) {
          int j = part.indexOf(']', i);
          node = ((List<?>) node).get(Integer.parseInt(part.substring(i + 1, j)));
          i = part.indexOf('[', j);
        }
      }
      return node;
    }

    public String str(String path) {
      Object v = at(path);
      return v == null ? null : String.valueOf(v);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
