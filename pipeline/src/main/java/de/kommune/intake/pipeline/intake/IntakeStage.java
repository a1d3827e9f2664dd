package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.RejectReason;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * First stage: cheap checks before any expensive work. Empty, oversized, unsupported and duplicate inputs are
 * rejected with a reason; everything else goes on to OCR with its detected media type.
 */
public final class IntakeStage {

    private final ContentStore store;
    private final Ledger ledger;
    private final Rejections rejections;
    private final MediaTypeDetector detector;
    private final IntakeProperties.Limits limits;

    public IntakeStage(ContentStore store, Ledger ledger, Rejections rejections, MediaTypeDetector detector,
                       IntakeProperties.Limits limits) {
        this.store = store;
        this.ledger = ledger;
        this.rejections = rejections;
        this.detector = detector;
        this.limits = limits;
    }

    /** @return the ticket for the OCR stage, or nothing when the input was rejected or is already past intake */
    public List<InputTicket> process(InputTicket ticket) throws IOException {
        Optional<InputRecord> record = ledger.input(ticket.inputId());
        if (record.isPresent() && record.get().status() != Outcome.RECEIVED) {
            return List.of(); // a redelivered ticket for an input that already moved on
        }
        if (ticket.size() == 0) {
            return reject(ticket, RejectReason.EMPTY, "The file is empty (0 bytes).");
        }
        if (ticket.size() > limits.maxBytes().toBytes()) {
            return reject(ticket, RejectReason.TOO_LARGE, "The file has " + ticket.size()
                    + " bytes; the limit is " + limits.maxBytes().toBytes() + " bytes.");
        }
        String type = detector.detect(store.localFile(StoreKeys.original(ticket.inputId())));
        InputTicket typed = ticket.withMediaType(type);
        if (!MediaTypeDetector.isSupported(type)) {
            return reject(typed, RejectReason.UNSUPPORTED_TYPE, "Detected type " + type
                    + " is not supported (PDF, JPEG, PNG, TIFF, BMP, GIF, DOCX, ODT, RTF, TXT, HTML, EML).");
        }
        String owner = ledger.claimContent(ticket.sha256(), ticket.inputId());
        if (!owner.equals(ticket.inputId())) {
            String first = ledger.input(owner).map(InputRecord::fileName).orElse(owner);
            return reject(typed, RejectReason.DUPLICATE, "Same content (SHA-256) as the earlier input '" + first
                    + "' (input id " + owner + "); it is not filed twice.");
        }
        ledger.updateInput(ticket.inputId(), r -> r.with(Outcome.PROCESSING, "intake", type));
        return List.of(typed);
    }

    private List<InputTicket> reject(InputTicket ticket, RejectReason reason, String message) throws IOException {
        rejections.reject(ticket, reason, message, "intake");
        return List.of();
    }
}
