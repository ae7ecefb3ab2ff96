package com.steward.platform.security;

import com.steward.platform.config.StewardProperties;
import com.steward.platform.errors.Problems;
import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and authenticated by API key; the
 * pages use form login, sessions and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  @Bean
  @Order(1)
  @ConditionalOnWebApplication
  SecurityFilterChain api(HttpSecurity http, ApiKeyService keys, com.steward.platform.web.IdempotencyStore idempotency, java.time.Clock clock) throws Exception {
    http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .addFilterBefore(new ApiKeyAuthenticationFilter(keys), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new com.steward.platform.web.IdempotencyFilter(idempotency, clock), ApiKeyAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED, "Unauthorized",
                            "send Authorization: Bearer <API key>"))
                    .accessDeniedHandler(
                        (req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "Forbidden", "your role may not do this")))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.POST, "/api/v1/rights-holders").permitAll()
                    .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                    .requestMatchers(HttpMethod.PUT, "/api/v1/marketplaces/*").hasRole("ADMIN")
                    .requestMatchers("/api/v1/audit/**").hasAnyRole("ADMIN", "ANALYST")
                    .anyRequest().authenticated());
    return http.build();
  }

  @Bean
  @Order(2)
  @ConditionalOnWebApplication
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers("/login", "/css/**", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                        "/v3/api-docs/**", "/error", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/console/**").hasAnyRole("ADMIN", "ANALYST")
                    .requestMatchers("/portal/**").hasRole("RIGHTS_HOLDER")
                    .requestMatchers("/seller/**").hasRole("SELLER")
                    .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  WebMvcConfigurer actorResolver() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentActor());
      }
    };
  }

  @Bean
  ApplicationRunner bootstrapAdminKey(StewardProperties props, ApiKeyService keys) {
    return args -> {
      String key = props.bootstrapAdminKey();
      if (key != null && !key.isEmpty()) {
        keys.ensureAdminKey(key);
      }
    };
  }

  private static void problem(jakarta.servlet.http.HttpServletResponse res, HttpStatus status, String title, String detail)
      throws java.io.IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.getWriter().write(Problems.json(status, title, detail));
  }
}
