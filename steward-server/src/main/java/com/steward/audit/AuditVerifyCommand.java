package com.steward.audit;

import com.steward.platform.config.StewardProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** {@code ./steward audit-verify}: walks the chain, prints the result, exits 0 if valid and 1 if not. */
@Component
class AuditVerifyCommand implements ApplicationRunner {

  private final StewardProperties props;
  private final AuditLog audit;
  private final ConfigurableApplicationContext context;

  AuditVerifyCommand(StewardProperties props, AuditLog audit, ConfigurableApplicationContext context) {
    this.props = props;
    this.audit = audit;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!"audit-verify".equals(props.command())) {
      return;
    }
    AuditLog.Verification v = audit.verify();
    if (v.valid()) {
      System.out.println("audit log valid: " + v.entries() + " entries");
    } else {
      System.out.println("audit log BROKEN at entry " + v.firstBreak().sequence() + ": " + v.firstBreak().reason()
          + " (" + v.entries() + " entries verified before it)");
    }
    int code = v.valid() ? 0 : 1;
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
