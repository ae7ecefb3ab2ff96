package com.steward.verification;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's verification page: what is missing, the forms to give it, the challenge, decisions and complaints. */
@PageController
class VerificationPages {

  private static final String PAGE = "redirect:/seller/verification";

  private final Verifications verifications;
  private final VerificationUploads uploads;
  private final VerificationAppeals appeals;
  private final VerificationReview review;
  private final CaseAccess access;

  VerificationPages(Verifications verifications, VerificationUploads uploads, VerificationAppeals appeals,
      VerificationReview review, CaseAccess access) {
    this.verifications = verifications;
    this.uploads = uploads;
    this.appeals = appeals;
    this.review = review;
    this.access = access;
  }

  /** The trader-information form, flat as a page posts it. */
  record TraderForm(@Nullable String kind, @Nullable String givenName, @Nullable String surname,
      @Nullable String legalName, @Nullable String dateOfBirth, @Nullable String line1, @Nullable String line2,
      @Nullable String city, @Nullable String postcode, @Nullable String state, @Nullable String country,
      @Nullable Boolean residential, @Nullable String phone, @Nullable String email, @Nullable String documentType,
      @Nullable String documentNumber, @Nullable String documentCountry, @Nullable String documentExpiresOn,
      @Nullable String account, @Nullable String accountHolder, @Nullable String register,
      @Nullable String registerNumber, @Nullable String taxId) {

    TraderInfo info() {
      return new TraderInfo(kind, givenName, surname, legalName, dateOfBirth,
          new TraderInfo.Address(line1, line2, city, postcode, state, country, residential),
          phone, email, document(documentType, documentNumber, documentCountry, documentExpiresOn),
          new TraderInfo.PaymentAccount(account, accountHolder),
          blank(register) && blank(registerNumber) ? null : new TraderInfo.TradeRegister(register, registerNumber),
          taxId);
    }
  }

  record ExecutiveForm(@Nullable String role, @Nullable String givenName, @Nullable String surname,
      @Nullable String dateOfBirth, @Nullable String documentType, @Nullable String documentNumber,
      @Nullable String documentCountry, @Nullable String documentExpiresOn) {}

  @GetMapping("/seller/verification")
  String page(Actor actor, Model model) {
    model.addAttribute("vcase", verifications.mine(actor));
    model.addAttribute("kinds", DocumentContent.Kind.values());
    model.addAttribute("documentTypes", TraderInfoCheck.DOCUMENT_TYPES);
    model.addAttribute("roles", TraderInfoCheck.ROLES);
    model.addAttribute("certification", Verifications.SELF_CERTIFICATION);
    return "seller/verification";
  }

  @PostMapping("/seller/verification/trader-information")
  String trader(Actor actor, TraderForm form, RedirectAttributes redirect) {
    verifications.give(actor, access.mine(actor), form.info());
    redirect.addFlashAttribute("message", "Trader information saved, encrypted.");
    return PAGE;
  }

  @PostMapping("/seller/verification/executives")
  String executive(Actor actor, ExecutiveForm f, RedirectAttributes redirect) {
    verifications.addExecutive(actor, access.mine(actor), new ExecutiveInfo(f.role(), f.givenName(), f.surname(),
        f.dateOfBirth(), document(f.documentType(), f.documentNumber(), f.documentCountry(), f.documentExpiresOn())));
    redirect.addFlashAttribute("message", "Executive added.");
    return PAGE;
  }

  @PostMapping("/seller/verification/challenge")
  String challenge(Actor actor, @RequestParam(required = false) @Nullable UUID executiveId,
      RedirectAttributes redirect) {
    uploads.challenge(actor, access.mine(actor), executiveId);
    redirect.addFlashAttribute("message", "Challenge issued: take the photograph and upload it.");
    return PAGE;
  }

  @PostMapping("/seller/verification/documents")
  String upload(Actor actor, @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable UUID executiveId,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
    uploads.upload(actor, access.mine(actor), kind, executiveId, VerificationController.bytes(file));
    redirect.addFlashAttribute("message", "Document uploaded, encrypted.");
    return PAGE;
  }

  @GetMapping("/seller/verification/documents/{id}")
  ResponseEntity<byte[]> document(Actor actor, @PathVariable UUID id) {
    return VerificationReviewController.serve(review.document(actor, id));
  }

  @PostMapping("/seller/verification/self-certification")
  String certify(Actor actor, @RequestParam(required = false) @Nullable Boolean certified,
      RedirectAttributes redirect) {
    verifications.selfCertify(actor, access.mine(actor), certified);
    redirect.addFlashAttribute("message", "Self-certification recorded.");
    return PAGE;
  }

  @PostMapping("/seller/verification/submission")
  String submit(Actor actor, RedirectAttributes redirect) {
    verifications.submit(actor, access.mine(actor));
    redirect.addFlashAttribute("message", "Submitted: staff will review your verification.");
    return PAGE;
  }

  @PostMapping("/seller/verification/appeal")
  String appeal(Actor actor, @RequestParam(required = false) @Nullable String explanation,
      RedirectAttributes redirect) {
    appeals.file(actor, access.mine(actor), explanation);
    redirect.addFlashAttribute("message", "Complaint sent; staff will decide it.");
    return PAGE;
  }

  private static TraderInfo.@Nullable IdentityDocument document(@Nullable String type, @Nullable String number,
      @Nullable String country, @Nullable String expires) {
    if (blank(type) && blank(number) && blank(country) && blank(expires)) {
      return null;
    }
    return new TraderInfo.IdentityDocument(blank(type) ? null : type, number, blank(country) ? null : country,
        blank(expires) ? null : expires);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
