package com.steward.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take the calling {@link Actor} as a plain parameter. */
final class CurrentActor implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Actor.class;
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mav,
      NativeWebRequest request,
      @Nullable WebDataBinderFactory binders) {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  static Actor of(@Nullable Authentication auth) {
    if (auth != null) {
      if (auth.getPrincipal() instanceof Actor a) {
        return a;
      }
      if (auth.getPrincipal() instanceof StewardUserDetails u) {
        return u.actor();
      }
    }
    throw new AuthenticationCredentialsNotFoundException("not signed in");
  }
}
