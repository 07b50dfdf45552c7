package org.perfbook.risks;

import java.util.List;

/** The register sheet's columns, in the order the template lays them out; the reader finds them by label. */
enum RegisterColumn {
    ID("ID", 12, true, "CORP1 for a risk, CO1 for an opportunity: the corporate register's ID."),
    KIND("Kind", 12, true, "Risk or Opportunity."),
    TITLE("Title", 24, true, "A short title, e.g. Family Safeguarding Model."),
    DESCRIPTION("Description", 40, true, "What could happen (or, for an opportunity, what could be gained)."),
    CONSEQUENCES("Consequences or benefits", 40, true, "What would follow if it happened."),
    RISK_TYPE("Risk type", 14, true, "e.g. Economic, Organisational, Reputational, Legal."),
    OWNER("Owner", 22, true, "Who answers for it: a post, e.g. Director of Children's Services."),
    CURRENT_LIKELIHOOD("Current likelihood", 14, true, "Rare (1), Unlikely (2), Possible (3), Likely (4) or Certain (5)."),
    CURRENT_IMPACT("Current impact", 14, true,
            "Insignificant (1), Minor (2), Moderate (3), Major (4), Catastrophic (5); Outstanding (5) for an opportunity."),
    CURRENT_SCORE("Current score", 9, true, "Optional: likelihood times impact. perfbook works it out and checks what you type."),
    TARGET_LIKELIHOOD("Target likelihood", 14, true, "The likelihood you aim for by the target date."),
    TARGET_IMPACT("Target impact", 14, true, "The impact you aim for by the target date."),
    TARGET_SCORE("Target score", 9, true, "Optional: target likelihood times target impact."),
    TARGET_DATE("Target date", 13, true, "The month you aim to reach the target, e.g. March 2022, or Ongoing."),
    CONFIDENCE("Target confidence", 12, true, "This quarter: Green, Amber or Red for reaching the target by the target date."),
    CONTROLS("Current controls", 40, true, "What is in place now."),
    CONTROL_OWNER("Control owner", 20, true, "Who owns the controls."),
    ACTIONS("Mitigating or maximising actions", 40, true, "What is being done to reach the target."),
    ACTION_OWNER("Action owner", 20, true, "Who owns the actions."),
    PROGRESS("Progress", 40, true, "Progress this quarter."),
    STATUS("Status", 11, true, "Open; Proposed for a new entry; Closed to take it off the register (say why in Progress)."),
    LAST_SCORE("Last quarter's score", 10, false, ""),
    LAST_CONFIDENCE("Last quarter's confidence", 11, false, "");

    final String label;
    final int width;
    final boolean input;
    final String prompt;

    RegisterColumn(String label, int width, boolean input, String prompt) {
        this.label = label;
        this.width = width;
        this.input = input;
        this.prompt = prompt;
    }

    /** Zero-based column in the template. */
    int index() {
        return ordinal();
    }

    /** Labels people are likely to give a heading instead, as the seeds write them. */
    List<String> labels() {
        return switch (this) {
            case ID -> List.of(label, "Risk ID", "Opportunity ID", "RIN");
            case DESCRIPTION -> List.of(label, "Risk description", "Opportunity description");
            case CONSEQUENCES -> List.of(label, "Consequences", "Benefits", "Risk consequences", "Possible consequences");
            case OWNER -> List.of(label, "Risk owner", "Opportunity owner");
            case CONFIDENCE -> List.of(label, "Confidence", "Target risk confidence");
            case ACTIONS -> List.of(label, "Mitigating actions", "Maximising actions", "Actions");
            case ACTION_OWNER -> List.of(label, "Mitigation owner");
            case CONTROLS -> List.of(label, "Controls");
            default -> List.of(label);
        };
    }
}
