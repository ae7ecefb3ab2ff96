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

  UserAccounts(JdbcUserRepository users, PasswordEncoder encoder, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
  }

  /** Creates the user, or resets its password and scope. */
  public void save(String username, String password, Actor actor) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
      throw new InvalidRequestException("username", "3-100 letters, digits, '.', '_', '@' or '-'");
    }
    if (password == null || password.length() < 10 || password.length() > 200) {
      throw new InvalidRequestException("password", "10-200 characters");
    }
    users.upsert(username, encoder.encode(password), actor, clock.instant());
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
