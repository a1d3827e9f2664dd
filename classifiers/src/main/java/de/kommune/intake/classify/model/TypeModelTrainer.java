package de.kommune.intake.classify.model;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the maxent document categorizer (OpenNLP, GIS) on feature sets from {@link TypeFeatures}.
 *
 * @param iterations GIS iterations
 * @param cutoff     features seen in fewer samples are dropped (keeps the model small and values out of it)
 */
public record TypeModelTrainer(int iterations, int cutoff) {

    /** One labelled training sample. */
    public record Sample(String type, String[] features) {
    }

    public static TypeModelTrainer defaults() {
        return new TypeModelTrainer(100, 3);
    }

    public DoccatModel train(List<Sample> samples) {
        if (samples.stream().map(Sample::type).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs documents of at least two types");
        }
        List<DocumentSample> docs = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            docs.add(new DocumentSample(s.type(), s.features()));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put("PrintMessages", false);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        try {
            return DocumentCategorizerME.train("de", new CollectionObjectStream<>(docs), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: does not happen
        }
    }
}
