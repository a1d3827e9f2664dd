package de.kommune.intake.samples.data;

/** A postal address; {@link #oneLine()} is the normalised form "Straße Nr, PLZ Ort". */
public record Address(String street, String houseNumber, String plz, String city) {

    public String streetLine() {
        return street + " " + houseNumber;
    }

    public String cityLine() {
        return plz + " " + city;
    }

    public String oneLine() {
        return streetLine() + ", " + cityLine();
    }
}
