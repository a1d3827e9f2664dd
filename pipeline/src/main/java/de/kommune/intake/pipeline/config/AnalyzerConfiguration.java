package de.kommune.intake.pipeline.config;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.DocumentAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** Builds the document analyzer from the classifiers module. */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

    @Bean
    DocumentAnalyzer documentAnalyzer(IntakeProperties props) {
        // TODO(lead): replace with classifiers' RuleBasedAnalyzer once it lands.
        return doc -> new AnalysisResult("SONSTIGES", 0.1, Map.of(), List.of("LOW_TYPE_CONFIDENCE"), "NORMAL");
    }
}
