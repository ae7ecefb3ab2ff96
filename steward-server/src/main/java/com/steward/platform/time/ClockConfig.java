package com.steward.platform.time;

import com.steward.platform.config.StewardProperties;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time: everything that needs "now" takes this {@link Clock}. The demo, and a
 * server started for the simulator ({@code steward.simulated-clock=true}), get a clock that can be
 * set ({@link SettableClock}); every other server runs on the system clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

  @Bean
  Clock clock(StewardProperties props, @Value("${steward.simulated-clock:false}") boolean simulated) {
    return props.demo() || simulated ? new ShiftableClock(Clock.systemUTC()) : Clock.systemUTC();
  }
}
