package de.kommune.intake.classify.extract;

import java.util.List;

/** The default extraction strategies, in the order they run (later ones may use earlier results). */
public final class Extraction {

    private Extraction() {
    }

    public static List<FieldExtractor> defaultExtractors() {
        return List.of(new CaseNumberExtractor(), new IbanExtractor(), new GiroCodeExtractor(), new MrzExtractor(),
                new LabelValueExtractor(), new PerMonthExtractor(), new BalanceReconciliation(),
                new PartyExtractor(), new IntroducedPersonExtractor(), new PeriodExtractor(), new LetterExtractor(), new NameComposer(),
                new EnumExtractor());
    }
}
