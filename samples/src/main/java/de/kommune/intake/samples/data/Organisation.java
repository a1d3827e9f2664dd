package de.kommune.intake.samples.data;

/** A company or authority with its postal address and contact details. */
public record Organisation(String name, String department, Address address, String phone, String email,
                           String web) {

    public String senderLine() {
        return name + " · " + address.streetLine() + " · " + address.cityLine();
    }
}
