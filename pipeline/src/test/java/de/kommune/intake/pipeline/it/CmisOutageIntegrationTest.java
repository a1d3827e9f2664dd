package de.kommune.intake.pipeline.it;

import de.kommune.intake.connector.cmis.InMemoryCmisServer;
import de.kommune.intake.pipeline.batch.BatchCommand;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch filed into a real CMIS server (the OpenCMIS InMemory server) that is unreachable when the batch starts
 * and for a while after: nothing is lost, the batch waits instead of ending, and after it comes back every document
 * is in the repository exactly once, in its case folder. The outage lasts
 * {@code -Dintake.it.cmis-outage-seconds} (default 30 s to keep CI short; the closing measurement used minutes).
 */
class CmisOutageIntegrationTest {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("intake.it.cmis-outage-seconds", 30));

    @TempDir
    Path tmp;

    @Test
    void documentsWaitForTheCmisServerAndAreFiledOnceWhenItIsBack() throws Exception {
        Path war = Files.createDirectories(tmp.resolve("war")).resolve("inmemory.war");
        Files.copy(Path.of(System.getProperty("inmemory.war")), war, StandardCopyOption.REPLACE_EXISTING);
        System.setProperty("inmemory.war", war.toString()); // the server unpacks next to the WAR: keep it in tmp
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(in.resolve("kuendigung_" + i + ".txt"), """
                    Müller Logistik GmbH · Hafenstraße 12 · 28217 Bremen
                    Bremen, 03.02.2025
                    Kündigung Ihres Arbeitsverhältnisses Nr. %d
                    hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis fristgerecht zum 31.03.2025.
                    """.formatted(i), StandardCharsets.UTF_8);
        }

        try (InMemoryCmisServer cmis = InMemoryCmisServer.start()) {
            cmis.disconnect();
            String[] args = {"batch", "--in", in.toString(), "--out", tmp.resolve("out").toString(),
                    "--work", tmp.resolve("work").toString(), "--stall-minutes", "30",
                    "--intake.delivery.targets.akte.type=cmis",
                    "--intake.delivery.targets.akte.settings.url=" + cmis.browserUrl(),
                    "--intake.delivery.targets.akte.settings.binding=browser",
                    "--intake.delivery.targets.akte.settings.repository-id=" + InMemoryCmisServer.REPOSITORY_ID,
                    "--intake.delivery.targets.akte.settings.user=" + InMemoryCmisServer.USER,
                    "--intake.delivery.targets.akte.settings.password-env=" + InMemoryCmisServer.PASSWORD_ENV,
                    "--intake.delivery.targets.akte.settings.folder-template=/jobcenter/{caseKey}/{documentType}",
                    "--intake.delivery.targets.akte.settings.connect-timeout=PT1S",
                    "--intake.routing.default-target=akte",
                    "--intake.delivery.retry.initial-delay=PT1S",
                    "--intake.delivery.retry.max-delay=PT5S",
                    "--intake.delivery.retry.give-up-after=PT2H"};
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> BatchCommand.run(args));

            Thread.sleep(OUTAGE.toMillis());
            assertThat(run).as("the batch waits for the DMS").isNotDone();
            cmis.reconnect();
            int exit = run.get(5, TimeUnit.MINUTES);

            assertThat(exit).isZero();
            List<Document> filed = documentsBelow(cmis, "/jobcenter");
            assertThat(filed).hasSize(3);
            assertThat(filed.stream().map(Document::getName).distinct()).hasSize(3);
            assertThat(filed).allSatisfy(d -> assertThat(d.getParents().get(0).getPath())
                    .isEqualTo("/jobcenter/ohne-Akte/KUENDIGUNG"));
            assertThat(filed).allSatisfy(d -> assertThat(d.getContentStreamMimeType()).isEqualTo("application/pdf"));
        }
    }

    private static List<Document> documentsBelow(InMemoryCmisServer cmis, String path) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, cmis.browserUrl());
        p.put(SessionParameter.REPOSITORY_ID, InMemoryCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.USER, InMemoryCmisServer.USER);
        p.put(SessionParameter.PASSWORD, System.getenv(InMemoryCmisServer.PASSWORD_ENV));
        Session session = SessionFactoryImpl.newInstance().createSession(p);
        List<Document> out = new ArrayList<>();
        if (!session.existsPath(path)) {
            return out;
        }
        collect((Folder) session.getObjectByPath(path), out);
        return out;
    }

    private static void collect(Folder folder, List<Document> out) {
        for (CmisObject child : folder.getChildren()) {
            if (child instanceof Folder f) {
                collect(f, out);
            } else if (child instanceof Document d) {
                out.add(d);
            }
        }
    }
}
