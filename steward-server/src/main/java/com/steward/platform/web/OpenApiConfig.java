package com.steward.platform.web;

import com.steward.platform.security.Actor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: bearer API keys, and the caller never appears as a parameter. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
  }

  @Bean
  OpenAPI stewardOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Steward API").version("v1")
            .description("Notice-and-takedown, catalogue and governance API of Steward. Every call but rights-holder "
                + "registration needs `Authorization: Bearer <API key>`; each key sees only its own tenant.")
            .license(new License().name("Apache-2.0")))
        .components(new Components().addSecuritySchemes("apiKey",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Steward API key")))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"));
  }
}
