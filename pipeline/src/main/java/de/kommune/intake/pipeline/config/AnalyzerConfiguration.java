package de.kommune.intake.pipeline.config;

import de.kommune.intake.classify.AnalyzerSettings;
import de.kommune.intake.classify.DocumentAnalyzer;
import de.kommune.intake.classify.RuleBasedAnalyzer;
import de.kommune.intake.classify.extract.Extraction;
import de.kommune.intake.classify.model.ClassifierMode;
import de.kommune.intake.classify.model.CombinedClassifier;
import de.kommune.intake.classify.model.TypeModel;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Builds the document analyzer from the classifiers module: the shipped taxonomy, merged with the office's
 * override file when {@code intake.taxonomy-file} is set (bad files fail the start with the offending key), and
 * the type classifier of {@code intake.classifier.*}: cue rules combined with the trained model (the shipped one,
 * or the office's from {@code bin/intake train}). A model that does not fit the taxonomy fails the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyzerConfiguration.ClassifierProperties.class)
class AnalyzerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzerConfiguration.class);

    /**
     * {@code intake.classifier.*}.
     *
     * @param mode      {@code combined} (cue rules and model), {@code cues} or {@code model}
     * @param modelFile a model from {@code bin/intake train}; empty = the model shipped in the jar
     * @param cueWeight weight of the cue rules in the combined mode; empty = the weight chosen in training
     */
    @ConfigurationProperties("intake.classifier")
    record ClassifierProperties(@DefaultValue("combined") String mode, Path modelFile, Double cueWeight) {
    }

    @Bean
    DocumentAnalyzer documentAnalyzer(IntakeProperties props, ClassifierProperties classifier) {
        Taxonomy taxonomy = props.taxonomyFile() == null ? Taxonomy.defaults()
                : Taxonomy.defaultsWith(props.taxonomyFile());
        AnalyzerSettings settings = AnalyzerSettings.defaults()
                .withMinTypeConfidence(props.review().minTypeConfidence());
        CombinedClassifier types = classifier(taxonomy, classifier);
        LOG.info("document type classifier: {} (model {})", types.mode().name().toLowerCase(),
                types.modelVersion() == null ? "none" : types.modelVersion());
        return new RuleBasedAnalyzer(taxonomy, settings, types, Extraction.defaultExtractors());
    }

    static CombinedClassifier classifier(Taxonomy taxonomy, ClassifierProperties p) {
        ClassifierMode mode = ClassifierMode.parse(p.mode());
        TypeModel model = null;
        if (mode != ClassifierMode.CUES) {
            model = p.modelFile() != null ? read(p.modelFile()) : TypeModel.readDefault().orElseThrow(
                    () -> new IllegalStateException("intake.classifier.mode=" + p.mode()
                            + " needs intake.classifier.model-file: this build ships no type model"));
        }
        return p.cueWeight() == null ? new CombinedClassifier(taxonomy, model, mode)
                : new CombinedClassifier(taxonomy, model, mode, p.cueWeight());
    }

    private static TypeModel read(Path file) {
        try {
            return TypeModel.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("intake.classifier.model-file " + file + " cannot be read", e);
        }
    }
}
