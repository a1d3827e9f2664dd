package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.review.RoutedDocuments;
import de.kommune.intake.pipeline.store.ContentStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebConfiguration {

    @Bean
    PagePreview pagePreview(ContentStore store) {
        return new PagePreview(store);
    }

    @Bean
    DocumentAccess documentAccess(RoutedDocuments routed) {
        return new DocumentAccess(routed);
    }
}
