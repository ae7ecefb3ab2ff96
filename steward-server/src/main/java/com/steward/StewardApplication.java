package com.steward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StewardApplication {

  public static void main(String[] args) {
    SpringApplication.run(StewardApplication.class, args);
  }
}
