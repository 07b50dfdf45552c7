package org.perfbook.model;

/** Status against target, worded as the committee papers' key. */
public enum Status {
    GREEN("Green", "On track / good"),
    AMBER("Amber", "Slightly below desired level"),
    RED("Red", "Requires improvement"),
    NOT_RATED("Not rated", "Not rated"),
    /** The service's return for the period did not arrive: counted, never dropped, so a gap cannot flatter. */
    NOT_REPORTED("Not reported", "Return not received");

    private final String label;
    private final String wording;

    Status(String label, String wording) {
        this.label = label;
        this.wording = wording;
    }

    /** "Green", "Amber", "Red", "Not rated", "Not reported". */
    public String label() {
        return label;
    }

    /** The words printed beside the colour, so the status survives black-and-white printing. */
    public String wording() {
        return wording;
    }

    @Override
    public String toString() {
        return label;
    }
}
