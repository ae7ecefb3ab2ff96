package com.steward.platform.security;

import com.steward.platform.errors.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <key>}; a key that is present but unknown is a 401. */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  private final ApiKeyService keys;

  ApiKeyAuthenticationFilter(ApiKeyService keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String header = req.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<Actor> actor = keys.authenticate(header.substring(7).trim());
      if (actor.isEmpty()) {
        res.setStatus(401);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter().write(Problems.json(HttpStatus.UNAUTHORIZED, "Unauthorized", "unknown or revoked API key"));
        return;
      }
      SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor.get()));
    }
    chain.doFilter(req, res);
  }

  /** An authenticated actor, whether by API key or by a web session. */
  static final class ActorAuthentication extends AbstractAuthenticationToken {
    private final Actor actor;

    ActorAuthentication(Actor actor) {
      super(List.of(new SimpleGrantedAuthority(actor.role().authority())));
      this.actor = actor;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Actor getPrincipal() {
      return actor;
    }
  }
}
