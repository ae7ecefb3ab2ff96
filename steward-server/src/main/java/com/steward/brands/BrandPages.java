package com.steward.brands;

import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.StewardException.FieldProblem;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.platform.web.PageController;
import com.steward.rightsholders.IpRight;
import com.steward.rightsholders.RightsHolder;
import com.steward.rightsholders.RightsHolders;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The brand pages: rights holders register and maintain their brands in the portal; analysts
 * approve or reject each change in the console, search the knowledge base, and administrators
 * import a dictionary.
 */
@PageController
class BrandPages {

  private final Brands brands;
  private final RightsHolders rightsHolders;

  BrandPages(Brands brands, RightsHolders rightsHolders) {
    this.brands = brands;
    this.rightsHolders = rightsHolders;
  }

  /**
   * The profile as a form sends it: one alias, keyword, authorised seller or store, or reference
   * image URL a line; price floors as {@code category = price} lines; thresholds optional; the
   * ordinary-word box sends {@code ordinaryWord=on} when ticked and nothing when not.
   */
  record ProfileForm(@Nullable String name, @Nullable String aliases, @Nullable String keywords,
      @Nullable String authorizedSellers, @Nullable String priceFloors, @Nullable String refer,
      @Nullable String block, @Nullable String referenceImages, @Nullable String authorizedStores,
      @Nullable UUID ownerId, @Nullable String priceFloorCurrency, @Nullable String ordinaryWord) {

    BrandProfileForm profile() {
      List<FieldProblem> problems = new ArrayList<>();
      Map<String, Double> floors = new LinkedHashMap<>();
      for (String line : lines(priceFloors)) {
        int eq = line.lastIndexOf('=');
        try {
          floors.put(line.substring(0, Math.max(0, eq)).strip(), Double.parseDouble(line.substring(eq + 1).strip()));
        } catch (RuntimeException e) {
          problems.add(new FieldProblem("priceFloors", "one 'category = price' a line: " + line));
        }
      }
      BrandProfileForm.Thresholds t = null;
      if (!blank(refer) || !blank(block)) {
        try {
          t = new BrandProfileForm.Thresholds(Double.parseDouble(Objects.requireNonNull(refer).strip()),
              Double.parseDouble(Objects.requireNonNull(block).strip()));
        } catch (RuntimeException e) {
          problems.add(new FieldProblem("thresholds", "both refer and block, as numbers"));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidRequestException(problems);
      }
      return new BrandProfileForm(name, lines(aliases), lines(keywords), lines(authorizedSellers), floors, t,
          lines(referenceImages), lines(authorizedStores), priceFloorCurrency,
          ordinaryWord != null && !ordinaryWord.isBlank() ? Boolean.TRUE : null);
    }

    private static boolean blank(@Nullable String s) {
      return s == null || s.isBlank();
    }

    private static List<String> lines(@Nullable String text) {
      return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  /** A brand with its revisions, newest first. */
  /**
   * A brand's page: its summary, its revisions newest first, and the profile a change starts from
   * (the latest approved one: a rejected or pending revision is not the brand's profile).
   */
  record BrandView(Brands.Summary brand, List<BrandRevision> revisions, BrandProfileForm current) {}

  // ---- portal ---------------------------------------------------------------------------------

  @GetMapping("/portal/brands")
  String portal(Actor actor, @RequestParam(required = false) @Nullable String q, Model model) {
    model.addAttribute("brands", brands.search(actor, q, 200, 0));
    model.addAttribute("q", q);
    model.addAttribute("owners", owners(actor));
    return "portal/brands";
  }

  @PostMapping("/portal/brands")
  String register(Actor actor, ProfileForm form, RedirectAttributes redirect) {
    Brands.Proposed p = brands.create(actor, form.ownerId(), form.profile());
    redirect.addFlashAttribute("message", "Brand registered; an analyst reviews it before screening uses it.");
    return "redirect:/portal/brands/" + p.brandId();
  }

  @GetMapping("/portal/brands/{id}")
  String portalBrand(Actor actor, @PathVariable UUID id, Model model) {
    model.addAttribute("view", view(actor, id));
    return "portal/brand";
  }

  @PostMapping("/portal/brands/{id}")
  String revise(Actor actor, @PathVariable UUID id, ProfileForm form, RedirectAttributes redirect) {
    Brands.Proposed p = brands.revise(actor, id, form.profile());
    redirect.addFlashAttribute("message", "Revision " + p.revision() + " proposed; an analyst reviews it.");
    return "redirect:/portal/brands/" + id;
  }

  // ---- console --------------------------------------------------------------------------------

  @GetMapping("/console/brands")
  String console(Actor actor, @RequestParam(required = false) @Nullable String q, Model model) {
    List<BrandRevision> pending = brands.pending(actor, 100);
    var current = new LinkedHashMap<UUID, BrandRevision>();
    for (BrandRevision r : pending) {
      List<BrandRevision> all = brands.revisions(actor, r.brandId());
      all.stream().filter(x -> "APPROVED".equals(x.status())).reduce((a, b) -> b)
          .ifPresent(a -> current.put(r.brandId(), a));
    }
    // the rights behind each change, so that the analyst sees whether a verified trademark backs it
    var rights = new LinkedHashMap<UUID, List<IpRight>>();
    for (BrandRevision r : pending) {
      brands.backer(actor, r).ifPresent(owner -> rights.put(r.id(), rightsHolders.rights(actor, owner)));
    }
    model.addAttribute("pending", pending);
    model.addAttribute("approved", current);
    model.addAttribute("rights", rights);
    model.addAttribute("unbacked", rights.entrySet().stream()
        .filter(e -> e.getValue().stream().noneMatch(x -> "VERIFIED".equals(x.status()))).map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet()));
    model.addAttribute("brands", q == null || q.isBlank() ? List.of() : brands.search(actor, q, 100, 0));
    model.addAttribute("q", q);
    model.addAttribute("admin", actor.role() == Role.ADMIN);
    return "console/brands";
  }

  @PostMapping("/console/brands/{id}/revisions/{revision}/decision")
  String decide(Actor actor, @PathVariable UUID id, @PathVariable int revision,
      @RequestParam(required = false) @Nullable String decision, @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes redirect) {
    BrandRevision r = brands.decide(actor, id, revision, decision, reason);
    redirect.addFlashAttribute("message", "Revision " + revision + " of " + r.profile().name() + " is " + r.status() + ".");
    return "redirect:/console/brands";
  }

  @PostMapping("/console/brands/import")
  String importDictionary(Actor actor, @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String categories, RedirectAttributes redirect) throws IOException {
    List<String> prefixes = categories == null || categories.isBlank() ? List.of()
        : Arrays.stream(categories.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    String name = uploadSource(file.getOriginalFilename());
    try (var reader = Brands.csvText(file.getInputStream())) {
      Brands.ImportResult r = brands.importDictionary(actor, reader, name, prefixes);
      redirect.addFlashAttribute("message", r.imported() + " brands imported; " + r.alreadyKnown()
          + " were already known and " + r.invalid() + " were invalid.");
    }
    return "redirect:/console/brands";
  }

  /**
   * The import's source as the console records it: "upload" and the file's name as the browser
   * sent it, without a folder, control characters or more than 200 chars, so that no file name
   * makes the import fail.
   */
  static String uploadSource(@Nullable String filename) {
    String n = filename == null ? "" : filename;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    var clean = new StringBuilder("upload ");
    n.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
        .forEach(clean::appendCodePoint);
    String s = clean.toString().strip();
    if (s.length() > 200) {
      int end = Character.isHighSurrogate(s.charAt(198)) ? 198 : 199; // never half a character
      s = s.substring(0, end) + "\u2026";
    }
    return s;
  }

  private BrandView view(Actor actor, UUID id) {
    List<BrandRevision> revisions = new ArrayList<>(brands.revisions(actor, id));
    BrandProfileForm current = revisions.stream().filter(r -> "APPROVED".equals(r.status()))
        .reduce((a, b) -> b).orElse(revisions.getLast()).profile();
    String name = current.name();
    Brands.Summary summary = brands.search(actor, name, 500, 0).stream().filter(b -> b.id().equals(id)).findFirst()
        .orElseThrow(() -> new com.steward.platform.errors.NotFoundException("brand", id));
    java.util.Collections.reverse(revisions);
    return new BrandView(summary, revisions, current);
  }

  private List<RightsHolder> owners(Actor actor) {
    return rightsHolders.actsFor(actor.requireRightsHolder()).stream().map(rightsHolders::byId)
        .flatMap(java.util.Optional::stream).toList();
  }
}
