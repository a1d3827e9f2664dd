package de.kommune.intake.pipeline.config;

import de.kommune.intake.classify.AnalyzerSettings;
import de.kommune.intake.classify.DocumentAnalyzer;
import de.kommune.intake.classify.RuleBasedAnalyzer;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the document analyzer from the classifiers module: the shipped taxonomy, merged with the office's
 * override file when {@code intake.taxonomy-file} is set (bad files fail the start with the offending key).
 */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

    @Bean
    DocumentAnalyzer documentAnalyzer(IntakeProperties props) {
        Taxonomy taxonomy = props.taxonomyFile() == null ? Taxonomy.defaults()
                : Taxonomy.defaultsWith(props.taxonomyFile());
        return new RuleBasedAnalyzer(taxonomy,
                AnalyzerSettings.defaults().withMinTypeConfidence(props.review().minTypeConfidence()));
    }
}
