package com.steward.platform.security;

import com.steward.platform.errors.InvalidRequestException;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Web users of the console, the portal and the seller pages. */
@Service
public class UserAccounts implements UserDetailsService {

  private final JdbcUserRepository users;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  UserAccounts(JdbcUserRepository users, PasswordEncoder encoder, Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
    this.events = events;
  }

  /** Creates the user, or resets its password and scope, on the system's behalf. */
  public void save(String username, String password, Actor actor) {
    save(Actor.system("users"), username, password, actor);
  }

  /** Creates the user, or resets its password and scope; {@code by} is recorded in the audit log. */
  @org.springframework.transaction.annotation.Transactional
  public void save(Actor by, String username, String password, Actor actor) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
      throw new InvalidRequestException("username", "3-100 letters, digits, '.', '_', '@' or '-'");
    }
    if (password == null || password.length() < 10 || password.length() > 200) {
      throw new InvalidRequestException("password", "10-200 characters");
    }
    users.upsert(username, encoder.encode(password), actor, clock.instant());
    events.publishEvent(new SecurityAudited(by, "user.saved", "app_user", username,
        java.util.Map.of("role", actor.role().name(), "scope", actor.label())));
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
