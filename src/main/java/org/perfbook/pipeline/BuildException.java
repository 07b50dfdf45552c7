package org.perfbook.pipeline;

import java.util.List;
import org.perfbook.model.Finding;

/** The build cannot start: no catalogue, no returns for the period. The book is left as it was. */
public class BuildException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;

    public BuildException(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
