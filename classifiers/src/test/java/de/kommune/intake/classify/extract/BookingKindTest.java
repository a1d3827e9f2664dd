package de.kommune.intake.classify.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingKindTest {

    @Test
    void theBookingTextSaysWhichWayTheMoneyWent() {
        assertThat(BookingKind.of("02.05. 02.05. Gutschrift Jobcenter Hamburg Bürgergeld 1.154,89")).isEqualTo(1);
        assertThat(BookingKind.of("05.05. 05.05. Familienkasse Kindergeld 106FK647949 255,00")).isEqualTo(1);
        assertThat(BookingKind.of("04.05. Überweisungsgutschrift Max Beispiel 20,00")).isEqualTo(1);
        assertThat(BookingKind.of("03.05. 03.05. Dauerauftrag Miete Mai 2025 Hausverwaltung 466,81")).isEqualTo(-1);
        assertThat(BookingKind.of("06.05. 06.05. Kartenzahlung ALDI Nord Hamburg 60,77")).isEqualTo(-1);
        assertThat(BookingKind.of("06.05. Auszahlung Geldautomat Sparkasse 100,00")).isEqualTo(-1);
        assertThat(BookingKind.of("07.05. Rücklastschrift Stadtwerke 95,58")).isEqualTo(1);
    }

    @Test
    void aTextThatSaysNeitherOrBothIsUnknown() {
        assertThat(BookingKind.of("08.05. 08.05. Max Beispiel Rechnung 4711 20,00")).isZero();
        assertThat(BookingKind.of("08.05. Gutschrift Storno Lastschrift 20,00")).isZero();
    }
}
