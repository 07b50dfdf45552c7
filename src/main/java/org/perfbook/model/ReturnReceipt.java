package org.perfbook.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether a service's return for a period arrived, and when: one line of the book's Returns sheet.
 *
 * @param file     the return as named in findings, or empty when missing
 * @param saved    when the return was last saved, or null when missing or not known
 * @param due      the date the template gives
 * @param errors   errors found in this return
 * @param warnings warnings found in this return
 */
public record ReturnReceipt(String service, String contact, String file, Instant saved, LocalDate due, State state,
        long errors, long warnings) {

    public enum State {
        RECEIVED("Received"),
        LATE("Received late"),
        SUPERSEDED("Superseded"),
        MISSING("Missing");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public ReturnReceipt {
        contact = contact == null ? "" : contact;
        file = file == null ? "" : file;
    }
}
