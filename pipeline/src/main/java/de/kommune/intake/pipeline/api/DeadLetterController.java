package de.kommune.intake.pipeline.api;

import de.kommune.intake.pipeline.delivery.DeadLetters;
import jakarta.jms.JMSException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The dead-letter queue for operators: {@code GET /api/v1/admin/dead-letters} lists what waits there (ids, stage,
 * reason; no content), {@code POST /api/v1/admin/dead-letters/replay[?documentId=...]} puts it back into
 * processing once the target works again.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** @param stale delivery letters taken out unsent: their document was decided in review meanwhile */
    record Replayed(int replayed, int stale) {
    }

    @GetMapping
    List<DeadLetters.DeadLetter> list() throws JMSException {
        return deadLetters.list();
    }

    @PostMapping("/replay")
    Replayed replay(@RequestParam(required = false) String documentId) throws JMSException {
        DeadLetters.Replay replay = deadLetters.replay(l -> documentId == null || documentId.equals(l.documentId()));
        return new Replayed(replay.replayed(), replay.stale());
    }
}
