package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.RejectReason;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts an input that cannot be processed where a person sees it: the original is copied to the rejected folder
 * next to {@code <name>.reason.json}, and the ledger marks it rejected. Nothing is dropped.
 */
public final class Rejections {

    private final ContentStore store;
    private final Ledger ledger;
    private final Path rejectedDir;
    private final ObjectMapper json;

    public Rejections(ContentStore store, Ledger ledger, Path rejectedDir, ObjectMapper json) {
        this.store = store;
        this.ledger = ledger;
        this.rejectedDir = rejectedDir;
        this.json = json;
    }

    public void reject(InputTicket ticket, RejectReason reason, String message, String stage) throws IOException {
        writeReason(ticket, reason, message);
        ledger.updateInput(ticket.inputId(), r -> r.rejected(reason.name(), message, stage));
    }

    /**
     * For a file the intake could not even read (permissions, vanished): there is no original to keep and no
     * ledger entry, only the reason file, so the batch still accounts for it.
     */
    public void rejectUnreadable(InputTicket ticket, String message) throws IOException {
        writeReason(ticket, RejectReason.UNREADABLE, message);
    }

    private void writeReason(InputTicket ticket, RejectReason reason, String message) throws IOException {
        Path target = targetFor(ticket.fileName(), ticket.inputId());
        Files.createDirectories(target.getParent());
        if (store.exists(StoreKeys.original(ticket.inputId()))) {
            try (InputStream in = store.open(StoreKeys.original(ticket.inputId()))) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("fileName", ticket.fileName());
        source.put("sha256", ticket.sha256());
        source.put("channel", ticket.channel());
        source.put("receivedAt", ticket.receivedAt().toString());
        source.put("inputId", ticket.inputId());
        if (ticket.mediaType() != null) {
            source.put("mediaType", ticket.mediaType());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", source);
        body.put("reason", reason.name());
        body.put("message", message);
        Path reasonFile = target.resolveSibling(target.getFileName() + ".reason.json");
        Path tmp = reasonFile.resolveSibling(reasonFile.getFileName() + ".part");
        Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
        Files.move(tmp, reasonFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Keeps the input's relative folders so two {@code scan.pdf} from different folders don't collide. */
    private Path targetFor(String fileName, String inputId) {
        Path base = rejectedDir.toAbsolutePath().normalize();
        Path p = base.resolve(fileName.replace('\\', '/')).normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            // A name climbing out ("../../x.pdf") keeps only its last part; a name like ".." gets one from the id.
            Path last = Path.of(fileName.replace('\\', '/')).getFileName();
            String name = last == null ? "" : last.toString();
            p = base.resolve(name.isEmpty() || name.equals("..") || name.equals(".") ? "unnamed-" + inputId : name);
        }
        return p;
    }
}
