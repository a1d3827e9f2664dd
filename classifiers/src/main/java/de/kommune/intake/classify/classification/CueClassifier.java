package de.kommune.intake.classify.classification;

import de.kommune.intake.classify.taxonomy.ClassifierParams;
import de.kommune.intake.classify.taxonomy.Cue;
import de.kommune.intake.classify.taxonomy.PatternCue;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.PhraseMatch;
import de.kommune.intake.classify.text.TextView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every type by the weighted cue phrases of the taxonomy found in the document (each cue
 * counts once; OCR-tolerant matching, see {@link de.kommune.intake.classify.text.Phrase}). A cue
 * in a short line near the top counts {@code headingBoost} times: documents announce their type
 * in the title, while other types' words turn up in running text ("... eine
 * Arbeitsunfähigkeitsbescheinigung vorzulegen" in an employment contract). The confidence is a
 * softmax over the types with evidence plus the fallback type at a baseline score, so a document
 * with two similar candidates or only weak evidence gets a low confidence.
 */
public final class CueClassifier implements DocumentClassifier {

    private static final double FUZZY_FACTOR = 0.8;
    private static final int HEADING_MAX_WORDS = 8;

    private final Taxonomy taxonomy;
    private final ClassifierParams params;

    public CueClassifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.params = taxonomy.classification();
    }

    @Override
    public Classification classify(TextView text) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (TypeDefinition t : taxonomy.types()) {
            if (t.code().equals(params.fallbackType())) {
                continue;
            }
            double s = score(t, text);
            if (s != 0) {
                scores.put(t.code(), s);
            }
        }
        String best = params.fallbackType();
        double bestScore = params.minScore();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() >= bestScore && (best.equals(params.fallbackType()) || e.getValue() > bestScore)) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        boolean fallback = best.equals(params.fallbackType());
        double chosenScore = fallback ? params.baseline() : bestScore;
        double others = fallback ? 0 : Math.exp((params.baseline() - chosenScore) / params.temperature());
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() > 0 && !e.getKey().equals(best)) {
                others += Math.exp((e.getValue() - chosenScore) / params.temperature());
            }
        }
        double confidence = 1.0 / (1.0 + others);
        return new Classification(best, confidence, scores);
    }

    double score(TypeDefinition type, TextView text) {
        double s = 0;
        for (Cue cue : type.cues()) {
            s += cueWeight(cue, text);
        }
        for (Cue cue : type.negativeCues()) {
            s += cueWeight(cue, text);
        }
        for (PatternCue pc : type.patternCues()) {
            if (pc.pattern().matcher(text.text()).find()) {
                s += pc.weight();
            }
        }
        return s;
    }

    private double cueWeight(Cue cue, TextView text) {
        List<PhraseMatch> matches = cue.phrase().findAll(text);
        double best = 0;
        for (PhraseMatch m : matches) {
            double w = m.fuzzy() ? FUZZY_FACTOR : 1.0;
            if (cue.weight() > 0 && isHeading(text.lineAt(m.start()))) {
                w *= params.headingBoost();
            }
            best = Math.max(best, w);
        }
        return best * cue.weight();
    }

    private boolean isHeading(Line line) {
        return line.index() < params.headingLines() && line.text().trim().split("\\s+").length <= HEADING_MAX_WORDS;
    }
}
