package de.kommune.intake.connector.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFieldTest {

    @Test
    void findsTopLevelAndNestedValues() {
        String json = "{\"status\":\"stored\", \"document\": {\"id\": \"D-\\u00fc\\\"7\\\"\", \"n\": 42},"
                + " \"list\": [1, {\"id\": \"inner\"}], \"ok\": true, \"id\": \"top\"}";
        assertThat(JsonField.find(json, "id")).hasValue("top");
        assertThat(JsonField.find(json, "document.id")).hasValue("D-ü\"7\"");
        assertThat(JsonField.find(json, "document.n")).hasValue("42");
        assertThat(JsonField.find(json, "ok")).hasValue("true");
    }

    @Test
    void aKeyInsideAStringOrAnotherObjectIsNotTheField() {
        assertThat(JsonField.find("{\"note\":\"\\\"id\\\":\\\"fake\\\"\",\"inner\":{\"id\":\"nested\"}}", "id")).isEmpty();
    }

    @Test
    void missingNullContainersAndNonJsonGiveNothing() {
        assertThat(JsonField.find("{\"id\":null}", "id")).isEmpty();
        assertThat(JsonField.find("{\"id\":{\"a\":1}}", "id")).isEmpty();
        assertThat(JsonField.find("{\"x\":1}", "id")).isEmpty();
        assertThat(JsonField.find("<html>502 Bad Gateway</html>", "id")).isEmpty();
        assertThat(JsonField.find("{\"id\":\"a\"} trailing", "id")).isEmpty();
        assertThat(JsonField.find("{\"id\":\"unterminated", "id")).isEmpty();
        assertThat(JsonField.find("[".repeat(10_000), "id")).isEmpty();
    }
}
