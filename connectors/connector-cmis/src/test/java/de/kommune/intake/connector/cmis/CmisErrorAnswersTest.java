package de.kommune.intake.connector.cmis;

import com.sun.net.httpserver.HttpServer;
import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.tck.SampleDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CMIS endpoint that answers every request with an error status, as a DMS behind a failing proxy or with a
 * locked service account does: no document may go to review for it, and {@code check()} reports down.
 */
class CmisErrorAnswersTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serverAnswering(int status, String exception) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = ("{\"exception\":\"" + exception + "\",\"message\":\"Jürgen Weiß-Öztürk is not allowed\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cmis/browser";
    }

    @ParameterizedTest
    @CsvSource({
            "500, runtime, CMIS session could not be opened (runtime), PT5S",
            "503, serviceUnavailable, CMIS session could not be opened, PT5S",
            "401, unauthorized, refused the credentials, PT25S",
            "403, permissionDenied, CMIS session could not be opened (permissionDenied), PT5S"})
    void errorAnswersBeforeAnyDocumentIsTouchedMeanRetryLater(int status, String exception, String reason,
                                                              String after) throws Exception {
        Map<String, String> settings = CmisTestSettings.forRoot(serverAnswering(status, exception), "/x");
        DmsConnector connector = new CmisConnectorProvider().create(ConnectorSettings.of("fehler", settings));

        DeliveryResult result = connector.deliver(new SampleDocuments().kontoauszug());

        assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
        DeliveryResult.RetryLater retry = (DeliveryResult.RetryLater) result;
        assertThat(retry.reason()).contains(reason).doesNotContain("Jürgen");
        assertThat(retry.after()).isEqualTo(Duration.parse(after));
        assertThat(connector.check().up()).isFalse();
        assertThat(connector.check().detail()).doesNotContain("Jürgen");
    }
}
