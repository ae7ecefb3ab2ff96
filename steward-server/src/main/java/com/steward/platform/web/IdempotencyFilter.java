package com.steward.platform.web;

import com.steward.platform.errors.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on POSTs: the first request with a key runs and its answer is
 * kept; a repeat with the same key and the same body gets the kept answer (marked
 * {@code Idempotent-Replayed: true}); the same key with another body is refused (422); a repeat
 * while the first is still running gets 409. Keys are scoped to the caller.
 */
public final class IdempotencyFilter extends OncePerRequestFilter {

  public static final String HEADER = "Idempotency-Key";

  private final IdempotencyStore store;
  private final Clock clock;

  public IdempotencyFilter(IdempotencyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest req) {
    return !"POST".equals(req.getMethod()) || req.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String key = req.getHeader(HEADER);
    if (key.isBlank() || key.length() > 200) {
      problem(res, HttpStatus.BAD_REQUEST, "Invalid request", HEADER + ": 1-200 characters");
      return;
    }
    byte[] body = req.getInputStream().readAllBytes();
    String scope = scope(SecurityContextHolder.getContext().getAuthentication());
    String fingerprint = fingerprint(req, body);
    Optional<IdempotencyStore.Stored> previous = store.begin(scope, key, fingerprint, clock.instant());
    if (previous.isPresent()) {
      IdempotencyStore.Stored p = previous.get();
      if (!p.fingerprint().equals(fingerprint)) {
        problem(res, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
            HEADER + " was already used for a different request");
      } else if (p.status() == 0) {
        problem(res, HttpStatus.CONFLICT, "Conflict", "a request with this " + HEADER + " is still running");
      } else {
        res.setStatus(p.status());
        if (p.contentType() != null) {
          res.setContentType(p.contentType());
        }
        if (p.location() != null) {
          res.setHeader("Location", p.location());
        }
        res.setHeader("Idempotent-Replayed", "true");
        res.getOutputStream().write(p.body());
      }
      return;
    }
    var wrapped = new ContentCachingResponseWrapper(res);
    boolean kept = false;
    try {
      chain.doFilter(new CachedBody(req, body), wrapped);
      if (wrapped.getStatus() < 500) {
        store.complete(scope, key, wrapped.getStatus(), wrapped.getContentType(), wrapped.getHeader("Location"),
            wrapped.getContentAsByteArray());
        kept = true;
      }
    } finally {
      if (!kept) {
        store.forget(scope, key);
      }
      wrapped.copyBodyToResponse();
    }
  }

  private static String scope(Authentication auth) {
    if (auth == null || auth.getPrincipal() == null || "anonymousUser".equals(auth.getPrincipal())) {
      return "anonymous";
    }
    return auth.getPrincipal() instanceof com.steward.platform.security.Actor a ? a.label() : auth.getName();
  }

  private static String fingerprint(HttpServletRequest req, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(req.getRequestURI().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void problem(HttpServletResponse res, HttpStatus status, String title, String detail)
      throws IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.getWriter().write(Problems.json(status, title, detail));
  }

  /** The request again, with its body read once into memory (bounded by the size limit). */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest req, byte[] body) {
      super(req);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener l) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
