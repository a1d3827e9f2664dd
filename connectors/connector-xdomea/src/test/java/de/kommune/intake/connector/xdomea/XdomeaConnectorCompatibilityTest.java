package de.kommune.intake.connector.xdomea;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.DmsConnectorCompatibilityKit;
import de.kommune.intake.connector.tck.SampleDocuments;
import de.kommune.intake.connector.tck.StoredDocument;
import de.kommune.intake.connector.tck.TargetProbe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The xdomea connector against the compatibility kit: the target is a real exchange folder. */
class XdomeaConnectorCompatibilityTest extends DmsConnectorCompatibilityKit {

    @Override
    protected DmsConnectorProvider provider() {
        return new XdomeaConnectorProvider();
    }

    @Override
    protected ConnectorSettings settings(Path workDir) {
        return XdomeaTestSettings.of("tck", workDir.resolve("austausch"));
    }

    @Override
    protected ConnectorSettings unavailableSettings(Path workDir) throws Exception {
        // A folder below a regular file can be neither written nor created: like an unmounted share.
        Path blocker = Files.writeString(workDir.resolve("not-a-directory"), "x");
        return XdomeaTestSettings.of("tck-down", blocker.resolve("austausch"));
    }

    @Override
    protected List<ConnectorSettings> invalidSettings(Path workDir) {
        Map<String, String> typo = new HashMap<>(XdomeaTestSettings.values(workDir));
        typo.put("include-index-recrod", "true");
        Map<String, String> flag = new HashMap<>(XdomeaTestSettings.values(workDir));
        flag.put("include-index-record", "ja");
        Map<String, String> noRecipient = new HashMap<>(XdomeaTestSettings.values(workDir));
        noRecipient.remove("recipient-code");
        Map<String, String> halfList = new HashMap<>(XdomeaTestSettings.values(workDir));
        halfList.remove("sender-code-list-version");
        Map<String, String> zone = new HashMap<>(XdomeaTestSettings.values(workDir));
        zone.put("time-zone", "Mitteleuropa");
        return List.of(ConnectorSettings.of("tck-empty", Map.of()),
                ConnectorSettings.of("tck-typo", typo),
                ConnectorSettings.of("tck-flag", flag),
                ConnectorSettings.of("tck-no-recipient", noRecipient),
                ConnectorSettings.of("tck-half-list", halfList),
                ConnectorSettings.of("tck-zone", zone));
    }

    /** A scan declared as PDF that is a TIFF: the message would promise a PDF/A primary document it does not have. */
    @Override
    protected FiledDocument documentTheTargetRejects(SampleDocuments samples) {
        byte[] tiff = "II*\0 a TIFF, not a PDF".getBytes(StandardCharsets.US_ASCII);
        return samples.builder().pdf(SampleDocuments.bytes(tiff, "application/pdf")).build();
    }

    /**
     * The DMS import job's view: every complete message is a {@code .zip} in the exchange folder (temporary
     * {@code .part} files are not); its 0605 XML names the pipeline's document in {@code FachverfahrenObjektID} and
     * the PDF in {@code Primaerdokument/Dateiname}. Reads every zip, so a redelivery under a second name counts twice.
     */
    @Override
    protected TargetProbe probe(Path workDir) {
        Path dir = workDir.resolve("austausch");
        return document -> {
            List<StoredDocument> found = new ArrayList<>();
            for (Path zip : TargetProbe.filesBelow(dir, ".zip")) {
                ZippedMessage message;
                try {
                    message = ZippedMessage.read(zip);
                } catch (NoSuchFileException replacedMeanwhile) {
                    continue;
                }
                if (document.id().equals(message.fachverfahrenObjektId())) {
                    found.add(new StoredDocument(zip.toString(), message::openPdf, message.metadata()));
                }
            }
            return found;
        };
    }
}
