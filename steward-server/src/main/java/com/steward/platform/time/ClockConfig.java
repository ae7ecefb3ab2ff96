package com.steward.platform.time;

import com.steward.platform.config.StewardProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of time: everything that needs "now" takes this {@link Clock}. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

  @Bean
  Clock clock(StewardProperties props) {
    return props.demo() ? new ShiftableClock(Clock.systemUTC()) : Clock.systemUTC();
  }
}
