package com.steward.platform.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security's form login handles what it posts. */
@PageController
class LoginPage {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
