package org.perfbook.risks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfbook.model.RiskKind;
import org.perfbook.model.RiskScale;

/**
 * Reads a likelihood or impact as people type it: "Possible (3)", "Major (4)", a bare word ("Certain"),
 * a bare number ("4"), in any case. A word and a number that disagree ("Possible (4)") are not guessed at.
 */
final class ScaleWords {

    /** The value 1 to 5, or why the text is not one. */
    record Reading(Integer value, String problem) {
        static Reading of(int v) {
            return new Reading(v, null);
        }

        static Reading problem(String why) {
            return new Reading(null, why);
        }
    }

    private static final Pattern WORD_NUMBER = Pattern.compile("^([A-Za-z][A-Za-z ]*?)\\s*[(\\[]?\\s*(\\d+(?:\\.0+)?)?\\s*[)\\]]?$");

    private ScaleWords() {
    }

    static Reading likelihood(String typed) {
        return read(typed, RiskScale.LIKELIHOOD, List.of(), "likelihood", "Rare (1), Unlikely (2), Possible (3), Likely (4) or Certain (5)");
    }

    static Reading impact(String typed, RiskKind kind) {
        // Outstanding is an opportunity's top impact; on a risk it is read too, since it names the same 5
        return read(typed, RiskScale.IMPACT, List.of(RiskScale.OUTSTANDING), "impact",
                "Insignificant (1), Minor (2), Moderate (3), Major (4) or " + (kind == RiskKind.OPPORTUNITY
                        ? "Outstanding (5)" : "Catastrophic (5)"));
    }

    private static Reading read(String typed, List<String> words, List<String> topAliases, String what, String scale) {
        String t = typed == null ? "" : typed.strip().replace('\u00A0', ' ');
        if (t.isEmpty()) {
            return Reading.problem("blank");
        }
        Matcher bare = Pattern.compile("^\\(?\\s*(\\d+)(?:\\.0+)?\\s*\\)?$").matcher(t);
        if (bare.matches()) {
            int n = Integer.parseInt(bare.group(1));
            return n >= 1 && n <= 5 ? Reading.of(n)
                    : Reading.problem("'" + t + "' is not a " + what + " on the scale of 1 to 5. Type one of " + scale + ".");
        }
        Matcher m = WORD_NUMBER.matcher(t);
        if (!m.matches()) {
            return Reading.problem("'" + t + "' is not a " + what + " perfbook knows. Type one of " + scale + ".");
        }
        String word = m.group(1).strip().toLowerCase(Locale.ROOT);
        Optional<Integer> byWord = Optional.empty();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).toLowerCase(Locale.ROOT).equals(word)) {
                byWord = Optional.of(i + 1);
            }
        }
        if (topAliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(word))) {
            byWord = Optional.of(5);
        }
        if (byWord.isEmpty()) {
            return Reading.problem("'" + t + "' is not a " + what + " perfbook knows. Type one of " + scale + ".");
        }
        if (m.group(2) != null) {
            int n = (int) Double.parseDouble(m.group(2));
            if (n != byWord.get()) {
                return Reading.problem("'" + t + "' names two different " + what + "s: " + capital(word) + " is "
                        + byWord.get() + " on the Key to Scores, not " + n + ". Type one of " + scale + ".");
            }
        }
        return Reading.of(byWord.get());
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
