package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.store.FileContentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HotFolderIntakeTest {

    @TempDir
    Path tmp;

    @Test
    void aFileTakenFromASubfolderIsRecordedWithTheBatchOfItsPath() throws Exception {
        FileLedger ledger = new FileLedger(tmp.resolve("ledger"), JsonMapper.builder().findAndAddModules().build());
        List<InputTicket> published = new ArrayList<>();
        IntakeService intake = new IntakeService(new FileContentStore(tmp.resolve("store")), ledger,
                new TicketPublisher() {
                    @Override
                    public void publish(InputTicket ticket) {
                        published.add(ticket);
                    }

                    @Override
                    public void resume(InputTicket ticket) {
                        published.add(ticket);
                    }
                });
        List<String> asked = new ArrayList<>();
        HotFolderIntake hotFolder = new HotFolderIntake(intake, tmp.resolve("hot"), path -> {
            asked.add(path);
            return path.startsWith("post/") ? "batch-post" : null;
        });
        Path file = Files.createDirectories(tmp.resolve("hot/post")).resolve("a.pdf");
        Files.write(file, new byte[]{1, 2, 3});
        Path loose = tmp.resolve("hot/b.pdf");
        Files.write(loose, new byte[]{4});

        hotFolder.take(file.toFile(), "post\\a.pdf");
        hotFolder.take(loose.toFile(), "b.pdf");

        assertThat(asked).containsExactly("post/a.pdf", "b.pdf");
        assertThat(published).hasSize(2);
        assertThat(ledger.input(published.get(0).inputId()).orElseThrow().batchId()).isEqualTo("batch-post");
        assertThat(ledger.input(published.get(1).inputId()).orElseThrow().batchId()).isNull();
    }
}
