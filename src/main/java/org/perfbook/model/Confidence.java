package org.perfbook.model;

import java.util.Locale;
import java.util.Optional;

/** How confident the owner is that an entry reaches its target score by its target date (the seeds' RAG). */
public enum Confidence {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Confidence> parse(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        for (Confidence c : values()) {
            if (t.equals(c.label.toLowerCase(Locale.ROOT)) || t.equals(c.label.substring(0, 1).toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
