package com.steward.platform.web;

import com.steward.core.notices.IllegalTransitionException;
import com.steward.platform.errors.StewardException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Shows errors of the pages as a readable message instead of an error status page: a refused form
 * goes back to the page it came from with the message and the values entered; a page that cannot
 * be shown renders {@code error.html} with the matching status. Also gives every page the name of
 * the signed-in user.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

  @ModelAttribute("signedInAs")
  @Nullable String signedInAs(@Nullable Principal principal) {
    return principal == null ? null : principal.getName();
  }

  /** Empty unless a refused form came back with the values entered (see {@link #show}). */
  @ModelAttribute("form")
  Map<String, String> form() {
    return Map.of();
  }

  @ExceptionHandler(StewardException.class)
  ModelAndView steward(StewardException e, HttpServletRequest req, HttpServletResponse res) {
    List<String> problems = e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    return show(req, res, e.status(), e.getMessage(), problems.size() > 1 ? problems : List.of());
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ModelAndView transition(IllegalTransitionException e, HttpServletRequest req, HttpServletResponse res) {
    return show(req, res, HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler({TypeMismatchException.class, BindException.class})
  ModelAndView unreadable(Exception e, HttpServletRequest req, HttpServletResponse res) {
    // name the field: a page's user cannot guess which of its fields was refused
    String field = e instanceof TypeMismatchException t && t.getPropertyName() != null ? t.getPropertyName()
        : e instanceof BindException b && b.getFieldError() != null ? b.getFieldError().getField() : null;
    return show(req, res, HttpStatus.BAD_REQUEST, field == null ? "a field holds a value that is not accepted"
        : field + ": the value is not accepted", List.of());
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
      MultipartException.class})
  ModelAndView incomplete(Exception e, HttpServletRequest req, HttpServletResponse res) {
    return show(req, res, HttpStatus.BAD_REQUEST, "the form was incomplete: choose a file and fill in every field",
        List.of());
  }

  private static ModelAndView show(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String message,
      List<String> problems) {
    if ("POST".equals(req.getMethod())) {
      var flash = RequestContextUtils.getOutputFlashMap(req);
      flash.put("error", message);
      flash.put("problems", problems);
      flash.put("form", entered(req));
      return new ModelAndView("redirect:" + back(req));
    }
    res.setStatus(status.value());
    var mav = new ModelAndView("error");
    mav.addObject("status", status.value());
    mav.addObject("error", status.getReasonPhrase());
    mav.addObject("message", message);
    return mav;
  }

  /** The values the user entered, so that a refused form can be filled in again. */
  private static Map<String, String> entered(HttpServletRequest req) {
    var out = new LinkedHashMap<String, String>();
    req.getParameterMap().forEach((k, v) -> {
      if (!"_csrf".equals(k) && v.length > 0) {
        out.put(k, v[0]);
      }
    });
    return out;
  }

  /** The path of the page the form was on; only a local path, never another site. */
  private static String back(HttpServletRequest req) {
    String referer = req.getHeader("Referer");
    if (referer != null) {
      try {
        URI u = URI.create(referer);
        String path = u.getRawPath();
        if (path != null && path.startsWith("/") && !path.startsWith("//")) {
          return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
        }
      } catch (IllegalArgumentException ignored) {
        // fall through to the home page
      }
    }
    return "/";
  }
}
